/**
 * Chart metrics against independent counts: the raw entries of a small archive made in the test
 * (test/helpers/small-archive.ts) are counted by hand, not through the site model.
 */
import { describe, expect, it } from 'vitest';
import { chartCsv, chartInstance, chartsFor, summarise } from '../../src/lib/charts/instances.ts';
import { METRIC_FUNCTIONS } from '../../src/lib/charts/metrics.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { contentOf } from '../helpers/content-set.ts';
import { RAW, smallArchive } from '../helpers/small-archive.ts';

const model = buildModel(smallArchive(), '2026-01-15');
const raw = <T>(collection: keyof typeof RAW) => Object.values(RAW[collection]) as T[];
const series = (
  data: { series: Array<{ key: string; values: number[] }> } | undefined,
  key: string,
) => data?.series.find((s) => s.key === key)?.values;

type RawAward = { year: number; competition: string; rank: string; level?: string };
type RawPeriod = {
  from: string;
  proposals?: { submitted: number | { value: number }; adopted: number | { value: number } };
  benefit?: number | { value: number };
};
const value = (q: number | { value: number } | undefined) =>
  typeof q === 'number' ? q : (q?.value ?? 0);

describe('metrics equal independent counts over the raw entries', () => {
  // An award's level is its competition's, defined once with the competition.
  const competitionLevel = new Map(
    Object.entries(RAW.competitions).map(([id, competition]) => [id, competition.level]),
  );
  const awards = raw<RawAward>('awards').map((award) => ({
    ...award,
    level: competitionLevel.get(award.competition)!,
  }));
  const periods = raw<{ studio: string; periods: RawPeriod[] }>('figures');

  it('awards by level and rank', () => {
    const data = METRIC_FUNCTIONS['awards-by-level-rank'].compute(model, {
      locale: 'en',
      placement: 'awards',
    })!;
    for (const rank of new Set(awards.map((a) => a.rank))) {
      const labels = data.labels;
      const counts = labels.map(
        (levelLabel) =>
          awards.filter((a) => a.rank === rank && levelLabel.toLowerCase() === a.level).length,
      );
      expect(series(data, rank), rank).toEqual(counts);
    }
    expect(data.series.flatMap((s) => s.values).reduce((a, b) => a + b, 0)).toBe(awards.length);
  });

  it('awards by level and rank in one report year', () => {
    const data = METRIC_FUNCTIONS['awards-by-level-rank'].compute(model, {
      locale: 'en',
      placement: 'report',
      year: 2023,
    })!;
    expect(data.series.flatMap((s) => s.values).reduce((a, b) => a + b, 0)).toBe(
      awards.filter((a) => a.year === 2023).length,
    );
  });

  it('proposals and adoption rate per year', () => {
    const data = METRIC_FUNCTIONS.proposals.compute(model, { locale: 'zh', placement: 'home' })!;
    data.labels.forEach((label, i) => {
      const year = label.slice(0, 4);
      const inYear = periods.flatMap((f) =>
        f.periods.filter((p) => String(p.from).startsWith(`${year}-`)),
      );
      const submitted = inYear.reduce((t, p) => t + value(p.proposals?.submitted), 0);
      const adopted = inYear.reduce((t, p) => t + value(p.proposals?.adopted), 0);
      expect(series(data, 'proposalsSubmitted')![i], year).toBe(submitted);
      expect(series(data, 'proposalsAdopted')![i], year).toBe(adopted);
      expect(series(data, 'adoptionRate')![i], year).toBe(
        Math.round((adopted / submitted) * 1000) / 10,
      );
    });
  });

  it("a studio's proposals, with the seed's 22 of August to October 2021, all applied", () => {
    const data = METRIC_FUNCTIONS.proposals.compute(model, {
      locale: 'zh',
      placement: 'studio',
      studio: 'zhao-pengda',
    })!;
    // Three months are labelled as three months, and are never set against whole years.
    expect(data.labels[0]).toBe('2021（8–10月）');
    expect(data.partial?.[0]).toBe(true);
    expect([
      series(data, 'proposalsSubmitted')![0],
      series(data, 'proposalsImplemented')![0],
      series(data, 'adoptionRate')![0],
    ]).toEqual([22, 22, 100]);
    const instance = chartInstance(
      model,
      model.content.charts.find((chart) => chart.id === 'proposals')!,
      { locale: 'zh', placement: 'studio', studio: 'zhao-pengda' },
    )!;
    expect(instance.summary).not.toMatch(/最[高多]为2021/);
    expect(instance.summary).toContain('2021（8–10月）含部分月份数据，未与整年比较');
  });

  it('assessment grades per cycle', () => {
    const notices = raw<{ type: string; cycle?: string; results?: Array<{ grade: string }> }>(
      'documents',
    ).filter((d) => d.type === 'assessment-notice');
    const data = METRIC_FUNCTIONS['assessment-grades'].compute(model, {
      locale: 'zh',
      placement: 'home',
    })!;
    expect(data.labels.toSorted()).toEqual(notices.map((n) => n.cycle).toSorted());
    for (const grade of ['excellent', 'good', 'pass', 'fail']) {
      const byCycle = data.labels.map(
        (cycle) =>
          notices.find((n) => n.cycle === cycle)!.results!.filter((r) => r.grade === grade).length,
      );
      expect(series(data, grade), grade).toEqual(byCycle);
    }
  });

  it('newly named per year by level', () => {
    const named = raw<{ type: string; date: string; named?: Array<{ level: string }> }>(
      'documents',
    ).flatMap((d) =>
      (d.named ?? []).map((row) => ({ year: String(d.date).slice(0, 4), level: row.level })),
    );
    const external = raw<{ date: string; level: string }>('designations').map((d) => ({
      year: String(d.date).slice(0, 4),
      level: d.level,
    }));
    const all = [...named, ...external];
    const data = METRIC_FUNCTIONS['named-per-year-by-level'].compute(model, {
      locale: 'zh',
      placement: 'home',
    })!;
    data.labels.forEach((year, i) => {
      expect(series(data, 'municipal')![i], year).toBe(
        all.filter((d) => d.year === year && d.level.startsWith('municipal')).length,
      );
      expect(series(data, 'provincial')![i], year).toBe(
        all.filter((d) => d.year === year && d.level.startsWith('provincial')).length,
      );
    });
  });

  it('has no chart for a report year without data, and none invented', () => {
    expect(
      METRIC_FUNCTIONS.pairings.compute(model, { locale: 'zh', placement: 'report', year: 2022 }),
    ).toBeUndefined();
    expect(
      METRIC_FUNCTIONS.pairings.compute(model, { locale: 'zh', placement: 'report', year: 2021 }),
    ).toBeDefined();
    expect(chartsFor(model, 'report', { locale: 'zh', year: 1990 })).toEqual([]);
  });
});

describe('chart CSV', () => {
  it('holds exactly the numbers drawn', () => {
    const definition = model.content.charts.find((chart) => chart.id === 'studios-by-level')!;
    const instance = chartInstance(model, definition, { locale: 'en', placement: 'home' })!;
    const rows = chartCsv(instance)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((row) => row.split(','));
    expect(rows[0]).toEqual(['', 'Named studios']);
    expect(rows.slice(1).map((row) => [row[0], Number(row[1])])).toEqual(
      instance.data.labels.map((label, i) => [label, instance.data.series[0]!.values[i]]),
    );
  });
});

describe('a time axis of namings', () => {
  // Namings in 2016 and 2019 only: 2017 and 2018 are years too, with nobody named and the count carried.
  const gapModel = buildModel(
    contentOf({
      organisations: { ftu: { name: '某市总工会' } },
      studios: { a: { title: '甲创新工作室' }, b: { title: '乙创新工作室' } },
      designations: {
        a: { studio: 'a', issuers: ['ftu'], date: '2016-06-01', level: 'provincial' },
        b: { studio: 'b', issuers: ['ftu'], date: '2019-03-01', level: 'municipal' },
      },
    }),
    '2026-11-26',
  );
  const context = { locale: 'zh', placement: 'report', year: 2019 } as const;

  it('shows every year from the first naming to the last, never two years as if one after the other', () => {
    const named = METRIC_FUNCTIONS['named-per-year-by-level'].compute(gapModel, context)!;
    expect(named.labels).toEqual(['2016', '2017', '2018', '2019']);
    expect(series(named, 'provincial')).toEqual([1, 0, 0, 0]);
    expect(series(named, 'municipal')).toEqual([0, 0, 0, 1]);
    const inForce = METRIC_FUNCTIONS['cumulative-studios'].compute(gapModel, context)!;
    expect(inForce.labels).toEqual(['2016', '2017', '2018', '2019']);
    expect(inForce.series[0]!.values).toEqual([1, 1, 1, 2]);
  });

  it('has a chart for a report year without a naming inside that span, and none after it', () => {
    const in2018 = METRIC_FUNCTIONS['cumulative-studios'].compute(gapModel, {
      ...context,
      year: 2018,
    });
    expect(in2018!.series[0]!.values).toEqual([1, 1, 1]);
    expect(
      METRIC_FUNCTIONS['cumulative-studios'].compute(gapModel, { ...context, year: 2020 }),
    ).toBeUndefined();
  });
});

describe('a chart summary', () => {
  it('says a count is most (最多) in a category and a rate highest (最高): over levels, "highest" would read as the highest level', () => {
    const data = {
      labels: ['全国级', '省级'],
      series: [
        { key: 'first', label: '一等奖', values: [2, 7] },
        { key: 'rate', label: '采纳率（%）', values: [60, 40], kind: 'rate' as const },
      ],
    };
    expect(summarise('zh', data)).toBe(
      '一等奖合计9，最多为省级（7）；采纳率（%）最高为全国级（60）。',
    );
    expect(summarise('en', data)).toBe(
      '一等奖: 9 in all, largest 省级 (7); 采纳率（%）: highest 全国级 (60).',
    );
  });
});
