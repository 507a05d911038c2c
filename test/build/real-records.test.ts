/**
 * The real-records fixture (test/fixtures/real-records: studios from public lists, decisions and
 * union news, each with its source URL) built with the real build command. Every expectation is
 * counted here from the raw YAML and MDX files, not from the site model, and compared with the
 * built pages and data files: no page may state a value its source does not give.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles, parseContentFile } from '../../src/lib/content/content-files.ts';
import { LEVEL_TIERS, STUDIO_LEVELS } from '../../src/schemas/vocabulary.ts';
import { htmlPages, page, textOf } from '../helpers/html.ts';
import { ROOT, TMP } from '../helpers/paths.ts';
import { sharedBuild } from '../helpers/shared-builds.ts';

const FIXTURE = join(ROOT, 'test/fixtures/real-records');
const DIST = join(TMP, 'real-records-dist');

type RawDate = string | { before: string };
interface RawSource {
  url?: string;
  title?: string;
}
interface RawRow {
  studio: string;
  level: string;
}
interface RawDocument {
  type: string;
  date: RawDate;
  cycleYear?: number;
  named?: RawRow[];
  selected?: RawRow[];
  commended?: RawRow[];
  sources?: RawSource[];
  pairings?: Array<{ studios: string[] }>;
}
interface RawDesignation {
  studio: string;
  level?: string;
  stage?: string;
  scheme?: string;
  recipient?: string;
  date?: RawDate;
  cycleYear?: number;
  source?: RawSource;
}
interface RawStudio {
  title: string;
  founded?: string;
}
interface RawFigures {
  studio: string;
  periods?: Array<Record<string, unknown> & { from: string; to: string; source?: RawSource }>;
  facts?: Array<{ source?: RawSource }>;
}

const entries = <T>(folder: string, pattern: string, mdx = false) =>
  listFiles(join(FIXTURE, folder), pattern).map((file) => ({
    id: file.replace(/\.(yaml|mdx)$/, ''),
    data: parseContentFile(join(FIXTURE, folder, file), mdx).data as T,
  }));
const studios = entries<RawStudio>('studios', '*.yaml');
const documents = entries<RawDocument>('documents', '*.mdx', true);
const designations = entries<RawDesignation>('designations', '*.yaml');
const figures = entries<RawFigures>('figures', '*.yaml');

/** A date's year when the source states it (a "before" date states none). */
const statedYear = (date: RawDate | undefined) =>
  typeof date === 'string' ? Number(date.slice(0, 4)) : undefined;

/** Every namings (stage named) as the raw files give them. */
const namings = [
  ...documents.flatMap((doc) =>
    (doc.data.type === 'naming-decision' ? doc.data.named! : []).map((row) => ({
      ...row,
      year: doc.data.cycleYear ?? statedYear(doc.data.date),
    })),
  ),
  // Only a union's naming of the studio itself counts: not a 人社 title, not a team's recognition.
  ...designations
    .filter(
      (d) =>
        (d.data.stage ?? 'named') === 'named' &&
        (d.data.scheme ?? 'union') === 'union' &&
        (d.data.recipient ?? 'studio') === 'studio',
    )
    .map((d) => ({
      studio: d.data.studio,
      level: d.data.level,
      year: d.data.cycleYear ?? statedYear(d.data.date),
    })),
];
const namedStudios = new Set(namings.map((n) => n.studio));
const publicisedStudios = documents.flatMap((doc) =>
  doc.data.type === 'selection-notice' ? doc.data.selected!.map((row) => row.studio) : [],
);

/** Each named studio at its highest level, counted once, by tier (industry-union levels are their own tier). */
const tierOf = (level: string) =>
  level.endsWith('-industry')
    ? 'industry'
    : (LEVEL_TIERS.find((tier) => level.startsWith(tier)) ?? level);
const expectedTiers = Object.fromEntries(LEVEL_TIERS.map((tier) => [tier, 0]));
for (const studio of namedStudios) {
  const best = namings
    .filter((n) => n.studio === studio)
    .map((n) => n.level)
    .filter((level): level is string => level !== undefined)
    .toSorted((a, b) => STUDIO_LEVELS.indexOf(a as never) - STUDIO_LEVELS.indexOf(b as never))[0];
  // A studio named at a level no source states is named, and in no tier.
  if (best) expectedTiers[tierOf(best)]! += 1;
}

// One build of the fixture, shared with test/e2e/real-records-search.test.ts.
beforeAll(async () => {
  expect(await sharedBuild('real-records', FIXTURE)).toBe(DIST);
});

const html = (path: string) => page(DIST, path);
const field = (path: string, name: string) =>
  textOf(html(path).querySelector(`[data-field="${name}"]`));
const figure = (name: string) => textOf(html('/').querySelector(`[data-figure="${name}"]`));

describe('the real-records fixture', () => {
  it('is large enough to mean something: at least 46 studios from at least 12 public sources', () => {
    const urls = new Set(
      [
        ...designations.map((d) => d.data.source?.url),
        ...documents.flatMap((doc) => (doc.data.sources ?? []).map((s) => s.url)),
      ].filter(Boolean),
    );
    expect(studios.length).toBeGreaterThanOrEqual(46);
    expect(urls.size).toBeGreaterThanOrEqual(12);
  });

  it('links every public source it cites from the built site', () => {
    const cited = new Set(
      [
        ...designations.map((d) => d.data.source?.url),
        ...documents.flatMap((doc) => (doc.data.sources ?? []).map((s) => s.url)),
        ...figures.flatMap((f) =>
          [...(f.data.periods ?? []), ...(f.data.facts ?? [])].map((p) => p.source?.url),
        ),
      ].filter((url): url is string => Boolean(url)),
    );
    const linked = new Set(
      htmlPages(DIST).flatMap((path) =>
        html(path)
          .querySelectorAll('a[href^="http"]')
          .map((a) => a.getAttribute('href')),
      ),
    );
    for (const url of cited) expect(linked.has(url), url).toBe(true);
  });
});

describe('no invented value', () => {
  it('says "未注明" / "Not stated" for every founding date the source does not give, and the date at its precision otherwise', () => {
    for (const studio of studios) {
      const zh = field(`/studios/${studio.id}/`, 'founded');
      const en = field(`/en/studios/${studio.id}/`, 'founded');
      const founded = studio.data.founded;
      if (founded === undefined) {
        expect(zh, studio.id).toBe('未注明');
        expect(en, studio.id).toBe('Not stated');
      } else if (/^\d{4}$/.test(founded)) {
        expect(zh, studio.id).toBe(`${founded}年`);
      } else {
        expect(zh, studio.id).toBe(`${founded.slice(0, 4)}年${Number(founded.slice(5, 7))}月`);
      }
    }
    expect(studios.filter((s) => s.data.founded === undefined).length).toBeGreaterThan(100);
  });

  it('shows no first-of-January day anywhere: no date of the fixture is one, so any would be filled in', () => {
    const rawText = JSON.stringify([documents, designations, studios, figures]);
    expect(rawText).not.toMatch(/\d{4}-01-01/);
    for (const path of htmlPages(DIST)) {
      const text = textOf(html(path).querySelector('main'));
      expect(text, path).not.toMatch(/\d{4}年1月1日/);
      expect(text, path).not.toMatch(/January 1, \d{4}/);
    }
  });

  it('shows a date given only as a year as that year, and one given as a month as that month', () => {
    const rows = (id: string) =>
      html(`/studios/${id}/`)
        .querySelectorAll('[data-testid="designations"] tbody tr')
        .map((row) => textOf(row.querySelector('td')));
    // 湖北省总工会 named it in 2022 (工人日报: "2022年…被省总工会命名"), day and month not stated.
    expect(rows('luo-wanyun')).toEqual(['2022年']);
    expect(rows('li-yanghai')).toEqual(['2019年']);
    // 全国总工会, "2014年年底".
    expect(rows('chen-wei-hai-shi-wei-guan')).toEqual(['2014年']);
    // "去年12月" in an article of April 2021.
    expect(rows('ma-wenjun')).toEqual(['2020年12月']);
    // Only "before": the plaques were handed over on 2022-08-26.
    expect(rows('huang-yuebo')[0]).toMatch(/^2022年8月26日前/);
    // An ACFTU list known only by its cycle year.
    expect(rows('bai-zhiyong')[0]).toMatch(/^未注明/);
    expect(textOf(html('/documents/ygyg-2022-86/').querySelector('[data-field="date"]'))).toBe(
      '2022年',
    );
  });
});

describe('stages and tiers', () => {
  it('shows a studio known only from a 公示 as publicised, and leaves it out of the named-studio figure', () => {
    expect(publicisedStudios.length).toBeGreaterThan(0);
    for (const id of publicisedStudios) {
      expect(namedStudios.has(id), id).toBe(false);
      expect(
        html(`/studios/${id}/`)
          .querySelector('[data-field="highest-level"]')
          ?.getAttribute('data-status'),
        id,
      ).toBe('publicised');
      expect(field(`/studios/${id}/`, 'highest-level'), id).toContain('公示');
    }
    expect(figure('studios')).toBe(String(namedStudios.size));
    expect(namedStudios.size).toBeLessThan(studios.length);
  });

  it("counts each named studio once at its highest level, an industry union's title in the industry tier and never as national", () => {
    for (const tier of LEVEL_TIERS)
      expect(figure(`tier-${tier}`), tier).toBe(String(expectedTiers[tier]));
    // 全国机械冶金建材行业示范性创新工作室: a national industry title.
    expect(namings.filter((n) => n.studio === 'du-zhiguo').map((n) => n.level)).toEqual([
      'national-industry',
    ]);
    expect(field('/studios/du-zhiguo/', 'highest-level')).toBe('全国行业');
    expect(expectedTiers.industry).toBeGreaterThanOrEqual(10);
  });

  it('does not count a commended-only or a pairing-only studio as named, and never says it was never named', () => {
    for (const id of ['wen-jun', 'zhao-wu', 'wen-xinli', 'zhou-jianfeng']) {
      expect(namedStudios.has(id), id).toBe(false);
      const cell = html(`/studios/${id}/`).querySelector('[data-field="highest-level"]');
      expect(cell?.getAttribute('data-status'), id).toBe('unrecorded');
      expect(textOf(cell), id).not.toContain('尚未命名');
    }
  });

  it('shows a commendation with its reward and joint issuers (a Party organisation department and the district union)', () => {
    const row = html('/studios/zhao-wu/').querySelector('[data-testid="designations"] tbody tr')!;
    expect(row.getAttribute('data-stage')).toBe('commended');
    const text = textOf(row);
    expect(text).toContain('石景山区委组织部');
    expect(text).toContain('石景山区总工会');
    expect(textOf(row.querySelectorAll('td')[5])).toBe('2');
  });
});

describe('sources', () => {
  it("links each row of a studio's history to its document page or to its public source", () => {
    for (const studio of studios) {
      const expected = [
        ...documents
          .filter((doc) =>
            [
              ...(doc.data.named ?? []),
              ...(doc.data.selected ?? []),
              ...(doc.data.commended ?? []),
            ].some((row) => row.studio === studio.id),
          )
          .map((doc) => `/documents/${doc.id}/`),
        ...designations.filter((d) => d.data.studio === studio.id).map((d) => d.data.source!.url!),
      ].toSorted();
      // Union recognitions in the history, those of other bodies (人社) in a table of their own.
      const rows = html(`/studios/${studio.id}/`).querySelectorAll(
        '[data-testid="designations"] tbody tr, [data-testid="other-bodies"] tbody tr',
      );
      const links = rows
        .map((row) => row.querySelectorAll('td').at(-1)!.querySelector('a')?.getAttribute('href'))
        .toSorted();
      expect(links, studio.id).toEqual(expected);
    }
  });
});

describe('sources on English pages', () => {
  it('mark zh-CN a source named in Chinese only (read in a Chinese voice)', () => {
    let chinese = 0;
    for (const path of htmlPages(DIST).filter((p) => p.startsWith('/en/'))) {
      for (const source of page(DIST, path).querySelectorAll('.source')) {
        const name = source.firstElementChild;
        if (!name || name.classList.contains('meta') || !/\p{Script=Han}/u.test(textOf(name)))
          continue;
        expect(name.getAttribute('lang'), `${path}: ${name.toString()}`).toBe('zh-CN');
        chinese += 1;
      }
    }
    expect(chinese).toBeGreaterThan(10);
  });

  it('mark zh-CN a document linked by its Chinese title (its number, an identifier, aside)', () => {
    let chinese = 0;
    for (const path of htmlPages(DIST).filter((p) => p.startsWith('/en/'))) {
      for (const link of page(DIST, path).querySelectorAll('a[href^="/en/documents/"]')) {
        if (link.classList.contains('nowrap') || !/\p{Script=Han}/u.test(textOf(link))) continue;
        expect(link.closest('[lang]')?.getAttribute('lang'), `${path}: ${link.toString()}`).toBe(
          'zh-CN',
        );
        chinese += 1;
      }
    }
    expect(chinese).toBeGreaterThan(10);
  });
});

describe('cycle years', () => {
  it("counts a naming in its cycle year (2021年度, decided in February 2022) in that year's report", () => {
    const jiading = documents.find((doc) => doc.id === 'jzg-2022-15')!.data;
    expect(jiading.cycleYear).toBe(2021);
    expect(statedYear(jiading.date)).toBe(2022);
    for (const year of [2021, 2022]) {
      const expected = namings.filter((n) => n.year === year).length;
      const shown = textOf(
        html(`/reports/${year}/`).querySelector(
          '[data-testid="key-figures"] tr[data-kpi="namedTotal"] [data-value]',
        ),
      );
      expect(shown, String(year)).toBe(String(expected));
    }
    expect(namings.filter((n) => n.year === 2021).length).toBeGreaterThanOrEqual(
      jiading.named!.length,
    );
  });
});

describe('cumulative figures', () => {
  it('shows figures "since founding" with their qualifier, apart from yearly figures and never added to them', () => {
    expect(figures.length).toBeGreaterThan(0);
    for (const entry of figures.filter((f) => (f.data.periods ?? []).length > 0)) {
      const studioPage = html(`/studios/${entry.data.studio}/`);
      const table = studioPage.querySelector('[data-testid="cumulative-figures"]');
      expect(table, entry.data.studio).not.toBeNull();
      expect(studioPage.querySelector('[data-testid="figures"]'), entry.data.studio).toBeNull();
      for (const period of entry.data.periods ?? []) expect(period.from).toBe('founding');
    }
    // 乔森创新工作室: "已培训营运客车驾驶员8000余人次".
    expect(
      textOf(
        html('/studios/qiao-sen/').querySelector(
          '[data-testid="cumulative-figures"] [data-cumulative="trained"]',
        ),
      ),
    ).toBe('8,000以上');
    expect(
      textOf(
        html('/en/studios/qiao-sen/').querySelector(
          '[data-testid="cumulative-figures"] [data-cumulative="trained"]',
        ),
      ),
    ).toBe('at least 8,000');
    // The fixture has no yearly figures: no report and no home figure may show a sum of them.
    for (const path of htmlPages(DIST).filter((p) => /^\/(en\/)?reports\/\d{4}\/$/.test(p))) {
      for (const key of ['patents', 'trained', 'benefit', 'proposalsSubmitted'])
        expect(html(path).querySelector(`[data-kpi="${key}"]`), `${path} ${key}`).toBeNull();
    }
    expect(figure('proposals')).toBe('—');
    const csv = readFileSync(join(DIST, 'data/cumulative-figures.csv'), 'utf8');
    expect(csv).toMatch(/^qiao-sen,founding,2017-10,.*8000,at-least/m);
    // No yearly figures: the yearly dataset has no rows, so it is neither published nor listed.
    expect(existsSync(join(DIST, 'data/figures.csv'))).toBe(false);
    expect(html('/data/').querySelector('a[href="/data/figures.csv"]')).toBeNull();
  });
});

describe('open data', () => {
  it('agrees with the pages: named studios, their tiers, and the publicised ones', () => {
    const json = JSON.parse(
      readFileSync(join(DIST, 'data/studios.json'), 'utf8').replace(/^\uFEFF/, ''),
    ) as {
      rows: Array<{ id: string; status: string; highest_level: string | null }>;
    };
    const named = json.rows.filter((row) => row.status === 'named');
    expect(named.length).toBe(namedStudios.size);
    expect(String(named.length)).toBe(figure('studios'));
    for (const tier of LEVEL_TIERS)
      expect(
        named.filter((row) => row.highest_level !== null && tierOf(row.highest_level) === tier)
          .length,
        tier,
      ).toBe(expectedTiers[tier]);
    expect(
      json.rows
        .filter((row) => row.status === 'publicised')
        .map((row) => row.id)
        .toSorted(),
    ).toEqual(publicisedStudios.toSorted());

    const [header, ...lines] = readFileSync(join(DIST, 'data/studios.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    const status = header!.split(',').indexOf('status');
    expect(lines).toHaveLength(studios.length);
    // Titles hold no commas, so a plain split finds the column.
    expect(lines.filter((line) => line.split(',')[status] === 'named').length).toBe(
      namedStudios.size,
    );
  });
});

describe('studios in force at a year end, where namings are dated only by a bound', () => {
  it('are a lower bound alike in the report, its summary, the chart of studios in force and the open data', () => {
    const rows = (
      JSON.parse(
        readFileSync(join(DIST, 'data/year-end-counts.json'), 'utf8').replace(/^\uFEFF/, ''),
      ) as { rows: Array<{ year: number; year_end: number; year_end_qualifier: string }> }
    ).rows;
    // Namings known only to be "before 2016-06-24" may lie before any earlier year end.
    expect(rows.find((row) => row.year === 2014)!.year_end_qualifier).toBe('at-least');
    for (const row of rows) {
      const report = html(`/reports/${row.year}/`);
      const shown = textOf(report.querySelector('[data-kpi="studiosAtYearEnd"] [data-value]'));
      const atLeast = row.year_end_qualifier === 'at-least';
      expect(shown.startsWith(`${row.year_end}${atLeast ? '以上' : ''}`), `${row.year}`).toBe(true);
      const summary = textOf(report.querySelector('[data-testid="report-summary"]'));
      expect(summary, `${row.year}`).toContain(
        `${row.year}年末在册工作室${atLeast ? '至少' : ''}${row.year_end}个`,
      );
      const inForce = report
        .querySelectorAll('figure[data-chart="cumulative-studios"] tbody tr')
        .find((tr) => textOf(tr.querySelector('th')) === String(row.year));
      if (inForce)
        expect(textOf(inForce.querySelector('td')), `${row.year}`).toBe(
          `${row.year_end}${atLeast ? '以上' : ''}`,
        );
    }
  });
});
