import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../../src/schemas/common.ts';
import { certainlyAfter, certainlyBy, compareDates, dateText, earliestDay, exactDay, latestDay, yearOf } from '../../src/lib/model/dates.ts';
import { formatPartialDate } from '../../src/lib/site/format.ts';

const year: PartialDate = { value: '2019', precision: 'year' };
const month: PartialDate = { value: '2019-02', precision: 'month' };
const day: PartialDate = { value: '2019-11-20', precision: 'day' };
const before: PartialDate = { value: '2015-06', precision: 'month', before: true };

describe('dates at the precision of their source', () => {
  it('are shown at that precision and never completed', () => {
    expect([year, month, day, before].map((date) => formatPartialDate('zh', date))).toEqual(['2019年', '2019年2月', '2019年11月20日', '2015年6月前']);
    expect([year, month, day, before].map((date) => formatPartialDate('en', date))).toEqual(['2019', 'February 2019', '20 November 2019', 'before June 2015']);
    expect([year, month, day, before].map(dateText)).toEqual(['2019', '2019-02', '2019-11-20', '<2015-06']);
  });

  it('give a machine date only when the day is known', () => {
    expect([year, month, day, before].map(exactDay)).toEqual([undefined, undefined, '2019-11-20', undefined]);
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

  it('have a year only when the source states one', () => {
    expect([year, month, day, before, undefined].map(yearOf)).toEqual([2019, 2019, 2019, undefined, undefined]);
  });

  it('sort sensibly: undated first, then by earliest day, a coarser date before a finer one of the same start', () => {
    // Entries are sorted by their date field (an array's own sort would move a bare undefined to the end unasked).
    const entries = [day, undefined, { value: '2019-01-05', precision: 'day' } as PartialDate, year, before].map((date) => ({ date }));
    const sorted = entries.toSorted((a, b) => compareDates(a.date, b.date));
    expect(sorted.map(({ date }) => (date ? dateText(date) : 'none'))).toEqual(['none', '<2015-06', '2019', '2019-01-05', '2019-11-20']);
  });
});
