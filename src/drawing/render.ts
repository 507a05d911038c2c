/**
 * Chart.js 4 drawn in Node on @napi-rs/canvas, exported as SVG with text as outlines (the SVG
 * text mode drops digit-only strings with CJK fonts), with a viewBox so it scales and ids
 * prefixed so that several charts can share a page, compacted (src/drawing/compact.ts). Chinese uses Noto Sans SC from npm, so no
 * machine needs a system CJK font.
 */
import { createRequire } from 'node:module';
import { GlobalFonts, SvgExportFlag, createCanvas } from '@napi-rs/canvas';
import { Chart, registerables, type ChartConfiguration, type Plugin } from 'chart.js';
import type { ChartData } from '../lib/charts/metrics.ts';
import { compactSvg } from './compact.ts';
import { INK, GRID, PAPER } from './palette.ts';
import { swatchesOfChart, type Pattern, type Swatch } from '../lib/charts/chart-colours.ts';
import {
  LINE_HEIGHT,
  PADDING,
  planDrawing,
  type DrawingLayout,
  type DrawingPlan,
} from '../lib/charts/chart-layout.ts';
import type { DrawnType } from '../lib/charts/chart-rules.ts';

Chart.register(...registerables);

const require = createRequire(import.meta.url);
export const FONT_FAMILY = 'Noto Sans SC';
let fontsReady = false;

/** The font files of Noto Sans SC, regular and bold (the share cards read which characters they can draw from them). */
export const FONT_FILES = [
  '400Regular/NotoSansSC_400Regular.ttf',
  '700Bold/NotoSansSC_700Bold.ttf',
].map((weight) => require.resolve(`@expo-google-fonts/noto-sans-sc/${weight}`));

/** Registers Noto Sans SC (regular and bold) once per thread; the share cards use it too. */
export function registerFonts(): void {
  if (fontsReady) return;
  for (const path of FONT_FILES) {
    if (!GlobalFonts.registerFromPath(path, FONT_FAMILY))
      throw new Error(`could not register the chart font ${path}`);
  }
  fontsReady = true;
}

export interface RenderRequest {
  /** How it is drawn and the data drawn (src/lib/charts/chart-rules.ts drawnChart): never a table. */
  type: Exclude<DrawnType, 'table'>;
  data: ChartData;
  /** Which of a chart's two drawings (src/lib/charts/chart-layout.ts); wide by default. */
  layout?: DrawingLayout;
  /** Prefix for ids inside the SVG: must differ between charts that may share a page. */
  idPrefix: string;
}

const background: Plugin = {
  id: 'paper',
  beforeDraw: (chart) => {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = PAPER;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** White lines over a shape's colour, drawn within the shape (vector, so they stay sharp at any size). */
function hatch(
  ctx: CanvasRenderingContext2D,
  pattern: Pattern,
  box: { left: number; top: number; right: number; bottom: number },
): void {
  if (pattern === 'solid') return;
  const step = 7;
  ctx.beginPath();
  if (pattern === 'horizontal' || pattern === 'cross')
    for (let y = box.top + step / 2; y < box.bottom; y += step) {
      ctx.moveTo(box.left, y);
      ctx.lineTo(box.right, y);
    }
  if (pattern === 'diagonal' || pattern === 'cross') {
    const span = box.bottom - box.top;
    for (let x = box.left - span; x < box.right; x += step) {
      ctx.moveTo(x, box.bottom);
      ctx.lineTo(x + span, box.top);
    }
  }
  ctx.strokeStyle = PAPER;
  ctx.lineWidth = 2;
  ctx.stroke();
}

interface BarProps {
  x: number;
  y: number;
  base: number;
  width: number;
  height: number;
  horizontal: boolean;
}
interface ArcProps {
  x: number;
  y: number;
  startAngle: number;
  endAngle: number;
  innerRadius: number;
  outerRadius: number;
}

/**
 * Draws each bar's or slice's pattern inside it: a chart never shows two items alike, even past
 * the eight colours of the palette (src/lib/charts/chart-colours.ts).
 */
function patterns(swatchesOf: (datasetIndex: number, index: number) => Swatch | undefined): Plugin {
  return {
    id: 'patterns',
    afterDatasetsDraw: (chart) => {
      const ctx = chart.ctx as unknown as CanvasRenderingContext2D;
      chart.data.datasets.forEach((_, datasetIndex) => {
        const meta = chart.getDatasetMeta(datasetIndex);
        if (meta.type === 'line') return;
        meta.data.forEach((element, index) => {
          const swatch = swatchesOf(datasetIndex, index);
          if (!swatch || swatch.pattern === 'solid') return;
          ctx.save();
          ctx.beginPath();
          if (meta.type === 'bar') {
            const { x, y, base, width, height, horizontal } = element.getProps([
              'x',
              'y',
              'base',
              'width',
              'height',
              'horizontal',
            ]) as unknown as BarProps;
            const box = horizontal
              ? {
                  left: Math.min(base, x),
                  right: Math.max(base, x),
                  top: y - height / 2,
                  bottom: y + height / 2,
                }
              : {
                  left: x - width / 2,
                  right: x + width / 2,
                  top: Math.min(base, y),
                  bottom: Math.max(base, y),
                };
            ctx.rect(box.left, box.top, box.right - box.left, box.bottom - box.top);
            ctx.clip();
            hatch(ctx, swatch.pattern, box);
          } else {
            const { x, y, startAngle, endAngle, innerRadius, outerRadius } = element.getProps([
              'x',
              'y',
              'startAngle',
              'endAngle',
              'innerRadius',
              'outerRadius',
            ]) as unknown as ArcProps;
            ctx.arc(x, y, outerRadius, startAngle, endAngle);
            ctx.arc(x, y, innerRadius, endAngle, startAngle, true);
            ctx.closePath();
            ctx.clip();
            hatch(ctx, swatch.pattern, {
              left: x - outerRadius,
              right: x + outerRadius,
              top: y - outerRadius,
              bottom: y + outerRadius,
            });
          }
          ctx.restore();
        });
      });
    },
  };
}

function configuration(request: RenderRequest, plan: DrawingPlan): ChartConfiguration {
  const { type, data } = request;
  const circular = type === 'pie';
  const { byCategory, swatches } = swatchesOfChart(type, data);
  const stacked = type === 'stacked-bar';
  const datasets = data.series.map((series, index) => {
    // One value axis only: a series of the second axis is a line against the same axis.
    const onSecondAxis = type === 'bar-line' && series.axis === 'y2';
    const colour = byCategory ? swatches.map((swatch) => swatch.colour) : swatches[index]!.colour;
    const asLine = onSecondAxis || type === 'line';
    return {
      type: (asLine ? 'line' : circular ? 'pie' : 'bar') as 'line' | 'bar' | 'pie',
      label: series.label,
      // A value the sources do not state is a gap, never a point at 0.
      data: series.values.map((value, i) => (series.unknown?.[i] ? null : value)),
      backgroundColor: colour,
      // Slices and stacked segments are parted by a white line, so that neighbours never merge.
      borderColor: circular || (stacked && !asLine) ? PAPER : colour,
      borderWidth: circular ? 2 : asLine ? 3 : stacked ? 1 : 0,
      // Lines past the palette are told apart by their dashes.
      borderDash:
        asLine && !byCategory && swatches[index]!.pattern !== 'solid' ? [8, 4] : undefined,
      pointRadius: 3,
      order: onSecondAxis ? 0 : 1,
      stack: type === 'stacked-bar' ? 'all' : undefined,
    };
  });
  const font = { family: FONT_FAMILY, size: plan.fontPx, lineHeight: LINE_HEIGHT };
  const ticks = {
    color: INK,
    font,
    maxRotation: 0,
    autoSkip: true,
    autoSkipPadding: plan.fontPx / 2,
  };
  const valueTicks = { ...ticks, precision: 0 };
  // Which labels show is planned (every year, or a time series' first, last and part years): Chart.js skips none.
  const categoryTicks = {
    ...ticks,
    autoSkip: false,
    callback: (_: unknown, index: number) => (plan.shown[index] ? plan.labels[index] : ''),
  };
  const categoryAxis = { stacked, ticks: categoryTicks, grid: { color: GRID } };
  const valueAxis = { stacked, beginAtZero: true, ticks: valueTicks, grid: { color: GRID } };
  return {
    type: circular ? 'pie' : 'bar',
    data: {
      labels: plan.labels.map((lines) => (lines.length === 1 ? lines[0]! : lines)),
      datasets: datasets as never,
    },
    plugins: [
      background,
      patterns((datasetIndex, index) => (byCategory ? swatches[index] : swatches[datasetIndex])),
    ],
    options: {
      animation: false,
      responsive: false,
      events: [],
      devicePixelRatio: 1,
      indexAxis: plan.horizontal ? 'y' : 'x',
      layout: { padding: PADDING },
      // No words of a language in the drawing: the title, the key and the axis titles are HTML
      // around it (src/components/ChartFigure.astro), so both languages share one drawing
      // wherever the categories are numbers (years, cycles).
      plugins: {
        title: { display: false },
        legend: { display: false },
        tooltip: { enabled: false },
      },
      scales: circular
        ? {}
        : plan.horizontal
          ? { y: categoryAxis, x: { ...valueAxis, position: 'bottom' as const } }
          : { x: categoryAxis, y: valueAxis },
    },
  } as ChartConfiguration;
}

/**
 * Adds a viewBox and renames every id (and every reference to it) to the prefix and its place in
 * the file: Skia numbers ids across the process, so the same chart would otherwise come out with
 * other bytes depending on what was drawn before it.
 */
export function finishSvg(svg: string, width: number, height: number, prefix: string): string {
  const withViewBox = svg.replace(/<svg([^>]*?)>/, (match, attributes: string) =>
    attributes.includes('viewBox') ? match : `<svg${attributes} viewBox="0 0 ${width} ${height}">`,
  );
  const names = new Map<string, string>();
  const name = (id: string) =>
    names.get(id) ?? names.set(id, `${prefix}-${names.size + 1}`).get(id)!;
  return withViewBox
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${name(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${name(id)})`)
    .replace(/href="#([^"]+)"/g, (_, id: string) => `href="#${name(id)}"`);
}

/** Renders one drawing of a chart to an SVG string; its root names the font size it was drawn at (`data-font-px`). */
export async function renderChart(request: RenderRequest): Promise<string> {
  registerFonts();
  const plan = planDrawing(request.type, request.data, request.layout ?? 'wide');
  const { width, height } = plan;
  const canvas = createCanvas(width, height, SvgExportFlag.ConvertTextToPaths);
  // With animation off the constructor draws the chart once; another draw() would paint every
  // path a second time into the SVG.
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, configuration(request, plan));
  const svg = canvas.getContent().toString('utf8');
  chart.destroy();
  // Native memory is released only when the event loop turns.
  await new Promise((resolve) => setImmediate(resolve));
  return finishSvg(compactSvg(svg), width, height, request.idPrefix).replace(
    /<svg\b/,
    `<svg data-font-px="${plan.fontPx}"`,
  );
}
