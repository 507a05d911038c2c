/**
 * What an editor wrote in a form the rules cannot guess from a bare refusal: a date written in the
 * right form that no calendar has (2023-02-29, 2021-13-01), and digits typed full-width by a Chinese
 * input method (２０２４). Each gets a message that says exactly that, in both languages.
 */
import { show, type Message } from '../content/validation-messages.ts';

const DAY_FORM = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const FULL_WIDTH_DIGITS = /[０-９]/;

/** The written date inside a value (the value itself, or the one value of `{ before: … }` and the like). */
function writtenDate(found: unknown): string | undefined {
  if (typeof found === 'string') return found;
  if (found === null || typeof found !== 'object' || Array.isArray(found)) return undefined;
  const values = Object.values(found);
  return values.length === 1 && typeof values[0] === 'string' ? values[0] : undefined;
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The refusal of a date written YYYY-MM(-DD) whose month or day does not exist; undefined otherwise. */
export function impossibleDateMessage(found: unknown): Message | undefined {
  const written = writtenDate(found);
  const parts = written === undefined ? null : DAY_FORM.exec(written);
  if (!parts) return undefined;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), parts[3] && Number(parts[3])];
  const was = { en: `found ${show(found)}; `, zh: `填写的是 ${show(found)}；` };
  if (month < 1 || month > 12)
    return {
      en: `${was.en}there is no month ${month}; expected a month from 01 to 12`,
      zh: `${was.zh}没有${month}月；月份应为 01 至 12`,
    };
  if (day === undefined || day === '') return undefined;
  const last = daysIn(year, month);
  if (day >= 1 && day <= last) return undefined;
  return {
    en: `${was.en}there is no such day: ${parts[1]}-${parts[2]} has ${last} days; expected a day that exists`,
    zh: `${was.zh}没有这一天：${year}年${month}月只有${last}天；请填写实际存在的日期`,
  };
}

/** A note for a value typed with full-width digits; undefined when it has none. */
export function fullWidthDigitsNote(found: unknown): Message | undefined {
  const written = writtenDate(found);
  if (written === undefined || !FULL_WIDTH_DIGITS.test(written)) return undefined;
  const halfWidth = written.replace(/[０-９]/g, (digit) =>
    String.fromCharCode(digit.charCodeAt(0) - 0xfee0),
  );
  return {
    en: `; the digits are full-width (as a Chinese input method types them): write ${JSON.stringify(halfWidth)}`,
    zh: `；数字是全角的（中文输入法输入）：请改为半角 ${JSON.stringify(halfWidth)}`,
  };
}
