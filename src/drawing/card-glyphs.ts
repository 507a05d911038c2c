/**
 * What a share card can draw: the characters Noto Sans SC (regular and bold, src/drawing/render.ts)
 * has glyphs for, read from the fonts' own character maps. Anything else would be drawn as an empty
 * box (emoji, flags, Arabic or Thai letters), so it is left out of the card; the page itself keeps it.
 *
 * Invisible format characters (Unicode's default-ignorable code points: bidi overrides and isolates,
 * zero-width joiners, variation selectors) are always removed: a card is drawn left to right as one
 * run, and a right-to-left override must not reorder what it shows.
 */
import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkitten';
import { FONT_FILES } from './render.ts';

let fonts: Font[] | undefined;
const known = new Map<number, boolean>();

/** Whether every card font has a glyph for the code point. */
export function hasCardGlyph(codePoint: number): boolean {
  let drawable = known.get(codePoint);
  if (drawable === undefined) {
    fonts ??= FONT_FILES.map((file) => create(readFileSync(file)) as Font);
    drawable = fonts.every((font) => font.hasGlyphForCodePoint(codePoint));
    known.set(codePoint, drawable);
  }
  return drawable;
}

const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
const graphemeSegmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/**
 * `value` with only what the card font can draw: invisible format characters removed, a character
 * (grapheme) whose base the font lacks dropped whole (👨‍👩‍👧, 🇨🇳), and marks the font lacks dropped
 * from a character it can draw (1⃣ → 1).
 */
export function drawableText(value: string): string {
  let kept = '';
  for (const { segment } of graphemeSegmenter.segment(
    value.normalize('NFC').replace(INVISIBLE, ''),
  )) {
    const [base, ...marks] = [...segment];
    if (base === undefined || !hasCardGlyph(base.codePointAt(0)!)) continue;
    kept += base + marks.filter((mark) => hasCardGlyph(mark.codePointAt(0)!)).join('');
  }
  return kept;
}
