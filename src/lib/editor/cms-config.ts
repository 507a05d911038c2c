/**
 * The web editor's configuration (Decap CMS), written from the schemas: every field with its
 * kind, whether it is required, its labels, hint and example (src/schemas/field-meta.ts), closed
 * lists as select lists with their labels, references as pickers, dates and numbers checked by
 * pattern with the words `npm run check` uses. `npm run cms:config` writes it; never edit it by hand.
 */
import { COLLECTIONS } from '../content/collections.ts';
import { SCHEMA_MESSAGES_ZH } from '../content/validation-messages.ts';
import { labels, labelsOf } from '../site/i18n.ts';
import {
  EDITOR_COLLECTIONS,
  REFERENCE_PICKERS,
  SETTINGS_FILE,
  type EditorCollection,
} from './cms-collections.ts';
import { DATE_FORMS, EDITOR_PATTERNS } from './editor-patterns.ts';
import { fieldsOf, shapeOf, type FieldShape, type FormField } from '../content/schema-fields.ts';

export type EditorLang = 'zh' | 'en';
type DecapField = Record<string, unknown>;
/** The patterns a text field is checked by as it is typed (editor-patterns.ts). */
type PatternName = 'partialDate' | 'day' | 'month' | 'url';

const WORDS = {
  zh: {
    chinese: '中文',
    english: '英文',
    value: '数值',
    qualifier: '准确程度',
    from: '起',
    to: '止',
    id: '标识（文件名）',
    item: '项',
  },
  en: {
    chinese: 'Chinese',
    english: 'English',
    value: 'Value',
    qualifier: 'Qualifier',
    from: 'From',
    to: 'To',
    id: 'Id (file name)',
    item: 'Item',
  },
} as const;

/** Fields whose text runs to paragraphs. */
const LONG_TEXT = new Set(['summary', 'bio', 'description', 'addressees', 'note']);

/** A pattern's message: the check's own words, in the editor's language. */
function patternWords(key: PatternName, lang: EditorLang): string {
  const pattern = EDITOR_PATTERNS[key];
  return 'words' in pattern ? pattern.words[lang] : checkWords(pattern.message, lang);
}

/** The check's own words for a pattern's message, in the editor's language. */
const checkWords = (english: string, lang: EditorLang) =>
  lang === 'zh' ? (SCHEMA_MESSAGES_ZH[english] ?? english) : english;

/** A closed list's value as the clerk sees it in the list (劳模创新工作室, not model-worker). */
function optionLabel(shape: FieldShape, value: string, lang: EditorLang): string {
  if (shape.kind !== 'select') return value;
  return labelsOf(shape.values)?.[value]?.[lang] ?? value;
}

function hintOf(field: FormField, lang: EditorLang): string | undefined {
  const example =
    field.meta?.example === undefined
      ? undefined
      : optionLabel(field.shape, field.meta.example, lang);
  // A picker's example is an entry's id, which the clerk never types: it is left out.
  const shown =
    field.shape.kind === 'ref' || (field.shape.kind === 'list' && field.shape.item.kind === 'ref')
      ? undefined
      : example;
  const parts = [
    field.meta?.hint?.[lang],
    shown ? `${lang === 'zh' ? '例如' : 'e.g.'} ${shown}` : undefined,
  ];
  if (field.shape.kind === 'partialDate' && !field.meta?.hint) parts.push(DATE_FORMS[lang]);
  const text = parts.filter(Boolean).join(lang === 'zh' ? '　' : ' ');
  return text || undefined;
}

/** The Decap widget settings for a field's shape (without name, label, required). */
function widgetOf(
  shape: FieldShape,
  name: string,
  required: boolean,
  lang: EditorLang,
): DecapField {
  const words = WORDS[lang];
  const pattern = (key: PatternName) => ({
    widget: 'string',
    pattern: [EDITOR_PATTERNS[key].regex, patternWords(key, lang)],
  });
  switch (shape.kind) {
    case 'text':
      return {
        widget: LONG_TEXT.has(name) ? 'text' : 'string',
        ...(shape.pattern
          ? { pattern: [shape.pattern.regex, checkWords(shape.pattern.message, lang)] }
          : {}),
      };
    case 'localized':
      return {
        widget: 'object',
        collapsed: false,
        fields: [
          {
            name: 'zh',
            label: words.chinese,
            required,
            widget: LONG_TEXT.has(name) ? 'text' : 'string',
          },
          {
            name: 'en',
            label: words.english,
            required: false,
            widget: LONG_TEXT.has(name) ? 'text' : 'string',
          },
        ],
      };
    case 'partialDate':
      return pattern('partialDate');
    case 'day':
      return pattern('day');
    case 'month':
      return pattern('month');
    case 'url':
      return pattern('url');
    case 'choice':
      return choiceWidget(shape, lang);
    case 'period':
      return {
        widget: 'object',
        collapsed: false,
        fields: [
          { name: 'from', label: words.from, required, ...pattern('partialDate') },
          { name: 'to', label: words.to, required: false, ...pattern('partialDate') },
        ],
      };
    case 'quantity':
      return {
        widget: 'object',
        collapsed: false,
        fields: [
          {
            name: 'value',
            label: words.value,
            required,
            widget: 'number',
            value_type: 'float',
            min: 0,
          },
          {
            name: 'qualifier',
            label: words.qualifier,
            required: false,
            widget: 'select',
            options: Object.entries(labels.qualifierName).map(([value, label]) => ({
              value,
              label: label[lang],
            })),
          },
        ],
      };
    case 'number':
      return {
        widget: 'number',
        value_type: shape.integer ? 'int' : 'float',
        ...(shape.min !== undefined ? { min: shape.min } : {}),
        ...(shape.max !== undefined ? { max: shape.max } : {}),
      };
    case 'boolean':
      return { widget: 'boolean' };
    case 'select': {
      const table = labelsOf(shape.values);
      return {
        widget: 'select',
        options: shape.values.map((value) => ({ value, label: table?.[value]?.[lang] ?? value })),
      };
    }
    case 'literal':
      return { widget: 'hidden', default: shape.value };
    case 'ref': {
      const picker = REFERENCE_PICKERS[shape.target.collection as keyof typeof REFERENCE_PICKERS];
      if (!picker) throw new Error(`no picker for references to ${shape.target.collection}`);
      return {
        widget: 'relation',
        collection: picker.editorCollection,
        value_field: '{{slug}}',
        search_fields: picker.display,
        display_fields: picker.display,
        options_length: 50,
      };
    }
    case 'file':
      return { widget: /photo|cover|image/i.test(name) ? 'image' : 'file', choose_url: false };
    case 'list':
      return listOf(shape, name, lang);
    case 'object':
      return {
        widget: 'object',
        collapsed: false,
        fields: shape.fields.map((field) => fieldOf(field, lang)),
      };
    case 'variants':
      return {
        widget: 'list',
        typeKey: shape.key,
        types: shape.options.map((option) => ({
          name: option.value,
          label:
            labelsOf(shape.options.map((each) => each.value))?.[option.value]?.[lang] ??
            option.value,
          widget: 'object',
          fields: option.fields.map((field) => fieldOf(field, lang)),
        })),
      };
    case 'unmapped':
      throw new Error(`field ${name}: no editor widget for zod type ${shape.zodType}`);
  }
}

/** A text field that accepts each form of a choice (a month, or the word founding). */
function choiceWidget(
  shape: Extract<FieldShape, { kind: 'choice' }>,
  lang: EditorLang,
): DecapField {
  const FORMS: Partial<Record<FieldShape['kind'], PatternName>> = {
    month: 'month',
    day: 'day',
    partialDate: 'partialDate',
    url: 'url',
  };
  const parts = shape.forms.map((form) =>
    form.kind === 'literal'
      ? form.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      : FORMS[form.kind]
        ? String(EDITOR_PATTERNS[FORMS[form.kind]!].regex).replace(/^\^|\$$/g, '')
        : undefined,
  );
  if (parts.some((part) => part === undefined))
    throw new Error(
      `no editor widget for a choice of ${shape.forms.map((form) => form.kind).join(', ')}`,
    );
  const first = shape.forms.find((form) => form.kind !== 'literal');
  return {
    widget: 'string',
    pattern: [
      `^(${parts.join('|')})$`,
      first && FORMS[first.kind] ? patternWords(FORMS[first.kind]!, lang) : '',
    ],
  };
}

function listOf(
  shape: Extract<FieldShape, { kind: 'list' }>,
  name: string,
  lang: EditorLang,
): DecapField {
  const min = shape.min > 0 ? { min: shape.min } : {};
  const item = shape.item;
  if (item.kind === 'ref' || item.kind === 'select')
    return { ...widgetOf(item, name, true, lang), multiple: true, ...min };
  if (item.kind === 'object') {
    const fields = item.fields.map((field) => fieldOf(field, lang));
    return { widget: 'list', collapsed: true, summary: rowSummary(item.fields), fields, ...min };
  }
  if (item.kind === 'variants') return { ...widgetOf(item, name, true, lang), ...min };
  const widget = widgetOf(item, name, true, lang);
  // A row that is itself a group (text in two languages, a number with its qualifier): the list's own fields, since
  // Decap's one-field list holds plain values only (an object there cannot be saved).
  if (widget.widget === 'object')
    return {
      widget: 'list',
      collapsed: false,
      summary: rowSummary(widget.fields as { name: string }[]),
      fields: widget.fields,
      ...min,
    };
  return {
    widget: 'list',
    field: { name: 'item', label: WORDS[lang].item, required: true, ...widget },
    ...min,
  };
}

/** The heading of a list row: its first field or two, a text in two languages by its Chinese. */
function rowSummary(fields: Array<{ name: string; shape?: FieldShape }>): string {
  const part = (field: { name: string; shape?: FieldShape }) =>
    field.shape?.kind === 'localized' ? `{{fields.${field.name}.zh}}` : `{{fields.${field.name}}}`;
  return fields.slice(0, 2).map(part).join('　');
}

/** One Decap field. */
export function fieldOf(field: FormField, lang: EditorLang): DecapField {
  const hint = hintOf(field, lang);
  return {
    name: field.name,
    label: field.meta?.label[lang] ?? field.name,
    required: field.required,
    ...(hint ? { hint } : {}),
    ...widgetOf(field.shape, field.name, field.required, lang),
  };
}

/** The fields of an editor collection: for a document type, that type's fields with `type` fixed. */
function collectionFields(entry: EditorCollection): FormField[] {
  const shape = shapeOf(COLLECTIONS[entry.collection].schema);
  if (shape.kind === 'object') return shape.fields;
  if (shape.kind !== 'variants') throw new Error(`${entry.name}: unexpected schema`);
  const typed = (type: string) => [
    {
      name: shape.key,
      required: true,
      hasDefault: false,
      meta: { label: { zh: '文件类型', en: 'Document type' } },
      shape: { kind: 'literal', value: type },
    } as FormField,
    ...(shape.options.find((option) => option.value === type)?.fields ?? []),
  ];
  // The hidden collection of all documents lists them for pickers only; its fields are the shared ones.
  return entry.documentType ? typed(entry.documentType) : typed('other');
}

/** A list helper in the editor's language: `_level` in Chinese, `_level_en` in English (list-helpers.ts). */
const helperIn = (text: string, lang: EditorLang) =>
  lang === 'en' ? text.replace(/\b(_level|_employer)\b/g, '$1_en') : text;

function collectionOf(entry: EditorCollection, lang: EditorLang): DecapField {
  const words = WORDS[lang];
  const idField = {
    name: '_id',
    label: words.id,
    required: true,
    widget: 'string',
    pattern: [EDITOR_PATTERNS.id.regex, checkWords(EDITOR_PATTERNS.id.message, lang)],
    hint: EDITOR_PATTERNS.id.hint[lang],
  };
  const fields = collectionFields(entry).map((field) => fieldOf(field, lang));
  const body = COLLECTIONS[entry.collection].mdx
    ? [
        {
          name: 'body',
          label: lang === 'zh' ? '正文' : 'Body',
          required: false,
          widget: 'markdown',
          modes: ['raw', 'rich_text'],
          hint: EDITOR_PATTERNS.body.hint[lang],
        },
      ]
    : [];
  return {
    name: entry.name,
    label: entry.label[lang],
    label_singular: entry.label[lang],
    folder: entry.folder,
    extension: entry.extension,
    format: entry.extension === 'yaml' ? 'yml' : 'frontmatter',
    create: !entry.hidden,
    delete: !entry.hidden,
    ...(entry.hidden ? { hide: true } : {}),
    ...(entry.documentType ? { filter: { field: 'type', value: entry.documentType } } : {}),
    slug: '{{fields._id}}',
    identifier_field: '_id',
    summary: helperIn(entry.summary, lang),
    sortable_fields: entry.sortBy.map((sort, index) => ({
      field: helperIn(sort.field, lang),
      label: sort.label[lang],
      ...(index === 0 ? { default_sort: true } : {}),
    })),
    // Absolute (from the content folder): Decap resolves a relative media folder from the entry's file, which a new
    // entry does not have yet, and then puts its uploads in the collection's folder itself. The field keeps the
    // path relative to the entry (public_folder), as the content rules want.
    ...(entry.mediaFolder
      ? { media_folder: `/${entry.folder}/${entry.mediaFolder}`, public_folder: entry.mediaFolder }
      : {}),
    fields: [idField, ...fields, ...body],
  };
}

/** The whole configuration for the editor in one language. */
export function cmsConfig(lang: EditorLang): Record<string, unknown> {
  const settings = fieldsOf(COLLECTIONS.settings.schema).map((field) => fieldOf(field, lang));
  return {
    backend: { name: 'proxy', proxy_url: '/admin/api/v1', branch: 'main' },
    publish_mode: 'editorial_workflow',
    locale: lang === 'zh' ? 'zh_Hans' : 'en',
    load_config_file: false,
    media_folder: 'uploads',
    public_folder: 'uploads',
    search: true,
    collections: [
      ...EDITOR_COLLECTIONS.map((entry) => collectionOf(entry, lang)),
      {
        name: SETTINGS_FILE.name,
        label: SETTINGS_FILE.label[lang],
        editor: { preview: false },
        files: [
          {
            name: SETTINGS_FILE.slug,
            label: SETTINGS_FILE.label[lang],
            file: SETTINGS_FILE.file,
            format: 'yml',
            fields: settings,
          },
        ],
      },
    ],
  };
}
