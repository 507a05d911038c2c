/**
 * Every report of the sample and of the real-records fixture, read as built: its year-end count
 * adds up from the year before's (plus studios in force from the year, less revocations and
 * mergers), agrees with its key figures and with the report of the year before, and every studio
 * named under the year but counted elsewhere is listed with a reason. And no page of either build
 * shows a repository path, a file extension or an internal field name in its text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { htmlPages, page, textOf } from '../helpers/html.ts';
import { ROOT, SAMPLE_DIST } from '../helpers/paths.ts';
import { sharedBuild } from '../helpers/shared-builds.ts';

const number = (element: HTMLElement | null | undefined) =>
  Number(textOf(element).replace(/[^\d]/g, ''));
const reportYears = (dist: string) =>
  htmlPages(dist)
    .map((path) => /^\/reports\/(\d{4})\/$/.exec(path)?.[1])
    .filter((year): year is string => year !== undefined)
    .map(Number);

/** The checks on every report of a build. */
function checkReports(dist: () => string) {
  it('adds up on every report, and agrees with the key figures and the report of the year before', () => {
    const years = reportYears(dist());
    expect(years.length).toBeGreaterThan(2);
    const yearEnds = new Map<number, number>();
    for (const year of years) {
      for (const prefix of ['', '/en']) {
        const html = page(dist(), `${prefix}/reports/${year}/`);
        const section = html.querySelector('[data-testid="reconciliation"]');
        expect(section, `${prefix}/reports/${year}/`).not.toBeNull();
        const row = (key: string) => number(section!.querySelector(`[data-rec="${key}"] td`));
        const [previous, entered, revoked, merged, end] = [
          'previous',
          'entered',
          'revoked',
          'merged',
          'year-end',
        ].map(row) as [number, number, number, number, number];
        expect(previous + entered - revoked - merged, `${prefix}/reports/${year}/`).toBe(end);
        const kpi = html.querySelector('[data-kpi="studiosAtYearEnd"]');
        expect(
          number(kpi?.querySelector('[data-value]')?.childNodes[0] as HTMLElement),
          `key figure of ${year}`,
        ).toBe(end);
        expect(
          number(kpi?.querySelector('td:nth-child(3)')),
          `previous key figure of ${year}`,
        ).toBe(previous);
        // Every studio revoked or merged is named.
        expect(section!.querySelectorAll('[data-testid="left-in-year"] li').length).toBe(
          revoked + merged,
        );
        // The studios named this year, less those counted elsewhere, plus those counted here from another year, are the studios in force from this year.
        const listed = new Set(
          html
            .querySelectorAll('[data-testid="named-in-year"] a[href*="/studios/"]')
            .map((a) => a.getAttribute('href')!.replace(/^\/en/, '')),
        );
        const elsewhere = section!.querySelectorAll('[data-testid="counted-elsewhere"] li');
        for (const li of elsewhere)
          expect(
            textOf(li).split(/[：:]/)[1]?.trim(),
            `the reason for ${li.getAttribute('data-studio')}`,
          ).toBeTruthy();
        const out = elsewhere.filter((li) =>
          listed.has(`/studios/${li.getAttribute('data-studio')}/`),
        ).length;
        const into = elsewhere.length - out;
        expect(listed.size - out + into, `studios in force from ${year}`).toBe(entered);
        yearEnds.set(year, end);
      }
      if (yearEnds.has(year - 1))
        expect(
          number(page(dist(), `/reports/${year}/`).querySelector('[data-rec="previous"] td')),
        ).toBe(yearEnds.get(year - 1));
    }
  });

  it('puts the undated note only in a year whose namings lack a date, with their number', () => {
    for (const year of reportYears(dist())) {
      const html = page(dist(), `/reports/${year}/`);
      const undated = html.querySelectorAll(
        '[data-testid="counted-elsewhere"] li[data-reason="undated"]',
      ).length;
      const note = html.querySelector('[data-undated]');
      if (undated === 0) expect(note, String(year)).toBeNull();
      else expect(textOf(note)).toBe(`另有${undated}个工作室的命名时间未注明`);
    }
  });

  it('says the scope of every chart of a report beside its title', () => {
    for (const year of reportYears(dist())) {
      for (const figure of page(dist(), `/reports/${year}/`).querySelectorAll(
        'figure[data-chart]',
      )) {
        expect(
          textOf(figure.querySelector('[data-chart-scope]')),
          `${figure.getAttribute('data-chart')} in ${year}`,
        ).toMatch(new RegExp(`${year}`));
      }
    }
  });
}

/** Words of the repository and of the code that no reader should meet. */
const INTERNAL = [
  /\bcontent\/\w+/,
  /\bsrc\/\w+/,
  /\btest\/fixtures\b/,
  /\.ya?ml\b/,
  /\.mdx\b/,
  /\b(cycleYear|jointProjects|statusDate|statusDocument|mergedInto|coIssuers|achievementId|revokedOn|designationsByStudio|isUnionNaming)\b/,
];

function checkPublicText(dist: () => string) {
  it('shows no repository path, file extension or internal field name in the text of any page', () => {
    const found: string[] = [];
    for (const path of htmlPages(dist()).filter((p) => !p.startsWith('/admin/'))) {
      const html = page(dist(), path);
      html.querySelectorAll('script, style').forEach((element) => element.remove());
      const attributes = html
        .querySelectorAll('[alt], [title], [aria-label], [placeholder]')
        .flatMap((element) =>
          ['alt', 'title', 'aria-label', 'placeholder'].map(
            (name) => element.getAttribute(name) ?? '',
          ),
        );
      const shown = [textOf(html.querySelector('body')), ...attributes].join(' ');
      for (const pattern of INTERNAL) {
        const match = pattern.exec(shown);
        if (match) found.push(`${path}: ${match[0]}`);
      }
    }
    expect(found).toEqual([]);
  });

  it("labels a person's skill grade as such, never as a rank (等次)", () => {
    for (const path of htmlPages(dist()).filter((p) => /^\/people\/[^/]+\/$/.test(p))) {
      const terms = page(dist(), path).querySelectorAll('dl dt').map(textOf);
      expect(terms, path).not.toContain('等次');
    }
  });
}

describe('the sample site', () => {
  checkReports(() => SAMPLE_DIST);
  checkPublicText(() => SAMPLE_DIST);

  it('shows joint projects that the 2025 pairing notice does not state as unknown in the chart table, its CSV and summary, never 0', () => {
    const figure = page(SAMPLE_DIST, '/reports/2025/').querySelector(
      'figure[data-chart="pairings"]',
    )!;
    const row = figure
      .querySelectorAll('tbody tr')
      .find((tr) => textOf(tr.querySelector('th')) === '2025')!;
    // A dash to the eye, 未注明 to a screen reader (src/components/NotStated.astro).
    expect(row.querySelectorAll('td').map(textOf)).toEqual(['2', '—未注明']);
    expect(textOf(figure.querySelector('.chart-summary'))).toMatch(/2025未注明/);
    const csv = readFileSync(
      join(SAMPLE_DIST, figure.querySelector('a[download]')!.getAttribute('href')!),
      'utf8',
    );
    expect(csv.split(/\r?\n/).find((line) => line.startsWith('2025'))).toBe('2025,2,,');
    expect(
      page(SAMPLE_DIST, '/reports/2025/').querySelector('[data-kpi="jointProjects"]'),
    ).toBeNull();
  });

  it('shows a 公示 without a naming as publicised, never as not named', () => {
    for (const path of htmlPages(SAMPLE_DIST)) {
      const html = readFileSync(
        join(SAMPLE_DIST, path.endsWith('/') ? `${path}index.html` : path),
        'utf8',
      );
      expect(
        /未命名|尚未命名|not yet named/i.test(html.replace(/<script[\s\S]*?<\/script>/g, '')),
        path,
      ).toBe(false);
    }
  });
});

describe('the real-records fixture', () => {
  let dist = '';
  beforeAll(async () => {
    dist = await sharedBuild('real-records', join(ROOT, 'test/fixtures/real-records'));
  }, 1_200_000);
  checkReports(() => dist);
  checkPublicText(() => dist);
});
