/**
 * The reconciliation of a year's count of studios in force (src/lib/figures/reconciliation.ts), whole,
 * against rows worked out by hand for two years of content built in the test: each reason a studio is
 * counted at another year end (already in force, decided later, cycle year differs, only a bound, undated,
 * ended in the year, ended at no stated date), a revocation of a studio named again since, a merger, and
 * the counts and notes the report and home page show. Each test builds its own model: the reconciliation
 * is cached per model, and `npm run test:mutation` must see each test compute it.
 */
import { describe, expect, it } from 'vitest';
import {
  reconciliationCounts,
  studiosOfNoYear,
  undatedInYear,
  yearReconciliation,
} from '../../src/lib/figures/reconciliation.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { contentOf, namingDecision } from '../helpers/content-set.ts';

const decision = namingDecision;
const municipal = (studio: string) => ({ studio, level: 'municipal' });
const day = (value: string) => ({ value, precision: 'day' });

const siteModel = () =>
  buildModel(
    contentOf({
      organisations: { ftu: { name: '某市总工会' } },
      studios: {
        a: { title: '甲创新工作室' },
        again: { title: '乙创新工作室' },
        joined: { title: '丙创新工作室', status: 'merged', mergedInto: 'a', statusDate: '2022-06' },
        mixed: { title: '丁创新工作室' },
        brief: { title: '戊创新工作室' },
        gone: { title: '己创新工作室', status: 'merged', mergedInto: 'a' },
        late: { title: '庚创新工作室' },
        bounded: { title: '辛创新工作室' },
        'cycle-only': { title: '壬创新工作室' },
        plain: { title: '癸创新工作室' },
        closed: { title: '子创新工作室', status: 'revoked', statusDate: '2021-08' },
        dropped: { title: '丑创新工作室', status: 'revoked' },
        'bound-late': { title: '寅创新工作室' },
        twice: { title: '卯创新工作室' },
      },
      documents: {
        // Named, revoked, named again, revoked again, named a third time.
        d2018: decision('2018-05-01', [municipal('twice')]),
        notice2019: {
          type: 'assessment-notice',
          issuer: 'ftu',
          date: '2019-10-01',
          title: '考核通报',
          cycle: '2017—2019',
          results: [{ studio: 'twice', grade: 'fail', outcome: 'revoked' }],
        },
        d2019: decision('2019-05-01', [municipal('again')]),
        d2020: decision('2020-05-01', [
          municipal('a'),
          municipal('joined'),
          municipal('mixed'),
          municipal('closed'),
          municipal('twice'),
        ]),
        d2021: decision('2021-03-01', [
          municipal('brief'),
          municipal('gone'),
          municipal('dropped'),
        ]),
        notice: {
          type: 'assessment-notice',
          issuer: 'ftu',
          date: '2021-10-01',
          title: '考核通报',
          cycle: '2019—2021',
          results: [
            { studio: 'brief', grade: 'fail', outcome: 'revoked' },
            { studio: 'again', grade: 'fail', outcome: 'revoked' },
            { studio: 'twice', grade: 'fail', outcome: 'revoked' },
          ],
        },
        // Cycle year 2021, decided in 2022.
        late: decision('2022-02-10', [municipal('late')], { cycleYear: 2021 }),
        d2022: decision('2022-03-01', [
          municipal('again'),
          { studio: 'a', level: 'provincial' },
          municipal('twice'),
          municipal('brief'),
        ]),
      },
      designations: {
        bounded: {
          studio: 'bounded',
          level: 'district',
          issuers: ['ftu'],
          date: { before: '2022-03' },
        },
        'cycle-only': {
          studio: 'cycle-only',
          level: 'district',
          issuers: ['ftu'],
          cycleYear: 2022,
        },
        'mixed-undated': { studio: 'mixed', level: 'district', issuers: ['ftu'] },
        plain: { studio: 'plain', level: 'district', issuers: ['ftu'] },
        // Cycle year 2022, known only to be before March 2023.
        'bound-late': {
          studio: 'bound-late',
          level: 'district',
          issuers: ['ftu'],
          cycleYear: 2022,
          date: { before: '2023-03' },
        },
      },
    }),
    '2026-11-26',
  );

const byStudio = <Row extends { studio: string }>(rows: Row[]) =>
  rows.toSorted((x, y) => x.studio.localeCompare(y.studio));

describe('the reconciliation of 2021', () => {
  it('names a revocation of a studio named again since, a naming ended in the year, one ended at no stated date, one decided later', () => {
    const r = yearReconciliation(siteModel(), 2021);
    expect({
      ...r,
      entered: r.entered.toSorted(),
      left: byStudio(r.left),
      studiosListed: r.studiosListed.toSorted(),
      countedElsewhere: byStudio(r.countedElsewhere),
    }).toEqual({
      year: 2021,
      previousYearEnd: 6,
      yearEnd: 3,
      entered: [],
      left: [
        { studio: 'again', reason: 'revoked', date: day('2021-10-01') },
        { studio: 'closed', reason: 'revoked', date: { value: '2021-08', precision: 'month' } },
        // Its revocation of this year, not the one of 2019.
        { studio: 'twice', reason: 'revoked', date: day('2021-10-01') },
      ],
      namingsListed: 4,
      studiosListed: ['brief', 'dropped', 'gone', 'late'],
      countedElsewhere: [
        {
          studio: 'brief',
          reason: 'ended-in-year',
          date: day('2021-03-01'),
          cycleYear: undefined,
          countedAt: 2021,
        },
        { studio: 'dropped', reason: 'end-undated', date: day('2021-03-01'), cycleYear: undefined },
        { studio: 'gone', reason: 'end-undated', date: day('2021-03-01'), cycleYear: undefined },
        {
          studio: 'late',
          reason: 'decided-later',
          date: day('2022-02-10'),
          cycleYear: 2021,
          countedAt: 2022,
        },
      ],
    });
  });

  it('gives the counts the report shows, with no undated naming', () => {
    const model = siteModel();
    expect(reconciliationCounts(model, 2021)).toEqual({
      previousYearEnd: 6,
      entered: 0,
      revoked: 3,
      merged: 0,
      yearEnd: 3,
      namingsListed: 4,
      studiosListed: 4,
    });
    expect(undatedInYear(model, 2021)).toBe(0);
  });
});

describe('the reconciliation of 2022', () => {
  it('names a studio already in force, an undated naming, a naming of another cycle year, one dated by a bound, and a merger', () => {
    const model = siteModel();
    const bound = model.designationsByStudio.get('bounded')![0]!.date;
    const boundLate = model.designationsByStudio.get('bound-late')![0]!.date;
    const r = yearReconciliation(model, 2022);
    expect({
      ...r,
      entered: r.entered.toSorted(),
      studiosListed: r.studiosListed.toSorted(),
      countedElsewhere: byStudio(r.countedElsewhere),
    }).toEqual({
      year: 2022,
      previousYearEnd: 3,
      yearEnd: 7,
      entered: ['again', 'bounded', 'brief', 'late', 'twice'],
      left: [
        { studio: 'joined', reason: 'merged', date: { value: '2022-06', precision: 'month' } },
      ],
      namingsListed: 6,
      studiosListed: ['a', 'again', 'bound-late', 'brief', 'cycle-only', 'twice'],
      countedElsewhere: [
        { studio: 'a', reason: 'already-in-force', date: day('2022-03-01'), cycleYear: undefined },
        {
          studio: 'bound-late',
          reason: 'before-date',
          date: boundLate,
          cycleYear: 2022,
          countedAt: 2023,
        },
        {
          studio: 'bounded',
          reason: 'before-date',
          date: bound,
          cycleYear: undefined,
          countedAt: 2022,
        },
        { studio: 'cycle-only', reason: 'undated', date: undefined, cycleYear: 2022 },
        {
          studio: 'late',
          reason: 'cycle-year-differs',
          date: day('2022-02-10'),
          cycleYear: 2021,
          countedAt: 2022,
        },
      ],
    });
  });

  it('gives the counts the report shows, and the undated naming in its note', () => {
    const model = siteModel();
    expect(reconciliationCounts(model, 2022)).toEqual({
      previousYearEnd: 3,
      entered: 5,
      revoked: 0,
      merged: 1,
      yearEnd: 7,
      namingsListed: 6,
      studiosListed: 6,
    });
    expect(undatedInYear(model, 2022)).toBe(1);
  });
});

describe('studios of no year', () => {
  it('are those whose every naming in force has neither a date nor a cycle year', () => {
    // plain only: mixed also has a dated naming, cycle-only a cycle year.
    expect(studiosOfNoYear(siteModel())).toBe(1);
  });
});
