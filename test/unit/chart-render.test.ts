import { Image, createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { relativePath } from '../../src/drawing/compact.ts';
import { renderChart, type RenderRequest } from '../../src/drawing/render.ts';

const request = (labels: string[], idPrefix: string): RenderRequest => ({
  type: 'bar',
  idPrefix,
  data: {
    labels,
    series: [{ key: 'a', label: 'series', values: labels.map((_, i) => (i + 1) * 7) }],
  },
});

/** Rasterises an SVG and returns the dark pixels of a band as a bitmap string. */
function inkOf(
  svg: string,
  band: { x: number; y: number; width: number; height: number },
): { count: number; bitmap: string } {
  const image = new Image();
  image.src = Buffer.from(svg);
  const canvas = createCanvas(640, 400);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const pixels = context.getImageData(band.x, band.y, band.width, band.height).data;
  let bitmap = '';
  let count = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    const dark = pixels[i]! < 140 && pixels[i + 1]! < 140 && pixels[i + 2]! < 140;
    bitmap += dark ? '1' : '0';
    if (dark) count += 1;
  }
  return { count, bitmap };
}

const CATEGORY_BAND = { x: 60, y: 350, width: 560, height: 40 };
const Y_TICKS_BAND = { x: 0, y: 20, width: 60, height: 320 };

describe('chart rendering', () => {
  it('draws Chinese category labels with real glyphs, not empty boxes', async () => {
    const a = inkOf(await renderChart(request(['全国级', '省级'], 'a')), CATEGORY_BAND);
    const b = inkOf(await renderChart(request(['示范工作室', '命名'], 'b')), CATEGORY_BAND);
    expect(a.count).toBeGreaterThan(100);
    expect(b.count).toBeGreaterThan(100);
    // Missing glyphs draw the same box for every character; real glyphs differ from label to label.
    let different = 0;
    for (let i = 0; i < a.bitmap.length; i += 1) if (a.bitmap[i] !== b.bitmap[i]) different += 1;
    expect(different).toBeGreaterThan(100);
  });

  it('draws English category labels and digit-only axis ticks', async () => {
    const svg = await renderChart(request(['National', 'Provincial'], 'c'));
    expect(inkOf(svg, CATEGORY_BAND).count).toBeGreaterThan(100);
    expect(inkOf(svg, Y_TICKS_BAND).count).toBeGreaterThan(50);
    expect(svg).not.toContain('<text');
  });

  it('holds no words of a language: a chart of years draws the same whatever its title and series names', async () => {
    const years = ['2019', '2020', '2021'];
    const draw = (label: string) =>
      renderChart({
        type: 'bar',
        idPrefix: 'same',
        data: { labels: years, series: [{ key: 'a', label, values: [3, 5, 8] }] },
      });
    expect(await draw('合理化建议提出')).toBe(await draw('Proposals submitted'));
  });

  it('writes a viewBox and ids that start with the chart prefix', async () => {
    const one = await renderChart(request(['甲'], 'chart-one'));
    const two = await renderChart(request(['乙'], 'chart-two'));
    for (const svg of [one, two]) expect(svg).toMatch(/<svg[^>]* viewBox="0 0 640 400"/);
    const ids = (svg: string) => [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids(one).length).toBeGreaterThan(0);
    expect(ids(one).every((id) => id.startsWith('chart-one-'))).toBe(true);
    expect(ids(one).filter((id) => ids(two).includes(id))).toEqual([]);
    for (const [, ref] of one.matchAll(/url\(#([^)]+)\)/g)) expect(ids(one)).toContain(ref);
  });

  it('keeps memory flat over 200 charts and reports the time per chart', async () => {
    const rss: number[] = [];
    const started = performance.now();
    for (let i = 0; i < 200; i += 1) {
      await renderChart(request(['2019', '2020', '2021', `第${i}年`], `m${i}`));
      if (i % 20 === 19) rss.push(process.memoryUsage().rss);
    }
    const perChart = (performance.now() - started) / 200;
    const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
    console.log(
      `200 charts: ${perChart.toFixed(1)} ms per chart; RSS ${rss.map(mb).join(' → ')} MB; peak ${mb(Math.max(...rss))} MB`,
    );
    // After warm-up (the first 40 charts), resident memory may wobble but must not climb with every chart.
    expect(mb(rss.at(-1)! - rss[1]!)).toBeLessThan(60);
  }, 120_000);
});

/** Reads path data (absolute or relative M, L, Q, C, Z) back to absolute points, independently of src/drawing/compact.ts. */
function absolutePoints(d: string): number[][] {
  const tokens = d.match(/[MLQCZmlqcz]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? [];
  const points: number[][] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let command = '';
  let numbers: number[] = [];
  const size = () => ({ q: 4, c: 6 })[command.toLowerCase() as 'q' | 'c'] ?? 2;
  for (const token of tokens) {
    if (/[a-z]/i.test(token)) {
      command = token;
      numbers = [];
      if (command.toLowerCase() === 'z') [x, y] = [startX, startY];
      continue;
    }
    numbers.push(Number(token));
    if (numbers.length < size()) continue;
    const relative = command === command.toLowerCase();
    const pairs: number[] = [];
    for (let i = 0; i < numbers.length; i += 2)
      pairs.push(numbers[i]! + (relative ? x : 0), numbers[i + 1]! + (relative ? y : 0));
    [x, y] = pairs.slice(-2) as [number, number];
    if (command.toLowerCase() === 'm' && points.length === 0) [startX, startY] = [x, y];
    points.push(pairs);
    numbers = [];
  }
  return points;
}

describe('chart compaction', () => {
  it('rewrites path data with relative commands and short numbers that draw the same points', () => {
    const d =
      'M 10.04 20 L 30.26 20 L 30.26 40.01 Q 35 45 40 40 C 41.5 41 42.25 43 44 44 Z M 0.5 -0.25 L 1 1';
    const compact = relativePath(d);
    expect(compact).not.toMatch(/[MLQCZ]/);
    expect(compact.length).toBeLessThan(d.length * 0.7);
    const round = (points: number[][]) =>
      points.map((pair) => pair.map((value) => Math.round(value * 10) / 10));
    expect(round(absolutePoints(compact))).toEqual(round(absolutePoints(d)));
  });

  it('leaves a drawn chart with relative paths only, numbers to a tenth and no whitespace between tags', async () => {
    const svg = await renderChart(request(['全国级', '省级', '市级'], 'compact'));
    const paths = [...svg.matchAll(/\sd="([^"]+)"/g)].map((m) => m[1]!);
    expect(paths.length).toBeGreaterThan(10);
    for (const d of paths) {
      expect(d).not.toMatch(/[MLQCZ]/);
      // Rounded to a tenth: no coordinate carries more than one decimal.
      expect(d).not.toMatch(/\.\d{2,}/);
    }
    expect(svg).not.toMatch(/>\s+</);
  });
});
