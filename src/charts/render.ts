/**
 * Chart.js 4 drawn in Node on @napi-rs/canvas, exported as SVG with text as outlines (the SVG
 * text mode drops digit-only strings with CJK fonts), with a viewBox so it scales and ids
 * prefixed so that several charts can share a page, compacted (src/charts/compact.ts). Chinese uses Noto Sans SC from npm, so no
 * machine needs a system CJK font.
 */
import { createRequire } from 'node:module';
import { GlobalFonts, SvgExportFlag, createCanvas } from '@napi-rs/canvas';
import { Chart, registerables, type ChartConfiguration, type Plugin } from 'chart.js';
import type { ChartType as DefinitionType } from '../schemas/chart.ts';
import type { ChartData } from '../lib/metrics.ts';
import { compactSvg } from './compact.ts';
import { chartColour, INK, GRID, PAPER } from './palette.ts';

Chart.register(...registerables);

const require = createRequire(import.meta.url);
export const FONT_FAMILY = 'Noto Sans SC';
let fontsReady = false;

/** Registers Noto Sans SC (regular and bold) once per thread; the share cards use it too. */
export function registerFonts(): void {
  if (fontsReady) return;
  for (const weight of ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf']) {
    const path = require.resolve(`@expo-google-fonts/noto-sans-sc/${weight}`);
    if (!GlobalFonts.registerFromPath(path, FONT_FAMILY)) throw new Error(`could not register the chart font ${path}`);
  }
  fontsReady = true;
}

export interface RenderRequest {
  type: DefinitionType;
  data: ChartData;
  width?: number;
  height?: number;
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

function configuration(request: RenderRequest): ChartConfiguration {
  const { type, data } = request;
  const circular = type === 'pie' || type === 'doughnut';
  const datasets = data.series.map((series, index) => {
    const colour = chartColour(index);
    const onSecondAxis = type === 'bar-line' && series.axis === 'y2';
    return {
      type: (onSecondAxis || type === 'line' ? 'line' : circular ? type : 'bar') as 'line' | 'bar' | 'pie' | 'doughnut',
      label: series.label,
      data: series.values,
      backgroundColor: circular ? data.labels.map((_, i) => chartColour(i)) : colour,
      borderColor: circular ? PAPER : colour,
      borderWidth: circular ? 2 : type === 'line' || onSecondAxis ? 3 : 0,
      pointRadius: 3,
      yAxisID: onSecondAxis ? 'y2' : 'y',
      order: onSecondAxis ? 0 : 1,
      stack: type === 'stacked-bar' ? 'all' : undefined,
    };
  });
  const ticks = { color: INK, font: { family: FONT_FAMILY, size: 13 } };
  return {
    type: circular ? type : 'bar',
    data: { labels: data.labels, datasets: datasets as never },
    plugins: [background],
    options: {
      animation: false,
      responsive: false,
      events: [],
      devicePixelRatio: 1,
      layout: { padding: 12 },
      // No words of a language in the drawing: the title, the key and the axis titles are HTML
      // around it (src/components/ChartFigure.astro), so both languages share one drawing
      // wherever the categories are numbers (years, cycles).
      plugins: { title: { display: false }, legend: { display: false }, tooltip: { enabled: false } },
      scales: circular
        ? {}
        : {
            x: { stacked: type === 'stacked-bar', ticks, grid: { color: GRID } },
            y: { stacked: type === 'stacked-bar', beginAtZero: true, ticks: { ...ticks, precision: 0 }, grid: { color: GRID } },
            ...(type === 'bar-line' ? { y2: { position: 'right' as const, beginAtZero: true, ticks, grid: { drawOnChartArea: false } } } : {}),
          },
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
  const name = (id: string) => names.get(id) ?? names.set(id, `${prefix}-${names.size + 1}`).get(id)!;
  return withViewBox
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${name(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${name(id)})`)
    .replace(/href="#([^"]+)"/g, (_, id: string) => `href="#${name(id)}"`);
}

/** Renders one chart to an SVG string. */
export async function renderChart(request: RenderRequest): Promise<string> {
  registerFonts();
  const width = request.width ?? 800;
  const height = request.height ?? 450;
  const canvas = createCanvas(width, height, SvgExportFlag.ConvertTextToPaths);
  // With animation off the constructor draws the chart once; another draw() would paint every
  // path a second time into the SVG.
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, configuration(request));
  const svg = canvas.getContent().toString('utf8');
  chart.destroy();
  // Native memory is released only when the event loop turns.
  await new Promise((resolve) => setImmediate(resolve));
  return finishSvg(compactSvg(svg), width, height, request.idPrefix);
}
