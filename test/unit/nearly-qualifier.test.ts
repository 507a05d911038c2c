/**
 * "近300" (nearly 300: a little under it) as a qualifier of its own: read from the importer's and
 * the scaffolder's answers, kept by the schemas, combined honestly in sums and rates, and said the
 * same on the report, in the charts' summaries and in the open data.
 */
import { describe, expect, it } from 'vitest';
import { chartsFor, summarise } from '../../src/lib/charts/instances.ts';
import { adoptionRate } from '../../src/lib/figures/derived-figures.ts';
import { reportKeyFigures } from '../../src/lib/figures/report.ts';
import { readAmount } from '../../src/lib/import/levels.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { combinedQualifier, sumQuantities, sumStated } from '../../src/lib/model/quantity.ts';
import { DATASETS } from '../../src/lib/outputs/open-data.ts';
import { readQuantityAnswer } from '../../src/lib/scaffold/scaffold.ts';
import { formatQuantity, formatQuantityWithUnit } from '../../src/lib/site/format.ts';
import { quantitySchema, type Quantity } from '../../src/schemas/common.ts';
import { periodFiguresSchema } from '../../src/schemas/figures.ts';
import { contentOf } from '../helpers/content-set.ts';

const q = (value: number, qualifier: Quantity['qualifier'] = 'exact'): Quantity => ({
  value,
  qualifier,
});

describe('reading 近 as nearly', () => {
  it('is a qualifier an entry may carry', () => {
    expect(quantitySchema.parse({ value: 300, qualifier: 'nearly' })).toEqual(q(300, 'nearly'));
  });

  it('is read from the scaffolder’s answers and the importer’s amounts', () => {
    for (const answer of ['近20', '将近20', '接近20'])
      expect(readQuantityAnswer(answer), answer).toEqual({ value: '20', qualifier: 'nearly' });
    // Two qualifiers at once are refused, not one of them kept.
    expect(readQuantityAnswer('近20多')).toBeUndefined();
    expect(readAmount('近5万元')).toEqual(q(5, 'nearly'));
    expect(readAmount('将近1,200万')).toEqual(q(1200, 'nearly'));
    expect(readAmount('近5多万')).toBeUndefined();
    // 约 still reads as about, 大约 too: "约" ends both.
    expect(readAmount('大约5万')).toEqual(q(5, 'about'));
  });

  it('is said before the number and its unit', () => {
    expect(formatQuantity('zh', q(300, 'nearly'))).toBe('近300');
    expect(formatQuantity('en', q(1200, 'nearly'))).toBe('nearly 1,200');
    expect(formatQuantityWithUnit('zh', q(300, 'nearly'), '人次')).toBe('近300人次');
    expect(formatQuantityWithUnit('en', q(300, 'nearly'), 'people')).toBe('nearly 300 people');
    // The others are unchanged.
    expect(formatQuantityWithUnit('zh', q(30, 'at-least'), '人')).toBe('30人以上');
    expect(formatQuantityWithUnit('zh', q(30, 'about'), '人')).toBe('约30人');
  });
});

describe('sums and rates keep what "nearly" says', () => {
  it('adds up to nearly with exact numbers, and only to about with a lower bound', () => {
    expect(combinedQualifier(['exact', 'nearly'])).toBe('nearly');
    expect(combinedQualifier(['nearly', 'at-least'])).toBe('about');
    expect(combinedQualifier(['at-least', 'exact'])).toBe('at-least');
    expect(combinedQualifier([])).toBe('exact');
    expect(sumQuantities([q(300, 'nearly'), q(20)])).toEqual(q(320, 'nearly'));
    expect(sumQuantities([q(300, 'nearly'), q(20, 'at-least')])).toEqual(q(320, 'about'));
    // A missing part can only add: with a number a little under its figure, the sum is only about.
    expect(sumStated([q(300, 'nearly'), undefined])).toEqual(q(300, 'about'));
    expect(sumStated([q(300), undefined])).toEqual(q(300, 'at-least'));
    expect(sumStated([q(300, 'about'), undefined])).toEqual(q(300, 'about'));
  });

  const rateOf = (submitted: Quantity, adopted: Quantity) =>
    adoptionRate([
      periodFiguresSchema.parse({
        from: '2024-01',
        to: '2024-12',
        proposals: { submitted, adopted },
      }),
    ]);

  it('gives a rate a little under when only the part is nearly, at least when the whole is', () => {
    expect(rateOf(q(100), q(60, 'nearly'))).toEqual(q(60, 'nearly'));
    // Fewer than 100 submitted: 60 of them is at least 60 %.
    expect(rateOf(q(100, 'nearly'), q(60))).toEqual(q(60, 'at-least'));
    expect(rateOf(q(100, 'nearly'), q(60, 'at-least'))).toEqual(q(60, 'at-least'));
    expect(rateOf(q(100, 'nearly'), q(60, 'nearly'))).toEqual(q(60, 'about'));
    expect(rateOf(q(100, 'at-least'), q(60, 'nearly'))).toBeUndefined();
    // The others, as before: exact of exact, a lower bound of exact, an estimate anywhere.
    expect(rateOf(q(100), q(60))).toEqual(q(60));
    expect(rateOf(q(100), q(60, 'at-least'))).toEqual(q(60, 'at-least'));
    expect(rateOf(q(100), q(60, 'about'))).toEqual(q(60, 'about'));
    expect(rateOf(q(100, 'about'), q(60, 'nearly'))).toEqual(q(60, 'about'));
  });

  it('refuses a part that must be above its whole, and nothing an estimate could explain', () => {
    const period = (submitted: unknown, adopted: unknown) =>
      periodFiguresSchema.safeParse({
        from: '2024-01',
        to: '2024-12',
        proposals: { submitted, adopted },
      }).success;
    // At least 80 adopted of nearly 70 (or of 70) submitted cannot be.
    expect(period({ value: 70, qualifier: 'nearly' }, { value: 80, qualifier: 'at-least' })).toBe(
      false,
    );
    expect(period(70, { value: 80, qualifier: 'at-least' })).toBe(false);
    expect(period({ value: 70, qualifier: 'nearly' }, 80)).toBe(false);
    // Nearly 80 may be 69; about 70 may be 80.
    expect(period(70, { value: 80, qualifier: 'nearly' })).toBe(true);
    expect(period({ value: 70, qualifier: 'about' }, 80)).toBe(true);
    expect(period({ value: 70, qualifier: 'at-least' }, 80)).toBe(true);
    const patents = (patents: unknown) =>
      periodFiguresSchema.safeParse({ from: '2024-01', to: '2024-12', patents }).success;
    expect(
      patents({ invention: 6, utilityModel: 5, total: { value: 10, qualifier: 'nearly' } }),
    ).toBe(false);
    expect(
      patents({ invention: { value: 6, qualifier: 'about' }, utilityModel: 5, total: 10 }),
    ).toBe(true);
  });
});

describe('a nearly figure on every page that shows it', () => {
  const model = buildModel(
    contentOf({
      organisations: { ftu: { name: '某市总工会' } },
      studios: { s: { title: '甲创新工作室' }, t: { title: '乙创新工作室' } },
      designations: {
        s1: { studio: 's', level: 'municipal', issuers: ['ftu'], date: '2020-05-01' },
      },
      figures: {
        s: {
          studio: 's',
          periods: [
            {
              from: '2024-01',
              to: '2024-12',
              proposals: { submitted: { value: 300, qualifier: 'nearly' }, adopted: 150 },
            },
          ],
        },
        t: {
          studio: 't',
          periods: [{ from: '2024-01', to: '2024-12', proposals: { submitted: 20 } }],
        },
      },
      charts: {
        proposals: {
          title: { zh: '合理化建议' },
          type: 'bar-line',
          metric: 'proposals',
          placements: ['report'],
          order: 1,
        },
      },
    }),
    '2026-11-26',
  );

  it('is nearly in the report’s key figures, the chart’s summary and the open data alike', () => {
    const figures = reportKeyFigures(model, 2024);
    const submitted = figures.find((figure) => figure.key === 'proposalsSubmitted')!.value;
    expect(submitted).toEqual(q(320, 'nearly'));
    // Over nearly 300 submitted, 150 adopted is at least half of them.
    expect(figures.find((figure) => figure.key === 'adoptionRate')!.value.qualifier).toBe(
      'at-least',
    );
    const chart = chartsFor(model, 'report', { locale: 'zh', year: 2024 })[0]!;
    expect(summarise('zh', chart.data)).toContain('近320');
    expect(summarise('en', chart.data)).toContain('nearly 320');
    const row = DATASETS.find((dataset) => dataset.name === 'figures')!
      .rows(model)
      .find((r) => r.studio === 's' && r.year === 2024)!;
    expect(row).toMatchObject({ proposalsSubmitted: 300, proposalsSubmitted_qualifier: 'nearly' });
  });
});
