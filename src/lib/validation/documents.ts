/**
 * Rules of documents: a date of publication (发布日期) is not before the date of writing (成文日期),
 * an agreement's brokers are not among its signatories; and the document number's form, which is
 * only ever a warning: real numbers vary (〔〕, [] or （）, 第N号, no 号), and each is kept verbatim.
 */
import { certainlyAfter, dateText, latestDay } from '../model/dates.ts';
import type { ContentSet } from '../content/types.ts';
import type { Message } from '../content/validation-messages.ts';
import { reportProblem as report, type Problem } from './reporting.ts';

/** The GB/T 9704 form: 机关代字〔年份〕序号号, with no leading zero (序号不编虚位). */
const STANDARD_NUMBER = /^\S+〔\d{4}〕[1-9]\d*号$/u;

/**
 * What is unusual about a document number, as a warning, or undefined when it has the GB/T 9704
 * form (机关代字〔年份〕序号号, such as 锦工发〔2021〕31号).
 */
export function documentNumberWarning(number: string): Message | undefined {
  if (STANDARD_NUMBER.test(number)) return undefined;
  const found = `found "${number}"`;
  const kept = {
    en: 'kept as written if the document prints it so',
    zh: '若原文如此则照录，无需修改',
  };
  const say = (en: string, zh: string): Message => ({
    en: `${found}: ${en}; ${kept.en}`,
    zh: `文号 "${number}"：${zh}；${kept.zh}`,
  });
  const year = /^(\S*?)\s*[[［【(（〔]\s*(\d{4})\s*[\]］】)）〕]\s*(.*)$/u.exec(number);
  if (!year)
    return say(
      'no year in brackets; the usual form is 机关代字〔year〕N号, such as 锦工发〔2021〕31号',
      '没有括号中的年份；通常写作“机关代字〔年份〕序号号”，如 锦工发〔2021〕31号',
    );
  const [, prefix, , rest] = year;
  if (!prefix) return say('no issuer code (机关代字) before the year', '年份前没有机关代字');
  if (!/^〔\d{4}〕/u.test(number.slice(prefix.length)))
    return say(
      'the year is not in the brackets 〔〕 that GB/T 9704 uses (not [], （） or 【】)',
      '年份没有用六角括号〔〕（GB/T 9704 不用 []、（）或【】）',
    );
  if (/^第/u.test(rest ?? ''))
    return say(
      '"第" before the serial number; GB/T 9704 writes 〔year〕N号',
      '序号前有“第”；GB/T 9704 写作〔年份〕序号号',
    );
  if (!/号$/u.test(rest ?? '')) return say('no 号 after the serial number', '序号后没有“号”');
  if (/^0/u.test(rest ?? ''))
    return say(
      'a leading zero in the serial number (GB/T 9704: no leading zeros)',
      '序号有前导零（GB/T 9704：序号不编虚位）',
    );
  return say('not in the form 机关代字〔year〕N号', '不合“机关代字〔年份〕序号号”的格式');
}

/** A warning for each document number not in the GB/T 9704 form. */
export function checkDocumentNumbers(content: ContentSet, warnings: Problem[]): void {
  for (const entry of content.documents) {
    const number = entry.data.number;
    const message = number === undefined ? undefined : documentNumberWarning(number);
    if (message) warnings.push({ file: entry.file, entry: entry.id, field: 'number', message });
  }
}

/** A document is published on or after the day it is written: a 发布日期 certainly before the 成文日期 is a slip. */
export function checkDocumentDates(content: ContentSet, problems: Problem[]): void {
  for (const entry of content.documents) {
    const { date, published } = entry.data;
    if (!date || !published || !certainlyAfter(date, latestDay(published))) continue;
    report(
      problems,
      entry,
      'published',
      `found ${dateText(published)}, before the date of writing ${dateText(date)}; expected a date of publication on or after the date of writing`,
      `发布日期 ${dateText(published)} 早于成文日期 ${dateText(date)}；发布日期应不早于成文日期`,
    );
  }
}

/** An agreement's brokers brokered it: a signatory is not also its broker. */
export function checkAgreements(content: ContentSet, problems: Problem[]): void {
  for (const entry of content.documents) {
    if (entry.data.type !== 'agreement') continue;
    const parties = new Set(entry.data.parties);
    entry.data.brokeredBy.forEach((org, i) => {
      if (parties.has(org))
        report(
          problems,
          entry,
          `brokeredBy[${i}]`,
          `found "${org}", which also signed the agreement (parties); expected a body that brokered it without signing`,
          `"${org}" 同时是签约单位；促成单位应是促成签约而未签约的单位`,
        );
    });
  }
}
