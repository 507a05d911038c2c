/**
 * Charts by the book (ONS and GOV.UK data-visualisation guidance), checked from the chart
 * definitions of the sample and the real-records fixture and from the drawings of the built
 * sample: time series run along the bottom with their first, last and part years labelled; no
 * second value axis; pies only for at most five shares of a whole (no doughnut), else bars; at most
 * five series in a drawing, else the table; colours in one drawing at least CIEDE2000 15 apart and
 * from white; axis captions that name the measure, not a direction.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allChartInstances, type ChartInstance } from '../../src/lib/charts/instances.ts';
import { DRAWING_LAYOUTS, planDrawing } from '../../src/lib/charts/chart-layout.ts';
import { drawnChart, isTimeSeries, MAX_PARTS } from '../../src/lib/charts/chart-rules.ts';
import {
  colourDifference,
  DISTINCT,
  MIN_COLOUR_DIFFERENCE,
} from '../../src/lib/charts/chart-distinct.ts';
import { contrast, swatchesOfChart } from '../../src/lib/charts/chart-colours.ts';
import { INK, GRID, MUTED, PAPER } from '../../src/drawing/palette.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { htmlPages, page, textOf } from '../helpers/html.ts';
import { ROOT, SAMPLE_DIST } from '../helpers/paths.ts';

const sets = ['content', 'test/fixtures/real-records'].map(
  (root) =>
    [
      root,
      allChartInstances(buildModel(validateContent(join(ROOT, root)).content)).filter(
        (i) => i.kind === 'chart',
      ),
    ] as const,
);
const sample = sets[0]![1];
const name = (instance: ChartInstance) =>
  `${instance.key} (${instance.definition.data.type} drawn as ${instance.drawn.type})`;

/** The colours a drawing fills its bars, slices and lines with: every colour but text, grid and paper. */
function drawnColours(svg: string): string[] {
  const plain = new Set(
    [INK, GRID, MUTED, PAPER, '#FFFFFF', '#000000'].map((colour) => colour.toUpperCase()),
  );
  const found = [...svg.matchAll(/(?:fill|stroke)="(#[0-9a-fA-F]{6})"/g)].map((match) =>
    match[1]!.toUpperCase(),
  );
  return [...new Set(found)].filter((colour) => !plain.has(colour));
}

describe.each(sets)('the chart rules, from the chart definitions of %s', (_, instances) => {
  it('draws a pie only for one whole in at most five parts, never a doughnut, and at most five series in a drawing', () => {
    expect(instances.length).toBeGreaterThan(5);
    for (const instance of instances) {
      const { type, data } = instance.drawn;
      expect(type, name(instance)).not.toBe('doughnut');
      if (type === 'pie')
        expect([data.series.length, data.labels.length <= MAX_PARTS], name(instance)).toEqual([
          1,
          true,
        ]);
      expect(data.series.length, name(instance)).toBeLessThanOrEqual(MAX_PARTS);
    }
  });

  it('draws no second value axis: a rate beside counts is left to the summary and the table', () => {
    for (const instance of instances) {
      const kinds = new Set(
        instance.drawn.data.series.map((series) => (series.kind === 'rate' ? 'rate' : 'count')),
      );
      expect(kinds.size, name(instance)).toBe(1);
    }
  });

  it('runs every time series along the bottom, labelling every year or at least the first, the last and each part year', () => {
    const series = instances.filter(
      (instance) => isTimeSeries(instance.drawn.data.labels) && instance.drawn.type !== 'pie',
    );
    expect(series.length).toBeGreaterThan(3);
    for (const instance of series)
      for (const layout of DRAWING_LAYOUTS) {
        const plan = planDrawing(instance.drawn.type, instance.drawn.data, layout);
        const { labels, partial } = instance.drawn.data;
        expect(plan.horizontal, `${name(instance)} ${layout}`).toBe(false);
        const must = labels.map(
          (_, i) => i === 0 || i === labels.length - 1 || partial?.[i] === true,
        );
        expect(
          must.every((needed, i) => !needed || plan.shown[i]),
          `${name(instance)} ${layout}`,
        ).toBe(true);
      }
  });

  it('gives the items of each drawing colours CIEDE2000 ≥ 15 apart, each ≥ 15 from white and 3:1 on it', () => {
    for (const instance of instances) {
      const colours = [
        ...new Set(
          swatchesOfChart(instance.drawn.type, instance.drawn.data).swatches.map(
            (swatch) => swatch.colour,
          ),
        ),
      ];
      const items = swatchesOfChart(instance.drawn.type, instance.drawn.data).swatches.length;
      const shown =
        instance.drawn.type === 'pie'
          ? instance.drawn.data.labels.length
          : instance.drawn.data.series.length;
      // As many colours as items the key names (bars of one series may share one).
      if (shown > 1) expect(colours.length, name(instance)).toBe(Math.min(items, shown));
      for (const [i, colour] of colours.entries()) {
        expect(colourDifference(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(
          MIN_COLOUR_DIFFERENCE,
        );
        expect(contrast(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(3);
        for (const other of colours.slice(i + 1))
          expect(
            colourDifference(colour, other),
            `${name(instance)}: ${colour} ${other}`,
          ).toBeGreaterThanOrEqual(15);
      }
    }
  });
});

describe('the chart rules, from the drawings and pages of the built sample', () => {
  const pages = htmlPages(SAMPLE_DIST).filter((path) =>
    /^\/(en\/)?(reports\/\d{4}\/|awards\/|achievements\/|studios\/[^/]+\/)?$/.test(path),
  );

  it('fills each drawing with at most five colours besides grey, each two CIEDE2000 ≥ 15 apart', () => {
    const files = new Set(
      pages.flatMap((path) =>
        page(SAMPLE_DIST, path)
          .querySelectorAll('figure.chart img, figure.chart source')
          .map((element) => element.getAttribute('src') ?? element.getAttribute('srcset')!),
      ),
    );
    expect(files.size).toBeGreaterThan(20);
    for (const file of files) {
      const colours = drawnColours(readFileSync(join(SAMPLE_DIST, file), 'utf8'));
      expect(colours.filter((colour) => colour !== '#595959').length, file).toBeLessThanOrEqual(
        MAX_PARTS,
      );
      for (const [i, colour] of colours.entries())
        for (const other of colours.slice(i + 1))
          expect(
            colourDifference(colour, other),
            `${file}: ${colour} ${other}`,
          ).toBeGreaterThanOrEqual(15);
    }
  });

  it('names what an axis measures and lists, never a direction the bars may not run in', () => {
    let captions = 0;
    for (const path of pages)
      for (const caption of page(SAMPLE_DIST, path).querySelectorAll('figure.chart .chart-axes')) {
        const words = textOf(caption);
        captions++;
        expect(words, path).not.toMatch(/纵轴|横轴|右侧|vertical|horizontal|right axis/i);
        expect(words, path).toMatch(
          path.startsWith('/en/')
            ? /^(Values|Categories|.+: not drawn)/
            : /^(数值|分类|.+未画入图中)/,
        );
      }
    expect(captions).toBeGreaterThan(20);
  });

  it('draws the 9 industries as bars, the doughnut as a pie and the ten ranks as their table', () => {
    const report = page(SAMPLE_DIST, '/reports/2024/');
    const industries = sample.find(
      (i) => i.definition.id === 'studios-by-industry' && i.drawn.data.labels.length > MAX_PARTS,
    );
    expect(industries?.drawn.type).toBe('bar');
    // A doughnut is drawn as a pie, or as bars past five parts.
    const family = sample.find(
      (i) => i.definition.id === 'awards-by-family' && i.drawn.type === 'pie',
    )!;
    expect(drawnChart('doughnut', family.data).type).toBe('pie');
    expect(drawnChart('doughnut', industries!.data).type).toBe('bar');
    const ranks = page(SAMPLE_DIST, '/en/awards/').querySelector(
      '[data-chart="awards-by-level-rank"]',
    )!;
    expect(ranks.querySelector('img')).toBeNull();
    expect(ranks.querySelector('[data-chart-as-table]')).not.toBeNull();
    expect(ranks.querySelector('details')!.hasAttribute('open')).toBe(true);
    expect(report.querySelectorAll('figure.chart').length).toBeGreaterThan(5);
  });

  it('labels the English part year 2021 along the bottom of its time series', () => {
    const proposals = sample.find((i) => i.key === 'proposals--year-2021--en')!;
    const partIndex = proposals.drawn.data.partial!.indexOf(true);
    expect(partIndex).toBeGreaterThanOrEqual(0);
    for (const layout of DRAWING_LAYOUTS)
      expect(
        planDrawing(proposals.drawn.type, proposals.drawn.data, layout).shown[partIndex],
        layout,
      ).toBe(true);
  });

  it('keeps DISTINCT colours CIEDE2000 ≥ 15 apart', () => {
    for (const [i, colour] of DISTINCT.entries())
      for (const other of DISTINCT.slice(i + 1))
        expect(colourDifference(colour, other)).toBeGreaterThanOrEqual(15);
  });
});
