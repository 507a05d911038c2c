/**
 * The editors' field tables as plain data, read from the schemas: every field with its label, hint
 * and example (src/schemas/field-meta.ts), whether it is required, and what kind of value it takes.
 * One table per collection, documents one per type; field-tables.ts turns them into Markdown.
 */
import type { z } from 'astro/zod';
import { benefitPeriodSchema } from '../../schemas/achievement.ts';
import {
  isoDateSchema,
  localFileSchema,
  localizedSchema,
  partialDateSchema,
  quantitySchema,
  referenceTargets,
  webUrlSchema,
  yearMonthSchema,
  yearSchema,
} from '../../schemas/common.ts';
import { fieldMeta, type Bilingual } from '../../schemas/field-meta.ts';
import { labels } from '../site/i18n.ts';
import { COLLECTIONS, COLLECTION_NAMES } from '../content/collections.ts';

/** One field of a table. */
export interface FieldRow {
  /** Where it sits, such as `named[].studio`. */
  path: string;
  label: Bilingual;
  hint?: Bilingual;
  example?: string;
  /** Required where it sits (inside a list row or a group: when that row or group is given). */
  required: boolean;
  /** What kind of value it takes, in words. */
  kind: Bilingual;
}

/** The fields of one collection, or of one document type. */
export interface FieldTable {
  /** The collection, with the document type after a colon: `documents:naming-decision`. */
  id: string;
  title: Bilingual;
  rows: FieldRow[];
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  values?: unknown[];
  entries?: Record<string, unknown>;
  format?: string;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

const COLLECTION_TITLES: Record<string, Bilingual> = {
  organisations: { zh: '组织', en: 'Organisations' },
  people: { zh: '人物', en: 'People' },
  studios: { zh: '工作室', en: 'Studios' },
  documents: { zh: '文件', en: 'Documents' },
  documentTranslations: { zh: '文件英文译文', en: 'Document translations' },
  designations: { zh: '命名记录', en: 'Designations' },
  competitions: { zh: '竞赛', en: 'Competitions' },
  awards: { zh: '获奖', en: 'Awards' },
  achievements: { zh: '成果', en: 'Achievements' },
  figures: { zh: '工作室数据', en: 'Figures' },
  news: { zh: '新闻', en: 'News' },
  reports: { zh: '年度报告', en: 'Annual reports' },
  topics: { zh: '专题', en: 'Topics' },
  charts: { zh: '图表', en: 'Charts' },
  settings: { zh: '网站设置', en: 'Site settings' },
};

/** Value kinds told by the shared schema they are built from (a described copy keeps its definition). */
const NAMED_KINDS: [z.ZodType, Bilingual][] = [
  [localizedSchema, { zh: '文字（中文必填，英文可选）', en: 'Text (Chinese, English optional)' }],
  [quantitySchema, { zh: '数字（可加限定词：多、约）', en: 'Number (with a qualifier: at least, about)' }],
  [partialDateSchema, { zh: '日期（年、年月或年月日）', en: 'Date (year, month or day)' }],
  [benefitPeriodSchema, { zh: '期间（年、月或起止月份）', en: 'Period (a year, a month, or from … to)' }],
  [isoDateSchema, { zh: '日期（年-月-日）', en: 'Date (YYYY-MM-DD)' }],
  [yearMonthSchema, { zh: '年月（年-月）', en: 'Month (YYYY-MM)' }],
  [yearSchema, { zh: '年份', en: 'Year' }],
  [localFileSchema, { zh: '上传文件', en: 'Uploaded file' }],
  [webUrlSchema, { zh: '网址', en: 'Web address' }],
];

const sameOrder = (a: string[], b: string[]) => a.length === b.length && a.every((value, i) => value === b[i]);

/** The interface's labels of a closed list (src/lib/site/i18n.ts `labels`): the table with exactly these values. */
export function choiceLabels(values: readonly string[]): Record<string, Bilingual> | undefined {
  const tables = Object.values(labels) as Record<string, Bilingual>[];
  return tables.find((t) => sameOrder(Object.keys(t), [...values])) ?? tables.find((t) => sameOrder(Object.keys(t).sort(), [...values].sort()));
}

/** The values of a choice, in words when the interface has labels for exactly these values. */
function choices(values: string[]): Bilingual {
  const table = choiceLabels(values);
  const word = (value: string, locale: 'zh' | 'en') => table?.[value]?.[locale] || value;
  return { zh: `选项：${values.map((v) => word(v, 'zh')).join('、')}`, en: `Choice: ${values.map((v) => word(v, 'en')).join(', ')}` };
}

/** What kind of value a schema takes, in words. */
function kindOf(schema: z.ZodType): Bilingual {
  const target = referenceTargets.get(schema);
  if (target) {
    const title = COLLECTION_TITLES[target.collection] ?? { zh: target.collection, en: target.collection };
    return { zh: `选择：${title.zh}`, en: `Choose from: ${title.en}` };
  }
  const def = defOf(schema);
  const named = NAMED_KINDS.find(([shared]) => defOf(shared) === def);
  if (named) return named[1];
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
      return kindOf(def.innerType!);
    case 'pipe':
      return kindOf(def.in!);
    case 'array': {
      const element = kindOf(def.element!);
      return { zh: `列表（每项：${element.zh}）`, en: `List (each: ${element.en})` };
    }
    case 'union': {
      const [first, second] = def.options!;
      // One value or a list of them (joint issuers): a list.
      if (def.options!.length === 2 && defOf(second!).type === 'array' && kindOf(defOf(second!).element!).en === kindOf(first!).en) return kindOf(second!);
      if (def.options!.every((option) => defOf(option).type === 'object'))
        return { zh: '一组字段，按类型不同（见下）', en: 'Group of fields, by type (below)' };
      const kinds = def.options!.map(kindOf);
      return { zh: kinds.map((k) => k.zh).join(' 或 '), en: kinds.map((k) => k.en).join(' or ') };
    }
    case 'object':
      return { zh: '一组字段（见下）', en: 'Group of fields (below)' };
    case 'enum':
      return choices(Object.values(def.entries!) as string[]);
    case 'literal':
      return { zh: `固定值 ${def.values!.join('、')}`, en: `Fixed: ${def.values!.join(', ')}` };
    case 'boolean':
      return { zh: '是／否', en: 'Yes / no' };
    case 'number':
      return { zh: '数字', en: 'Number' };
    case 'string':
      return def.format === 'url' ? { zh: '网址', en: 'Web address' } : { zh: '文字', en: 'Text' };
    default:
      return { zh: def.type, en: def.type };
  }
}

/** The object a field holds, through optional, default, pipe and list wrappers; the list marker for the path. */
function innerObject(schema: z.ZodType): { object?: z.ZodType; suffix: string } {
  const def = defOf(schema);
  if (NAMED_KINDS.some(([shared]) => defOf(shared) === def)) return { suffix: '' };
  if (['optional', 'default', 'prefault', 'nullable'].includes(def.type)) return innerObject(def.innerType!);
  if (def.type === 'pipe') return innerObject(def.in!);
  if (def.type === 'array') {
    const inner = innerObject(def.element!);
    return { object: inner.object, suffix: `[]${inner.suffix}` };
  }
  if (def.type === 'object' || (def.type === 'union' && def.options!.every((option) => defOf(option).type === 'object'))) return { object: schema, suffix: '' };
  return { suffix: '' };
}

/** The rows of an object (or a union of objects), nested groups and list rows after their field. */
function rowsOf(object: z.ZodType, prefix: string, rows: Map<string, FieldRow>): void {
  const def = defOf(object);
  if (def.type === 'union') return def.options!.forEach((option) => rowsOf(option, prefix, rows));
  for (const [name, field] of Object.entries(def.shape!)) {
    const path = `${prefix}${name}`;
    const meta = fieldMeta.get(field);
    const fieldType = defOf(field).type;
    if (!rows.has(path))
      rows.set(path, {
        path,
        label: meta?.label ?? { zh: name, en: name },
        ...(meta?.hint ? { hint: meta.hint } : {}),
        ...(meta?.example !== undefined ? { example: meta.example } : {}),
        required: !['optional', 'default', 'prefault'].includes(fieldType),
        kind: kindOf(field),
      });
    const inner = innerObject(field);
    if (inner.object) rowsOf(inner.object, `${path}${inner.suffix}.`, rows);
  }
}

const tableOf = (id: string, title: Bilingual, schema: z.ZodType): FieldTable => {
  const rows = new Map<string, FieldRow>();
  rowsOf(schema, '', rows);
  return { id, title, rows: [...rows.values()] };
};

/** Every collection's table, in the order of COLLECTIONS; documents one table per type. */
export function fieldTables(): FieldTable[] {
  return COLLECTION_NAMES.flatMap((name) => {
    const schema: z.ZodType = COLLECTIONS[name].schema;
    const title = COLLECTION_TITLES[name]!;
    const def = defOf(schema);
    if (def.type !== 'union') return [tableOf(name, title, schema)];
    return def.options!.map((option) => {
      const type = defOf(defOf(option).shape!.type!).values![0] as keyof typeof labels.documentType;
      const typeTitle: Bilingual = labels.documentType[type] ?? { zh: String(type), en: String(type) };
      return tableOf(`${name}:${String(type)}`, { zh: `${title.zh}：${typeTitle.zh}`, en: `${title.en}: ${typeTitle.en}` }, option);
    });
  });
}
