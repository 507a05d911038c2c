/**
 * A page's share card (og:image when it has no photo): 1200×630 PNG with the page type, its title
 * and the site name, in Noto Sans SC (the charts' font, so Chinese needs no system font).
 *
 * A long title wraps (between words in English, between characters in Chinese, never putting
 * closing punctuation at the start of a line), shrinks through a few sizes, and at the smallest
 * size ends in "…" on its last line: no text leaves the card. Wrapping stops at the card's last
 * line, so its work is bounded by what fits on the card, not by the title's length.
 * Only characters the font can draw are drawn (src/drawing/card-glyphs.ts): never an empty box.
 */
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import sharp from 'sharp';
import { CARD_HEIGHT, CARD_WIDTH, type ShareCard } from '../lib/outputs/share-cards.ts';
import { PALETTE } from '../lib/charts/chart-colours.ts';
import { INK, MUTED, PAPER } from './palette.ts';
import { FONT_FAMILY, registerFonts } from './render.ts';
import { drawableText } from './card-glyphs.ts';

/** The site's red, as on the charts' first accent. */
const ACCENT = PALETTE.red;
const BAR = 20;
const LEFT = BAR + 76;
const RIGHT = 76;
export const TEXT_WIDTH = CARD_WIDTH - LEFT - RIGHT;
const TITLE_TOP = 170;
const TITLE_BOTTOM = 500;
/** Title sizes tried from the largest; each gets as many lines as fit between TITLE_TOP and TITLE_BOTTOM. */
const TITLE_SIZES = [68, 58, 50] as const;
const LINE_HEIGHT = 1.32;
const ELLIPSIS = '…';

/** Characters that may not start a line (they close or follow), and that may not end one (they open). */
const NO_LINE_START = /^[,.;:!?%)\]}»’”、。，．；：！？）》」』】〕〉〗〙〛…‥·・ー～々〻ゝゞ〜]+$/u;
const NO_LINE_END = /^[([{«‘“（《「『【〔〈〖〘〚]+$/u;

const font = (size: number, bold: boolean) => `${bold ? 'bold ' : ''}${size}px "${FONT_FAMILY}"`;

/**
 * What is drawn of a text: one run, with control characters and runs of whitespace as one space,
 * and only the characters the card font can draw (no bidi controls, joiners or emoji).
 */
export const cardText = (value: string): string =>
  drawableText(value.replace(/\p{Cc}+/gu, ' '))
    .replace(/\s+/gu, ' ')
    .trim();

const wordSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const graphemeSegmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/**
 * Words and characters that may be split between lines, with punctuation kept on the right side of
 * a break; one at a time, so that wrapping reads no further than the lines it keeps.
 */
function* breakableUnits(value: string): Generator<string> {
  let unit: string | undefined;
  let pendingOpen = '';
  for (const { segment } of wordSegmenter.segment(value)) {
    if (NO_LINE_START.test(segment) && unit !== undefined && !/\s$/u.test(unit)) unit += segment;
    else if (NO_LINE_END.test(segment)) pendingOpen += segment;
    else {
      if (unit !== undefined) yield unit;
      unit = pendingOpen + segment;
      pendingOpen = '';
    }
  }
  if (unit !== undefined) yield unit;
  if (pendingOpen) yield pendingOpen;
}

/** The graphemes of a text, one at a time. */
function* graphemes(value: string): Generator<string> {
  for (const { segment } of graphemeSegmenter.segment(value)) yield segment;
}

/**
 * Longer than this (in UTF-16 units), a text is taken as wider than a line without measuring it: at
 * the cards' smallest font no line holds this many characters. A word that long is split between
 * its characters as one wider than a line is, so the result is the same, and no measurement is
 * ever longer than a line and a character.
 */
const LONGER_THAN_A_LINE = 400;

/** A cut text with "…" in place of what was cut (a separator or space left at the cut goes too). */
const withEllipsis = (start: string): string =>
  start.replace(/[\s,.;:、，。；：·]+$/u, '') + ELLIPSIS;

/** The longest start of `value` (whole graphemes) that fits `width` with `suffix` after it. */
function fitStart(ctx: SKRSContext2D, value: string, width: number, suffix = ''): string {
  let fitted = '';
  for (const grapheme of graphemes(value)) {
    if (
      fitted.length > LONGER_THAN_A_LINE ||
      ctx.measureText(fitted + grapheme + suffix).width > width
    )
      break;
    fitted += grapheme;
  }
  return fitted;
}

/**
 * The lines of `value` at the context's font within `width`: all of them, or `maxLines` with the
 * last one ending in "…" when the rest does not fit. `complete` says whether nothing was cut.
 * Reading stops at the first line past `maxLines`: the work is bounded by the lines kept.
 */
export function wrapLines(
  ctx: SKRSContext2D,
  value: string,
  width: number,
  maxLines: number,
): { lines: string[]; complete: boolean } {
  const fits = (line: string) =>
    line.length <= LONGER_THAN_A_LINE && ctx.measureText(line).width <= width;
  const lines: string[] = [];
  let line = '';
  /** Ends the current line; false once there are more lines than kept. */
  const endLine = (): boolean => {
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
    return lines.length <= maxLines;
  };
  units: for (const unit of breakableUnits(value)) {
    if (fits(line + unit)) {
      line += unit;
      continue;
    }
    if (!endLine()) break;
    const word = unit.trimStart();
    if (fits(word)) {
      line = word;
      continue;
    }
    // A word wider than a whole line is split between its characters.
    for (const grapheme of graphemes(word)) {
      if (line && !fits(line + grapheme) && !endLine()) break units;
      line += grapheme;
    }
  }
  if (lines.length <= maxLines) endLine();
  if (lines.length <= maxLines) return { lines, complete: true };
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(fitStart(ctx, kept[maxLines - 1]!, width, ELLIPSIS));
  return { lines: kept, complete: false };
}

/** One line of text cut to `width` with "…" when it is longer. */
function oneLine(ctx: SKRSContext2D, value: string, width: number): string {
  return value.length <= LONGER_THAN_A_LINE && ctx.measureText(value).width <= width
    ? value
    : withEllipsis(fitStart(ctx, value, width, ELLIPSIS));
}

/** The title's lines and size: the largest size at which it fits whole, else the smallest, cut. */
export function layTitle(
  ctx: SKRSContext2D,
  title: string,
): { size: number; lines: string[]; complete: boolean } {
  for (const [n, size] of TITLE_SIZES.entries()) {
    ctx.font = font(size, true);
    const maxLines = Math.floor((TITLE_BOTTOM - TITLE_TOP) / (size * LINE_HEIGHT));
    const laid = wrapLines(ctx, title, TEXT_WIDTH, maxLines);
    if (laid.complete || n === TITLE_SIZES.length - 1) return { size, ...laid };
  }
  throw new Error('unreachable');
}

/** What a card shows, as drawn: each text after the font's and the card's limits. */
export interface CardLayout {
  typeLabel: string;
  title: { size: number; lines: string[]; complete: boolean };
  siteName: string;
}

/** The texts of a card as they will be drawn (leaves the context at the site name's font). */
export function layCard(
  ctx: SKRSContext2D,
  card: Pick<ShareCard, 'typeLabel' | 'title' | 'siteName'>,
): CardLayout {
  ctx.font = font(34, true);
  const typeLabel = oneLine(ctx, cardText(card.typeLabel), TEXT_WIDTH);
  const title = layTitle(ctx, cardText(card.title));
  ctx.font = font(30, false);
  return { typeLabel, title, siteName: oneLine(ctx, cardText(card.siteName), TEXT_WIDTH) };
}

/** Draws a card and returns its PNG bytes. */
export async function renderCard(card: ShareCard): Promise<Buffer> {
  registerFonts();
  const canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT);
  const ctx = canvas.getContext('2d');
  const laid = layCard(ctx, card);
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
  ctx.fillStyle = ACCENT;
  ctx.fillRect(0, 0, BAR, CARD_HEIGHT);
  ctx.textBaseline = 'alphabetic';

  ctx.font = font(34, true);
  ctx.fillStyle = ACCENT;
  ctx.fillText(laid.typeLabel, LEFT, 110);

  const { title } = laid;
  ctx.font = font(title.size, true);
  ctx.fillStyle = INK;
  const lineHeight = title.size * LINE_HEIGHT;
  title.lines.forEach((line, n) =>
    ctx.fillText(line, LEFT, TITLE_TOP + title.size + n * lineHeight),
  );

  ctx.fillStyle = '#d5dade';
  ctx.fillRect(LEFT, 528, TEXT_WIDTH, 2);
  ctx.font = font(30, false);
  ctx.fillStyle = MUTED;
  ctx.fillText(laid.siteName, LEFT, 580);
  // The pixels go to sharp (libspng) for the PNG: about 15 times faster than the canvas's own PNG
  // encoder here, and smaller. The card is opaque, so its premultiplied pixels are the plain ones.
  return sharp(canvas.data(), { raw: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 4 } })
    .png({ compressionLevel: 6 })
    .toBuffer();
}
