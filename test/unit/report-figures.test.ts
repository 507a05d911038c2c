/**
 * A year's key figures (src/lib/figures/report.ts) and namings by tier (namings.ts), each against a
 * count made by hand from content built in the test: namings of every tier and one of no stated
 * level, assessment grades, union documents beside an agreement, pairings with and without joint
 * projects, awards, reported figures over a whole year and part of one, and the change column.
 * `npm run test:mutation` checks that breaking any of these functions fails a test here.
 */
import { describe, expect, it } from 'vitest';
import { namingsByTier, namingsOfYear } from '../../src/lib/figures/namings.ts';
import {
  change,
  KEY_FIGURES,
  reportKeyFigures,
  studioFiguresInYear,
  type KeyFigure,
} from '../../src/lib/figures/report.ts';
import { METRIC_FUNCTIONS } from '../../src/lib/charts/metrics.ts';
import { summarise } from '../../src/lib/charts/instances.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { reportView } from '../../src/lib/views/report.ts';
import { summaryText } from '../../src/lib/views/report-summary.ts';
import { contentOf } from '../helpers/content-set.ts';

const exact = (value: number) => ({ value, qualifier: 'exact' as const });
const atLeast = (value: number) => ({ value, qualifier: 'at-least' as const });
const whole = (year: number, figures: object) => ({
  from: `${year}-01`,
  to: `${year}-12`,
  ...figures,
});
const named = (studio: string, date: string, level?: string) => ({
  studio,
  issuers: ['ftu'],
  date,
  ...(level ? { level } : {}),
});
const award = (year: number) => ({
  competition: 'innovation',
  rank: 'first',
  year,
  achievement: { zh: '某项成果' },
  recipients: [{ type: 'team', name: { zh: '某团队' }, members: [] }],
});
const STUDIOS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

/** Built again for each test: the figures are cached per model, and each test must compute its own. */
const siteModel = () =>
  buildModel(
    contentOf({
      organisations: { ftu: { name: '某市总工会' }, works: { name: '某厂' } },
      competitions: {
        innovation: {
          name: { zh: '某市职工技术创新成果' },
          organiser: 'ftu',
          family: 'tech-innovation',
          level: 'municipal',
        },
      },
      studios: Object.fromEntries(STUDIOS.map((id) => [id, { title: `${id}创新工作室` }])),
      designations: {
        a2020: named('a', '2020-03-01', 'municipal'),
        a2021: named('a', '2021-03-01', 'national-demonstrative'),
        b: named('b', '2021-03-01', 'national-industry'),
        c: named('c', '2021-03-01', 'provincial-demonstrative'),
        d: named('d', '2021-03-01', 'municipal'),
        e: named('e', '2021-03-01', 'district'),
        f: named('f', '2021-03-01', 'enterprise'),
        // The source gives no level: counted in the total, in no tier.
        g: named('g', '2021-03-01'),
      },
      documents: {
        assessed2020: {
          type: 'assessment-notice',
          issuer: 'ftu',
          date: '2020-11-01',
          title: '考核通报',
          cycle: '2018—2020',
          results: [{ studio: 'a', grade: 'good' }],
        },
        assessed2021: {
          type: 'assessment-notice',
          issuer: 'ftu',
          date: '2021-11-01',
          title: '考核通报',
          cycle: '2019—2021',
          results: [
            { studio: 'a', grade: 'excellent' },
            { studio: 'b', grade: 'excellent' },
            { studio: 'c', grade: 'good' },
            { studio: 'd', grade: 'pass' },
            { studio: 'e', grade: 'basic-pass' },
            { studio: 'f', grade: 'fail' },
          ],
        },
        paired: {
          type: 'pairing-notice',
          issuer: 'ftu',
          date: '2021-05-01',
          title: '结对名单',
          pairings: [
            { studios: ['a', 'b'], kind: 'pair', jointProjects: 3 },
            { studios: ['c', 'd'], kind: 'pair' },
          ],
        },
        // Not issued by a union: not among the documents, but its pairing counts.
        agreed: {
          type: 'agreement',
          date: '2021-06-01',
          title: '结对协议',
          parties: ['works'],
          pairings: [{ studios: ['e', 'f'], kind: 'pair', jointProjects: 2 }],
        },
      },
      awards: { w2020: award(2020), w2021a: award(2021), w2021b: award(2021) },
      figures: {
        a: {
          studio: 'a',
          periods: [
            whole(2020, { proposals: { submitted: 10, adopted: 5 }, trained: 3 }),
            whole(2021, {
              proposals: { submitted: 12, adopted: 6, implemented: 2 },
              patents: { invention: 1 },
              benefit: 3,
              trained: 7,
            }),
            {
              from: '2022-01',
              to: '2022-06',
              proposals: { submitted: 4, adopted: 2, implemented: 1 },
              patents: { invention: 1 },
              benefit: 1,
              trained: 2,
            },
          ],
        },
        b: {
          studio: 'b',
          periods: [
            whole(2021, { proposals: { submitted: 30 } }),
            whole(2023, { proposals: { submitted: 5 } }),
          ],
        },
        // No proposals stated: last in the table.
        c: { studio: 'c', periods: [whole(2021, { trained: 1 })] },
        d: { studio: 'd', periods: [whole(2021, { trained: 1 })] },
        e: { studio: 'e', periods: [whole(2021, { proposals: { submitted: 20 } })] },
      },
    }),
    '2026-11-26',
  );

const figuresOf = (year: number) =>
  new Map(reportKeyFigures(siteModel(), year).map((figure) => [figure.key, figure]));

describe('namings per year by tier', () => {
  it('counts each tier once, and every naming in the total', () => {
    expect(namingsByTier(siteModel(), 2021)).toEqual({
      national: 1,
      industry: 1,
      provincial: 1,
      municipal: 1,
      district: 1,
      enterprise: 1,
      unstated: 1,
      total: 7,
    });
    expect(namingsByTier(siteModel(), 2020)).toEqual({
      national: 0,
      industry: 0,
      provincial: 0,
      municipal: 1,
      district: 0,
      enterprise: 0,
      unstated: 0,
      total: 1,
    });
    expect(
      namingsOfYear(siteModel(), 2021)
        .map((d) => d.studio)
        .toSorted(),
    ).toEqual(STUDIOS);
    expect(namingsOfYear(siteModel(), undefined)).toEqual([]);
  });
});

describe("a year's key figures", () => {
  const value = (key: KeyFigure['key']) => [
    figuresOf(2021).get(key)?.value,
    figuresOf(2021).get(key)?.previous,
  ];

  it('are listed in the order of KEY_FIGURES', () => {
    const keys = reportKeyFigures(siteModel(), 2021).map((figure) => figure.key);
    expect(keys).toEqual(KEY_FIGURES.filter((key) => keys.includes(key)));
    expect(keys.length).toBeGreaterThan(20);
  });

  it('count namings by tier and the studios in force at the year end, with the year before', () => {
    expect(value('namedTotal')).toEqual([exact(7), exact(1)]);
    expect(value('named-national')).toEqual([exact(1), exact(0)]);
    expect(value('named-industry')).toEqual([exact(1), exact(0)]);
    expect(value('named-provincial')).toEqual([exact(1), exact(0)]);
    expect(value('named-municipal')).toEqual([exact(1), exact(1)]);
    expect(value('named-district')).toEqual([exact(1), exact(0)]);
    // One naming of 2021 states no level: its own row, so the tiers add up to the total; none the year before.
    expect(value('named-unstated')).toEqual([exact(1), undefined]);
    expect(figuresOf(2020).get('named-unstated')).toBeUndefined();
    expect(value('named-enterprise')).toEqual([exact(1), exact(0)]);
    expect(value('studiosAtYearEnd')).toEqual([exact(7), exact(1)]);
  });

  it('count union documents, grades of the year, pairings and their joint projects, awards', () => {
    expect(value('documents')).toEqual([exact(2), exact(1)]);
    expect(value('assessed')).toEqual([exact(6), exact(1)]);
    expect(value('grade-excellent')).toEqual([exact(2), exact(0)]);
    expect(value('grade-good')).toEqual([exact(1), exact(1)]);
    expect(value('grade-pass')).toEqual([exact(1), exact(0)]);
    expect(value('grade-basic-pass')).toEqual([exact(1), exact(0)]);
    expect(value('grade-fail')).toEqual([exact(1), exact(0)]);
    expect(value('pairings')).toEqual([exact(3), exact(0)]);
    // One pairing does not state its joint projects: 3 + 2 is a lower bound; none in 2020 is unknown.
    expect(value('jointProjects')).toEqual([atLeast(5), undefined]);
    expect(value('awards')).toEqual([exact(2), exact(1)]);
  });

  it('carry the reported figures of the programme, the adoption rate in percent', () => {
    expect(value('proposalsSubmitted')).toEqual([exact(62), exact(10)]);
    expect(value('proposalsAdopted')).toEqual([exact(6), exact(5)]);
    expect(value('proposalsImplemented')).toEqual([exact(2), undefined]);
    expect(figuresOf(2021).get('adoptionRate')).toEqual({
      key: 'adoptionRate',
      value: exact(50),
      previous: exact(50),
      unit: 'percent',
      partial: false,
      studios: 1,
    });
    expect(value('patents')).toEqual([exact(1), undefined]);
    expect(value('benefit')).toEqual([exact(3), undefined]);
    expect(value('trained')).toEqual([exact(9), exact(3)]);
    expect(figuresOf(2021).get('trained')!.unit).toBeUndefined();
  });

  it('say how many studios a reported figure adds up, and compare years only over the same studios', () => {
    const y2021 = figuresOf(2021);
    // 2021: proposals from a, b and e; training from a, c and d; the rate from a alone.
    expect(y2021.get('proposalsSubmitted')).toMatchObject({ studios: 3, otherStudios: true });
    expect(y2021.get('trained')).toMatchObject({ studios: 3, otherStudios: true });
    // 2020 is a alone for every figure: both years show, no change is computed between them.
    expect(change(y2021.get('proposalsSubmitted')!)).toBeUndefined();
    expect(y2021.get('proposalsSubmitted')!.previous).toEqual(exact(10));
    // The same studio both years: compared.
    expect(y2021.get('adoptionRate')).toMatchObject({ studios: 1 });
    expect(y2021.get('adoptionRate')!.otherStudios).toBeUndefined();
    expect(change(y2021.get('adoptionRate')!)).toBe(0);
    // Nobody stated patents in 2020: nothing to compare, and no other studios either.
    expect(y2021.get('patents')).toMatchObject({ studios: 1, previous: undefined });
    expect(y2021.get('patents')!.otherStudios).toBeUndefined();
    // Counts the union keeps itself are no studio's report.
    expect(y2021.get('namedTotal')!.studios).toBeUndefined();
    expect(y2021.get('awards')!.otherStudios).toBeUndefined();
  });

  it('leave out a figure nobody stated', () => {
    expect(figuresOf(2020).has('patents')).toBe(false);
    expect(figuresOf(2020).has('jointProjects')).toBe(false);
  });

  it('of part of a year are marked partial and never compared; the year after compares with nothing', () => {
    const y2022 = figuresOf(2022).get('proposalsSubmitted')!;
    expect(y2022).toEqual({
      key: 'proposalsSubmitted',
      value: exact(4),
      previous: undefined,
      unit: undefined,
      partial: true,
      // a's six months; the year before adds up a, b and e.
      studios: 1,
      otherStudios: true,
    });
    // Every figure the studios report, each with a value the year before.
    const reported = [
      'proposalsSubmitted',
      'proposalsAdopted',
      'proposalsImplemented',
      'adoptionRate',
      'patents',
      'benefit',
      'trained',
    ] as const;
    for (const key of reported) {
      expect(figuresOf(2021).get(key)?.value, key).toBeDefined();
      expect(figuresOf(2022).get(key), key).toMatchObject({ partial: true, previous: undefined });
    }
    expect(figuresOf(2023).get('proposalsSubmitted')).toEqual({
      key: 'proposalsSubmitted',
      value: exact(5),
      previous: undefined,
      unit: undefined,
      partial: false,
      // b's year; the part-year before it is a's.
      studios: 1,
      otherStudios: true,
    });
    // A count the studios do not report is compared as usual beside a part-year.
    expect(figuresOf(2022).get('namedTotal')).toMatchObject({
      value: exact(0),
      previous: exact(7),
      partial: false,
    });
  });
});

describe('the change column', () => {
  const figure = (value: object, previous?: object): KeyFigure =>
    ({ key: 'benefit', value, previous }) as KeyFigure;

  it('is the difference of two exact values, rounded to two decimals', () => {
    expect(change(figure(exact(42), exact(10)))).toBe(32);
    expect(change(figure(exact(3), exact(10)))).toBe(-7);
    expect(change(figure(exact(0.3), exact(0.1)))).toBe(0.2);
    expect(change(figure(exact(1.006), exact(0)))).toBe(1.01);
  });

  it('is unknown without a previous value or with either one not exact', () => {
    expect(change(figure(exact(3)))).toBeUndefined();
    expect(change(figure(atLeast(3), exact(1)))).toBeUndefined();
    expect(change(figure(exact(3), atLeast(1)))).toBeUndefined();
  });
});

describe("the report's table of studios", () => {
  it('lists the studios with figures in the year, most proposals first', () => {
    expect(
      studioFiguresInYear(siteModel(), 2021).map((row) => [
        row.studio,
        row.figures.proposalsSubmitted?.value,
      ]),
    ).toEqual([
      ['b', 30],
      ['e', 20],
      ['a', 12],
      ['c', undefined],
      ['d', undefined],
    ]);
    expect(studioFiguresInYear(siteModel(), 2023).map((row) => row.studio)).toEqual(['b']);
    expect(studioFiguresInYear(siteModel(), 2019)).toEqual([]);
  });
});

describe("the summary's lower bounds", () => {
  it('put 以上 after the unit in Chinese: 培训3,583人次以上, 创造经济效益20万元以上', () => {
    const model = buildModel(
      contentOf({
        organisations: { ftu: { name: '某市总工会' } },
        studios: { a: { title: '甲创新工作室' } },
        designations: { a: named('a', '2020-03-01', 'municipal') },
        figures: {
          a: {
            studio: 'a',
            periods: [
              whole(2021, {
                trained: atLeast(3583),
                benefit: atLeast(20),
                proposals: { submitted: 9, adopted: { value: 8, qualifier: 'about' } },
              }),
            ],
          },
        },
      }),
      '2026-11-26',
    );
    const said = (locale: 'zh' | 'en') =>
      reportView(model, locale, 2021).summary!.map(summaryText).join('');
    expect(said('zh')).toContain('培训3,583人次以上');
    expect(said('zh')).toContain('创造经济效益20万元以上');
    expect(said('zh')).toContain('采纳合理化建议约8条');
    expect(said('zh')).not.toMatch(/以上(人次|万元)/);
    expect(said('en')).toContain('at least 3,583 people trained');
  });
});

describe('studios in force at a year end', () => {
  // b's naming is known only to be before 24 June 2016: in force by the end of 2016, perhaps already by the end of 2015.
  const bounded = () =>
    buildModel(
      contentOf({
        organisations: { ftu: { name: '某市总工会' } },
        studios: { a: { title: '甲创新工作室' }, b: { title: '乙创新工作室' } },
        designations: {
          a: named('a', '2016-03-01', 'municipal'),
          b: { ...named('b', '2016-06-24', 'provincial'), date: { before: '2016-06-24' } },
        },
      }),
      '2026-11-26',
    );
  const atYearEnd = (year: number) =>
    reportKeyFigures(bounded(), year).find((figure) => figure.key === 'studiosAtYearEnd')!;

  it('is a lower bound while a naming dated only by a bound may fall before the year end', () => {
    expect(atYearEnd(2016)).toMatchObject({ value: exact(2), previous: atLeast(0) });
    // 0 at the end of 2015 is not known: no change is computed from it.
    expect(change(atYearEnd(2016))).toBeUndefined();
    expect(atYearEnd(2017)).toMatchObject({ value: exact(2), previous: exact(2) });
    expect(change(atYearEnd(2017))).toBe(0);
  });

  it('is exact again when the studio whose naming is bounded had certainly ended by then', () => {
    const merged = buildModel(
      contentOf({
        organisations: { ftu: { name: '某市总工会' } },
        studios: {
          a: { title: '甲创新工作室' },
          b: { title: '乙创新工作室', status: 'merged', mergedInto: 'a', statusDate: '2015-09-01' },
        },
        designations: {
          a: named('a', '2016-03-01', 'municipal'),
          b: { ...named('b', '2016-06-24', 'provincial'), date: { before: '2016-06-24' } },
        },
      }),
      '2026-11-26',
    );
    const figure = reportKeyFigures(merged, 2016).find((f) => f.key === 'studiosAtYearEnd')!;
    // Merged in September 2015: in force at no year end from 2015 on, whenever it was named.
    expect(figure).toMatchObject({ value: exact(1), previous: exact(0) });
  });

  it('is exact before a naming reported as recent (近日) could have been made, and before its cycle year', () => {
    const reportedRecently = (extra: object) =>
      buildModel(
        contentOf({
          organisations: { ftu: { name: '某市总工会' } },
          studios: { a: { title: '甲创新工作室' }, b: { title: '乙创新工作室' } },
          designations: {
            a: named('a', '2018-03-01', 'municipal'),
            b: {
              ...named('b', '2026-01-26', 'national-supported'),
              date: { shortlyBefore: '2026-01-26' },
              ...extra,
            },
          },
        }),
        '2026-11-26',
      );
    const yearEnd = (model: ReturnType<typeof buildModel>, year: number) =>
      reportKeyFigures(model, year).find((figure) => figure.key === 'studiosAtYearEnd')!.value;
    // Reported on 26 January 2026: perhaps made late in 2025, certainly not in 2024 or before.
    const recent = reportedRecently({});
    expect(yearEnd(recent, 2025)).toEqual(atLeast(1));
    expect(yearEnd(recent, 2024)).toEqual(exact(1));
    expect(yearEnd(recent, 2019)).toEqual(exact(1));
    // Of the 2026 cycle: not made before 2026, so the end of 2025 is exact too.
    expect(yearEnd(reportedRecently({ cycleYear: 2026 }), 2025)).toEqual(exact(1));
    // The same page says it alike: the reconciliation's year end and the year-end charts' counts.
    const page = reportView(recent, 'zh', 2025);
    expect(page.reconciliation.qualifiers).toEqual({
      previousYearEnd: 'exact',
      yearEnd: 'at-least',
    });
    expect(reportView(recent, 'zh', 2024).reconciliation.qualifiers.yearEnd).toBe('exact');
    const context = { locale: 'zh' as const, placement: 'report' as const, year: 2025 };
    const byLevel = METRIC_FUNCTIONS['studios-by-level'].compute(recent, context)!;
    const at = (label: string) => byLevel.labels.indexOf(label);
    expect(byLevel.series[0]!.qualifiers?.[at('市级')]).toBe('exact');
    expect(byLevel.series[0]!.qualifiers?.[at('全国级')]).toBe('at-least');
    expect(summarise('zh', byLevel)).toContain('合计1以上');
    const byIndustry = METRIC_FUNCTIONS['studios-by-industry'].compute(recent, context)!;
    expect(byIndustry.series[0]!.qualifiers).toEqual(['at-least']);
    expect(
      METRIC_FUNCTIONS['studios-by-level'].compute(recent, { ...context, year: 2024 })!.series[0]!
        .qualifiers,
    ).toBeUndefined();
    // Known only as before the day: any earlier year end may have included it.
    const before = reportedRecently({ date: { before: '2026-01-26' } });
    expect(yearEnd(before, 2019)).toEqual(atLeast(1));
    expect(
      yearEnd(reportedRecently({ date: { before: '2026-01-26' }, cycleYear: 2025 }), 2024),
    ).toEqual(exact(1));
  });

  it('is a lower bound while a studio named at no stated date, or ended at none, may have been in force', () => {
    const withUndated = (extra: { studios?: object; designations?: object }) =>
      buildModel(
        contentOf({
          organisations: { ftu: { name: '某市总工会' } },
          studios: { a: { title: '甲创新工作室' }, b: { title: '乙创新工作室' }, ...extra.studios },
          designations: {
            a: named('a', '2018-03-01', 'municipal'),
            ...extra.designations,
          },
        }),
        '2026-11-26',
      );
    const yearEnd = (model: ReturnType<typeof buildModel>, year: number) =>
      reportKeyFigures(model, year).find((figure) => figure.key === 'studiosAtYearEnd')!.value;
    // b named, the source says neither when nor for which cycle year: any year end may have had it.
    const undated = withUndated({ designations: { b: { studio: 'b', issuers: ['ftu'] } } });
    expect(yearEnd(undated, 2019)).toEqual(atLeast(1));
    expect(yearEnd(undated, 2016)).toEqual(atLeast(0));
    expect(reportView(undated, 'zh', 2019).reconciliation.qualifiers.yearEnd).toBe('at-least');
    // Of the 2021 cycle, at no stated date: not before 2021.
    const cycle = withUndated({
      designations: { b: { studio: 'b', issuers: ['ftu'], cycleYear: 2021 } },
    });
    expect(yearEnd(cycle, 2020)).toEqual(exact(1));
    expect(yearEnd(cycle, 2021)).toEqual(atLeast(1));
    // b named in 2019 and merged at a date not stated: counted at no year end, possibly in force at each from 2019.
    const ended = withUndated({
      studios: { b: { title: '乙创新工作室', status: 'merged', mergedInto: 'a' } },
      designations: { b: named('b', '2019-05-01', 'provincial') },
    });
    expect(yearEnd(ended, 2018)).toEqual(exact(1));
    expect(yearEnd(ended, 2020)).toEqual(atLeast(1));
    const context = { locale: 'zh' as const, placement: 'report' as const, year: 2020 };
    const byLevel = METRIC_FUNCTIONS['studios-by-level'].compute(ended, context)!;
    expect(byLevel.series[0]!.qualifiers?.[byLevel.labels.indexOf('省级')]).toBe('at-least');
    expect(byLevel.series[0]!.qualifiers?.[byLevel.labels.indexOf('市级')]).toBe('exact');
  });

  it('of a cycle of several years (2012-2013年度) at no stated date: not before its first year', () => {
    const model = buildModel(
      contentOf({
        organisations: { ftu: { name: '某市总工会' } },
        studios: { a: { title: '甲创新工作室' }, b: { title: '乙创新工作室' } },
        designations: {
          a: named('a', '2010-03-01', 'municipal'),
          b: {
            studio: 'b',
            issuers: ['ftu'],
            level: 'provincial-industry',
            cycleYear: 2013,
            cycleFrom: 2012,
          },
        },
      }),
      '2026-11-26',
    );
    const yearEnd = (year: number) =>
      reportKeyFigures(model, year).find((figure) => figure.key === 'studiosAtYearEnd')!.value;
    expect(yearEnd(2011)).toEqual(exact(1));
    expect(yearEnd(2012)).toEqual(atLeast(1));
    // Listed under its last year, said as its two years.
    const reason = (locale: 'zh' | 'en') =>
      reportView(model, locale, 2013).reconciliation.elsewhere.find((row) => row.studio.id === 'b')
        ?.text;
    expect(reason('zh')).toContain('年度为2012—2013');
    expect(reason('en')).toContain('cycle year 2012–2013');
  });

  it('is said as at least in the report summary, in both languages', () => {
    const said = (locale: 'zh' | 'en') =>
      reportView(bounded(), locale, 2016).summary!.map(summaryText).join('');
    expect(said('zh')).toContain('2016年末在册工作室2个，2015年末为至少0个');
    expect(said('en')).toContain(
      'In force at the end of 2016: 2 studios (at least 0 at the end of 2015)',
    );
    expect(reportView(bounded(), 'zh', 2017).summary!.map(summaryText).join('')).toContain(
      '2017年末在册工作室2个，2016年末为2个',
    );
  });
});
