/**
 * Which column of an annex holds what: recognised by the header's words in Chinese or English,
 * with the variants clerks use, or told with `--map "表头=field"`.
 */
import type { Message } from '../content/validation-messages.ts';

/** What a column can hold. `ignore` drops a column on purpose (a 备注 column, a 类别 that is not a level). */
export const COLUMN_FIELDS = [
  'seq',
  'title',
  'employer',
  'leader',
  'level',
  'region',
  'funding',
  'designation',
  'group',
  'ignore',
] as const;
export type ColumnField = (typeof COLUMN_FIELDS)[number];

/** Headers known for each field, compared after normalisation (normalHeader). The first of each is shown in messages. */
export const HEADER_WORDS: Record<Exclude<ColumnField, 'ignore'>, string[]> = {
  seq: ['序号', '编号', '序', 'no', 'no.', 'number', '#'],
  title: [
    '工作室名称',
    '创新工作室名称',
    '名称',
    '工作室',
    '工作室全称',
    '命名名称',
    'studio',
    'studioname',
    'title',
    'name',
  ],
  employer: [
    '所在单位',
    '单位名称',
    '依托单位',
    '单位',
    '所属单位',
    '申报单位',
    '工作单位',
    '创建单位',
    'employer',
    'organisation',
    'organization',
    'unit',
  ],
  leader: [
    '领衔人',
    '带头人',
    '负责人',
    '领办人',
    '领衔人姓名',
    '带头人姓名',
    '负责人姓名',
    'leader',
    'leadername',
  ],
  level: ['级别', '类别', '层级', '命名级别', '等级', 'level', 'category'],
  region: [
    '地区',
    '所在地区',
    '区域',
    '所在地',
    '县市区',
    '县(市)区',
    '镇街',
    '镇(街道)',
    '街镇',
    'region',
    'district',
  ],
  funding: [
    '资助金额',
    '资助',
    '资助(万元)',
    '资助金额(万元)',
    '经费',
    '经费(万元)',
    '补助',
    '补助(万元)',
    '奖励',
    '奖励(万元)',
    '金额',
    '金额(万元)',
    'funding',
  ],
  designation: ['称号', '命名称号', '荣誉称号', 'designation'],
  group: ['分组', '组别', '行业', '系统', '产业', 'group', 'industry'],
};

/** A header as compared: half-width (NFKC), lower case, without spaces, colons and a trailing unit such as （万元） kept. */
export const normalHeader = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s:：*]/g, '');

/** The field a header names, or undefined. */
export function fieldOfHeader(
  text: string,
  map: ReadonlyMap<string, ColumnField>,
): ColumnField | undefined {
  const header = normalHeader(text);
  const mapped = map.get(header);
  if (mapped) return mapped;
  for (const [field, words] of Object.entries(HEADER_WORDS) as Array<[ColumnField, string[]]>) {
    if (words.some((word) => normalHeader(word) === header)) return field;
  }
  if (header === '备注' || header === 'remarks' || header === 'notes') return 'ignore';
  return undefined;
}

/**
 * Reads `--map "领办单位=employer,工作室全称=title"`: header=field pairs separated by commas
 * (ASCII or Chinese). Returns the map and what was wrong with it.
 */
export function readColumnMap(option: string | undefined): {
  map: Map<string, ColumnField>;
  problems: Message[];
} {
  const map = new Map<string, ColumnField>();
  const problems: Message[] = [];
  for (const pair of (option ?? '')
    .split(/[,，;；]/)
    .map((item) => item.trim())
    .filter(Boolean)) {
    const [header, field] = pair.split(/[=＝]/).map((part) => part?.trim());
    if (!header || !field || !(COLUMN_FIELDS as readonly string[]).includes(field)) {
      problems.push({
        en: `--map "${pair}" is not header=field with a field among: ${COLUMN_FIELDS.join(', ')}`,
        zh: `--map "${pair}" 应写作 表头=字段，字段为以下之一：${COLUMN_FIELDS.join(', ')}`,
      });
      continue;
    }
    map.set(normalHeader(header), field as ColumnField);
  }
  return { map, problems };
}

/** The columns of a header row: the index of each field's column. */
export type ColumnIndex = Partial<Record<Exclude<ColumnField, 'ignore'>, number>>;

/** Recognises a header row; undefined when it has no studio-name column. Unknown headers are listed. */
export function recogniseHeader(
  cells: string[],
  map: ReadonlyMap<string, ColumnField>,
): { columns: ColumnIndex; unknown: string[]; ignored: string[] } | undefined {
  const columns: ColumnIndex = {};
  const unknown: string[] = [];
  const ignored: string[] = [];
  cells.forEach((text, i) => {
    if (!text) return;
    const field = fieldOfHeader(text, map);
    if (field === 'ignore') ignored.push(text);
    else if (field && columns[field] === undefined) columns[field] = i;
    else unknown.push(text);
  });
  return columns.title === undefined ? undefined : { columns, unknown, ignored };
}
