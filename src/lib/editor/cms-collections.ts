/**
 * How each content collection appears in the web editor: its name and label there, what its list
 * shows and sorts by, where its photos and files go, and which field names an entry in a picker.
 * What a schema cannot say lives here; the fields themselves come from the schemas (schema-fields.ts).
 * Folders are relative to the content folder: the editor's server resolves them there.
 */
import type { Bilingual } from '../../schemas/field-meta.ts';
import type { CollectionName } from '../content/collections.ts';

/** One collection of the editor. */
export interface EditorCollection {
  /** The editor's name for it (also the draft branch's middle part). */
  name: string;
  /** The content collection its entries belong to. */
  collection: CollectionName;
  label: Bilingual;
  /** Folder under the content folder. */
  folder: string;
  extension: 'yaml' | 'mdx' | 'md';
  /** For documents: the one `type` this editor collection holds. */
  documentType?: string;
  /** The list line: Decap's summary template over the entry's fields (`_…` are display helpers). */
  summary: string;
  /** Fields a clerk sorts the list by. */
  sortBy: { field: string; label: Bilingual }[];
  /** Where uploaded photos and files go, beside the entries. */
  mediaFolder?: string;
  /** Hidden from the menu: only there so that a picker can list every document. */
  hidden?: boolean;
}

const byTitle = { field: 'title.zh', label: { zh: '名称', en: 'Title' } };
const byName = { field: 'name.zh', label: { zh: '名称', en: 'Name' } };
const byDate = { field: 'date', label: { zh: '日期', en: 'Date' } };
const byNumber = { field: 'number', label: { zh: '文号', en: 'Number' } };

/** The document types, each a collection of its own in the editor (they share the documents folder). */
export const DOCUMENT_TYPES: { type: string; label: Bilingual }[] = [
  { type: 'naming-decision', label: { zh: '命名决定', en: 'Naming decisions' } },
  { type: 'selection-notice', label: { zh: '公示', en: 'Public notices (公示)' } },
  { type: 'commendation', label: { zh: '表彰奖励', en: 'Commendations' } },
  { type: 'assessment-notice', label: { zh: '考核通报', en: 'Assessment notices' } },
  { type: 'pairing-notice', label: { zh: '结对共建通知', en: 'Pairing notices' } },
  { type: 'other', label: { zh: '其他文件', en: 'Other documents' } },
];

const documentList = {
  summary: '{{number}}　{{date}}　{{title.zh}}',
  sortBy: [byDate, byNumber, byTitle],
  mediaFolder: 'attachments',
};

/** Every editor collection, in the order of the editor's menu. */
export const EDITOR_COLLECTIONS: EditorCollection[] = [
  {
    name: 'studios',
    collection: 'studios',
    label: { zh: '工作室', en: 'Studios' },
    folder: 'studios',
    extension: 'yaml',
    summary: '{{title.zh}}　{{_level}}　{{_employer}}',
    sortBy: [
      byTitle,
      { field: '_level', label: { zh: '级别', en: 'Level' } },
      { field: '_employer', label: { zh: '依托单位', en: 'Employer' } },
    ],
    mediaFolder: 'photos',
  },
  ...DOCUMENT_TYPES.map(({ type, label }) => ({
    name: `documents-${type}`,
    collection: 'documents' as const,
    label,
    folder: 'documents',
    extension: 'mdx' as const,
    documentType: type,
    ...documentList,
  })),
  {
    name: 'documents',
    collection: 'documents',
    label: { zh: '全部文件', en: 'All documents' },
    folder: 'documents',
    extension: 'mdx',
    ...documentList,
    hidden: true,
  },
  {
    name: 'news-zh',
    collection: 'news',
    label: { zh: '新闻（中文）', en: 'News (Chinese)' },
    folder: 'news/zh',
    extension: 'mdx',
    summary: '{{date}}　{{title}}',
    sortBy: [byDate, { field: 'title', label: byTitle.label }],
    mediaFolder: 'images',
  },
  {
    name: 'news-en',
    collection: 'news',
    label: { zh: '新闻（英文）', en: 'News (English)' },
    folder: 'news/en',
    extension: 'mdx',
    summary: '{{date}}　{{title}}',
    sortBy: [byDate, { field: 'title', label: byTitle.label }],
    mediaFolder: 'images',
  },
  {
    name: 'people',
    collection: 'people',
    label: { zh: '人员', en: 'People' },
    folder: 'people',
    extension: 'yaml',
    summary: '{{name.zh}}　{{_employer}}',
    sortBy: [byName],
    mediaFolder: 'photos',
  },
  {
    name: 'organisations',
    collection: 'organisations',
    label: { zh: '单位', en: 'Organisations' },
    folder: 'organisations',
    extension: 'yaml',
    summary: '{{name.zh}}{{shortName.zh}}',
    sortBy: [byName],
  },
  {
    name: 'designations',
    collection: 'designations',
    label: { zh: '其他命名记录', en: 'Designations' },
    folder: 'designations',
    extension: 'yaml',
    summary: '{{studio}}　{{level}}　{{date}}',
    sortBy: [byDate],
  },
  {
    name: 'competitions',
    collection: 'competitions',
    label: { zh: '竞赛与奖项', en: 'Competitions' },
    folder: 'competitions',
    extension: 'yaml',
    summary: '{{name.zh}}',
    sortBy: [byName],
  },
  {
    name: 'awards',
    collection: 'awards',
    label: { zh: '获奖', en: 'Awards' },
    folder: 'awards',
    extension: 'yaml',
    summary: '{{year}}　{{achievement.zh}}　{{rank}}',
    sortBy: [
      { field: 'year', label: { zh: '年度', en: 'Year' } },
      { field: 'achievement.zh', label: { zh: '成果', en: 'Achievement' } },
    ],
  },
  {
    name: 'achievements',
    collection: 'achievements',
    label: { zh: '成果库', en: 'Achievements' },
    folder: 'achievements',
    extension: 'md',
    summary: '{{title.zh}}　{{type}}',
    sortBy: [byTitle],
    mediaFolder: 'files',
  },
  {
    name: 'figures',
    collection: 'figures',
    label: { zh: '工作室数据', en: 'Studio figures' },
    folder: 'figures',
    extension: 'yaml',
    summary: '{{studio}}',
    sortBy: [{ field: 'studio', label: { zh: '工作室', en: 'Studio' } }],
  },
  {
    name: 'topics',
    collection: 'topics',
    label: { zh: '新闻专题', en: 'Topics' },
    folder: 'topics',
    extension: 'yaml',
    summary: '{{name.zh}}',
    sortBy: [byName],
  },
  {
    name: 'charts',
    collection: 'charts',
    label: { zh: '图表', en: 'Charts' },
    folder: 'charts',
    extension: 'yaml',
    summary: '{{title.zh}}',
    sortBy: [byTitle],
  },
  {
    name: 'reports-zh',
    collection: 'reports',
    label: { zh: '年度报告（中文）', en: 'Reports (Chinese)' },
    folder: 'reports/zh',
    extension: 'mdx',
    summary: '{{year}}　{{title}}',
    sortBy: [{ field: 'year', label: { zh: '年度', en: 'Year' } }],
  },
  {
    name: 'reports-en',
    collection: 'reports',
    label: { zh: '年度报告（英文）', en: 'Reports (English)' },
    folder: 'reports/en',
    extension: 'mdx',
    summary: '{{year}}　{{title}}',
    sortBy: [{ field: 'year', label: { zh: '年度', en: 'Year' } }],
  },
  {
    name: 'documentTranslations',
    collection: 'documentTranslations',
    label: { zh: '文件英文译文', en: 'Document translations' },
    folder: 'documents/en',
    extension: 'mdx',
    summary: '{{title}}',
    sortBy: [{ field: 'title', label: byTitle.label }],
  },
];

/** The settings file, edited as a single form. */
export const SETTINGS_FILE = {
  name: 'settings',
  /** The name of its one file in Decap's configuration: the slug of its drafts. */
  slug: 'site',
  label: { zh: '网站设置', en: 'Site settings' },
  file: 'settings/site.yaml',
};

/** The editor collection a reference to `collection` picks from, and the fields that name an entry there. */
export const REFERENCE_PICKERS: Partial<
  Record<CollectionName, { editorCollection: string; display: string[] }>
> = {
  studios: { editorCollection: 'studios', display: ['title.zh'] },
  people: { editorCollection: 'people', display: ['name.zh'] },
  organisations: { editorCollection: 'organisations', display: ['name.zh', 'shortName.zh'] },
  documents: { editorCollection: 'documents', display: ['number', 'title.zh'] },
  competitions: { editorCollection: 'competitions', display: ['name.zh'] },
  achievements: { editorCollection: 'achievements', display: ['title.zh'] },
  topics: { editorCollection: 'topics', display: ['name.zh'] },
  news: { editorCollection: 'news-zh', display: ['title'] },
};
