/**
 * The yearly figures and the figures derived from them (src/lib/figures/yearly-figures.ts,
 * derived-figures.ts), each checked against numbers added up by hand from content made in the test:
 * every reported field, whole years, a year in two halves, a part-year, cumulative reports kept apart,
 * and the qualifiers a sum and a rate carry. `npm run test:mutation` checks that breaking any of these
 * functions fails a test here.
 */
import { describe, expect, it } from 'vitest';
import { adoptionRate, periodPatents } from '../../src/lib/figures/derived-figures.ts';
import {
  cumulativeReports,
  figureYears,
  programmeTotals,
  programmeYear,
  studioYears,
} from '../../src/lib/figures/yearly-figures.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { periodFiguresSchema } from '../../src/schemas/figures.ts';
import { contentOf } from '../helpers/content-set.ts';

const exact = (value: number) => ({ value, qualifier: 'exact' });
const atLeast = (value: number) => ({ value, qualifier: 'at-least' });
const about = (value: number) => ({ value, qualifier: 'about' });
const period = (data: object) => periodFiguresSchema.parse(data);

/** Built again for each test: the figures are cached per model, and each test must compute its own. */
const siteModel = () =>
  buildModel(
    contentOf({
      organisations: { ftu: { name: '某市总工会' } },
      studios: {
        a: { title: '甲创新工作室' },
        b: { title: '乙创新工作室' },
        c: { title: '丙创新工作室' },
      },
      figures: {
        a: {
          studio: 'a',
          periods: [
            // Reported out of order: the years come out oldest first.
            { from: '2022-03', to: '2022-05', proposals: { submitted: 6 }, trained: 4 },
            {
              from: '2020-01',
              to: '2020-12',
              proposals: { submitted: 20, adopted: 8, implemented: 5 },
              patents: { invention: 1, utilityModel: 2, design: 3 },
              innovations: 4,
              breakthroughs: 2,
              fiveSmall: 7,
              benefit: 12.5,
              trained: 30,
              papers: 3,
              incubated: 1,
              promoted: [
                { grade: 'technician', count: 2 },
                { grade: 'senior-worker', count: 5 },
              ],
            },
            // 2021 in two halves: a whole year, not a part.
            {
              from: '2021-01',
              to: '2021-06',
              proposals: { submitted: 10, adopted: 3 },
              patents: { total: 5 },
              promoted: [{ grade: 'technician', count: 1 }],
            },
            {
              from: '2021-07',
              to: '2021-12',
              proposals: { submitted: { value: 10, qualifier: 'at-least' } },
              patents: { invention: 2 },
            },
            // Cumulative reports: never added to a year.
            { from: 'founding', to: '2023-06', proposals: { submitted: 100 }, papers: 9 },
            { from: '2018-01', to: '2019-12', trained: 50 },
            // Over two years, starting in a year with yearly figures: in no year's sum.
            { from: '2020-06', to: '2021-05', trained: 100 },
            // Eleven months: part of a year.
            { from: '2023-01', to: '2023-11', trained: 1 },
            // Three periods that together cover the whole year.
            { from: '2024-01', to: '2024-02', trained: 1 },
            { from: '2024-03', to: '2024-08', trained: 1 },
            { from: '2024-09', to: '2024-12', trained: 1 },
          ],
        },
        b: {
          studio: 'b',
          periods: [
            {
              from: '2020-01',
              to: '2020-12',
              proposals: { submitted: 5, adopted: 5 },
              patents: { total: 4 },
              benefit: { value: 1.25, qualifier: 'about' },
            },
            { from: '2022-01', to: '2022-12', proposals: { submitted: 4 } },
            // Papers only since founding: in no yearly figure, so b is not among the studios reporting papers.
            { from: 'founding', proposals: { submitted: 7 }, papers: 2 },
          ],
        },
      },
    }),
    '2026-11-26',
  );

describe('a studio year', () => {
  const year = (wanted: number) => studioYears(siteModel(), 'a').find((y) => y.year === wanted);

  it('sums every reported field of the periods of the year, oldest year first', () => {
    expect(studioYears(siteModel(), 'a').map((y) => y.year)).toEqual([
      2020, 2021, 2022, 2023, 2024,
    ]);
    expect(year(2020)).toEqual({
      year: 2020,
      periods: ['2020'],
      partial: false,
      proposalsSubmitted: exact(20),
      proposalsAdopted: exact(8),
      proposalsImplemented: exact(5),
      patentsInvention: exact(1),
      patentsUtilityModel: exact(2),
      patentsDesign: exact(3),
      innovations: exact(4),
      breakthroughs: exact(2),
      fiveSmall: exact(7),
      benefit: exact(12.5),
      trained: exact(30),
      papers: exact(3),
      patentsTotal: undefined,
      incubated: exact(1),
      promoted: { technician: exact(2), 'senior-worker': exact(5) },
      patents: exact(6),
      adoptionRate: exact(40),
    });
  });

  it('adds two halves into a whole year, each labelled by its months, a lower bound making the sum one', () => {
    expect(year(2021)).toMatchObject({
      periods: ['2021-01–2021-06', '2021-07–2021-12'],
      partial: false,
      proposalsSubmitted: atLeast(20),
      proposalsAdopted: exact(3),
      patentsTotal: exact(5),
      patentsInvention: exact(2),
      // A total in one half, a type in the other: 5 + 2.
      patents: exact(7),
      promoted: { technician: exact(1) },
      // Only the half stating both counts: 3 of 10.
      adoptionRate: exact(30),
    });
  });

  it('marks a year of three months partial, with no figure it does not state', () => {
    const y2022 = year(2022)!;
    expect(y2022).toMatchObject({
      periods: ['2022-03–2022-05'],
      partial: true,
      proposalsSubmitted: exact(6),
      trained: exact(4),
      promoted: {},
    });
    expect(y2022.patents).toBeUndefined();
    expect(y2022.adoptionRate).toBeUndefined();
    expect(y2022.benefit).toBeUndefined();
    expect(year(2023)).toMatchObject({ periods: ['2023-01–2023-11'], partial: true });
  });

  it('is whole when its periods together cover twelve months', () => {
    expect(year(2024)).toMatchObject({
      periods: ['2024-01–2024-02', '2024-03–2024-08', '2024-09–2024-12'],
      partial: false,
      trained: exact(3),
    });
  });

  it('is empty for a studio without figures, and the same list when asked again', () => {
    const model = siteModel();
    expect(studioYears(model, 'c')).toEqual([]);
    expect(studioYears(model, 'a')).toBe(studioYears(model, 'a'));
  });
});

describe('the programme', () => {
  it('adds the studios of a year, keeping qualifiers', () => {
    expect(programmeYear(siteModel(), 2020)).toMatchObject({
      year: 2020,
      partial: false,
      periods: ['2020', '2020'],
      proposalsSubmitted: exact(25),
      proposalsAdopted: exact(13),
      benefit: about(13.75),
      patents: exact(10),
      // 13 adopted of 25.
      adoptionRate: exact(52),
      trained: exact(30),
    });
  });

  it('is partial when one studio reported part of the year, and unknown for a year nobody reported', () => {
    expect(programmeYear(siteModel(), 2022)).toMatchObject({
      partial: true,
      proposalsSubmitted: exact(10),
    });
    expect(programmeYear(siteModel(), 2021)).toMatchObject({
      partial: false,
      proposalsSubmitted: atLeast(20),
    });
    expect(programmeYear(siteModel(), 2019)).toBeUndefined();
    expect(programmeYear(siteModel(), 2025)).toBeUndefined();
  });

  it('names the studios whose reports each figure adds up: a studio that leaves a figure out is not in it', () => {
    // 2020: a states everything; b states proposals submitted and adopted, a patent total and a benefit.
    expect(programmeYear(siteModel(), 2020)!.reporting).toEqual({
      proposalsSubmitted: ['a', 'b'],
      proposalsAdopted: ['a', 'b'],
      proposalsImplemented: ['a'],
      patentsInvention: ['a'],
      patentsUtilityModel: ['a'],
      patentsDesign: ['a'],
      innovations: ['a'],
      breakthroughs: ['a'],
      fiveSmall: ['a'],
      benefit: ['a', 'b'],
      trained: ['a'],
      papers: ['a'],
      patentsTotal: ['b'],
      incubated: ['a'],
      patents: ['a', 'b'],
      adoptionRate: ['a', 'b'],
    });
    // 2022: a's three months state proposals and training, b's year proposals only.
    expect(programmeYear(siteModel(), 2022)!.reporting).toEqual({
      proposalsSubmitted: ['a', 'b'],
      trained: ['a'],
    });
  });

  it('names a studio once in the totals when any of its years states the figure', () => {
    const { reporting } = programmeTotals(siteModel());
    expect(reporting?.proposalsSubmitted).toEqual(['a', 'b']);
    expect(reporting?.trained).toEqual(['a']);
    // b's total patents (2020) and a's total in the first half of 2021.
    expect(reporting?.patentsTotal).toEqual(['a', 'b']);
    // c has no figures, and b's papers since founding are a cumulative report, in no total.
    expect(reporting?.papers).toEqual(['a']);
  });

  it('gives the same figures when asked again (computed once per model)', () => {
    const model = siteModel();
    expect(programmeYear(model, 2020)).toBe(programmeYear(model, 2020));
    expect(programmeYear(model, 2019)).toBeUndefined();
  });

  it('lists the years with yearly figures, once each, in order', () => {
    expect(figureYears(siteModel())).toEqual([2020, 2021, 2022, 2023, 2024]);
  });

  it('totals every yearly period and no cumulative report', () => {
    const totals = programmeTotals(siteModel());
    expect(totals).toMatchObject({
      year: 0,
      partial: false,
      proposalsSubmitted: atLeast(55),
      trained: exact(38),
      papers: exact(3),
      patents: exact(17),
    });
  });
});

describe('cumulative reports', () => {
  it('are kept as given, by studio, oldest end first, an undated one first', () => {
    const reports = cumulativeReports(siteModel());
    expect(reports.map((r) => [r.studio, r.from, r.to])).toEqual([
      ['b', 'founding', undefined],
      ['a', '2018-01', '2019-12'],
      ['a', '2020-06', '2021-05'],
      ['a', 'founding', '2023-06'],
    ]);
    expect(reports[3]!.figures).toMatchObject({
      partial: false,
      proposalsSubmitted: exact(100),
      papers: exact(9),
    });
    expect(reports[2]!.figures.trained).toEqual(exact(100));
    expect(reports[1]!.figures.trained).toEqual(exact(50));
  });

  it('of one studio are only its own', () => {
    expect(cumulativeReports(siteModel(), 'b').map((r) => r.studio)).toEqual(['b']);
    expect(cumulativeReports(siteModel(), 'c')).toEqual([]);
  });

  it('with the same end are ordered by studio', () => {
    const twin = buildModel(
      contentOf({
        studios: { a: { title: '甲创新工作室' }, b: { title: '乙创新工作室' } },
        figures: {
          b: {
            studio: 'b',
            periods: [
              { from: 'founding', trained: 4 },
              { from: 'founding', to: '2023-06', trained: 1 },
            ],
          },
          a: {
            studio: 'a',
            periods: [
              { from: 'founding', to: '2023-06', trained: 2 },
              { from: 'founding', trained: 3 },
            ],
          },
        },
      }),
      '2026-11-26',
    );
    expect(cumulativeReports(twin).map((r) => [r.studio, r.to])).toEqual([
      ['a', undefined],
      ['b', undefined],
      ['a', '2023-06'],
      ['b', '2023-06'],
    ]);
  });
});

describe('derived figures', () => {
  it('patents: the total where given, else the types summed, else unknown', () => {
    expect(
      periodPatents(
        period({ from: '2020-01', to: '2020-12', patents: { total: 9, invention: 1 } }),
      ),
    ).toEqual(exact(9));
    expect(
      periodPatents(
        period({ from: '2020-01', to: '2020-12', patents: { design: 2, utilityModel: about(3) } }),
      ),
    ).toEqual(about(5));
    expect(periodPatents(period({ from: '2020-01', to: '2020-12', patents: {} }))).toBeUndefined();
    expect(periodPatents(period({ from: '2020-01', to: '2020-12' }))).toBeUndefined();
  });

  const rate = (proposals: object) =>
    adoptionRate([period({ from: '2020-01', to: '2020-12', proposals })]);

  it('the adoption rate: one decimal, and the qualifier its two counts allow', () => {
    expect(rate({ submitted: 3, adopted: 1 })).toEqual(exact(33.3));
    expect(rate({ submitted: 10, adopted: atLeast(4) })).toEqual(atLeast(40));
    // A lower bound below the line: the rate could be anything up to 40, far below it too, and no
    // qualifier says "at most": no rate, rather than an "about 40" that misleads.
    expect(rate({ submitted: atLeast(10), adopted: 4 })).toBeUndefined();
    expect(rate({ submitted: atLeast(10), adopted: atLeast(4) })).toBeUndefined();
    expect(rate({ submitted: about(10), adopted: 4 })).toEqual(about(40));
    expect(rate({ submitted: about(10), adopted: atLeast(4) })).toEqual(about(40));
    expect(rate({ submitted: 10, adopted: about(4) })).toEqual(about(40));
  });

  it('the adoption rate is unknown, never 0, without both counts or with none submitted', () => {
    expect(rate({ submitted: 10 })).toBeUndefined();
    expect(rate({ adopted: 4 })).toBeUndefined();
    expect(rate({ submitted: 0, adopted: 0 })).toBeUndefined();
    expect(adoptionRate([])).toBeUndefined();
    expect(rate({ submitted: 10, adopted: 0 })).toEqual(exact(0));
  });
});
