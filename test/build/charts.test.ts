import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartsFor } from '../../src/lib/charts/instances.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { contentYears } from '../../src/lib/model/years.ts';
import { page, textOf } from '../helpers/html.ts';
import { ROOT, SAMPLE_DIST } from '../helpers/paths.ts';

const model = buildModel(validateContent(join(ROOT, 'content')).content);
// The number of a table cell; its qualifier (以上, 约, at least, about) is checked in truthful-figures.test.ts.
const parseNumber = (text: string) => Number(text.replace(/,|以上|约|at least |about /g, ''));

describe('charts on the built pages', () => {
  it.each([
    ['/', 'home', {}],
    ['/en/awards/', 'awards', {}],
    ['/studios/zhao-pengda/', 'studio', { studio: 'zhao-pengda' }],
    ['/en/reports/2021/', 'report', { year: 2021 }],
  ] as const)(
    '%s shows its charts with a table and a CSV equal to the metric',
    (path, placement, context) => {
      const html = page(SAMPLE_DIST, path);
      const locale = path.startsWith('/en/') ? 'en' : 'zh';
      const expected = chartsFor(model, placement, { locale, ...context });
      const figures = html.querySelectorAll('figure.chart');
      expect(figures.map((f) => f.getAttribute('data-chart'))).toEqual(
        expected.map((c) => c.definition.id),
      );
      for (const [i, figure] of figures.entries()) {
        const instance = expected[i]!;
        // A report chart's caption says its scope after its title.
        const scope = instance.scope
          ? locale === 'zh'
            ? `（${instance.scope}）`
            : ` (${instance.scope})`
          : '';
        expect(textOf(figure.querySelector('figcaption'))).toBe(`${instance.title}${scope}`);
        if (instance.kind === 'sentence') {
          // Told in words (chart-readability.test.ts); the CSV below still holds its numbers.
          expect(figure.querySelector('img')).toBeNull();
        } else if (instance.kind === 'table') {
          // More series than one drawing may show (chart-rules.test.ts): no drawing, the table open.
          expect(figure.querySelector('img')).toBeNull();
          expect(figure.querySelector('details')!.hasAttribute('open')).toBe(true);
        } else {
          const img = figure.querySelector('img')!;
          expect(img.getAttribute('alt')).toBe(instance.summary);
          const svg = readFileSync(join(SAMPLE_DIST, img.getAttribute('src')!), 'utf8');
          expect(svg).toMatch(/<svg[^>]* viewBox="0 0 640 \d+"/);
        }
        if (instance.kind === 'sentence') {
          const csv = readFileSync(
            join(SAMPLE_DIST, figure.querySelector('a[download]')!.getAttribute('href')!),
            'utf8',
          )
            .replace(/^\uFEFF/, '')
            .trim()
            .split('\r\n')
            .slice(1);
          expect(csv.map((line) => line.split(',').slice(1)[0])).toEqual(
            instance.data.labels.map((_, j) => String(instance.data.series[0]!.values[j])),
          );
          continue;
        }
        // The table: one row per label, one cell per series.
        const rows = figure
          .querySelectorAll('tbody tr')
          .map((row) => [
            textOf(row.querySelector('th')),
            ...row.querySelectorAll('td').map((td) => parseNumber(textOf(td))),
          ]);
        // A value not stated is "—" in the table and an empty cell in the CSV, never 0.
        const stated = (s: (typeof instance.data.series)[number], j: number) =>
          s.unknown?.[j] ? undefined : s.values[j];
        expect(rows).toEqual(
          instance.data.labels.map((label, j) => [
            label,
            ...instance.data.series.map((s) => stated(s, j) ?? NaN),
          ]),
        );
        // The CSV: the same numbers, and beside a series with qualified values ("at least") a column of qualifiers.
        const csv = readFileSync(
          join(SAMPLE_DIST, figure.querySelector('a[download]')!.getAttribute('href')!),
          'utf8',
        )
          .replace(/^\uFEFF/, '')
          .trim()
          .split('\r\n')
          .slice(1);
        expect(csv.map((line) => line.split(',').slice(1))).toEqual(
          instance.data.labels.map((_, j) =>
            instance.data.series.flatMap((s) => {
              const value = stated(s, j);
              const cell = value === undefined ? '' : String(value);
              return s.qualifiers ? [cell, value === undefined ? '' : s.qualifiers[j]] : [cell];
            }),
          ),
        );
      }
    },
  );

  it('gives a page with several charts no duplicate id, even were the drawings inlined', () => {
    const html = page(SAMPLE_DIST, '/reports/2024/');
    const ids = html.querySelectorAll('[id]').map((el) => el.id);
    const drawings = html
      .querySelectorAll('figure.chart img, figure.chart source')
      .map((element) => element.getAttribute('src') ?? element.getAttribute('srcset')!);
    const svgIds = drawings.flatMap((file) =>
      [...readFileSync(join(SAMPLE_DIST, file), 'utf8').matchAll(/\sid="([^"]+)"/g)].map(
        (m) => m[1]!,
      ),
    );
    expect(html.querySelectorAll('figure.chart').length).toBeGreaterThan(5);
    const all = [...ids, ...svgIds];
    expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
  });

  it('draws a report chart for every year with data, and none for years without', () => {
    for (const year of contentYears(model)) {
      const html = page(SAMPLE_DIST, `/reports/${year}/`);
      expect(html.querySelectorAll('figure.chart').length, String(year)).toBe(
        chartsFor(model, 'report', { locale: 'zh', year }).length,
      );
    }
    expect(
      chartsFor(model, 'report', { locale: 'zh', year: 2021 }).map((c) => c.definition.id),
    ).not.toContain('applied-publicised-named');
    expect(
      chartsFor(model, 'report', { locale: 'zh', year: 2023 }).map((c) => c.definition.id),
    ).toContain('applied-publicised-named');
  });
});
