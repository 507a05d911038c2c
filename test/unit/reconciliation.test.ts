/**
 * The year-end reconciliation, the first naming, the funding chart, unknown joint projects and
 * chart scopes, on small content made in the test: a naming of cycle year 2021 decided in 2022,
 * one dated only "before" a day, one with no date, a revocation and a merger.
 */
import { describe, expect, it } from 'vitest';
import { chartCsv, chartInstance, summarise } from '../../src/lib/charts/instances.ts';
import { METRIC_FUNCTIONS } from '../../src/lib/charts/metrics.ts';
import {
  studiosOfNoYear,
  undatedInYear,
  yearReconciliation,
} from '../../src/lib/figures/reconciliation.ts';
import { directoryRows } from '../../src/lib/model/directory.ts';
import { buildModel, firstNaming } from '../../src/lib/model/model.ts';
import { namedStudioCount, yearEnd } from '../../src/lib/model/stats.ts';
import { contentOf, namingDecision } from '../helpers/content-set.ts';

const decision = namingDecision;
const model = buildModel(
  contentOf({
    organisations: { ftu: { name: '某市总工会' } },
    studios: {
      a: { title: '甲创新工作室' },
      late: { title: '乙创新工作室' },
      bound: { title: '丙创新工作室' },
      undated: { title: '丁创新工作室' },
      'undated-cycle': { title: '戊创新工作室' },
      revoked: { title: '己创新工作室' },
      merged: { title: '庚创新工作室', status: 'merged', mergedInto: 'a', statusDate: '2022-06' },
      upgraded: { title: '辛创新工作室' },
    },
    documents: {
      d2020: decision('2020-05-01', [
        { studio: 'a', level: 'municipal', funding: { value: 3, qualifier: 'exact' } },
        { studio: 'revoked', level: 'municipal' },
        { studio: 'merged', level: 'municipal' },
        { studio: 'upgraded', level: 'municipal' },
      ]),
      // Cycle year 2021, decided in February 2022.
      d2022: decision('2022-02-10', [{ studio: 'late', level: 'municipal' }], { cycleYear: 2021 }),
      upgrade: decision('2021-06-01', [{ studio: 'upgraded', level: 'provincial' }], {
        issuer: 'ftu',
      }),
      praise: {
        type: 'commendation',
        issuer: 'ftu',
        date: '2021-09-01',
        title: '表彰决定',
        commended: [{ studio: 'a', level: 'municipal', funding: { value: 2, qualifier: 'exact' } }],
      },
      revoke: {
        type: 'assessment-notice',
        issuer: 'ftu',
        date: '2021-12-01',
        title: '考核通报',
        cycle: '2019—2021',
        results: [{ studio: 'revoked', grade: 'fail', outcome: 'revoked' }],
        pairings: [{ studios: ['a', 'upgraded'], kind: 'pair' }],
      },
    },
    designations: {
      b: { studio: 'bound', level: 'district', issuers: ['ftu'], date: { before: '2021-03' } },
      u: { studio: 'undated', level: 'district', issuers: ['ftu'] },
      c: { studio: 'undated-cycle', level: 'district', issuers: ['ftu'], cycleYear: 2021 },
      // A dated naming years before an undated one known only by its cycle year.
      early: { studio: 'undated-cycle', level: 'enterprise', issuers: ['ftu'], date: '2018-04' },
    },
  }),
  '2026-11-26',
);

describe('the reconciliation of a year-end count', () => {
  it('adds up for every year: the year before, plus studios in force from the year, less revocations and mergers', () => {
    for (const year of [2018, 2019, 2020, 2021, 2022, 2023]) {
      const r = yearReconciliation(model, year);
      expect(r.previousYearEnd + r.entered.length - r.left.length, String(year)).toBe(r.yearEnd);
      expect(r.yearEnd).toBe(namedStudioCount(model, yearEnd(year)));
    }
  });

  it('names each studio counted elsewhere, with the reason', () => {
    const r2021 = yearReconciliation(model, 2021);
    const reasons = Object.fromEntries(
      r2021.countedElsewhere.map((row) => [row.studio, row.reason]),
    );
    expect(reasons).toMatchObject({
      late: 'decided-later',
      'undated-cycle': 'already-in-force',
      upgraded: 'already-in-force',
      bound: 'before-date',
    });
    expect(r2021.countedElsewhere.find((row) => row.studio === 'late')).toMatchObject({
      cycleYear: 2021,
      countedAt: 2022,
    });
    expect(r2021.left).toEqual([
      { studio: 'revoked', reason: 'revoked', date: { value: '2021-12-01', precision: 'day' } },
    ]);
    const r2022 = yearReconciliation(model, 2022);
    expect(r2022.countedElsewhere).toContainEqual(
      expect.objectContaining({ studio: 'late', reason: 'cycle-year-differs' }),
    );
    expect(r2022.left).toEqual([
      { studio: 'merged', reason: 'merged', date: { value: '2022-06', precision: 'month' } },
    ]);
  });

  it("counts an undated naming of a cycle year in that year's note only, and one of no year on the home page only", () => {
    const model2 = buildModel(
      contentOf({
        organisations: { ftu: { name: '某市总工会' } },
        studios: {
          x: { title: '甲创新工作室' },
          y: { title: '乙创新工作室' },
          z: { title: '丙创新工作室' },
        },
        designations: {
          x: { studio: 'x', level: 'district', issuers: ['ftu'], cycleYear: 2024 },
          y: { studio: 'y', level: 'district', issuers: ['ftu'] },
          z: { studio: 'z', level: 'district', issuers: ['ftu'], date: '2023-05' },
        },
      }),
      '2026-11-26',
    );
    expect(undatedInYear(model2, 2024)).toBe(1);
    expect(undatedInYear(model2, 2023)).toBe(0);
    expect(studiosOfNoYear(model2)).toBe(1);
  });
});

describe('the first naming', () => {
  it('is a dated naming years earlier, not an undated one known only by its cycle year', () => {
    expect(firstNaming(model, 'undated-cycle')?.date).toEqual({
      value: '2018-04',
      precision: 'month',
    });
    expect(directoryRows(model).find((row) => row.id === 'undated-cycle')?.yearNamed).toBe(2018);
  });

  it('is not decided by the order of files when the sources do not settle it', () => {
    const model2 = buildModel(
      contentOf({
        organisations: { ftu: { name: '某市总工会' } },
        studios: { x: { title: '甲创新工作室' } },
        designations: {
          a: { studio: 'x', level: 'district', issuers: ['ftu'] },
          b: { studio: 'x', level: 'municipal', issuers: ['ftu'], date: '2020' },
        },
      }),
      '2026-11-26',
    );
    expect(firstNaming(model2, 'x')).toBeUndefined();
    expect(directoryRows(model2)[0]!.yearNamed).toBeUndefined();
  });
});

describe('charts that say what they count', () => {
  const definition = (metric: string, title = '图') =>
    ({
      id: metric,
      file: `charts/${metric}`,
      data: { title: { zh: title }, type: 'bar', metric, placements: ['report'], order: 1 },
    }) as never;

  it('keeps naming funds and commendation rewards apart', () => {
    const data = METRIC_FUNCTIONS['funding-by-level'].compute(model, {
      locale: 'zh',
      placement: 'report',
      year: undefined,
    })!;
    const byKey = Object.fromEntries(
      data.series.map((series) => [series.key, series.values.reduce((a, b) => a + b, 0)]),
    );
    expect(byKey).toEqual({ naming: 3, commendation: 2 });
  });

  it('shows joint projects a notice does not state as unknown, never 0', () => {
    const instance = chartInstance(model, definition('pairings'), {
      locale: 'zh',
      placement: 'report',
      year: 2021,
    })!;
    const joint = instance.data.series.find((series) => series.key === 'jointProjects');
    // The only pairing states no joint projects: nothing to draw, nothing said as 0.
    expect(joint).toBeUndefined();
    expect(chartCsv(instance)).not.toMatch(/,0\r?\n/);
    const mixed = {
      labels: ['2020', '2021'],
      series: [{ key: 'j', label: '联合项目', values: [2, 0], unknown: [false, true] }],
    };
    expect(summarise('zh', mixed)).toBe('联合项目合计2以上，最多为2020（2），2021未注明。');
  });

  it('says the scope of each report chart beside its title', () => {
    expect(
      chartInstance(model, definition('studios-by-level'), {
        locale: 'zh',
        placement: 'report',
        year: 2021,
      })!.scope,
    ).toBe('2021年末状态');
    expect(
      chartInstance(model, definition('funding-by-level'), {
        locale: 'en',
        placement: 'report',
        year: 2021,
      })?.scope ?? '2021 only',
    ).toBe('2021 only');
    expect(
      chartInstance(model, definition('cumulative-studios'), {
        locale: 'zh',
        placement: 'report',
        year: 2021,
      })!.scope,
    ).toBe('截至2021年的各年');
  });
});

describe('a quantity a source states as 0', () => {
  it('is shown on the chart, its table and its CSV, with the rate it gives; counts of nothing are still left out', () => {
    const zero = buildModel(
      contentOf({
        organisations: { ftu: { name: '某市总工会' } },
        studios: { z: { title: '零创新工作室' } },
        figures: {
          z: {
            studio: 'z',
            periods: [
              {
                from: '2022-01',
                to: '2022-12',
                proposals: { submitted: 10, adopted: 0 },
              },
            ],
          },
        },
      }),
      '2026-11-26',
    );
    const instance = chartInstance(
      zero,
      {
        id: 'proposals',
        file: 'charts/proposals',
        data: {
          title: { zh: '合理化建议' },
          type: 'bar',
          metric: 'proposals',
          placements: ['studio'],
          order: 1,
        },
      } as never,
      { locale: 'zh', placement: 'studio', studio: 'z' },
    )!;
    const byKey = Object.fromEntries(instance.data.series.map((s) => [s.key, s.values]));
    expect(byKey).toEqual({ proposalsSubmitted: [10], proposalsAdopted: [0], adoptionRate: [0] });
    expect(chartCsv(instance)).toMatch(/10,0,0/);
  });
});
