/** Formatting of dates, numbers and quantities for each locale. */
import type { RecordedDate, Quantity } from '../../schemas/common.ts';
import type { Locale } from '../../schemas/vocabulary.ts';

// Every digit the content states (0.0000001 is not "0", 1234.5678 万元 not 1,234.568): whole numbers
// in full (up to 9,007,199,254,740,991, the schemas' bound), fractions to 15 significant digits, which is
// all a number read from YAML holds and drops the noise of sums (0.1 + 0.2 shows 0.3). A negative zero
// (YAML -0, which "not negative" lets through) is 0, never "-0".
const numberOptions: Intl.NumberFormatOptions = {
  maximumSignificantDigits: 15,
  maximumFractionDigits: 0,
  roundingPriority: 'morePrecision',
  signDisplay: 'negative',
};
const numberFormat = {
  zh: new Intl.NumberFormat('zh-CN', numberOptions),
  en: new Intl.NumberFormat('en-GB', numberOptions),
};

/** A number with grouping, with every digit it was given. */
export const formatNumber = (locale: Locale, value: number): string =>
  numberFormat[locale].format(value);

// Formatters are built once: toLocaleDateString builds a new one on every call, which showed in the
// build's profile (a list page formats hundreds of dates).
const englishDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const englishMonth = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A YYYY-MM-DD date: 2021年12月7日 or 7 December 2021. */
export function formatDate(locale: Locale, iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  if (locale === 'zh') return `${year}年${month}月${day}日`;
  return englishDate.format(Date.UTC(year, month - 1, day));
}

/** A YYYY-MM month: 2021年8月 or August 2021. */
export function formatMonth(locale: Locale, yearMonth: string): string {
  const [year, month] = yearMonth.split('-').map(Number) as [number, number];
  if (locale === 'zh') return `${year}年${month}月`;
  return englishMonth.format(Date.UTC(year, month - 1, 1));
}

const englishMonthDay = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});

/**
 * A date at the precision it was given: 2019年 / 2019年11月 / 2019年11月20日 / 2015年6月前, or
 * 2019 / November 2019 / 20 November 2019 / before June 2015. A bound says what the source says:
 * 不晚于2023年6月15日（据报道） / by 15 June 2023 (as reported); 近日（2023年6月15日报道） / shortly
 * before 15 June 2023; a month and day with no year: 7月14日（年份未注明） / 14 July (year not stated).
 */
export function formatPartialDate(locale: Locale, date: RecordedDate): string {
  if (date.precision === 'month-day') {
    const [month, day] = date.value.split('-').map(Number) as [number, number];
    return locale === 'zh'
      ? `${month}月${day}日（年份未注明）`
      : `${englishMonthDay.format(Date.UTC(2000, month - 1, day))} (year not stated)`;
  }
  const shown =
    date.precision === 'day'
      ? formatDate(locale, date.value)
      : date.precision === 'month'
        ? formatMonth(locale, date.value)
        : locale === 'zh'
          ? `${date.value}年`
          : date.value;
  if (date.before) return locale === 'zh' ? `${shown}前` : `before ${shown}`;
  if (date.reportedBy)
    return locale === 'zh' ? `不晚于${shown}（据报道）` : `by ${shown} (as reported)`;
  if (date.shortlyBefore)
    return locale === 'zh' ? `近日（${shown}报道）` : `shortly before ${shown}`;
  return shown;
}

/** A cycle (年度): 2019, or a cycle of several years from its first to its last, 2012—2013 / 2012–2013. */
export const cycleText = (locale: Locale, cycleYear: number, cycleFrom?: number): string =>
  cycleFrom === undefined
    ? String(cycleYear)
    : `${cycleFrom}${locale === 'zh' ? '—' : '–'}${cycleYear}`;

/** A reported quantity with its qualifier: 1,200以上 / at least 1,200; 近300 / nearly 300; 约30 / about 30. */
export function formatQuantity(locale: Locale, quantity: Quantity | undefined): string {
  if (!quantity) return '—';
  const number = formatNumber(locale, quantity.value);
  if (quantity.qualifier === 'exact') return number;
  if (locale === 'en') return `${QUALIFIER_BEFORE_EN[quantity.qualifier]} ${number}`;
  return quantity.qualifier === 'at-least'
    ? `${number}以上`
    : `${QUALIFIER_BEFORE_ZH[quantity.qualifier]}${number}`;
}

/** The word before a qualified number (以上 and at least aside, every qualifier is said before it). */
const QUALIFIER_BEFORE_ZH = { nearly: '近', about: '约' } as const;
const QUALIFIER_BEFORE_EN = { 'at-least': 'at least', nearly: 'nearly', about: 'about' } as const;

/**
 * A reported quantity with its unit, the qualifier where a reader says it: 30人以上, 近30人, 约30人,
 * 30人; at least 30 people. Chinese puts 以上 after the unit (30以上人 is not said).
 */
export function formatQuantityWithUnit(locale: Locale, quantity: Quantity, unit: string): string {
  if (!unit) return formatQuantity(locale, quantity);
  if (locale === 'en') return `${formatQuantity(locale, quantity)} ${unit}`;
  const number = formatNumber(locale, quantity.value);
  if (quantity.qualifier === 'at-least') return `${number}${unit}以上`;
  return quantity.qualifier === 'exact'
    ? `${number}${unit}`
    : `${QUALIFIER_BEFORE_ZH[quantity.qualifier]}${number}${unit}`;
}

/**
 * A title in Chinese title marks, as a citation gives it: marks inside the title become the single
 * ones (《关于〈规定〉的通知》), as Chinese punctuation (GB/T 15834) nests them.
 */
export const inTitleMarks = (title: string): string =>
  `《${title.replaceAll('《', '〈').replaceAll('》', '〉')}》`;
