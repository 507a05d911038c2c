/**
 * Each figure computed once: the adoption rate, patents and namings per year by tier agree in
 * every place that shows them (the report's key figures, the charts of the home, studio and report
 * pages and their CSV, the register comparison on the studio page), on content made in the test
 * with a patents total given alone, a part-year, a missing value and a lower bound.
 */
import { describe, expect, it } from 'vitest';
import { chartCsv, chartsFor, type ChartInstance } from '../../src/lib/charts/instances.ts';
import { METRIC_FUNCTIONS } from '../../src/lib/charts/metrics.ts';
import { yearReconciliation } from '../../src/lib/figures/reconciliation.ts';
import { reportKeyFigures, type KeyFigure } from '../../src/lib/figures/report.ts';
import { registerAgainstFigures } from '../../src/lib/figures/register-comparison.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { DATASETS } from '../../src/lib/outputs/open-data.ts';
import { LEVEL_TIERS } from '../../src/schemas/vocabulary.ts';
import { contentOf } from '../helpers/content-set.ts';

const whole = (year: number, figures: object) => ({
  from: `${year}-01`,
  to: `${year}-12`,
  ...figures,
});
const model = buildModel(
  contentOf({
    organisations: { ftu: { name: '某市总工会' } },
    studios: { s: { title: '甲创新工作室' }, t: { title: '乙创新工作室' } },
    designations: {
      s1: { studio: 's', level: 'municipal', issuers: ['ftu'], date: '2020-05-01' },
      t1: { studio: 't', level: 'provincial', issuers: ['ftu'], date: '2021-04-01' },
      t2: { studio: 't', level: 'district', issuers: ['ftu'], cycleYear: 2021 },
    },
    figures: {
      s: {
        studio: 's',
        periods: [
          // 2020: submitted only as an estimate ("约10条"): the rate is an estimate. (Submitted as a
          // lower bound, "10多条", would give no rate at all: test/unit/yearly-figures.test.ts.)
          whole(2020, {
            proposals: { submitted: { value: 10, qualifier: 'about' }, adopted: 5 },
          }),
          // 2021: a total alone in the first half, the types alone in the second; adopted stated for the first half only.
          {
            from: '2021-01',
            to: '2021-06',
            patents: { total: 5 },
            proposals: { submitted: 10, adopted: 4 },
          },
          {
            from: '2021-07',
            to: '2021-12',
            patents: { invention: 2, utilityModel: 1 },
            proposals: { submitted: 10 },
          },
          // 2022: three months only.
          { from: '2022-03', to: '2022-05', proposals: { submitted: 6, adopted: 3 } },
          // 2023: nothing adopted is stated: the rate is unknown, never 0.
          whole(2023, { proposals: { submitted: 8 } }),
        ],
      },
    },
    achievements: {
      tool: {
        title: { zh: '便携工具' },
        type: 'five-small',
        studios: ['s'],
        date: '2021',
        status: [{ stage: 'implemented', date: '2021' }],
        patents: [
          {
            number: '202220118240.1',
            type: 'utility-model',
            status: 'granted',
            filed: '2021-01',
            granted: '2021-07',
          },
        ],
      },
    },
    charts: {
      proposals: {
        title: { zh: '合理化建议' },
        type: 'bar-line',
        metric: 'proposals',
        placements: ['home', 'studio', 'report'],
        order: 1,
      },
      named: {
        title: { zh: '命名' },
        type: 'stacked-bar',
        metric: 'named-per-year-by-level',
        placements: ['home', 'report'],
        order: 2,
      },
    },
  }),
  '2026-11-26',
);

/** The yearly-figures open data set's row of a studio's year. */
const openDataRow = (year: number) =>
  DATASETS.find((dataset) => dataset.name === 'figures')!
    .rows(model)
    .find((row) => row.studio === 's' && row.year === year)!;
const keyFigure = (year: number, key: KeyFigure['key']) =>
  reportKeyFigures(model, year).find((figure) => figure.key === key);
const chartOf = (charts: ChartInstance[], metric: string) =>
  charts.find((chart) => chart.definition.data.metric === metric);
/** The value a chart shows for a year: undefined where it says unknown. */
function chartValue(
  chart: ChartInstance | undefined,
  key: string,
  year: number,
): number | undefined {
  const series = chart?.data.series.find((s) => s.key === key);
  const index = chart?.data.labels.findIndex((label) => label.startsWith(String(year))) ?? -1;
  if (!series || index < 0) throw new Error(`no ${key} for ${year}`);
  return series.unknown?.[index] ? undefined : series.values[index];
}
/** The cell a chart's CSV (its open data) gives for a year and a column. */
function csvCell(chart: ChartInstance | undefined, column: string, year: number): string {
  const [header, ...rows] = chartCsv(chart!)
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(','));
  const row = rows.find((cells) => cells[0]!.replace(/^"/, '').startsWith(String(year)))!;
  return row[header!.findIndex((cell) => cell.replace(/"/g, '') === column)]!.replace(/"/g, '');
}

describe('the adoption rate is decided once', () => {
  const placements = {
    home: chartsFor(model, 'home', { locale: 'zh' }),
    studio: chartsFor(model, 'studio', { locale: 'zh', studio: 's' }),
  };

  it('counts only the periods that state both numbers, carries the qualifier, and covers a part-year', () => {
    expect(keyFigure(2021, 'adoptionRate')?.value).toEqual({ value: 40, qualifier: 'exact' });
    expect(keyFigure(2020, 'adoptionRate')?.value).toEqual({ value: 50, qualifier: 'about' });
    expect(keyFigure(2022, 'adoptionRate')).toMatchObject({
      value: { value: 50, qualifier: 'exact' },
      partial: true,
      previous: undefined,
    });
    // Unknown is never a value: the report leaves the row out, the charts leave a gap, the CSV an empty cell.
    expect(keyFigure(2023, 'adoptionRate')).toBeUndefined();
  });

  it('is the same number on the report, on the home and studio charts and in their CSV', () => {
    for (const year of [2020, 2021, 2022, 2023]) {
      const report = keyFigure(year, 'adoptionRate')?.value.value;
      const reportChart = chartOf(chartsFor(model, 'report', { locale: 'zh', year }), 'proposals');
      for (const chart of [
        chartOf(placements.home, 'proposals'),
        chartOf(placements.studio, 'proposals'),
        reportChart,
      ]) {
        expect(chartValue(chart, 'adoptionRate', year), `${chart?.context.placement} ${year}`).toBe(
          report,
        );
      }
      expect(csvCell(chartOf(placements.home, 'proposals'), '采纳率 (%)', year), String(year)).toBe(
        report === undefined ? '' : String(report),
      );
      expect(openDataRow(year).adoptionRate, `open data ${year}`).toBe(report ?? null);
      expect(openDataRow(year).adoptionRate_qualifier, `open data ${year}`).toBe(
        keyFigure(year, 'adoptionRate')?.value.qualifier ?? null,
      );
    }
  });

  it('is never 0 for a year that does not state it', () => {
    const data = METRIC_FUNCTIONS.proposals.compute(model, {
      locale: 'en',
      placement: 'studio',
      studio: 's',
    })!;
    const rate = data.series.find((s) => s.key === 'adoptionRate')!;
    const adopted = data.series.find((s) => s.key === 'proposalsAdopted')!;
    const i2023 = data.labels.findIndex((label) => label.startsWith('2023'));
    expect(rate.unknown?.[i2023]).toBe(true);
    expect(adopted.unknown?.[i2023]).toBe(true);
    expect(rate.qualifiers?.[data.labels.findIndex((label) => label.startsWith('2020'))]).toBe(
      'about',
    );
  });
});

describe('patents are decided once', () => {
  it('counts a total given alone and the types given alone, period by period, on the report and the register comparison', () => {
    expect(keyFigure(2021, 'patents')?.value).toEqual({ value: 8, qualifier: 'exact' });
    const row = registerAgainstFigures(model, 's').find((r) => r.year === 2021)!;
    expect(row.patents.figures).toEqual(keyFigure(2021, 'patents')?.value);
    expect(row.patents.register).toBe(1);
    expect(openDataRow(2021).patents).toBe(8);
  });
});

describe('namings per year by tier are counted once', () => {
  it('agree between the report, the chart and the year-end reconciliation', () => {
    for (const year of [2020, 2021]) {
      const data = METRIC_FUNCTIONS['named-per-year-by-level'].compute(model, {
        locale: 'zh',
        placement: 'report',
        year,
      })!;
      const column = data.labels.indexOf(String(year));
      for (const tier of LEVEL_TIERS) {
        expect(data.series.find((s) => s.key === tier)?.values[column], `${tier} ${year}`).toBe(
          keyFigure(year, `named-${tier}`)?.value.value,
        );
      }
      expect(keyFigure(year, 'namedTotal')?.value.value).toBe(
        yearReconciliation(model, year).namingsListed,
      );
    }
    expect(keyFigure(2021, 'named-provincial')?.value.value).toBe(1);
    expect(keyFigure(2021, 'named-district')?.value.value).toBe(1);
  });
});
