/**
 * The validator's words in both languages. Schema messages are written in English in
 * src/schemas/; their Chinese is here, keyed by the English text.
 */
import type { z } from 'astro/zod';

export interface Message {
  zh: string;
  en: string;
}

export const SCHEMA_MESSAGES_ZH: Record<string, string> = {
  // Number bounds (src/schemas/common.ts boundedNumber).
  'a count is a whole number, such as 12': '数量应为整数，例如 12',
  'is too large to be kept exactly (at most 9007199254740991; a larger number is read rounded); check the number':
    '数字过大，无法精确保存（最大 9007199254740991，更大的数字读入时已被舍入）；请核对数字',
  'expected at most 1000000000 万元 (10⁹ 万元); check the number and that the unit is 万元': '金额最多为 1000000000 万元（10⁹ 万元）；请核对数字，并确认单位是万元',
  'expected at most 10000000 square metres; check the number and that the unit is square metres': '面积最多为 10000000 平方米；请核对数字，并确认单位是平方米',
  'is too large to draw or keep exactly (between -9007199254740991 and 9007199254740991); check the number':
    '数字过大，无法绘制或精确保存（应在 -9007199254740991 到 9007199254740991 之间）；请核对数字',
  'expected at most 6 decimal places in 万元 (one fen is 0.000001 万元); check the number': '金额最多保留 6 位小数（1 分为 0.000001 万元）；请核对数字',
  'expected at most 2 decimal places in square metres; check the number': '面积最多保留 2 位小数；请核对数字',
  'expected at most 6 decimal places; check the number': '最多保留 6 位小数；请核对数字',
  'text with at least one visible character (not only spaces or invisible marks)': '应至少包含一个可见字符（不能只有空格或不可见字符）',
  'an outcome other than revoked needs the grade it follows from; leave both out when the notice published no result':
    '除撤销外，处理结果须有对应的考核等次；通报未公布结果时，两项都不填',
  'an id of lower-case letters, digits and hyphens, such as "zhao-pengda"': '应为由小写字母、数字和连字符组成的标识，例如 "zhao-pengda"',
  'a real date written YYYY-MM-DD, such as 2021-12-07': '应为真实存在的日期，格式为 YYYY-MM-DD，例如 2021-12-07',
  'a month written YYYY-MM, such as 2021-08': '应为年月，格式为 YYYY-MM，例如 2021-08',
  'a path relative to this file, such as "photos/studio.jpg"': '应为相对于本文件的路径，例如 "photos/studio.jpg"',
  'either person (an id in content/people) or name, not both': '应填写 person（content/people 中的标识）或 name 二者之一，不能同时填写',
  'rankAs is required when rank is other: the honour as the announcement words it (优秀组织单位, 金牌班组)':
    '奖项等级为 other（其他奖项）时必须填写 rankAs：照录公布的奖项名称（如“优秀组织单位”“金牌班组”）',
  'place (a number) is required when rank is place, and only then': '等次为 place 时必须填写 place（名次数字），其他等次不应填写',
  'from must not be after to': 'from 不应晚于 to',
  'is missing; expected the last month YYYY-MM (only a period "since founding", or from a start not stated, may leave it out)':
    '缺少此字段；应填写截止年月 YYYY-MM（只有“成立以来”或起始未注明的期间可以不填）',
  'the patent total must not be smaller than the typed patents': '专利总数不应小于分类专利数之和',
  'expected a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD" (in quotes), such as "2019", "2019-11" or "2019-11-20", or { before: "2015-06" }, { reportedBy: "2023-06-15" }, { shortlyBefore: "2023-06-15" }':
    '应为日期，写作 "YYYY"、"YYYY-MM" 或 "YYYY-MM-DD"（加引号），例如 "2019"、"2019-11" 或 "2019-11-20"；或写作 { before: "2015-06" }（某日期之前）、{ reportedBy: "2023-06-15" }（某日报道时已发生）、{ shortlyBefore: "2023-06-15" }（报道说“近日”“日前”，写报道日期）',
  'is missing; expected a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD" (in quotes), such as "2019", "2019-11" or "2019-11-20", or { before: "2015-06" }, { reportedBy: "2023-06-15" }, { shortlyBefore: "2023-06-15" }':
    '缺少此字段；应为日期，写作 "YYYY"、"YYYY-MM" 或 "YYYY-MM-DD"（加引号），例如 "2019"、"2019-11" 或 "2019-11-20"；或写作 { before: "2015-06" }（某日期之前）、{ reportedBy: "2023-06-15" }（某日报道时已发生）、{ shortlyBefore: "2023-06-15" }（报道说“近日”“日前”，写报道日期）',
  'expected a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD" (in quotes), such as "2019", "2019-11" or "2019-11-20", or { before: "2015-06" }, { reportedBy: "2023-06-15" }, { shortlyBefore: "2023-06-15" }, or { monthDay: "07-14" } when the source gives no year':
    '应为日期，写作 "YYYY"、"YYYY-MM" 或 "YYYY-MM-DD"（加引号），例如 "2019"、"2019-11" 或 "2019-11-20"；或写作 { before: "2015-06" }（某日期之前）、{ reportedBy: "2023-06-15" }（某日报道时已发生）、{ shortlyBefore: "2023-06-15" }（报道说“近日”“日前”，写报道日期）；来源没有年份时写 { monthDay: "07-14" }',
  'is missing; expected a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD" (in quotes), such as "2019", "2019-11" or "2019-11-20", or { before: "2015-06" }, { reportedBy: "2023-06-15" }, { shortlyBefore: "2023-06-15" }, or { monthDay: "07-14" } when the source gives no year':
    '缺少此字段；应为日期，写作 "YYYY"、"YYYY-MM" 或 "YYYY-MM-DD"（加引号），例如 "2019"、"2019-11" 或 "2019-11-20"；或写作 { before: "2015-06" }（某日期之前）、{ reportedBy: "2023-06-15" }（某日报道时已发生）、{ shortlyBefore: "2023-06-15" }（报道说“近日”“日前”，写报道日期）；来源没有年份时写 { monthDay: "07-14" }',
  'needs a year here; a month and day alone ({ monthDay }) are taken only for recognitions and sources':
    '此处需要年份；只有月日（{ monthDay }）只能用于命名记录和来源',
  'give name or shortName: an organisation needs at least one of them': '应填写 name 或 shortName，至少其一',
  'give issuers or a source: a recognition needs at least one of them': '应填写 issuers（命名单位）或 source（来源），至少其一',
  'a web address starting with http:// or https://': '应为以 http:// 或 https:// 开头的网址',
  'a source needs at least a title, a url or a number': '来源至少应有标题（title）、网址（url）或文号（number）之一',
  'give at least one period or one cumulative figure': '至少应填写一个报告期（periods）或一项其他累计数字（facts）',
  'an original needs at least a title, a url, a number or a publisher': '原始来源至少应有标题（title）、网址（url）、文号（number）或发布单位（publisher）之一',
  'a recognition by a body other than a union takes one of the levels national, provincial, municipal, district, enterprise, or none':
    '工会以外机构的认定，级别只能是 national（国家级）、provincial（省级）、municipal（市级）、district（区县级）、enterprise（企业级）之一，或不填',
  'implemented ≤ adopted ≤ submitted': '应满足：实施数 ≤ 采纳数 ≤ 提出数',
  'a site path such as /studios/': '应为站内路径，例如 /studios/',
  'give either metric, or labels and series (not both)': '应填写 metric，或填写 labels 与 series（二者选一）',
  'every series needs one value per label': '每个数据系列的数值个数应与 labels 一致',
  'a patent number of 12 digits, a dot and a check digit, such as "202120123456.9" or "ZL 2021 2 0123456.9"': '应为专利号：12位数字、小数点和校验位，例如 "202120123456.9" 或 "ZL 2021 2 0123456.9"',
  'a patent number whose last digit is its check digit; check the number against the certificate': '专利号的最后一位校验位不符；请对照专利证书核对号码',
  'the fifth digit of the patent number gives its type (1 invention, 2 utility model, 3 design); expected type to agree with it': '专利号第5位表示专利类型（1 发明、2 实用新型、3 外观设计）；type 应与之一致',
  'granted (a date) only for a patent whose status is granted': '只有状态为 granted（已授权）的专利才填写授权日期 granted',
  'is missing; expected the period the benefit was measured over: a year or a month in quotes ("2022", "2022-06") or { from: "2022-01", to: "2023-06" }':
    '缺少此字段；经济效益必须注明统计期间：年份或年月（加引号，如 "2022"、"2022-06"），或 { from: "2022-01", to: "2023-06" }',
  'expected the period the benefit was measured over: a year or a month in quotes ("2022", "2022-06") or { from: "2022-01", to: "2023-06" }':
    '应为经济效益的统计期间：年份或年月（加引号，如 "2022"、"2022-06"），或 { from: "2022-01", to: "2023-06" }',
  'give where it comes from: studios, people, otherPeople or team': '应注明成果来源：studios（工作室）、people（人员）、otherPeople（本站以外人员姓名）或 team（团队）至少其一',
};

const TYPE_ZH: Record<string, string> = { string: '文字', number: '数字', boolean: 'true 或 false', array: '列表', object: '字段组', date: '日期' };

export const show = (value: unknown): string => {
  if (value === undefined) return '(nothing)';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

const both = (en: string, zh: string): Message => ({ en, zh });

/**
 * What to write instead of a number typed as the source words it: 1.2亿元, 3-150, 300余, 30人. A
 * number field takes digits only; the words say which form keeps what the source says.
 */
function numberAdvice(text: string): Message | undefined {
  // Words with no digit (许多) are no number written another way: the plain message fits them.
  if (!/\d/.test(text)) return undefined;
  if (/\d\s*[-~～—–至到]\s*\d/.test(text))
    return both(
      'a range is not one number: write its lower end as { value: 3, qualifier: at-least }, or leave the field out',
      '范围不是一个数：写其下限 { value: 3, qualifier: at-least }，或不填此项',
    );
  if (/亿/.test(text))
    return both(
      'amounts are in 万元: 1亿 is 10000万, so 1.2亿元 is 12000',
      '金额以万元为单位：1亿即10000万，1.2亿元写 12000',
    );
  if (/[多余上近约]|左右/.test(text))
    return both(
      'write the digits with a qualifier: { value: 300, qualifier: at-least } for 多, 余 or 以上, nearly for 近, about for 约',
      '写数字并另选限定词：“多”“余”“以上”写 { value: 300, qualifier: at-least }，“近”写 nearly，“约”写 about',
    );
  return both('digits only, without a unit (the unit is the field’s own)', '只写数字，不写单位（单位由字段决定）');
}

const withAdvice = (message: Message, advice: Message | undefined): Message =>
  advice ? both(`${message.en}; ${advice.en}`, `${message.zh}；${advice.zh}`) : message;

/** A zod issue as a sentence in both languages; `found` is the value at the issue's path. */
export function issueMessage(issue: z.core.$ZodIssue, found: unknown): Message {
  const was = (en: string, zh: string) => (found === undefined ? both(en, zh) : both(`found ${show(found)}; ${en}`, `填写的是 ${show(found)}；${zh}`));
  switch (issue.code) {
    case 'invalid_type':
      return found === undefined
        ? both(`is missing; this field is required (${issue.expected})`, `缺少此字段；这是必填项（${TYPE_ZH[issue.expected] ?? issue.expected}）`)
        : withAdvice(
            was(`expected ${issue.expected}`, `应为${TYPE_ZH[issue.expected] ?? issue.expected}`),
            issue.expected === 'number' && typeof found === 'string' ? numberAdvice(found) : undefined,
          );
    case 'invalid_value': {
      const values = issue.values.map(String).join(', ');
      return was(`expected one of: ${values}`, `应为以下之一：${values}`);
    }
    case 'unrecognized_keys':
      return both('unknown field; check the spelling against the schema in src/schemas/', '未知字段；请对照 src/schemas/ 中的定义检查拼写');
    case 'too_small':
    case 'too_big': {
      const limit = 'minimum' in issue ? issue.minimum : issue.maximum;
      const small = issue.code === 'too_small';
      if (issue.origin === 'array') return was(small ? `expected at least ${limit} item(s)` : `expected at most ${limit} item(s)`, small ? `至少需要 ${limit} 项` : `最多 ${limit} 项`);
      if (issue.origin === 'string') return was(small ? 'expected text, not empty' : `expected at most ${limit} characters`, small ? '不能为空' : `最多 ${limit} 个字符`);
      return was(small ? `expected at least ${limit}` : `expected at most ${limit}`, small ? `不能小于 ${limit}` : `不能大于 ${limit}`);
    }
    case 'invalid_format':
      if (SCHEMA_MESSAGES_ZH[issue.message]) return was(issue.message, SCHEMA_MESSAGES_ZH[issue.message]!);
      return was(`expected a valid ${issue.format}`, issue.format === 'url' ? '应为有效的网址（https://…）' : `格式不正确（${issue.format}）`);
    default:
      return was(issue.message, SCHEMA_MESSAGES_ZH[issue.message] ?? issue.message);
  }
}
