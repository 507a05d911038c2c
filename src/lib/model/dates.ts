/**
 * Dates at the precision their source gives (a year, a month, a day, a bound on one of them, or a
 * month and day without a year): bounds for comparisons, years for yearly counts, and an order for
 * lists. Nothing here fills in a missing part as if it were known; a bound is used only to decide
 * what is certain, and a date with no year is certain of nothing.
 */
import type { PartialDate, RecordedDate, YearlessDate } from '../../schemas/common.ts';

/** A day written YYYY-MM-DD. */
export type IsoDay = string;

const lastDayOfMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Whether the date is a month and day whose year the source does not state. */
export const isYearless = (date: RecordedDate | undefined): date is YearlessDate =>
  date?.precision === 'month-day';

/** The first day the written date can mean (2019 → 2019-01-01, 2019-11 → 2019-11-01). */
function startOf(value: string): IsoDay {
  if (value.length === 4) return `${value}-01-01`;
  if (value.length === 7) return `${value}-01`;
  return value;
}

/** The last day the written date can mean (2019 → 2019-12-31, 2019-02 → 2019-02-28). */
function endOf(value: string): IsoDay {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) {
    const [year, month] = value.split('-').map(Number) as [number, number];
    return `${value}-${String(lastDayOfMonth(year, month)).padStart(2, '0')}`;
  }
  return value;
}

/** Whether the source gives only an upper bound (before, reported by, shortly before). */
const onlyBounded = (date: PartialDate) =>
  Boolean(date.before || date.reportedBy || date.shortlyBefore);

/**
 * How far before its article a "近日"/"日前" (shortly before) can reach. Dictionaries give "the last
 * few days"; 60 days leaves room for a paper that reports a decision weeks late, and keeps a list
 * reported on 26 January 2026 from making every year end since the first naming uncertain.
 */
export const SHORTLY_BEFORE_DAYS = 60;

/** The day a number of days before an ISO day. */
function daysBefore(day: IsoDay, days: number): IsoDay {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/**
 * The earliest day the date can be: the start of what is written; for "shortly before" a day,
 * SHORTLY_BEFORE_DAYS before the first day it can mean. Undefined for "before" and "reported by"
 * (the source gives no lower bound) and for a date with no year.
 */
export const earliestDay = (date: RecordedDate): IsoDay | undefined => {
  if (isYearless(date) || date.before || date.reportedBy) return undefined;
  const start = startOf(date.value);
  return date.shortlyBefore ? daysBefore(start, SHORTLY_BEFORE_DAYS) : start;
};

/**
 * The latest day the date can be: "2019" is certainly over by 2019-12-31, "before 2015-06" by
 * 2015-05-31, "reported by 2023-06-15" and "shortly before 2023-06-15" by 2023-06-15.
 */
export const latestDay = (date: PartialDate): IsoDay =>
  date.before ? daysBefore(startOf(date.value), 1) : endOf(date.value);

/** The latest day of any recorded date; undefined when the source gives no year. */
export const latestKnownDay = (date: RecordedDate): IsoDay | undefined =>
  isYearless(date) ? undefined : latestDay(date);

/**
 * The year a date is filed under: the year it falls in, or, for "近日"/"日前" (shortly before), the
 * year of the article that says so. Undefined for "before …" and "reported by …" (the year is not
 * stated) and for a month and day without a year.
 */
export const yearOf = (date: RecordedDate | undefined): number | undefined =>
  date && !isYearless(date) && !date.before && !date.reportedBy
    ? Number(date.value.slice(0, 4))
    : undefined;

/** Whether the date is filed under the year (see yearOf). */
export const inYear = (date: RecordedDate | undefined, year: number): boolean =>
  yearOf(date) === year;

/** Whether the date was certainly reached by the day (on or before it). */
export const certainlyBy = (date: RecordedDate | undefined, day: IsoDay): boolean => {
  const latest = date && latestKnownDay(date);
  return latest !== undefined && latest <= day;
};

/** Whether the date is certainly after the day. */
export const certainlyAfter = (date: RecordedDate | undefined, day: IsoDay): boolean => {
  const earliest = date && earliestDay(date);
  return earliest !== undefined && earliest > day;
};

/**
 * A sort key, oldest first: by the earliest day, a less precise date before a more precise one of
 * the same start ("2019" before "2019-01-05"); bounds by their latest day, after the dates that
 * start on it; a month and day without a year after every dated entry, by month and day.
 */
export function dateSortKey(date: RecordedDate | undefined): string {
  if (!date) return '';
  if (isYearless(date)) return `z${date.value}`;
  if (onlyBounded(date)) return `${latestDay(date)}~`;
  return `${startOf(date.value)}${date.precision === 'day' ? '2' : date.precision === 'month' ? '1' : '0'}`;
}

/** Oldest first; undated entries first. */
export const compareDates = (a: RecordedDate | undefined, b: RecordedDate | undefined): number =>
  dateSortKey(a).localeCompare(dateSortKey(b));

/** A day as a PartialDate (dates written by the site itself: news, the publishing date). */
export const dayDate = (day: IsoDay): PartialDate => ({ value: day, precision: 'day' });

/**
 * The date as written, for data files: YYYY, YYYY-MM or YYYY-MM-DD; "<" before a "before" date,
 * "<=" before a "reported by" date, "~<=" before a "shortly before" date, "--MM-DD" with no year.
 */
export const dateText = (date: RecordedDate | undefined): string => {
  if (!date) return '';
  if (isYearless(date)) return `--${date.value}`;
  return `${date.before ? '<' : date.reportedBy ? '<=' : date.shortlyBefore ? '~<=' : ''}${date.value}`;
};

/** The ISO form for machines (JSON-LD, feeds), only when the date is a known day. */
export const exactDay = (date: RecordedDate | undefined): IsoDay | undefined =>
  date && !isYearless(date) && !onlyBounded(date) && date.precision === 'day'
    ? date.value
    : undefined;

/**
 * Whether a reported period (YYYY-MM to YYYY-MM, or since founding) lies within one calendar year,
 * and so counts in that year's figures; the figures and the check that periods do not overlap both ask.
 */
export const isYearly = <Period extends { from?: string; to?: string }>(
  period: Period,
): period is Period & { from: string; to: string } =>
  period.from !== undefined &&
  period.from !== 'founding' &&
  period.to !== undefined &&
  period.from.slice(0, 4) === period.to.slice(0, 4);
