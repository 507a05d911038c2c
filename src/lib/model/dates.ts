/**
 * Dates at the precision their source gives (a year, a month, a day, or "before" one of them):
 * bounds for comparisons, years for yearly counts, and an order for lists. Nothing here fills in a
 * missing month or day as if it were known; a bound is used only to decide what is certain.
 */
import type { PartialDate } from '../../schemas/common.ts';

/** A day written YYYY-MM-DD. */
export type IsoDay = string;

const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

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

/** The day before an ISO day. */
function dayBefore(day: IsoDay): IsoDay {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** The earliest day the date can be; undefined for "before …", which has no lower bound. */
export const earliestDay = (date: PartialDate): IsoDay | undefined => (date.before ? undefined : startOf(date.value));

/** The latest day the date can be: "2019" is certainly over by 2019-12-31, "before 2015-06" by 2015-05-31. */
export const latestDay = (date: PartialDate): IsoDay => (date.before ? dayBefore(startOf(date.value)) : endOf(date.value));

/** The year the date certainly falls in; undefined for "before …" (the year is not stated). */
export const yearOf = (date: PartialDate | undefined): number | undefined => (date && !date.before ? Number(date.value.slice(0, 4)) : undefined);

/** Whether the date certainly falls in the year. */
export const inYear = (date: PartialDate | undefined, year: number): boolean => yearOf(date) === year;

/** Whether the date was certainly reached by the day (on or before it). */
export const certainlyBy = (date: PartialDate | undefined, day: IsoDay): boolean => date !== undefined && latestDay(date) <= day;

/** Whether the date is certainly after the day. */
export const certainlyAfter = (date: PartialDate | undefined, day: IsoDay): boolean => {
  const earliest = date && earliestDay(date);
  return earliest !== undefined && earliest > day;
};

/**
 * A sort key, oldest first: by the earliest day, a less precise date before a more precise one of
 * the same start ("2019" before "2019-01-05"), "before …" dates by their bound.
 */
export function dateSortKey(date: PartialDate | undefined): string {
  if (!date) return '';
  return date.before
    ? `${dayBefore(startOf(date.value))}~`
    : `${startOf(date.value)}${date.precision === 'day' ? '2' : date.precision === 'month' ? '1' : '0'}`;
}

/** Oldest first; undated entries first. */
export const compareDates = (a: PartialDate | undefined, b: PartialDate | undefined): number => dateSortKey(a).localeCompare(dateSortKey(b));

/** A day as a PartialDate (dates written by the site itself: news, the publishing date). */
export const dayDate = (day: IsoDay): PartialDate => ({ value: day, precision: 'day' });

/** The date as written (YYYY, YYYY-MM or YYYY-MM-DD), prefixed "<" when it is "before …": for data files. */
export const dateText = (date: PartialDate | undefined): string => (date ? `${date.before ? '<' : ''}${date.value}` : '');

/** The ISO form for machines (JSON-LD, feeds), only when the date is a known day. */
export const exactDay = (date: PartialDate | undefined): IsoDay | undefined => (date && !date.before && date.precision === 'day' ? date.value : undefined);
