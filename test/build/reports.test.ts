/**
 * The annual report's key figures, counted independently from the raw content files and compared
 * with the rendered report.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, parseContentFile } from '../../src/lib/content/content-files.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { contentYears } from '../../src/lib/model/years.ts';
import { page, textOf } from '../helpers/html.ts';
import { ROOT, SAMPLE_DIST } from '../helpers/paths.ts';

const dir = join(ROOT, 'content');
const raw = <T>(folder: string, pattern: string, mdx = false) =>
  listFiles(join(dir, folder), pattern).map(
    (file) => parseContentFile(join(dir, folder, file), mdx).data as T,
  );
const value = (q: unknown) =>
  typeof q === 'number' ? q : ((q as { value?: number } | undefined)?.value ?? 0);
const model = buildModel(validateContent(dir).content);

type RawDoc = {
  type: string;
  date: string;
  cycleYear?: number;
  named?: Array<{ level: string }>;
  results?: Array<{ grade: string }>;
  pairings?: unknown[];
};
const documents = raw<RawDoc>('documents', '*.mdx', true);
const designations = raw<{ date: string; level: string }>('designations', '*.yaml');
const figures = raw<{ periods: Array<Record<string, unknown> & { from: string }> }>(
  'figures',
  '*.yaml',
);
const awards = raw<{ year: number }>('awards', '*.yaml');

/** Independent counts for a year. */
function expectedFor(year: number): Record<string, number> {
  const inYear = (date: string) => String(date).startsWith(`${year}-`);
  // A naming counts in its cycle year (年度) where one is stated, else in the year of its date.
  const namings = [
    ...documents.flatMap((d) =>
      (d.cycleYear ?? Number(String(d.date).slice(0, 4))) === year ? (d.named ?? []) : [],
    ),
    ...designations.filter((d) => inYear(d.date)),
  ];
  const results = documents.flatMap((d) =>
    d.type === 'assessment-notice' && inYear(d.date) ? d.results! : [],
  );
  const periods = figures.flatMap((f) =>
    f.periods.filter((p) => String(p.from).startsWith(`${year}-`)),
  );
  const proposals = (key: string) =>
    periods.reduce(
      (t, p) => t + value((p.proposals as Record<string, unknown> | undefined)?.[key]),
      0,
    );
  return {
    namedTotal: namings.length,
    'named-municipal': namings.filter((n) => n.level.startsWith('municipal')).length,
    'named-provincial': namings.filter((n) => n.level.startsWith('provincial')).length,
    documents: documents.filter((d) => inYear(d.date)).length,
    assessed: results.length,
    'grade-excellent': results.filter((r) => r.grade === 'excellent').length,
    'grade-fail': results.filter((r) => r.grade === 'fail').length,
    pairings: documents
      .filter((d) => inYear(d.date))
      .reduce((t, d) => t + (d.pairings?.length ?? 0), 0),
    proposalsSubmitted: proposals('submitted'),
    proposalsImplemented: proposals('implemented'),
    benefit: Math.round(periods.reduce((t, p) => t + value(p.benefit), 0) * 100) / 100,
    trained: periods.reduce((t, p) => t + value(p.trained), 0),
    awards: awards.filter((a) => a.year === year).length,
  };
}

/** Whether some studio's figures for the year cover only part of it. */
const partialYear = (year: number) =>
  figures.some((f) =>
    f.periods.some(
      (p) =>
        String(p.from).startsWith(`${year}-`) &&
        !(String(p.from).endsWith('-01') && String(p.to).endsWith('-12')),
    ),
  );

const row = (year: number, key: string) =>
  page(SAMPLE_DIST, `/en/reports/${year}/`).querySelector(
    `[data-testid="key-figures"] tr[data-kpi="${key}"]`,
  );
const shown = (year: number, key: string, column: 'data-value' | 'previous') => {
  const cell =
    column === 'data-value'
      ? row(year, key)?.querySelector('[data-value]')
      : row(year, key)?.querySelectorAll('td')[1];
  return Number(textOf(cell).replace(/[^\d.-]/g, ''));
};

describe('annual reports', () => {
  it.each([2021, 2022, 2024])(
    'shows the key figures of %i and of the year before, as counted from the content',
    (year) => {
      const expected = expectedFor(year);
      const previous = expectedFor(year - 1);
      const reported = (key: string) =>
        key.startsWith('proposals') || key === 'benefit' || key === 'trained';
      for (const [key, count] of Object.entries(expected)) {
        if (reported(key) && count === 0) continue; // a year without reported figures shows no such row
        expect(shown(year, key, 'data-value'), `${year} ${key}`).toBe(count);
        // Figures covering part of a year (this year's or last year's) are never compared: no previous value is shown.
        if (reported(key) && (partialYear(year) || partialYear(year - 1))) {
          expect(textOf(row(year, key)?.querySelectorAll('td')[1]), `${year - 1} ${key}`).toBe('—');
        } else if (previous[key] !== undefined && (previous[key] !== 0 || !reported(key))) {
          expect(shown(year, key, 'previous'), `${year - 1} ${key}`).toBe(previous[key]);
        }
      }
    },
  );

  it("shows the seed's facts in 2021: the Zhao Pengda studio named on 2021-12-07, 22 proposals from August to October, all applied", () => {
    const report = page(SAMPLE_DIST, '/reports/2021/');
    const namedRow = report
      .querySelectorAll('[data-testid="named-in-year"] tbody tr')
      .map(textOf)
      .find((row) => row.includes('赵鹏达劳模创新工作室'));
    expect(namedRow).toContain('2021年12月7日');
    expect(namedRow).toContain('锦工发〔2021〕31号');
    const cells = report
      .querySelector('[data-testid="studio-figures"] tr[data-studio="zhao-pengda"]')!
      .querySelectorAll('td')
      .map(textOf);
    expect(cells.slice(0, 4)).toEqual(['2021-08–2021-10', '22', '22', '22']);
  });

  it('exists for every year of the content, in both languages, and for no other year', () => {
    const years = contentYears(model);
    for (const year of years) {
      expect(existsSync(join(SAMPLE_DIST, `reports/${year}/index.html`)), String(year)).toBe(true);
      expect(existsSync(join(SAMPLE_DIST, `en/reports/${year}/index.html`)), String(year)).toBe(
        true,
      );
    }
    expect(existsSync(join(SAMPLE_DIST, `reports/${Math.min(...years) - 1}/index.html`))).toBe(
      false,
    );
    expect(existsSync(join(SAMPLE_DIST, `reports/${Math.max(...years) + 1}/index.html`))).toBe(
      false,
    );
    const listed = page(SAMPLE_DIST, '/reports/')
      .querySelectorAll('[data-testid="report-years"] a')
      .map((a) => a.getAttribute('href'));
    expect(listed).toEqual(years.map((year) => `/reports/${year}/`));
  });

  it('has a table of contents whose links reach its sections, and a print stylesheet with the year in the running header', () => {
    const report = page(SAMPLE_DIST, '/reports/2021/');
    for (const link of report.querySelectorAll('.toc a'))
      expect(
        report.querySelector(link.getAttribute('href')!),
        link.getAttribute('href')!,
      ).not.toBeNull();
    const sheet = report
      .querySelector('link[rel="stylesheet"][media="print"]')!
      .getAttribute('href')!;
    expect(sheet).toBe('/reports/2021/print-zh.css');
    const css = readFileSync(join(SAMPLE_DIST, sheet), 'utf8');
    expect(css).toMatch(/size:\s*A4/);
    expect(css).toMatch(/@top-center\s*\{\s*content:\s*"[^"]*2021年度报告"/);
  });
});
