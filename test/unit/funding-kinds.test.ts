/**
 * The funding chart's kinds of money (issue 24): naming funds, commendation rewards and support funds
 * (重点支持) each their own series, never summed; another body's money and a team's are no union
 * studio funding; money whose level no source states is its own category; a level with no amount
 * stated is unknown, never 0.
 */
import { describe, expect, it } from 'vitest';
import { METRIC_FUNCTIONS } from '../../src/lib/charts/metrics.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { contentOf } from '../helpers/content-set.ts';

const recognition = (studio: string, extra: object) => ({
  studio,
  issuers: ['ftu'],
  cycleYear: 2024,
  ...extra,
});
const model = buildModel(
  contentOf({
    organisations: { ftu: { name: '某省总工会' }, hrss: { name: '某市人力资源和社会保障局' } },
    studios: {
      a: { title: '甲创新工作室' },
      b: { title: '乙创新工作室' },
      c: { title: '丙创新工作室' },
    },
    designations: {
      named: recognition('a', { level: 'provincial', funding: 10 }),
      supported: recognition('b', { level: 'provincial', stage: 'supported', funding: 8 }),
      'supported-no-level': recognition('c', {
        stage: 'supported',
        funding: { value: 5, qualifier: 'at-least' },
      }),
      'other-body': recognition('c', {
        level: 'municipal',
        scheme: 'skill-master',
        issuers: ['hrss'],
        funding: 30,
      }),
      team: recognition('a', {
        level: 'municipal',
        recipient: 'team',
        namedAs: '甲创新团队',
        funding: 4,
      }),
    },
  }),
  '2026-11-26',
);

describe('the funding chart', () => {
  const data = METRIC_FUNCTIONS['funding-by-level'].compute(model, {
    locale: 'zh',
    placement: 'report',
    year: 2024,
  })!;
  const series = Object.fromEntries(data.series.map((one) => [one.key, one]));

  it('draws naming funds and support funds apart, and leaves out a kind no source states', () => {
    expect(Object.keys(series)).toEqual(['naming', 'support']);
    expect(series.support!.label).toBe('重点支持经费');
  });

  it("counts no other body's money and no team's", () => {
    const total = data.series
      .flatMap((one) => one.values.filter((_, i) => !one.unknown?.[i]))
      .reduce((a, b) => a + b, 0);
    expect(total).toBe(10 + 8 + 5);
  });

  it('keeps money whose level is not stated in its own category, with its qualifier', () => {
    expect(data.labels.at(-1)).toBe('未注明');
    const last = data.labels.length - 1;
    expect(series.support!.values[last]).toBe(5);
    expect(series.support!.qualifiers?.[last]).toBe('at-least');
  });

  it('marks a level with no amount stated as unknown, never 0', () => {
    const provincial = data.labels.indexOf('省级');
    expect(series.naming!.values[provincial]).toBe(10);
    expect(series.support!.values[provincial]).toBe(8);
    const municipal = data.labels.indexOf('市级');
    expect(series.naming!.unknown?.[municipal]).toBe(true);
    expect(series.support!.unknown?.[municipal]).toBe(true);
  });
});
