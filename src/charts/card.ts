/**
 * A page's share card (og:image when it has no photo): 1200×630 PNG with the page type, its title
 * and the site name, in Noto Sans SC (the charts' font, so Chinese needs no system font).
 *
 * A long title wraps (between words in English, between characters in Chinese, never putting
 * closing punctuation at the start of a line), shrinks through a few sizes, and at the smallest
 * size ends in "…" on its last line: no text leaves the card.
 */
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import sharp from 'sharp';
import { CARD_HEIGHT, CARD_WIDTH, type ShareCard } from '../lib/site/share-cards.ts';
import { PALETTE } from '../lib/figures/chart-colours.ts';
import { INK, MUTED, PAPER } from './palette.ts';
import { FONT_FAMILY, registerFonts } from './render.ts';

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

/** Collapses whitespace and drops control characters: what is drawn is one run of text. */
export const cardText = (value: string): string =>
  value
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();

/** Words and characters that may be split between lines, with punctuation kept on the right side of a break. */
function breakableUnits(value: string): string[] {
  const units: string[] = [];
  let pendingOpen = '';
  for (const { segment } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(value)) {
    if (NO_LINE_START.test(segment) && units.length > 0 && !/\s$/u.test(units.at(-1)!)) units[units.length - 1] += segment;
    else if (NO_LINE_END.test(segment)) pendingOpen += segment;
    else {
      units.push(pendingOpen + segment);
      pendingOpen = '';
    }
  }
  if (pendingOpen) units.push(pendingOpen);
  return units;
}

const graphemes = (value: string): string[] => [...new Intl.Segmenter('zh', { granularity: 'grapheme' }).segment(value)].map((part) => part.segment);

/** A cut text with "…" in place of what was cut (a separator or space left at the cut goes too). */
const withEllipsis = (start: string): string => start.replace(/[\s,.;:、，。；：·]+$/u, '') + ELLIPSIS;

/** The longest start of `value` (whole graphemes) that fits `width` with `suffix` after it. */
function fitStart(ctx: SKRSContext2D, value: string, width: number, suffix = ''): string {
  let fitted = '';
  for (const grapheme of graphemes(value)) {
    if (ctx.measureText(fitted + grapheme + suffix).width > width) break;
    fitted += grapheme;
  }
  return fitted;
}

/**
 * The lines of `value` at the context's font within `width`: all of them, or `maxLines` with the
 * last one ending in "…" when the rest does not fit. `complete` says whether nothing was cut.
 */
export function wrapLines(ctx: SKRSContext2D, value: string, width: number, maxLines: number): { lines: string[]; complete: boolean } {
  const fits = (line: string) => ctx.measureText(line).width <= width;
  const lines: string[] = [];
  let line = '';
  for (const unit of breakableUnits(value)) {
    if (fits(line + unit)) {
      line += unit;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = unit.trimStart();
    // A word wider than a whole line is split between its characters.
    while (!fits(line)) {
      const start = fitStart(ctx, line, width) || graphemes(line)[0]!;
      lines.push(start);
      line = line.slice(start.length);
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return { lines, complete: true };
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(fitStart(ctx, kept[maxLines - 1]!, width, ELLIPSIS));
  return { lines: kept, complete: false };
}

/** One line of text cut to `width` with "…" when it is longer. */
function oneLine(ctx: SKRSContext2D, value: string, width: number): string {
  return ctx.measureText(value).width <= width ? value : withEllipsis(fitStart(ctx, value, width, ELLIPSIS));
}

/** The title's lines and size: the largest size at which it fits whole, else the smallest, cut. */
export function layTitle(ctx: SKRSContext2D, title: string): { size: number; lines: string[]; complete: boolean } {
  for (const [n, size] of TITLE_SIZES.entries()) {
    ctx.font = font(size, true);
    const maxLines = Math.floor((TITLE_BOTTOM - TITLE_TOP) / (size * LINE_HEIGHT));
    const laid = wrapLines(ctx, title, TEXT_WIDTH, maxLines);
    if (laid.complete || n === TITLE_SIZES.length - 1) return { size, ...laid };
  }
  throw new Error('unreachable');
}

/** Draws a card and returns its PNG bytes. */
export async function renderCard(card: ShareCard): Promise<Buffer> {
  registerFonts();
  const canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
  ctx.fillStyle = ACCENT;
  ctx.fillRect(0, 0, BAR, CARD_HEIGHT);
  ctx.textBaseline = 'alphabetic';

  ctx.font = font(34, true);
  ctx.fillStyle = ACCENT;
  ctx.fillText(oneLine(ctx, cardText(card.typeLabel), TEXT_WIDTH), LEFT, 110);

  const title = layTitle(ctx, cardText(card.title));
  ctx.font = font(title.size, true);
  ctx.fillStyle = INK;
  const lineHeight = title.size * LINE_HEIGHT;
  title.lines.forEach((line, n) => ctx.fillText(line, LEFT, TITLE_TOP + title.size + n * lineHeight));

  ctx.fillStyle = '#d5dade';
  ctx.fillRect(LEFT, 528, TEXT_WIDTH, 2);
  ctx.font = font(30, false);
  ctx.fillStyle = MUTED;
  ctx.fillText(oneLine(ctx, cardText(card.siteName), TEXT_WIDTH), LEFT, 580);
  // The pixels go to sharp (libspng) for the PNG: about 15 times faster than the canvas's own PNG
  // encoder here, and smaller. The card is opaque, so its premultiplied pixels are the plain ones.
  return sharp(canvas.data(), { raw: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 4 } })
    .png({ compressionLevel: 6 })
    .toBuffer();
}
