/**
 * Recognitions that are not a union's naming of the studio (issue 24), on small content made in the
 * test: a 人社 title, a team's recognition, funding (重点支持) and a naming whose level no source
 * states. Only a union's naming of the studio itself makes it named, in every count.
 */
import { describe, expect, it } from 'vitest';
import {
  allNamings,
  buildModel,
  highestLevel,
  isUnionNaming,
  studioStanding,
} from '../../src/lib/model/model.ts';
import { namedStudioCount, studiosByTier } from '../../src/lib/model/stats.ts';
import { designationSchema } from '../../src/schemas/designation.ts';
import { METRIC_FUNCTIONS } from '../../src/lib/charts/metrics.ts';
import { reportKeyFigures } from '../../src/lib/figures/report.ts';
import { contentOf } from '../helpers/content-set.ts';

const model = buildModel(
  contentOf({
    organisations: {
      ftu: { name: '某市总工会' },
      hrss: { name: '某市人力资源和社会保障局', kind: 'government' },
    },
    studios: {
      'skill-master': { title: '甲技能大师工作室' },
      team: { title: '乙创新工作室' },
      funded: { title: '丙创新工作室' },
      'no-level': { title: '丁创新工作室' },
      both: { title: '戊创新工作室' },
    },
    designations: {
      a: {
        studio: 'skill-master',
        scheme: 'skill-master',
        level: 'national',
        issuers: ['hrss'],
        date: '2023-12-19',
      },
      b: {
        studio: 'team',
        recipient: 'team',
        level: 'provincial',
        issuers: ['ftu'],
        date: { shortlyBefore: '2023-12-28' },
      },
      c: {
        studio: 'funded',
        stage: 'supported',
        level: 'provincial',
        issuers: ['ftu'],
        funding: 8,
        date: { reportedBy: '2025-01-10' },
      },
      d: { studio: 'no-level', issuers: ['ftu'] },
      e: { studio: 'both', level: 'municipal', issuers: ['ftu'], date: '2020' },
      f: {
        studio: 'both',
        scheme: 'skill-master',
        level: 'national',
        issuers: ['hrss'],
        date: '2021',
      },
    },
  }),
  '2026-11-26',
);

describe('recognitions that are not union namings of the studio', () => {
  it('never make a studio named: a 人社 title, a team, funding', () => {
    for (const id of ['skill-master', 'team', 'funded']) {
      expect(studioStanding(model, id).status, id).toBe('unrecorded');
      expect(highestLevel(model, id), id).toBeUndefined();
    }
    expect(
      allNamings(model)
        .map((d) => d.studio)
        .toSorted(),
    ).toEqual(['both', 'no-level']);
  });

  it('add nothing to a named studio: its level stays the union level', () => {
    expect(studioStanding(model, 'both')).toEqual({ status: 'named', level: 'municipal' });
    expect((model.designationsByStudio.get('both') ?? []).filter(isUnionNaming)).toHaveLength(1);
  });

  it('a naming with no level stated makes the studio named, counted once, under "level not stated"', () => {
    expect(studioStanding(model, 'no-level')).toEqual({ status: 'named' });
    expect(namedStudioCount(model)).toBe(2);
    const { unstated, ...tiers } = studiosByTier(model);
    expect(Object.values(tiers).reduce((a, b) => a + b, 0)).toBe(1);
    expect(unstated).toBe(1);
  });

  it('refuses a union level for another body, with a clear message', () => {
    const wrong = designationSchema.safeParse({
      studio: 'x',
      scheme: 'skill-master',
      level: 'provincial-demonstrative',
      issuers: ['hrss'],
    });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.path).toEqual(['level']);
    expect(wrong.error?.issues[0]?.message).toMatch(
      /other than a union takes one of the levels national, provincial, municipal, district, enterprise/,
    );
  });
});

describe('a studio named with no level stated adds up everywhere', () => {
  const named = buildModel(
    contentOf({
      organisations: { ftu: { name: '某市总工会' } },
      studios: { a: { title: '甲创新工作室' }, b: { title: '乙创新工作室' } },
      designations: {
        a: { studio: 'a', level: 'municipal', issuers: ['ftu'], date: '2022-05' },
        b: { studio: 'b', issuers: ['ftu'], date: '2022-09' },
      },
    }),
    '2026-11-26',
  );
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

  it('in the counts by level, the charts by level and industry, and the report', () => {
    expect(namedStudioCount(named)).toBe(2);
    const { unstated, ...tiers } = studiosByTier(named);
    expect([sum(Object.values(tiers)), unstated]).toEqual([1, 1]);
    for (const metric of ['studios-by-level', 'studios-by-industry'] as const) {
      const chart = METRIC_FUNCTIONS[metric].compute(named, { locale: 'zh', placement: 'home' })!;
      expect(sum(chart.series[0]!.values), metric).toBe(2);
    }
    expect(
      METRIC_FUNCTIONS['studios-by-level'].compute(named, { locale: 'zh', placement: 'home' })!
        .labels,
    ).toContain('级别未注明');
    const perYear = METRIC_FUNCTIONS['named-per-year-by-level'].compute(named, {
      locale: 'zh',
      placement: 'report',
      year: 2022,
    })!;
    const i2022 = perYear.labels.indexOf('2022');
    expect(sum(perYear.series.map((series) => series.values[i2022]!))).toBe(2);
    const figures = Object.fromEntries(
      reportKeyFigures(named, 2022).map((figure) => [figure.key, figure.value.value]),
    );
    expect(figures).toMatchObject({ namedTotal: 2, 'named-municipal': 1, 'named-unstated': 1 });
  });
});
