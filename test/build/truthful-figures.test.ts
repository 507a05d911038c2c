/**
 * Computed figures that are true, on the built sample: one count of named studios everywhere,
 * revoked and merged studios shown as such, running totals never summed, ties named, partial
 * periods never set against whole years, qualifiers kept, one level per competition.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contentYears } from '../../src/lib/model/years.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { htmlPages, page, textOf } from '../helpers/html.ts';
import { ROOT, SAMPLE_DIST } from '../helpers/paths.ts';

const { content } = validateContent(join(ROOT, 'content'));
const model = buildModel(content);
const latestYear = contentYears(model)[0]!;

/** The rows of a chart's data table on a page, as [label, cells…]. */
function chartTable(path: string, chart: string): string[][] {
  const table = page(SAMPLE_DIST, path).querySelector(`[data-chart-table="${chart}"]`);
  expect(table, `${chart} on ${path}`).not.toBeNull();
  return table!
    .querySelectorAll('tbody tr')
    .map((row) => [textOf(row.querySelector('th')), ...row.querySelectorAll('td').map(textOf)]);
}
const summaryOf = (path: string, chart: string) =>
  textOf(page(SAMPLE_DIST, path).querySelector(`figure[data-chart="${chart}"] .chart-summary`));
const number = (cell: string) => Number(cell.replace(/[^\d.]/g, ''));

describe('one count of named studios, everywhere', () => {
  it('agrees on the home page, the latest report, the cumulative chart and the open data', () => {
    const home = number(textOf(page(SAMPLE_DIST, '/').querySelector('[data-figure="studios"]')));
    const report = number(
      textOf(
        page(SAMPLE_DIST, `/reports/${latestYear}/`).querySelector(
          '[data-kpi="studiosAtYearEnd"] [data-value]',
        ),
      ),
    );
    const cumulative = chartTable('/', 'cumulative-studios').at(-1)!;
    const data = JSON.parse(readFileSync(join(SAMPLE_DIST, 'data/studios.json'), 'utf8')) as
      { rows: Array<{ status: string }> } | Array<{ status: string }>;
    const rows = Array.isArray(data) ? data : data.rows;
    const named = rows.filter((row) => row.status === 'named').length;
    expect([report, number(cumulative[1]!), named]).toEqual([home, home, home]);
    // The 2025 merger is subtracted at the end of 2025: one fewer than at the end of 2024 (a revocation fell in 2024 too).
    const previous = number(
      textOf(
        page(SAMPLE_DIST, `/reports/${latestYear}/`).querySelector(
          '[data-kpi="studiosAtYearEnd"] td:nth-child(3)',
        ),
      ),
    );
    expect(home).toBe(previous - 1);
  });

  it('shows a revoked and a merged studio for what they are, with their former level and date, never as not named', () => {
    const revoked = page(SAMPLE_DIST, '/studios/wang-shulan/').querySelector(
      '[data-field="highest-level"]',
    )!;
    expect(revoked.getAttribute('data-status')).toBe('revoked');
    expect(textOf(revoked)).toMatch(/已撤销（原级别：市级，2024年12月5日）/);
    const merged = page(SAMPLE_DIST, '/studios/zhou-min/').querySelector(
      '[data-field="highest-level"]',
    )!;
    expect(merged.getAttribute('data-status')).toBe('merged');
    expect(textOf(merged)).toMatch(/已并入 刘宏伟劳模创新工作室 ?（2025年8月） · 原级别：市级/);
    const english = page(SAMPLE_DIST, '/en/studios/zhou-min/').querySelector(
      '[data-field="highest-level"]',
    )!;
    expect(textOf(english)).toMatch(/Merged into .*August 2025/);
    for (const path of htmlPages(SAMPLE_DIST)) {
      const html = readFileSync(
        join(SAMPLE_DIST, path.endsWith('/') ? `${path}index.html` : path),
        'utf8',
      );
      expect(html.includes('尚未命名') || html.includes('Not yet named'), path).toBe(false);
    }
  });
});

describe('chart statements', () => {
  it('never sums the number in force, and calls it that, never "累计" (it falls after a revocation)', () => {
    const summary = summaryOf('/', 'cumulative-studios');
    expect(summary).not.toMatch(/合计/);
    expect(summary).toMatch(/年末在册数，逐年不相加/);
    const caption = textOf(
      page(SAMPLE_DIST, '/').querySelector('figure[data-chart="cumulative-studios"] figcaption'),
    );
    expect(caption).toMatch(/^年末在册/);
    expect(caption).not.toMatch(/累计/);
  });

  it('names every tied category when it names the highest', () => {
    let checked = 0;
    for (const path of ['/', ...contentYears(model).map((year) => `/reports/${year}/`)]) {
      for (const figure of page(SAMPLE_DIST, path).querySelectorAll('figure[data-chart]')) {
        const chart = figure.getAttribute('data-chart')!;
        // A chart of one or two values is told as a sentence, with no table and no "highest".
        if (!page(SAMPLE_DIST, path).querySelector(`[data-chart-table="${chart}"]`)) continue;
        const rows = chartTable(path, chart);
        const summary = textOf(figure.querySelector('.chart-summary'));
        const headers = page(SAMPLE_DIST, path)
          .querySelector(`[data-chart-table="${chart}"]`)!
          .querySelectorAll('thead th')
          .slice(1)
          .map(textOf);
        headers.forEach((header, column) => {
          const match = summary.match(
            new RegExp(
              `(?:^|；)${header.replace(/[()（）%]/g, '.')}合计[^，；。]*，最多为([^（]+)（`,
            ),
          );
          if (!match) return;
          const comparable = rows.filter((row) => !/月）|部分月份/.test(row[0]!));
          // Categories are named with their own label, which may hold a "、"; compare the lists as text.
          const max = Math.max(...comparable.map((row) => number(row[column + 1]!)));
          const tied = comparable
            .filter((row) => number(row[column + 1]!) === max)
            .map((row) => row[0]);
          expect(match[1], `${path} ${chart} ${header}`).toBe(tied.join('、'));
          checked += 1;
        });
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('labels a part of a year with its months and never compares it with whole years', () => {
    const rows = chartTable('/studios/zhao-pengda/', 'proposals');
    expect(rows[0]![0]).toBe('2021（8–10月）');
    const summary = summaryOf('/studios/zhao-pengda/', 'proposals');
    expect(summary).not.toMatch(/最[高多]为2021/);
    expect(summary).toContain('2021（8–10月）含部分月份数据，未与整年比较');
    // On the programme's chart 2021 mixes whole years of other studios with these three months: it says so.
    expect(chartTable('/', 'proposals').find((row) => row[0]!.startsWith('2021'))![0]).toBe(
      '2021（含部分月份）',
    );
    // The 2021 report states the adoption rate of the periods that state both counts, marked as part of the year, never compared with 2020,
    // and the same number as its chart (src/lib/figures/derived-figures.ts).
    const report = page(SAMPLE_DIST, '/reports/2021/');
    const rate = report.querySelector('[data-kpi="adoptionRate"]')!;
    expect(textOf(rate.querySelector('th'))).toMatch(/部分月份/);
    expect(textOf(rate.querySelector('[data-change]'))).toBe('—');
    const chart = report.querySelector('[data-chart-table="proposals"]')!;
    const rateColumn = chart
      .querySelectorAll('thead th')
      .findIndex((th) => textOf(th).startsWith('采纳率'));
    const chartRate = chart
      .querySelectorAll('tbody tr')
      .find((row) => textOf(row.querySelector('th')).startsWith('2021'))!;
    expect(rateColumn).toBeGreaterThan(0);
    expect(number(textOf(rate.querySelector('[data-value]')))).toBe(
      number(textOf(chartRate.querySelectorAll('th, td')[rateColumn]!)),
    );
    const proposals = report.querySelector('[data-kpi="proposalsSubmitted"]')!;
    expect(textOf(proposals.querySelector('th'))).toMatch(/部分月份/);
    expect(textOf(proposals.querySelector('[data-change]'))).toBe('—');
  });

  it('keeps "at least" with a number in chart tables, chart CSVs and the open data', () => {
    // One studio reported "1200多万元" for 2024: the programme's 2024 total is a lower bound.
    const rows = chartTable(`/reports/${latestYear}/`, 'benefit');
    const total2024 = rows.find((row) => row[0] === '2024')![1]!;
    expect(total2024).toMatch(/^[\d,.]+以上$/);
    const link = page(SAMPLE_DIST, `/reports/${latestYear}/`).querySelector(
      'figure[data-chart="benefit"] a[download]',
    )!;
    const csv = readFileSync(join(SAMPLE_DIST, link.getAttribute('href')!), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(csv[0]).toMatch(/（限定）/);
    expect(csv.find((line) => line.startsWith('2024,'))).toBe(
      `2024,${total2024.replace(/,|以上/g, '')},at-least`,
    );
    // The total over the years carries the loosest qualifier of its parts (an "about" in 2022 makes it "about").
    expect(summaryOf(`/reports/${latestYear}/`, 'benefit')).toMatch(
      /合计(约[\d,.]+|[\d,.]+以上)，/,
    );
    const figures = readFileSync(join(SAMPLE_DIST, 'data/figures.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((line) => line.split(','));
    const header = figures[0]!;
    const row = figures.find((cells) => cells[0] === 'liu-hongwei' && cells[1] === '2024')!;
    expect([row[header.indexOf('benefit')], row[header.indexOf('benefit_qualifier')]]).toEqual([
      '1200',
      'at-least',
    ]);
  });
});

describe('competitions', () => {
  it('give every award of a competition the one level defined on it', () => {
    const industryAwards = content.awards.filter(
      (award) => award.data.competition === 'national-industry-skills',
    );
    expect(industryAwards.length).toBeGreaterThan(1);
    const industryPage = page(SAMPLE_DIST, '/awards/level/industry/');
    for (const award of industryAwards)
      expect(industryPage.querySelector(`#award-${award.id}`), award.id).not.toBeNull();
    const nationalPage = page(SAMPLE_DIST, '/awards/level/national/');
    for (const award of industryAwards)
      expect(nationalPage.querySelector(`#award-${award.id}`), award.id).toBeNull();
  });
});

describe('programme figures say whose reports they add up', () => {
  /** Each studio's periods within one calendar year that state proposals submitted, read from the raw files. */
  const stating = readdirSync(join(ROOT, 'content/figures')).map((file) => {
    const data = parse(readFileSync(join(ROOT, 'content/figures', file), 'utf8')) as {
      periods: Array<{ from: string; to?: string; proposals?: { submitted?: unknown } }>;
    };
    return data.periods
      .filter((p) => p.to !== undefined && p.from.slice(0, 4) === p.to.slice(0, 4))
      .filter((p) => p.proposals?.submitted !== undefined)
      .map((p) => Number(p.from.slice(0, 4)));
  });

  it('on the home page and in each report, counted from the figures files', () => {
    const home = textOf(page(SAMPLE_DIST, '/').querySelector('[data-reporting="proposals"]'));
    expect(home).toBe(`据${stating.filter((years) => years.length > 0).length}个工作室报送`);
    for (const year of [2021, latestYear]) {
      const row = page(SAMPLE_DIST, `/reports/${year}/`).querySelector(
        '[data-kpi="proposalsSubmitted"] [data-reporting]',
      );
      const studios = stating.filter((years) => years.includes(year)).length;
      expect(textOf(row), String(year)).toBe(`（据${studios}个工作室报送）`);
    }
  });
});
