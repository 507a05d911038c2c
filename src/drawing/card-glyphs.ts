/**
 * What a share card can draw: the characters Noto Sans SC (regular and bold, src/drawing/render.ts)
 * has glyphs for, read from the fonts' own character maps. A symbol it lacks (emoji, flags) would be
 * drawn as an empty box, so it is left out of the card; a letter or digit it lacks (a rare Chinese
 * character of a name, such as 𠮷, an Arabic or Thai letter) is drawn as □, the mark for a character
 * the type lacks, so that the card never shows a name with a character silently gone (𠮷永明 is
 * not 永明). The page itself keeps every character.
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

/** Drawn for a letter or digit the card font lacks (Chinese publishing's mark for a missing character). */
export const MISSING_CHARACTER = '□';
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/**
 * `value` with only what the card font can draw: invisible format characters removed, a letter or
 * digit the font lacks drawn as MISSING_CHARACTER, any other character (grapheme) whose base the
 * font lacks dropped whole (👨‍👩‍👧, 🇨🇳), and marks the font lacks dropped from a character it can
 * draw (1⃣ → 1).
 */
export function drawableText(value: string): string {
  let kept = '';
  for (const { segment } of graphemeSegmenter.segment(
    value.normalize('NFC').replace(INVISIBLE, ''),
  )) {
    const [base, ...marks] = [...segment];
    if (base === undefined) continue;
    if (!hasCardGlyph(base.codePointAt(0)!)) {
      if (LETTER_OR_DIGIT.test(base)) kept += MISSING_CHARACTER;
      continue;
    }
    kept += base + marks.filter((mark) => hasCardGlyph(mark.codePointAt(0)!)).join('');
  }
  return kept;
}
