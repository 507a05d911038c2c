/**
 * The achievements register on the built sample: every page type in both languages, links both
 * ways between entries and award rows, and every figure checked against counts made here from
 * the raw files (front matter read with the yaml package, not through the site's schemas or model).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../helpers/build.ts';
import { page, textOf } from '../helpers/html.ts';
import { ROOT, SAMPLE_DIST, TMP } from '../helpers/paths.ts';

interface RawAchievement {
  id: string;
  title: { zh: string; en?: string };
  type: string;
  studios?: string[];
  people?: string[];
  date?: string;
  count?: number;
  status?: Array<{ stage: string; date?: string }>;
  benefit?: { amount: number | { value: number; qualifier: string }; period: unknown };
  patents?: Array<{ number: string; status: string }>;
}
interface RawAward {
  id: string;
  year: number;
  achievementId?: string;
  achievement: { zh: string };
}

const dir = join(ROOT, 'content/achievements');
const raw: RawAchievement[] = readdirSync(dir)
  .filter((file) => file.endsWith('.md'))
  .map((file) => {
    const front = readFileSync(join(dir, file), 'utf8').match(/^---\n([\s\S]*?)\n---\n/)![1]!;
    return { id: file.replace(/\.md$/, ''), ...parse(front) };
  });
const awards: RawAward[] = readdirSync(join(ROOT, 'content/awards')).map((file) => ({
  id: file.replace(/\.yaml$/, ''),
  ...parse(readFileSync(join(ROOT, 'content/awards', file), 'utf8')),
}));
const amount = (benefit: RawAchievement['benefit']) =>
  benefit === undefined
    ? 0
    : typeof benefit.amount === 'number'
      ? benefit.amount
      : benefit.amount.value;
const number = (text: string) => Number(text.replace(/,|以上|约|at least |about /g, ''));
const rowsOf = (path: string, selector = 'table[data-testid="achievements"] tbody tr') =>
  page(SAMPLE_DIST, path).querySelectorAll(selector);

describe('the achievements register (sample build)', () => {
  it('has 25–40 entries across the sample studios and types, each named method of the sample among them', () => {
    expect(raw.length).toBeGreaterThanOrEqual(25);
    expect(raw.length).toBeLessThanOrEqual(40);
    expect(new Set(raw.map((entry) => entry.type)).size).toBeGreaterThanOrEqual(6);
    expect(
      raw.filter((entry) => entry.type === 'operating-method').map((entry) => entry.title.zh),
    ).toEqual(expect.arrayContaining(['张铁柱机车故障快速判断法', '装配式叠合板快速安装工法']));
    // The 22 proposals of August–October 2021 from the seed: one batch entry.
    const batch = raw.filter((entry) => entry.count === 22);
    expect(batch.map((entry) => [entry.type, entry.date])).toEqual([['proposal', '2021']]);
  });

  it.each(['zh', 'en'] as const)(
    'lists every entry on the register page (%s), with its count, and the no-JavaScript facet pages count the raw files',
    (locale) => {
      const prefix = locale === 'en' ? '/en' : '';
      const index = page(SAMPLE_DIST, `${prefix}/achievements/`);
      expect(textOf(index.querySelector('[data-testid="achievement-count"]'))).toBe(
        String(raw.length),
      );
      expect(
        rowsOf(`${prefix}/achievements/`)
          .map((row) => row.getAttribute('id'))
          .toSorted(),
      ).toEqual(raw.map((entry) => `achievement-${entry.id}`).toSorted());
      // The filter form: hidden without JavaScript, one select per facet.
      const form = index.querySelector('form[data-filters="achievement-table"]')!;
      expect(form.hasAttribute('hidden')).toBe(true);
      expect(form.querySelectorAll('select').map((select) => select.getAttribute('name'))).toEqual([
        'type',
        'studio',
        'year',
        'status',
        'level',
      ]);
      // Static facet pages, counted from the raw files.
      const types = Map.groupBy(raw, (entry) => entry.type);
      for (const [type, list] of types)
        expect(rowsOf(`${prefix}/achievements/type/${type}/`).length, type).toBe(list.length);
      const studios = new Set(raw.flatMap((entry) => entry.studios ?? []));
      for (const studio of studios)
        expect(rowsOf(`${prefix}/achievements/studio/${studio}/`).length, studio).toBe(
          raw.filter((entry) => entry.studios?.includes(studio)).length,
        );
      const years = Map.groupBy(raw, (entry) => entry.date!.slice(0, 4));
      for (const [year, list] of years)
        expect(rowsOf(`${prefix}/achievements/year/${year}/`).length, year).toBe(list.length);
      const stages = Map.groupBy(raw, (entry) => entry.status!.at(-1)!.stage);
      for (const [stage, list] of stages)
        expect(rowsOf(`${prefix}/achievements/status/${stage}/`).length, stage).toBe(list.length);
      const linked = new Set(
        awards.flatMap((award) => (award.achievementId ? [award.achievementId] : [])),
      );
      expect(rowsOf(`${prefix}/achievements/level/none/`).length).toBe(
        raw.filter((entry) => !linked.has(entry.id)).length,
      );
      // An entry no award record links to: the site holds no award for it, which is not "no award".
      expect(
        textOf(page(SAMPLE_DIST, `${prefix}/achievements/level/none/`).querySelector('h1')),
      ).toContain(prefix ? 'No award recorded here' : '本站未收录获奖');
    },
  );

  it('lets every row be filtered by the data attributes the script reads', () => {
    for (const row of rowsOf('/achievements/')) {
      const entry = raw.find((item) => `achievement-${item.id}` === row.getAttribute('id'))!;
      expect(row.getAttribute('data-type')).toBe(entry.type);
      expect(row.getAttribute('data-studio')!.split(' ')).toEqual(entry.studios);
      expect(row.getAttribute('data-year')).toBe(entry.date!.slice(0, 4));
    }
  });

  it.each(['zh', 'en'] as const)(
    'gives every entry a page (%s) with its facts, timeline, patents and benefit as written',
    (locale) => {
      const prefix = locale === 'en' ? '/en' : '';
      for (const entry of raw) {
        const html = page(SAMPLE_DIST, `${prefix}/achievements/${entry.id}/`);
        expect(textOf(html.querySelector('h1'))).toBe(
          locale === 'en' ? (entry.title.en ?? entry.title.zh) : entry.title.zh,
        );
        expect(
          html
            .querySelectorAll('[data-testid="timeline"] li')
            .map((li) => li.getAttribute('data-stage')),
        ).toEqual((entry.status ?? []).map((step) => step.stage));
        expect(
          html
            .querySelectorAll('[data-testid="patents"] td[data-patent]')
            .map((td) => td.getAttribute('data-patent')),
        ).toEqual((entry.patents ?? []).map((patent) => patent.number));
        const benefit = textOf(html.querySelector('[data-field="benefit"]'));
        if (entry.benefit)
          expect(
            number(textOf(html.querySelector('[data-field="benefit-amount"]'))),
            entry.id,
          ).toBe(amount(entry.benefit));
        else expect(benefit).toBe(locale === 'zh' ? '未注明' : 'Not stated');
        for (const studio of entry.studios ?? [])
          expect(
            html.querySelector(`[data-field="studios"] a[href="${prefix}/studios/${studio}/"]`),
            `${entry.id} → ${studio}`,
          ).not.toBeNull();
        for (const person of entry.people ?? [])
          expect(
            html.querySelector(`[data-field="people"] a[href="${prefix}/people/${person}/"]`),
            `${entry.id} → ${person}`,
          ).not.toBeNull();
        expect(textOf(html.querySelector('[data-testid="citation"]'))).toContain(
          `/achievements/${entry.id}/`,
        );
      }
    },
  );

  it('links each entry to the rows of the awards won for it, and each of those rows back to the entry', () => {
    for (const entry of raw) {
      const won = awards.filter((award) => award.achievementId === entry.id);
      for (const locale of ['zh', 'en']) {
        const prefix = locale === 'en' ? '/en' : '';
        const links = page(SAMPLE_DIST, `${prefix}/achievements/${entry.id}/`).querySelectorAll(
          '[data-testid="achievement-awards"] a[data-award]',
        );
        expect(links.map((a) => a.getAttribute('data-award')).toSorted(), entry.id).toEqual(
          won.map((award) => award.id).toSorted(),
        );
        for (const link of links) {
          const award = won.find((item) => item.id === link.getAttribute('data-award'))!;
          const href = link.getAttribute('href')!;
          expect(href).toBe(`${prefix}/awards/year/${award.year}/#award-${award.id}`);
          // The row exists on the award page, and links back to the entry.
          const row = page(SAMPLE_DIST, href.split('#')[0]!).querySelector(`#award-${award.id}`);
          expect(row, href).not.toBeNull();
          expect(
            row!.querySelector(`a[data-achievement="${entry.id}"]`)!.getAttribute('href'),
          ).toBe(`${prefix}/achievements/${entry.id}/`);
        }
      }
    }
    // An award without an entry keeps its plain title, unlinked.
    const plain = awards.find((award) => !award.achievementId)!;
    const row = page(SAMPLE_DIST, `/awards/year/${plain.year}/`).querySelector(
      `#award-${plain.id}`,
    )!;
    expect(row.querySelector('a[data-achievement]')).toBeNull();
    expect(textOf(row)).toContain(plain.achievement.zh);
  });

  it('shows a studio and a person their entries in a 成果 section', () => {
    for (const studio of new Set(raw.flatMap((entry) => entry.studios ?? []))) {
      const rows = page(SAMPLE_DIST, `/studios/${studio}/`).querySelectorAll(
        '[data-history="achievement-details"] table[data-testid="achievements"] tbody tr',
      );
      expect(new Set(rows.map((row) => row.getAttribute('id'))), studio).toEqual(
        new Set(
          raw
            .filter((entry) => entry.studios?.includes(studio))
            .map((entry) => `achievement-${entry.id}`),
        ),
      );
    }
    const guo = rowsOf('/en/people/guo-chenxi/').map((row) => row.getAttribute('id'));
    expect(guo.toSorted()).toEqual(
      raw
        .filter((entry) => entry.people?.includes('guo-chenxi'))
        .map((entry) => `achievement-${entry.id}`)
        .toSorted(),
    );
  });

  it("puts a studio's register beside its reported figures, says which is which, and marks the years that differ", () => {
    const html = page(SAMPLE_DIST, '/studios/zhao-pengda/');
    const table = html.querySelector('[data-testid="register-vs-figures"]')!;
    expect(textOf(html.querySelector('#register-vs-figures + p'))).toContain('不相加');
    const figures = parse(readFileSync(join(ROOT, 'content/figures/zhao-pengda.yaml'), 'utf8')) as {
      periods: Array<{ from: string; benefit?: number; proposals?: { submitted: number } }>;
    };
    const cell = (year: number, name: string) =>
      textOf(table.querySelector(`tr[data-year="${year}"] [data-cell="${name}"]`));
    const mine = raw.filter((entry) => entry.studios?.includes('zhao-pengda'));
    for (const year of [2022, 2023]) {
      const reported = figures.periods.find((period) => period.from.startsWith(String(year)))!;
      expect(number(cell(year, 'benefit-reported'))).toBe(reported.benefit);
      expect(number(cell(year, 'proposals-reported'))).toBe(reported.proposals!.submitted);
      // Register: benefits whose period is that year; proposals filed that year (a batch counts its count).
      const registerBenefit = mine
        .filter((entry) => entry.benefit && entry.benefit.period === String(year))
        .reduce((total, entry) => total + amount(entry.benefit), 0);
      expect(number(cell(year, 'benefit-register'))).toBe(registerBenefit);
      expect(number(cell(year, 'proposals-register'))).toBe(
        mine
          .filter((entry) => entry.type === 'proposal' && entry.date!.startsWith(String(year)))
          .reduce((total, entry) => total + (entry.count ?? 1), 0),
      );
      expect(table.querySelector(`tr[data-year="${year}"]`)!.hasAttribute('data-differs')).toBe(
        true,
      );
    }
    // August–October 2021: 22 proposals in both, and the year is not marked.
    expect(number(cell(2021, 'proposals-reported'))).toBe(22);
    expect(number(cell(2021, 'proposals-register'))).toBe(22);
    expect(table.querySelector('tr[data-year="2021"]')!.hasAttribute('data-differs')).toBe(false);
  });

  it('draws the register charts from the register, equal to counts from the raw files', () => {
    for (const locale of ['zh', 'en']) {
      const html = page(SAMPLE_DIST, locale === 'en' ? '/en/achievements/' : '/achievements/');
      const byType = html.querySelector('table[data-chart-table="register-by-type"]')!;
      const headers = byType.querySelectorAll('thead th').slice(1).map(textOf);
      const years = [...new Set(raw.map((entry) => entry.date!.slice(0, 4)))].toSorted();
      expect(byType.querySelectorAll('tbody th').map(textOf)).toEqual(years);
      // Column totals per type: each entry counts as its results (a batch as its count).
      const totals = headers.map((_, column) =>
        byType
          .querySelectorAll('tbody tr')
          .reduce((total, row) => total + number(textOf(row.querySelectorAll('td')[column])), 0),
      );
      expect(totals.reduce((a, b) => a + b, 0)).toBe(
        raw.reduce((total, entry) => total + (entry.count ?? 1), 0),
      );
      const benefit = html.querySelector('table[data-chart-table="register-benefit-by-studio"]')!;
      const sum = benefit
        .querySelectorAll('tbody td')
        .reduce((total, td) => total + number(textOf(td)), 0);
      expect(Math.round(sum * 10) / 10).toBe(
        Math.round(raw.reduce((total, entry) => total + amount(entry.benefit), 0) * 10) / 10,
      );
      expect(benefit.querySelectorAll('tbody tr').length).toBe(
        new Set(raw.filter((entry) => entry.benefit).map((entry) => entry.studios!.join('+'))).size,
      );
    }
  });

  it("lists a year's entries in that year's report", () => {
    for (const year of ['2021', '2024']) {
      const ids = rowsOf(`/reports/${year}/`).map((row) => row.getAttribute('id'));
      expect(ids.toSorted(), year).toEqual(
        raw
          .filter((entry) => entry.date!.startsWith(year))
          .map((entry) => `achievement-${entry.id}`)
          .toSorted(),
      );
    }
  });

  it('publishes the register as open data with documented fields', () => {
    const json = JSON.parse(readFileSync(join(SAMPLE_DIST, 'data/achievements.json'), 'utf8')) as {
      fields: Record<string, { zh: string; en: string }>;
      rows: Array<Record<string, unknown>>;
    };
    expect(json.rows.map((row) => row.id).toSorted()).toEqual(
      raw.map((entry) => entry.id).toSorted(),
    );
    for (const row of json.rows)
      for (const key of Object.keys(row)) expect(json.fields[key], key).toBeDefined();
    const leak = json.rows.find((row) => row.id === 'heat-exchanger-leak-sealing')!;
    expect(leak).toMatchObject({
      benefit: 120,
      benefit_qualifier: 'about',
      benefit_from: '2022',
      patents_granted: 1,
    });
    expect(String(leak.awards).split(';').toSorted()).toEqual(
      awards
        .filter((award) => award.achievementId === 'heat-exchanger-leak-sealing')
        .map((award) => award.id)
        .toSorted(),
    );
    const csv = readFileSync(join(SAMPLE_DIST, 'data/achievements.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(csv[0]!.split(',')).toEqual(Object.keys(json.fields));
    expect(csv).toHaveLength(raw.length + 1);
    expect(textOf(page(SAMPLE_DIST, '/data/'))).toContain('achievements.csv');
  });
});

describe('a content folder with bad achievements', () => {
  it('fails the build, listing every problem, and publishes nothing', () => {
    const out = join(TMP, 'broken-achievements-dist');
    const result = runBuild(join(ROOT, 'test/fixtures/broken-achievements'), out);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('14 problems');
    expect(result.output).toMatch(/status-backwards\.md[\s\S]*status\[1\]\.date/);
    expect(result.output).toMatch(/points-nowhere\.yaml[\s\S]*achievementId/);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  }, 120_000);
});
