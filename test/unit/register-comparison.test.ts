/**
 * A studio's achievements register held against its reported figures (src/lib/figures/register-comparison.ts),
 * year by year, against counts made by hand from content built in the test: granted patents and a pending one,
 * a benefit of one year and one over two years, proposals with and without a batch count, and each of the
 * three records differing alone. `npm run test:mutation` checks that breaking the comparison fails a test here.
 */
import { describe, expect, it } from 'vitest';
import { registerAgainstFigures } from '../../src/lib/figures/register-comparison.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { contentOf } from '../helpers/content-set.ts';

const exact = (value: number) => ({ value, qualifier: 'exact' as const });
const whole = (year: number, figures: object) => ({
  from: `${year}-01`,
  to: `${year}-12`,
  ...figures,
});
const patent = (number: string, granted?: string) =>
  granted
    ? { number, type: 'utility-model', status: 'granted', filed: '2019-06', granted }
    : { number, type: 'utility-model', status: 'applied', filed: '2019-06' };
const entry = (studio: string, data: object) => ({
  title: { zh: '某项成果' },
  type: 'tech-innovation',
  studios: [studio],
  status: [],
  ...data,
});

/** Built again for each test: the figures are cached per model, and each test must compute its own. */
const siteModel = () =>
  buildModel(
    contentOf({
      studios: Object.fromEntries(
        ['s', 'patents', 'benefit', 'agree', 'unregistered', 'none', 'part'].map((id) => [
          id,
          { title: `${id}创新工作室` },
        ]),
      ),
      figures: {
        s: {
          studio: 's',
          periods: [
            whole(2020, { patents: { utilityModel: 2 }, benefit: 10, proposals: { submitted: 3 } }),
            // Nothing the register records: no row.
            whole(2021, { trained: 9 }),
            whole(2022, { patents: { total: 1 }, benefit: 5, proposals: { submitted: 2 } }),
          ],
        },
        patents: {
          studio: 'patents',
          periods: [whole(2020, { patents: { utilityModel: 3 }, benefit: 7 })],
        },
        benefit: { studio: 'benefit', periods: [whole(2020, { benefit: 8 })] },
        // Three months of 2021 reported, the register's whole year: said as such, never a difference.
        part: {
          studio: 'part',
          periods: [{ from: '2021-08', to: '2021-10', proposals: { submitted: 40 } }],
        },
        agree: { studio: 'agree', periods: [whole(2020, { patents: { utilityModel: 1 } })] },
        // Figures without a register: nothing to compare.
        unregistered: {
          studio: 'unregistered',
          periods: [whole(2020, { patents: { utilityModel: 1 } })],
        },
      },
      achievements: {
        granted: entry('s', {
          date: '2020',
          patents: [
            patent('202020118240.2', '2020-05'),
            patent('202020118241.7', '2020-09'),
            patent('202020118242.1'),
          ],
        }),
        later: entry('s', { date: '2023', patents: [patent('202320118243.X', '2023-02')] }),
        saved: entry('s', { date: '2020', benefit: { amount: 10, period: '2020' } }),
        // Measured over two years: in no year's row.
        twoYears: entry('s', {
          date: '2022',
          benefit: { amount: 4, period: { from: '2022-01', to: '2023-06' } },
        }),
        proposal2020: entry('s', { type: 'proposal', date: '2020-04' }),
        proposals2022: entry('s', { type: 'proposal', date: '2022', count: 2 }),
        // Not a proposal: not counted as one.
        method: entry('s', { type: 'operating-method', date: '2022' }),
        onePatent: entry('patents', {
          date: '2020',
          patents: [patent('202020118240.2', '2020-05')],
          benefit: { amount: 7, period: '2020' },
        }),
        // The second patent's grant date is not stated: counted in no year.
        agreeing: entry('agree', {
          date: '2020',
          patents: [
            patent('202020118241.7', '2020-03'),
            { number: '202020118242.1', type: 'utility-model', status: 'granted' },
          ],
        }),
        // A benefit in a year of neither figures nor patents: a row of its own.
        saved2024: entry('s', { date: '2024', benefit: { amount: 2, period: '2024' } }),
        lessBenefit: entry('benefit', { date: '2020', benefit: { amount: 6, period: '2020-06' } }),
        partProposals: entry('part', { type: 'proposal', date: '2021', count: 12 }),
      },
    }),
    '2026-11-26',
  );

describe('the register against the reported figures', () => {
  it('gives a row for each year either record states, oldest first', () => {
    expect(registerAgainstFigures(siteModel(), 's')).toEqual([
      {
        year: 2020,
        patents: { figures: exact(2), register: 2 },
        benefit: { figures: exact(10), register: exact(10) },
        // Three proposals reported, one in the register.
        proposals: { figures: exact(3), register: exact(1) },
        differs: true,
      },
      {
        year: 2022,
        // No patent granted in the register this year: nothing to compare, not a difference.
        patents: { figures: exact(1), register: 0 },
        benefit: { figures: exact(5), register: undefined },
        proposals: { figures: exact(2), register: exact(2) },
        differs: false,
      },
      {
        year: 2023,
        patents: { figures: undefined, register: 1 },
        benefit: { figures: undefined, register: undefined },
        proposals: { figures: undefined, register: undefined },
        differs: false,
      },
      {
        year: 2024,
        patents: { figures: undefined, register: 0 },
        benefit: { figures: undefined, register: exact(2) },
        proposals: { figures: undefined, register: undefined },
        differs: false,
      },
    ]);
  });

  it('differs on patents alone, or on the benefit alone', () => {
    expect(registerAgainstFigures(siteModel(), 'patents')).toMatchObject([
      { year: 2020, patents: { figures: exact(3), register: 1 }, differs: true },
    ]);
    expect(registerAgainstFigures(siteModel(), 'benefit')).toMatchObject([
      { year: 2020, benefit: { figures: exact(8), register: exact(6) }, differs: true },
    ]);
  });

  it('does not differ where the two agree', () => {
    expect(registerAgainstFigures(siteModel(), 'agree')).toEqual([
      {
        year: 2020,
        patents: { figures: exact(1), register: 1 },
        benefit: { figures: undefined, register: undefined },
        proposals: { figures: undefined, register: undefined },
        differs: false,
      },
    ]);
  });

  it('says which months figures of part of a year cover, and never calls them different from the whole year', () => {
    expect(registerAgainstFigures(siteModel(), 'part')).toEqual([
      {
        year: 2021,
        patents: { figures: undefined, register: 0 },
        benefit: { figures: undefined, register: undefined },
        proposals: { figures: exact(40), register: exact(12) },
        partialPeriods: ['2021-08–2021-10'],
        differs: false,
      },
    ]);
  });

  it('is empty for a studio with no register entries', () => {
    expect(registerAgainstFigures(siteModel(), 'none')).toEqual([]);
    expect(registerAgainstFigures(siteModel(), 'unregistered')).toEqual([]);
  });
});
