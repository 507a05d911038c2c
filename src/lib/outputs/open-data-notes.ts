/** Notes the open data sets share in their field descriptions (a module of its own: the data-set modules import each other). */
/** How a date field of the open data is written (shared by every data set). */
export const DATE_NOTE = {
  zh: '按来源给出的精度：年（2019）、月（2019-11）或日（2019-11-20）；“<”表示在此日期之前，“<=”表示不晚于此日（据报道），“~<=”表示此日或稍早（近日），“--MM-DD”为未注明年份的月日；空为未注明',
  en: 'at the precision of the source: a year (2019), a month (2019-11) or a day (2019-11-20); "<" means before that date, "<=" on or before it (as reported), "~<=" on or shortly before it (近日), "--MM-DD" a month and day with no year; empty when not stated',
};
/** How a number's qualifier field is written (shared by every data set). */
export const QUALIFIER_NOTE = {
  zh: '数值的限定：exact 确数、at-least 以上/多/余、nearly 近（略少于该数）、about 约',
  en: 'qualifier of the number: exact, at-least (多, 余, 以上), nearly (近: a little under) or about (约)',
};
