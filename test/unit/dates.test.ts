import { describe, expect, it } from 'vitest';
import {
  partialDateSchema,
  recordedDateSchema,
  type PartialDate,
  type RecordedDate,
} from '../../src/schemas/common.ts';
import {
  certainlyAfter,
  certainlyBy,
  compareDates,
  dateText,
  earliestDay,
  exactDay,
  latestDay,
  latestKnownDay,
  yearOf,
} from '../../src/lib/model/dates.ts';
import { formatPartialDate } from '../../src/lib/site/format.ts';

const year: PartialDate = { value: '2019', precision: 'year' };
const month: PartialDate = { value: '2019-02', precision: 'month' };
const day: PartialDate = { value: '2019-11-20', precision: 'day' };
const before: PartialDate = { value: '2015-06', precision: 'month', before: true };

describe('dates at the precision of their source', () => {
  it('are shown at that precision and never completed', () => {
    expect([year, month, day, before].map((date) => formatPartialDate('zh', date))).toEqual([
      '2019年',
      '2019年2月',
      '2019年11月20日',
      '2015年6月前',
    ]);
    expect([year, month, day, before].map((date) => formatPartialDate('en', date))).toEqual([
      '2019',
      'February 2019',
      '20 November 2019',
      'before June 2015',
    ]);
    expect([year, month, day, before].map(dateText)).toEqual([
      '2019',
      '2019-02',
      '2019-11-20',
      '<2015-06',
    ]);
  });

  it('give a machine date only when the day is known', () => {
    expect([year, month, day, before].map(exactDay)).toEqual([
      undefined,
      undefined,
      '2019-11-20',
      undefined,
    ]);
  });

  it('are certain by a day only when their last possible day has passed', () => {
    expect(latestDay(year)).toBe('2019-12-31');
    expect(latestDay(month)).toBe('2019-02-28');
    expect(latestDay(before)).toBe('2015-05-31');
    expect(certainlyBy(year, '2019-12-31')).toBe(true);
    expect(certainlyBy(year, '2019-12-30')).toBe(false);
    expect(certainlyBy(before, '2015-12-31')).toBe(true);
    expect(certainlyBy(undefined, '2099-12-31')).toBe(false);
    expect(earliestDay(before)).toBeUndefined();
    expect(certainlyAfter(month, '2019-01-31')).toBe(true);
    expect(certainlyAfter(before, '1900-01-01')).toBe(false);
  });

  it('read "shortly before" (近日, 日前) as within 60 days before the article, never further back', () => {
    const recent: PartialDate = { value: '2026-01-26', precision: 'day', shortlyBefore: true };
    expect(earliestDay(recent)).toBe('2025-11-27');
    expect(certainlyAfter(recent, '2025-11-26')).toBe(true);
    expect(certainlyAfter(recent, '2025-12-31')).toBe(false);
    expect(certainlyBy(recent, '2026-01-26')).toBe(true);
    // Reported by a day: no lower bound at all.
    const reported: PartialDate = { value: '2026-01-26', precision: 'day', reportedBy: true };
    expect(earliestDay(reported)).toBeUndefined();
  });

  it('have a year only when the source states one', () => {
    expect([year, month, day, before, undefined].map(yearOf)).toEqual([
      2019,
      2019,
      2019,
      undefined,
      undefined,
    ]);
  });

  it('sort sensibly: undated first, then by earliest day, a coarser date before a finer one of the same start', () => {
    // Entries are sorted by their date field (an array's own sort would move a bare undefined to the end unasked).
    const entries = [
      day,
      undefined,
      { value: '2019-01-05', precision: 'day' } as PartialDate,
      year,
      before,
    ].map((date) => ({ date }));
    const sorted = entries.toSorted((a, b) => compareDates(a.date, b.date));
    expect(sorted.map(({ date }) => (date ? dateText(date) : 'none'))).toEqual([
      'none',
      '<2015-06',
      '2019',
      '2019-01-05',
      '2019-11-20',
    ]);
  });
});

describe('dates known only by a bound, and dates without a year (issue 24)', () => {
  const reportedBy: PartialDate = { value: '2023-06-15', precision: 'day', reportedBy: true };
  const shortlyBefore: PartialDate = { value: '2023-06-15', precision: 'day', shortlyBefore: true };
  const yearless: RecordedDate = { value: '07-14', precision: 'month-day' };

  it('are read from the forms a file writes, and a month and day alone only where a recognition or a source takes it', () => {
    expect(recordedDateSchema.parse({ reportedBy: '2023-06-15' })).toEqual(reportedBy);
    expect(recordedDateSchema.parse({ shortlyBefore: '2023-06-15' })).toEqual(shortlyBefore);
    expect(recordedDateSchema.parse({ monthDay: '07-14' })).toEqual(yearless);
    expect(recordedDateSchema.safeParse({ monthDay: '02-30' }).success).toBe(false);
    expect(recordedDateSchema.safeParse({ monthDay: '07-14', before: '2023' }).success).toBe(false);
    const noYear = partialDateSchema.safeParse({ monthDay: '07-14' });
    expect(noYear.success).toBe(false);
    expect(noYear.error?.issues[0]?.message).toMatch(/needs a year here/);
  });

  it('are shown as the source says them', () => {
    expect(
      [reportedBy, shortlyBefore, yearless].map((date) => formatPartialDate('zh', date)),
    ).toEqual([
      '不晚于2023年6月15日（据报道）',
      '近日（2023年6月15日报道）',
      '7月14日（年份未注明）',
    ]);
    expect(
      [reportedBy, shortlyBefore, yearless].map((date) => formatPartialDate('en', date)),
    ).toEqual([
      'by 15 June 2023 (as reported)',
      'shortly before 15 June 2023',
      '14 July (year not stated)',
    ]);
    expect([reportedBy, shortlyBefore, yearless].map(dateText)).toEqual([
      '<=2023-06-15',
      '~<=2023-06-15',
      '--07-14',
    ]);
    expect([reportedBy, shortlyBefore, yearless].map(exactDay)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('"reported by" a day is certain by that day (not before it, as "before" would be) and states no year', () => {
    expect(certainlyBy(reportedBy, '2023-06-15')).toBe(true);
    expect(certainlyBy(reportedBy, '2023-06-14')).toBe(false);
    expect(certainlyAfter(reportedBy, '1900-01-01')).toBe(false);
    expect(yearOf(reportedBy)).toBeUndefined();
  });

  it('"近日" is certain by the article\'s day, never after anything, and is filed under the article\'s year', () => {
    expect(certainlyBy(shortlyBefore, '2023-06-15')).toBe(true);
    expect(certainlyBy(shortlyBefore, '2023-06-14')).toBe(false);
    expect(certainlyAfter(shortlyBefore, '2023-06-01')).toBe(false);
    expect(yearOf(shortlyBefore)).toBe(2023);
  });

  it('a month and day without a year is certain of nothing and has no year', () => {
    expect(certainlyBy(yearless, '2099-12-31')).toBe(false);
    expect(certainlyAfter(yearless, '1900-01-01')).toBe(false);
    expect(yearOf(yearless)).toBeUndefined();
    expect(latestKnownDay(yearless)).toBeUndefined();
    // Sorted after every dated entry: its place among them is not known.
    expect(compareDates(yearless, { value: '2099', precision: 'year' })).toBeGreaterThan(0);
  });
});
