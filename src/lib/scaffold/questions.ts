/**
 * The scaffolder's questions read from the schemas: a flag names the schema field it answers (a
 * path such as `title`, `source.url` or `named[].level`), and its label, hint and example
 * (src/schemas/field-meta.ts), its choices, the collection it refers to and, for one top-level
 * field, whether it is required come from that field. What a schema cannot say (the syntax of a
 * compound answer, rules across answers) stays with the kind, in scaffold-kinds.ts.
 */
import type { Bilingual } from '../../schemas/field-meta.ts';
import type { FieldShape, FormField } from '../content/schema-fields.ts';
import type { CollectionName } from '../content/collections.ts';
import { labelsOf } from '../site/i18n.ts';

/** The language of the terminal (messageLocale() in src/lib/validation/reporting.ts). */
export type QuestionLocale = 'zh' | 'en';

/** What the editor is told about one flag. */
export interface Question {
  label: Bilingual;
  hint?: Bilingual;
  example?: string;
  /** How to write a compound or list answer, when the schema's form is not the flag's. */
  syntax?: Bilingual;
}

/** What a flag learns from the schema field it answers. */
export interface SchemaAnswer {
  question: Question;
  required: boolean;
  choices?: readonly string[];
  refers?: { collection: CollectionName; idPrefix?: string };
  list: boolean;
  shape: FieldShape;
}

/** The fields inside a field: an object's, a list's items', or every option's of a discriminated union. */
export function childrenOf(shape: FieldShape): FormField[] {
  switch (shape.kind) {
    case 'object':
      return shape.fields;
    case 'list':
      return childrenOf(shape.item);
    case 'variants':
      return shape.options
        .flatMap((option) => option.fields)
        .filter((field, i, all) => all.findIndex((other) => other.name === field.name) === i);
    default:
      return [];
  }
}

/** A path as compared: `named[].level` and `named.level` are one path. */
export const plainPath = (path: string): string => path.replaceAll('[]', '');

/** The field at a path and the fields it sits in, outermost first; an error when the schema has none. */
export function fieldAt(fields: FormField[], path: string): FormField[] {
  const chain: FormField[] = [];
  let level = fields;
  for (const name of plainPath(path).split('.')) {
    const field = level.find((candidate) => candidate.name === name);
    if (!field) throw new Error(`the schema has no field ${path}`);
    chain.push(field);
    level = childrenOf(field.shape);
  }
  return chain;
}

/** The shape inside lists and an optional union of one value or a list (joint issuers). */
function innerShape(shape: FieldShape): FieldShape {
  if (shape.kind === 'list') return innerShape(shape.item);
  if (shape.kind === 'choice')
    return innerShape(shape.forms.find((form) => form.kind === 'ref') ?? shape.forms[0]!);
  return shape;
}

const ENGLISH: Bilingual = { zh: '（英文）', en: ' (English)' };

/**
 * What the schema says about a flag answering `path`: the label (a nested field's after its
 * group's: 来源 · 网址), hint and example; `part: 'en'` asks for the English of a text field.
 */
export function schemaAnswer(fields: FormField[], path: string, part?: 'en'): SchemaAnswer {
  const chain = fieldAt(fields, path);
  const field = chain.at(-1)!;
  const names = chain.map((link) => link.meta?.label ?? { zh: link.name, en: link.name });
  const label: Bilingual = {
    zh: names.map((name) => name.zh).join(' · '),
    en: names.map((name) => name.en).join(' · '),
  };
  const inner = innerShape(field.shape);
  return {
    question: part
      ? { label: { zh: `${label.zh}${ENGLISH.zh}`, en: `${label.en}${ENGLISH.en}` } }
      : {
          label,
          ...(field.meta?.hint ? { hint: field.meta.hint } : {}),
          ...(field.meta?.example !== undefined ? { example: field.meta.example } : {}),
        },
    required: chain.length === 1 && field.required && !part,
    ...(inner.kind === 'select' ? { choices: inner.values } : {}),
    ...(inner.kind === 'ref'
      ? {
          refers: {
            collection: inner.target.collection as CollectionName,
            idPrefix: inner.target.idPrefix,
          },
        }
      : {}),
    list: field.shape.kind === 'list' || field.shape.kind === 'choice',
    shape: field.shape,
  };
}

const WORDS = {
  zh: { example: '例：', open: '（', close: '）', separator: '，' },
  en: { example: 'e.g. ', open: ' (', close: ')', separator: ', ' },
};

/** The question's first line: its label, and how to write a compound answer. */
export function questionLabel(question: Question, locale: QuestionLocale): string {
  const words = WORDS[locale];
  return `${question.label[locale]}${question.syntax ? `${words.open}${question.syntax[locale]}${words.close}` : ''}`;
}

/** The line shown above the question: the hint and an example, when the schema has them. */
export function questionHint(question: Question, locale: QuestionLocale): string | undefined {
  const words = WORDS[locale];
  const parts = [
    question.hint?.[locale],
    question.example === undefined ? undefined : `${words.example}${question.example}`,
  ].filter(Boolean);
  return parts.length ? parts.join(locale === 'zh' ? '  ' : ' ') : undefined;
}

/** The choices as shown: each value with its label in the interface's words, when the site has one. */
export function choicesText(choices: readonly string[], locale: QuestionLocale): string {
  const table = labelsOf(choices);
  return choices
    .map((value) => (table?.[value] ? `${value} ${table[value][locale]}` : value))
    .join(' / ');
}

/**
 * Schema fields that no flag answers and that are not listed as not asked: `path` of each, nested
 * fields only inside a field some flag answers in part (`source.url` asks for `source`'s other fields too).
 */
export function unaskedFields(
  fields: FormField[],
  asked: string[],
  notAsked: string[],
  prefix = '',
): string[] {
  const plainAsked = asked.map(plainPath);
  return fields.flatMap((field) => {
    const path = `${prefix}${field.name}`;
    if (notAsked.includes(path) || plainAsked.includes(path)) return [];
    if (plainAsked.some((answered) => answered.startsWith(`${path}.`)))
      return unaskedFields(childrenOf(field.shape), asked, notAsked, `${path}.`);
    return [path];
  });
}
