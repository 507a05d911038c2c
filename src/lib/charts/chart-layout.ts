/**
 * How big a chart is drawn, and its text, so that the text is at least 12 CSS px wherever it is
 * shown. A drawing's text is outlines scaled with the image: its size on screen is
 * font px × displayed width ÷ drawing width. Each chart is therefore drawn twice, narrow for phones
 * and wide for the rest, and the page picks one with `<picture><source media>`; the stylesheet caps
 * the displayed width of each (src/styles/global.css, `.chart img`), and the narrowest place each is
 * shown is measured in a browser (test/e2e/chart-text.test.ts).
 *
 * Which way the bars run and how tall the drawing is are decided here, from the labels alone, so
 * that the page knows each drawing's size without drawing it.
 */
import { isTimeSeries, type DrawnType } from './chart-rules.ts';
import type { ChartData } from './metrics.ts';

export const DRAWING_LAYOUTS = ['narrow', 'wide'] as const;
export type DrawingLayout = (typeof DRAWING_LAYOUTS)[number];

export interface DrawingSpec {
  /** Width of the drawing in its own pixels. */
  width: number;
  /** Height of a chart whose categories run along the bottom (and of a pie). */
  height: number;
  /** Size of every text in the drawing, in the drawing's pixels. */
  fontPx: number;
  /** The narrowest and widest the stylesheet shows this drawing, in CSS px, at viewports 320–1,440 px. */
  displayed: { min: number; max: number };
  /** The media condition under which the page shows it (none: the fallback `<img>`). */
  media?: string;
}

/** The smallest chart text on screen, in CSS px. */
export const MIN_TEXT_PX = 12;

export const DRAWINGS: Record<DrawingLayout, DrawingSpec> = {
  // Viewports below 640 px: the chart fills the column (262 px at 320) up to 400 px.
  narrow: {
    width: 360,
    height: 300,
    fontPx: 17,
    displayed: { min: 262, max: 400 },
    media: '(max-width: 639.98px)',
  },
  // From 640 px: one chart per row up to 640 px wide, or two per row, each at least 486 px (32rem columns).
  wide: { width: 640, height: 400, fontPx: 17, displayed: { min: 486, max: 640 } },
};

/** Space around the plot, in drawing px. */
export const PADDING = 12;
/** Line height of drawn text, as a multiple of the font size. */
export const LINE_HEIGHT = 1.25;

/**
 * An upper bound of a string's width in Noto Sans SC: a CJK or full-width character is one em, any
 * other at most 0.62 em (the font's Latin letters and digits are narrower). An overestimate only
 * makes a label wrap or bars turn a little early, never overlap.
 */
export function textWidth(value: string, fontPx: number): number {
  let ems = 0;
  for (const character of value) ems += character.codePointAt(0)! >= 0x2e80 ? 1 : 0.62;
  return ems * fontPx;
}

/** Splits a label into lines no wider than `max`: between words, or between any two CJK characters. */
export function wrapLabel(value: string, fontPx: number, max: number): string[] {
  const pieces = value.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+\s*|\s+/g) ?? [value];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (line && textWidth((line + piece).trimEnd(), fontPx) > max) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line += piece;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.length ? lines : [value];
}

export interface DrawingPlan {
  layout: DrawingLayout;
  width: number;
  height: number;
  fontPx: number;
  /** Bars run left to right, categories down the side (their labels never crowd). */
  horizontal: boolean;
  /** Each category label as the lines it is drawn in. */
  labels: string[][];
  /** Whether each category's label is drawn (all, or of a time series at least its first, last and part years). */
  shown: boolean[];
}

/** Room the value axis's numbers take beside a vertical chart (up to seven digits with separators). */
const valueAxisWidth = (fontPx: number) => textWidth('0,000,000', fontPx) + 8;

/**
 * Which labels of a time series are drawn along the bottom: every one if they fit, else the first,
 * the last and each part year (never left out), and between them every second, third… year as
 * many as fit without touching a neighbour. Chart.js's own skipping is even and may drop any of them.
 */
export function shownYears(
  labels: string[][],
  partial: boolean[] | undefined,
  fontPx: number,
  slot: number,
): boolean[] {
  const widths = labels.map(
    (lines) => Math.max(...lines.map((line) => textWidth(line, fontPx))) + fontPx / 2,
  );
  const fits = (shown: boolean[]) => {
    const at = shown.flatMap((on, i) => (on ? [i] : []));
    return at.every(
      (i, k) => k === 0 || (i - at[k - 1]!) * slot >= (widths[i]! + widths[at[k - 1]!]!) / 2,
    );
  };
  const last = labels.length - 1;
  const must = labels.map((_, i) => i === 0 || i === last || partial?.[i] === true);
  for (let step = 1; step <= labels.length; step++) {
    const shown = labels.map((_, i) => must[i]! || i % step === 0);
    // A year that would touch a label that must stay makes way for it.
    const touches = (i: number, j: number) =>
      Math.abs(i - j) * slot < (widths[i]! + widths[j]!) / 2;
    for (let i = 0; i <= last; i++)
      if (shown[i] && !must[i] && must.some((kept, j) => kept && j !== i && touches(i, j)))
        shown[i] = false;
    if (fits(shown)) return shown;
  }
  return must;
}

/**
 * The plan of a drawing: a time series always runs along the bottom (years left to right, by the
 * book), its labels wrapped to their category's width and thinned by shownYears; bar charts of
 * other categories whose labels do not fit side by side run horizontally, with each label wrapped
 * to at most 40 % of the width and a row tall enough for its lines and its bars.
 */
export function planDrawing(type: DrawnType, data: ChartData, layout: DrawingLayout): DrawingPlan {
  const spec = DRAWINGS[layout];
  const { width, fontPx } = spec;
  const all = data.labels.map(() => true);
  if (type === 'pie' || type === 'table')
    return {
      layout,
      width,
      height: spec.height,
      fontPx,
      horizontal: false,
      labels: data.labels.map((label) => [label]),
      shown: all,
    };
  const slot = (width - 2 * PADDING - valueAxisWidth(fontPx)) / Math.max(1, data.labels.length);
  const widest = Math.max(0, ...data.labels.map((label) => textWidth(label, fontPx)));
  const along = data.labels.map((label) =>
    wrapLabel(label, fontPx, Math.max(slot - fontPx / 2, textWidth('0000', fontPx))),
  );
  const flat = {
    layout,
    width,
    height: spec.height,
    fontPx,
    horizontal: false,
    labels: along,
    shown: all,
  };
  if (isTimeSeries(data.labels))
    return { ...flat, shown: shownYears(along, data.partial, fontPx, slot) };
  if (type !== 'bar' && type !== 'stacked-bar') return flat;
  if (widest + fontPx <= slot) return { ...flat, labels: data.labels.map((label) => [label]) };
  const labels = data.labels.map((label) => wrapLabel(label, fontPx, width * 0.4));
  const bars = type === 'stacked-bar' ? 1 : data.series.length;
  const lineHeight = fontPx * LINE_HEIGHT;
  // Chart.js gives every category the same room: the row of the longest label sets them all.
  const row =
    Math.max(...labels.map((lines) => lines.length * lineHeight), bars * 12) + fontPx * 0.8;
  const valueAxis = fontPx * 2;
  const height = Math.ceil(2 * PADDING + row * labels.length + valueAxis);
  return { ...flat, horizontal: true, labels, height };
}
