/**
 * Templates of new entries for `npm run new`: ids proposed from Chinese names (in pinyin), and
 * files written with a comment on every field. Pure: reading answers and writing files is the
 * script's job (scripts/new.ts).
 */
import { pinyin } from 'pinyin-pro';
import type { Quantity } from '../../schemas/common.ts';

/** Syllables of a text: Chinese in toneless pinyin, other words as they are, lower case. */
function syllables(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .flatMap((part) => part.toLowerCase().split(/[^a-z0-9]+/))
    .filter(Boolean);
}

const TITLE_SUFFIX =
  /(劳模和工匠人才创新工作室|劳模创新工作室|职工创新工作室|工匠创新工作室|职工科技创新英才工作室|创新工作室|工作室)$/;

/** A person's id: surname, then the given name in one word (赵鹏达 → zhao-pengda). */
export function personId(name: string): string {
  const [surname, ...given] = syllables(name);
  return [surname, given.join('')].filter(Boolean).join('-');
}

/** A studio's id: its leader's name when the title is "<name> + 创新工作室", else its topic. */
export function studioId(title: string): string {
  const stem = title.replace(TITLE_SUFFIX, '');
  if (/^[\u4e00-\u9fff]{2,3}$/.test(stem)) return personId(stem);
  return syllables(stem).slice(0, 6).join('-');
}

/** A document's id from its number: 锦工发〔2021〕31号 → jgf-2021-31. */
export function documentId(number: string): string {
  const match = number.match(/^(.*?)[〔[(（](\d{4})[〕\])）](\d+)/);
  if (!match) return syllables(number).join('-');
  const prefix = syllables(match[1]!)
    .map((s) => s[0])
    .join('');
  return `${prefix}-${match[2]}-${match[3]}`;
}

/** An id from any Chinese or English text. */
export const textId = (text: string, max = 6): string => syllables(text).slice(0, max).join('-');

/** A YAML double-quoted scalar. */
export const q = (value: string): string => JSON.stringify(value);

/** `{ zh, en }` or a plain Chinese string, as YAML. */
export const localized = (zh: string, en?: string): string =>
  en ? `{ zh: ${q(zh)}, en: ${q(en)} }` : q(zh);

/** YAML list of ids in flow style. */
export const idList = (ids: string[]): string => `[${ids.join(', ')}]`;

/** A date as an editor answers it: "2019", "2019-11", "2019-11-20", "before 2015-06", "by 2023-06-15", "shortly before 2023-06-15" or "07-14". */
export interface DateAnswer {
  /** YYYY, YYYY-MM or YYYY-MM-DD; MM-DD for a month and day with no year. */
  value: string;
  /** True when the source says only that it happened before this date. */
  before: boolean;
  /** The file's key when the answer is not a plain date: a bound, or a month and day with no year. */
  bound?: 'before' | 'reportedBy' | 'shortlyBefore' | 'monthDay';
}

const DATE_FORMS = [/^\d{4}$/, /^\d{4}-(0[1-9]|1[0-2])$/, /^\d{4}-\d{2}-\d{2}$/];
const ANSWER_BOUNDS: Array<[RegExp, NonNullable<DateAnswer['bound']>]> = [
  [/^before\s+/i, 'before'],
  [/^by\s+/i, 'reportedBy'],
  [/^shortly\s+before\s+/i, 'shortlyBefore'],
];

/** Reads a date answer at the precision given; undefined when it is not a real year, month, day or month and day. */
export function readDateAnswer(answer: string): DateAnswer | undefined {
  const text = answer.trim();
  if (/^(0[1-9]|1[0-2])-\d{2}$/.test(text)) {
    const day = new Date(`2000-${text}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().slice(5, 10) === text
      ? { value: text, before: false, bound: 'monthDay' }
      : undefined;
  }
  const bound = ANSWER_BOUNDS.find(([words]) => words.test(text));
  const value = bound ? text.replace(bound[0], '') : text;
  if (!DATE_FORMS.some((form) => form.test(value))) return undefined;
  const year = Number(value.slice(0, 4));
  if (year < 1900 || year > 2100) return undefined;
  if (value.length === 10) {
    const day = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) return undefined;
  }
  return { value, before: bound?.[1] === 'before', ...(bound ? { bound: bound[1] } : {}) };
}

/** A date answer as a file holds it: the date, or its bound as a key ({ shortlyBefore: "2026-01-22" }). */
export const dateOfAnswer = (date: DateAnswer): string | Record<string, string> =>
  date.bound ? { [date.bound]: date.value } : date.value;

/** A date answer as YAML: always quoted, so that no YAML parser turns it into a number or a Date. */
export function yamlDate(answer: string): string {
  const date = readDateAnswer(answer);
  if (!date) throw new Error(`not a date answer: ${answer}`);
  return date.bound ? `{ ${date.bound}: ${q(date.value)} }` : q(date.value);
}

/** The year of a date answer (the year of "before 2015-06" is 2015); none for a month and day alone. */
export const yearOfDate = (answer: string): string | undefined => {
  const date = readDateAnswer(answer);
  return date && date.bound !== 'monthDay' ? date.value.slice(0, 4) : undefined;
};

/** Items of a list answer, separated by commas (ASCII or Chinese) or 、; an item may hold spaces ("pipe welding"). */
export const listAnswer = (value: string | undefined): string[] =>
  value
    ? value
        .split(/[,，、]/)
        .map((item) => item.trim())
        .filter(Boolean)
    : [];

/** What a template says on a line for a field it was not told: commented out, so that no default reads as a fact. */
export const NOT_STATED = '(未注明 not stated)';

/**
 * The YAML lines of one field: a comment saying what it is, then `key: value` when the editor gave
 * it, or a commented-out `# key: placeholder` line when not, so that editors see the field but no
 * guess becomes a fact. A block value (a list of mappings) starts with a line break.
 */
export function yamlField(
  key: string,
  about: string,
  value: string | undefined,
  placeholder: string,
): string {
  const line =
    value === undefined
      ? `# ${key}: ${placeholder}   ${NOT_STATED}`
      : `${key}:${value.startsWith('\n') ? '' : ' '}${value}`;
  return `# ${about}\n${line}\n`;
}

/** An id for an unnumbered document (无文号): its year and the words of its title, without 关于 and 的决定/的通知. */
export function unnumberedDocumentId(title: string, date: string | undefined): string {
  const words = title.replace(/^关于/, '').replace(/的(决定|通知|通报|公示|公告|名单)$/, '');
  return [date ? yearOfDate(date) : undefined, textId(words, 5)].filter(Boolean).join('-');
}

/**
 * A reported number as an editor answers it: 20, 20+ (or 20多, 20余, 20以上) for at least, 近20 (or
 * 将近20, 接近20) for nearly, ~20 (or 约20) for about. A number with two qualifiers is refused.
 */
export function readQuantityAnswer(
  answer: string,
): { value: string; qualifier: Quantity['qualifier'] } | undefined {
  const match = answer.trim().match(/^(~|约|将近|接近|近)?\s*(\d+(?:\.\d+)?)\s*(\+|多|余|以上)?$/);
  if (!match || (match[1] && match[3])) return undefined;
  const before = match[1];
  return {
    value: String(Number(match[2])),
    qualifier: before
      ? before === '~' || before === '约'
        ? 'about'
        : 'nearly'
      : match[3]
        ? 'at-least'
        : 'exact',
  };
}

/** A quantity answer as YAML: a plain number when exact, else `{ value, qualifier }`. */
export function yamlQuantity(answer: string): string {
  const quantity = readQuantityAnswer(answer);
  if (!quantity) throw new Error(`not a quantity answer: ${answer}`);
  return quantity.qualifier === 'exact'
    ? quantity.value
    : `{ value: ${quantity.value}, qualifier: ${quantity.qualifier} }`;
}
