/**
 * Charts people can read, checked on the built sample: every drawn chart has a narrow and a wide
 * drawing, chosen by `<picture><source media>`; the text in each, measured from its glyph outlines,
 * comes out at 12 CSS px or more over the whole range of widths the stylesheet shows it at, and no
 * two texts overlap; a chart of one or two values is a sentence, its CSV kept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allChartInstances, chartFiles, chartsFor } from '../../src/lib/charts/instances.ts';
import { DRAWINGS, MIN_TEXT_PX, type DrawingLayout } from '../../src/lib/charts/chart-layout.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { contentYears } from '../../src/lib/model/years.ts';
import { page, textOf } from '../helpers/html.ts';
import { ROOT, SAMPLE_DIST } from '../helpers/paths.ts';

const model = buildModel(validateContent(join(ROOT, 'content')).content);
const instances = allChartInstances(model);

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The bounding box of a path in relative commands (m l q c z, as the compacted drawings have), shifted by its translate(). */
function pathBox(d: string, dx: number, dy: number): Box {
  const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  const add = (px: number, py: number) => {
    box.left = Math.min(box.left, px + dx);
    box.right = Math.max(box.right, px + dx);
    box.top = Math.min(box.top, py + dy);
    box.bottom = Math.max(box.bottom, py + dy);
  };
  for (const [, command, args] of d.matchAll(/([mlqcz])([^mlqcz]*)/g)) {
    if (command === 'z') {
      x = startX;
      y = startY;
      continue;
    }
    const numbers = [...args!.matchAll(/-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g)].map((m) =>
      Number(m[0]),
    );
    const size = command === 'q' ? 4 : command === 'c' ? 6 : 2;
    for (let i = 0; i + size <= numbers.length; i += size) {
      // Control points are inside the glyph's box or close to it: only end points count.
      x += numbers[i + size - 2]!;
      y += numbers[i + size - 1]!;
      add(x, y);
      if (command === 'm' && i === 0) [startX, startY] = [x, y];
    }
  }
  return box;
}

/** The boxes of the texts of a drawing: its paths in the text colour, each one label. */
function textBoxes(svg: string): Box[] {
  return [
    ...svg.matchAll(
      /<path fill="#1D2327" transform="translate\(([-\d.]+) ([-\d.]+)\)" d="([^"]+)"/g,
    ),
  ].map(([, dx, dy, d]) => pathBox(d!, Number(dx), Number(dy)));
}

const overlap = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

describe('chart text on the built site', () => {
  const drawn = instances.filter((instance) => instance.kind === 'chart');

  it('draws every text at a size that is at least 12 CSS px across the widths each drawing is shown at', () => {
    for (const layout of ['narrow', 'wide'] as const satisfies DrawingLayout[]) {
      const spec = DRAWINGS[layout];
      expect((spec.fontPx * spec.displayed.min) / spec.width, layout).toBeGreaterThanOrEqual(
        MIN_TEXT_PX,
      );
    }
    for (const instance of drawn) {
      for (const layout of ['narrow', 'wide'] as const) {
        const svg = readFileSync(join(SAMPLE_DIST, chartFiles(instance).svg[layout]), 'utf8');
        const fontPx = Number(/<svg[^>]* data-font-px="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
        const width = Number(/<svg[^>]* viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
        expect(width, instance.key).toBe(DRAWINGS[layout].width);
        expect(
          (fontPx * DRAWINGS[layout].displayed.min) / width,
          `${instance.key} ${layout}`,
        ).toBeGreaterThanOrEqual(MIN_TEXT_PX);
        // The glyphs are as large as the drawing says: the commonest text height is that of the value
        // axis's digits (about 0.72 em in Noto Sans SC) or of Chinese category labels (about 0.9 em).
        const boxes = textBoxes(svg);
        // A pie has no text in its drawing: its key is HTML.
        if (['pie', 'doughnut'].includes(instance.definition.data.type)) continue;
        const heights = boxes.map((box) => Math.round((box.bottom - box.top) * 2) / 2);
        const commonest = Number(
          [...Map.groupBy(heights, (height) => height)].toSorted(
            (a, b) => b[1].length - a[1].length,
          )[0]![0],
        );
        expect(commonest / fontPx, `${instance.key} ${layout}`).toBeGreaterThan(0.66);
        expect(commonest / fontPx, `${instance.key} ${layout}`).toBeLessThan(0.95);
      }
    }
  });

  it('lets no label overlap another in any drawing', () => {
    for (const instance of drawn)
      for (const layout of ['narrow', 'wide'] as const) {
        const boxes = textBoxes(
          readFileSync(join(SAMPLE_DIST, chartFiles(instance).svg[layout]), 'utf8'),
        );
        const clashes = boxes.flatMap((a, i) =>
          boxes
            .slice(i + 1)
            .filter((b) => overlap(a, b))
            .map((b) => [a, b]),
        );
        expect(clashes, `${instance.key} ${layout}`).toEqual([]);
      }
  });

  it('offers the narrow drawing to phones and the wide one to the rest, each with its size', () => {
    for (const path of ['/', '/en/reports/2024/', '/awards/']) {
      const figures = page(SAMPLE_DIST, path).querySelectorAll('figure.chart picture');
      expect(figures.length, path).toBeGreaterThan(0);
      for (const picture of figures) {
        const source = picture.querySelector('source')!;
        const img = picture.querySelector('img')!;
        expect(source.getAttribute('media')).toBe(DRAWINGS.narrow.media);
        const narrow = readFileSync(join(SAMPLE_DIST, source.getAttribute('srcset')!), 'utf8');
        const wide = readFileSync(join(SAMPLE_DIST, img.getAttribute('src')!), 'utf8');
        expect(narrow).toMatch(
          new RegExp(
            `viewBox="0 0 ${source.getAttribute('width')} ${source.getAttribute('height')}"`,
          ),
        );
        expect(wide).toMatch(
          new RegExp(`viewBox="0 0 ${img.getAttribute('width')} ${img.getAttribute('height')}"`),
        );
        expect(source.getAttribute('width')).toBe(String(DRAWINGS.narrow.width));
        expect(img.getAttribute('width')).toBe(String(DRAWINGS.wide.width));
      }
    }
  });

  it('tells a chart of one or two values as a sentence with its CSV, never as a drawing of one bar', () => {
    const sentences = contentYears(model).flatMap((year) =>
      chartsFor(model, 'report', { locale: 'zh', year })
        .filter((chart) => chart.kind === 'sentence')
        .map((chart) => ({ chart, year })),
    );
    expect(sentences.length).toBeGreaterThan(0);
    for (const { chart, year } of sentences) {
      const figure = page(SAMPLE_DIST, `/reports/${year}/`).querySelector(
        `figure[data-chart="${chart.definition.id}"]`,
      )!;
      expect(figure.querySelector('img, picture, svg'), chart.key).toBeNull();
      const sentence = textOf(figure.querySelector('.chart-sentence'));
      expect(sentence).toContain(chart.summary);
      for (const [j, label] of chart.data.labels.entries()) {
        expect(sentence).toContain(label);
        expect(sentence.replace(/,/g, '')).toContain(String(chart.data.series[0]!.values[j]));
      }
      expect(
        readFileSync(
          join(SAMPLE_DIST, figure.querySelector('a[download]')!.getAttribute('href')!),
          'utf8',
        ),
      ).toContain(chart.data.labels[0]!);
    }
    // Every chart of three values or more is drawn.
    for (const chart of drawn)
      expect(chart.data.labels.length * chart.data.series.length, chart.key).toBeGreaterThan(2);
  });
});
