/**
 * How the web editor checks text fields as they are typed: each pattern with the message
 * `npm run check` gives for the same mistake (its English; the Chinese comes from
 * src/lib/content/validation-messages.ts), so that the editor and the check say the same thing.
 * Dates are typed as text at the precision the source gives: 2019, 2019-11, 2019-11-20, or
 * "before 2015-06" (早于 2015-06) for a source that says only "before".
 */
import type { Bilingual } from '../../schemas/field-meta.ts';

const MONTH = '(0[1-9]|1[0-2])';
const DAY = '(0[1-9]|[12][0-9]|3[01])';
/** A partial date as the editor shows it: year, month or day, optionally after a bound (before, by, shortly before), or a month and day alone. */
export const PARTIAL_DATE_TEXT = new RegExp(
  `^(?:(?:(?:before |早于 ?|by |不晚于 ?|shortly before |近日 ?))?(\\d{4})(?:-${MONTH}(?:-${DAY})?)?|${MONTH}-${DAY})$`,
);

export const EDITOR_PATTERNS = {
  partialDate: {
    regex: `^(((before |早于 ?|by |不晚于 ?|shortly before |近日 ?))?[0-9]{4}(-${MONTH}(-${DAY})?)?|${MONTH}-${DAY})$`,
    message:
      'expected a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD" (in quotes), such as "2019", "2019-11" or "2019-11-20", or { before: "2015-06" }, { reportedBy: "2023-06-15" }, { shortlyBefore: "2023-06-15" }',
    /** The check's words, with the bounds as they are typed here rather than as the file writes them. */
    words: {
      zh: '应为日期，写作 "YYYY"、"YYYY-MM" 或 "YYYY-MM-DD"，例如 "2019"、"2019-11" 或 "2019-11-20"；来源只说某日期之前写 before 2015-06，只知某日报道时已发生写 by 2023-06-15，报道说“近日”“日前”写 近日 2023-06-15（报道日期），只有月日没有年份（仅限命名记录和来源）写 07-14',
      en: 'expected a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD", such as "2019", "2019-11" or "2019-11-20"; before 2015-06 when the source says only before; by 2023-06-15 when a report of that day says it had happened; shortly before 2023-06-15 for 近日 or 日前 in an article of that day; 07-14 for a month and day with no year (recognitions and sources only)',
    } satisfies Bilingual,
  },
  day: {
    regex: `^[0-9]{4}-${MONTH}-${DAY}$`,
    message: 'a real date written YYYY-MM-DD, such as 2021-12-07',
  },
  month: { regex: `^[0-9]{4}-${MONTH}$`, message: 'a month written YYYY-MM, such as 2021-08' },
  url: { regex: '^https?://[^\\s]+$', message: 'a web address starting with http:// or https://' },
  id: {
    regex: '^[a-z0-9]+(-[a-z0-9]+)*$',
    message: 'an id of lower-case letters, digits and hyphens, such as "zhao-pengda"',
    hint: {
      zh: '新建时填写，成为文件名和网址的一部分，之后不能更改；只用小写字母、数字和连字符，例如 zhao-pengda。',
      en: 'Given once when the entry is created: it becomes the file name and part of the address and cannot be changed later; lower-case letters, digits and hyphens, such as zhao-pengda.',
    } satisfies Bilingual,
  },
  body: {
    hint: {
      zh: '正文可用 Markdown 和 <Note> 组件；不能使用 import、export 或 {…}。',
      en: 'The text may use Markdown and the <Note> component; no import, export or {…}.',
    } satisfies Bilingual,
  },
} as const;

/** The accepted date forms, under every date field. */
export const DATE_FORMS: Bilingual = {
  zh: '日期按来源的精确程度填写：2019、2019-11 或 2019-11-20；来源只说“某日期之前”时写 before 2015-06。',
  en: 'Write the date as precisely as the source gives it: 2019, 2019-11 or 2019-11-20; "before 2015-06" when the source says only before.',
};
