/**
 * The publishing date of a build: what decides whether an embargoed entry (a news item, a
 * document or a report dated in the future) is published. It comes from `STUDIO_BUILD_DATE` when
 * set, so it is checked strictly: a wrong value would publish embargoed entries early.
 */

/** The publisher's time zone (China Standard Time, no daylight saving). */
const CHINA_OFFSET_MS = 8 * 3600_000;

/** A bad `STUDIO_BUILD_DATE`: the message says what was given and what is expected, in both languages. */
export class BuildDateError extends Error {
  constructor(value: string) {
    super(
      `STUDIO_BUILD_DATE is ${JSON.stringify(value)}; expected a real date written YYYY-MM-DD (such as 2026-11-27) or a full ISO date-time (such as 2026-11-27T09:00:00+08:00).\n` +
        `STUDIO_BUILD_DATE 的值 ${JSON.stringify(value)} 无效；应为真实存在的日期，格式为 YYYY-MM-DD（例如 2026-11-27），或完整的 ISO 日期时间（例如 2026-11-27T09:00:00+08:00）。`,
    );
    this.name = 'BuildDateError';
  }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/;

const isRealDay = (year: number, month: number, day: number): boolean => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
};

/** Today in China as YYYY-MM-DD. */
export const chinaToday = (now = Date.now()): string =>
  new Date(now + CHINA_OFFSET_MS).toISOString().slice(0, 10);

/**
 * `STUDIO_BUILD_DATE` as the YYYY-MM-DD day it names. A date-time with an offset (or Z) is the day
 * in China at that instant; one without an offset is taken as China's local time.
 */
export function parseBuildDate(value: string): string {
  const day = DATE.exec(value);
  if (day) {
    const [year, month, date] = day.slice(1).map(Number) as [number, number, number];
    if (!isRealDay(year, month, date)) throw new BuildDateError(value);
    return value;
  }
  const moment = DATE_TIME.exec(value);
  if (!moment) throw new BuildDateError(value);
  const [year, month, date, hour, minute, second = 0] = moment
    .slice(1, 7)
    .map((part) => (part === undefined ? undefined : Number(part))) as number[];
  const zone = moment[7];
  const zoneValid =
    zone === undefined ||
    zone === 'Z' ||
    (Number(zone.slice(1, 3)) <= 14 && Number(zone.slice(4, 6)) < 60);
  if (!isRealDay(year!, month!, date!) || hour! > 23 || minute! > 59 || second > 59 || !zoneValid)
    throw new BuildDateError(value);
  if (zone === undefined) return value.slice(0, 10);
  const instant = Date.parse(value);
  if (Number.isNaN(instant)) throw new BuildDateError(value);
  return chinaToday(instant);
}
