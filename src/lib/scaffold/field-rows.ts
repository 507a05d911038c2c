/**
 * The editors' field tables as plain data, read from the schemas: every field with its label, hint
 * and example (src/schemas/field-meta.ts), whether it is required, and what kind of value it takes.
 * One table per collection, documents one per type; field-tables.ts turns them into Markdown.
 */
import { shapeOf, type FieldShape, type FormField } from '../content/schema-fields.ts';
import type { Bilingual } from '../../schemas/field-meta.ts';
import { labels, labelsOf } from '../site/i18n.ts';
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

/** Value kinds of the shared schemas, by their shape (src/lib/content/schema-fields.ts). */
const NAMED_KINDS: Partial<Record<FieldShape['kind'], Bilingual>> = {
  localized: { zh: '文字（中文必填，英文可选）', en: 'Text (Chinese, English optional)' },
  quantity: { zh: '数字（可加限定词：多、约）', en: 'Number (with a qualifier: at least, about)' },
  partialDate: { zh: '日期（年、年月或年月日）', en: 'Date (year, month or day)' },
  period: { zh: '期间（年、月或起止月份）', en: 'Period (a year, a month, or from … to)' },
  day: { zh: '日期（年-月-日）', en: 'Date (YYYY-MM-DD)' },
  month: { zh: '年月（年-月）', en: 'Month (YYYY-MM)' },
  file: { zh: '上传文件', en: 'Uploaded file' },
  url: { zh: '网址', en: 'Web address' },
};

/** The values of a choice, in words when the interface has labels for exactly these values. */
function choices(values: string[]): Bilingual {
  const table = labelsOf(values);
  const word = (value: string, locale: 'zh' | 'en') => table?.[value]?.[locale] || value;
  return {
    zh: `选项：${values.map((v) => word(v, 'zh')).join('、')}`,
    en: `Choice: ${values.map((v) => word(v, 'en')).join(', ')}`,
  };
}

/** What kind of value a field takes, in words. */
function kindOf(shape: FieldShape): Bilingual {
  const named = NAMED_KINDS[shape.kind];
  if (named) return named;
  switch (shape.kind) {
    case 'ref': {
      const title = COLLECTION_TITLES[shape.target.collection] ?? {
        zh: shape.target.collection,
        en: shape.target.collection,
      };
      return { zh: `选择：${title.zh}`, en: `Choose from: ${title.en}` };
    }
    case 'list': {
      const element = kindOf(shape.item);
      return { zh: `列表（每项：${element.zh}）`, en: `List (each: ${element.en})` };
    }
    case 'choice': {
      const kinds = shape.forms.map(kindOf);
      return { zh: kinds.map((k) => k.zh).join(' 或 '), en: kinds.map((k) => k.en).join(' or ') };
    }
    case 'variants':
      return { zh: '一组字段，按类型不同（见下）', en: 'Group of fields, by type (below)' };
    case 'object':
      return { zh: '一组字段（见下）', en: 'Group of fields (below)' };
    case 'select':
      return choices(shape.values);
    case 'literal':
      return { zh: `固定值 ${shape.value}`, en: `Fixed: ${shape.value}` };
    case 'boolean':
      return { zh: '是／否', en: 'Yes / no' };
    case 'number':
      // The year fields (src/schemas/common.ts yearSchema) are whole numbers from 1949 to 2100.
      return shape.integer && shape.min === 1949 && shape.max === 2100
        ? { zh: '年份', en: 'Year' }
        : { zh: '数字', en: 'Number' };
    case 'text':
      return { zh: '文字', en: 'Text' };
    default:
      return { zh: shape.kind, en: shape.kind };
  }
}

/** The fields inside a field's value, and the path marker of a list row. */
function inner(shape: FieldShape): { fields: FormField[]; suffix: string } {
  if (shape.kind === 'object') return { fields: shape.fields, suffix: '' };
  if (shape.kind === 'variants')
    return {
      fields: shape.options.flatMap((option) => [
        ...(option.keyField ? [option.keyField] : []),
        ...option.fields,
      ]),
      suffix: '',
    };
  if (shape.kind === 'list') {
    const item = inner(shape.item);
    return { fields: item.fields, suffix: item.fields.length ? `[]${item.suffix}` : '' };
  }
  return { fields: [], suffix: '' };
}

/** The rows of some fields, nested groups and list rows after their field (a field of several variants once). */
function rowsOf(fields: FormField[], prefix: string, rows: Map<string, FieldRow>): void {
  for (const field of fields) {
    const path = `${prefix}${field.name}`;
    if (!rows.has(path))
      rows.set(path, {
        path,
        label: field.meta?.label ?? { zh: field.name, en: field.name },
        ...(field.meta?.hint ? { hint: field.meta.hint } : {}),
        ...(field.meta?.example !== undefined ? { example: field.meta.example } : {}),
        required: field.required,
        kind: kindOf(field.shape),
      });
    const { fields: children, suffix } = inner(field.shape);
    if (children.length) rowsOf(children, `${path}${suffix}.`, rows);
  }
}

const tableOf = (id: string, title: Bilingual, fields: FormField[]): FieldTable => {
  const rows = new Map<string, FieldRow>();
  rowsOf(fields, '', rows);
  return { id, title, rows: [...rows.values()] };
};

/** Every collection's table, in the order of COLLECTIONS; documents one table per type. */
export function fieldTables(): FieldTable[] {
  return COLLECTION_NAMES.flatMap((name) => {
    const shape = shapeOf(COLLECTIONS[name].schema);
    const title = COLLECTION_TITLES[name]!;
    if (shape.kind !== 'variants')
      return [tableOf(name, title, shape.kind === 'object' ? shape.fields : [])];
    return shape.options.map(({ value, fields, keyField }) => {
      const typeTitle: Bilingual = (labels.documentType as Record<string, Bilingual>)[value] ?? {
        zh: value,
        en: value,
      };
      return tableOf(
        `${name}:${value}`,
        { zh: `${title.zh}：${typeTitle.zh}`, en: `${title.en}: ${typeTitle.en}` },
        keyField ? [keyField, ...fields] : fields,
      );
    });
  });
}
