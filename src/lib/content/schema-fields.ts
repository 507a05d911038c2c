/**
 * A collection's schema read as a form: each field with its kind, whether it is required, and
 * its metadata (labels, hint, example). Every form reads fields from here: the web editor's
 * configuration and the conversion between files and its shapes (src/lib/editor/), the questions
 * of `npm run new` and the editors' field tables (src/lib/scaffold/), so a new field in a schema
 * reaches all of them with no other change; a schema shape this walk does not know is an error
 * (`unmappedFields`), which a test turns into a failure.
 */
import type { z } from 'astro/zod';
import {
  idSchema,
  isoDateSchema,
  localFileSchema,
  localizedSchema,
  partialDateSchema,
  recordedDateSchema,
  QUANTITY_SCHEMAS,
  referenceTargets,
  webUrlSchema,
  yearMonthSchema,
  type ReferenceTarget,
} from '../../schemas/common.ts';
import { benefitPeriodSchema } from '../../schemas/achievement.ts';
import { fieldMeta, type FieldMeta } from '../../schemas/field-meta.ts';

/** What a field holds, as a form needs to know it. */
export type FieldShape =
  | { kind: 'text'; pattern?: { regex: string; message: string } }
  | { kind: 'localized' }
  | { kind: 'partialDate' }
  | { kind: 'day' }
  | { kind: 'month' }
  | { kind: 'quantity' }
  | { kind: 'period' }
  | { kind: 'number'; integer: boolean; min?: number; max?: number }
  | { kind: 'boolean' }
  | { kind: 'select'; values: string[] }
  | { kind: 'literal'; value: string }
  | { kind: 'ref'; target: ReferenceTarget }
  | { kind: 'file' }
  | { kind: 'url' }
  | { kind: 'choice'; forms: FieldShape[] }
  | { kind: 'list'; item: FieldShape; min: number; /** One value may stand for a list of one (joint issuers). */ single?: true }
  | { kind: 'object'; fields: FormField[] }
  | { kind: 'variants'; key: string; options: { value: string; fields: FormField[]; /** The field that names the variant (`type`). */ keyField?: FormField }[] }
  | { kind: 'unmapped'; zodType: string };

/** One field of an object, in the schema's order. */
export interface FormField {
  name: string;
  /** The field must be written (no optional, no default). */
  required: boolean;
  /** The schema fills in a value when the field is left out (never written by the editor). */
  hasDefault: boolean;
  /** That value. */
  defaultValue?: unknown;
  meta?: FieldMeta;
  shape: FieldShape;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  discriminator?: string;
  entries?: Record<string, string>;
  values?: unknown[];
  checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp; minimum?: number } } }[];
  error?: () => string;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const same = (a: z.ZodType, b: z.ZodType) => defOf(a) === defOf(b);

/** Schemas shared by many fields, recognised by identity (a described() clone shares its definition). */
const KNOWN: [z.ZodType, FieldShape][] = [
  [localizedSchema, { kind: 'localized' }],
  [partialDateSchema, { kind: 'partialDate' }],
  [recordedDateSchema, { kind: 'partialDate' }],
  ...QUANTITY_SCHEMAS.map((schema): [z.ZodType, FieldShape] => [schema, { kind: 'quantity' }]),
  [isoDateSchema, { kind: 'day' }],
  [yearMonthSchema, { kind: 'month' }],
  [localFileSchema, { kind: 'file' }],
  [webUrlSchema, { kind: 'url' }],
  [benefitPeriodSchema, { kind: 'period' }],
];

/** The fields of an object schema, or of each option of a discriminated union (see shapeOf). */
export function shapeOf(schema: z.ZodType): FieldShape {
  const target = referenceTargets.get(schema);
  if (target) return { kind: 'ref', target };
  const known = KNOWN.find(([candidate]) => same(candidate, schema));
  if (known) return known[1];
  if (same(schema, idSchema)) return { kind: 'text', pattern: regexOf(schema) };
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
    case 'readonly':
      return shapeOf(def.innerType!);
    case 'pipe':
      // A refinement or transform over another schema: the form writes what the input accepts.
      return shapeOf(def.in!);
    case 'string':
      // z.url(): a web address (an organisation's website) whatever its schema instance.
      if ((def as { format?: string }).format === 'url') return { kind: 'url' };
      return { kind: 'text', pattern: regexOf(schema) };
    case 'number': {
      const number = schema as unknown as { isInt: boolean; minValue: number | null; maxValue: number | null };
      const bound = (value: number | null) => (value === null || !Number.isFinite(value) || Math.abs(value) > 1e15 ? undefined : value);
      return { kind: 'number', integer: number.isInt, min: bound(number.minValue), max: bound(number.maxValue) };
    }
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
      return { kind: 'select', values: Object.values(def.entries!) };
    case 'literal':
      return def.values!.length === 1 ? { kind: 'literal', value: String(def.values![0]) } : { kind: 'select', values: def.values!.map(String) };
    case 'array': {
      const min = (def.checks ?? []).map((check) => check._zod.def.minimum).find((value) => value !== undefined) ?? 0;
      return { kind: 'list', item: shapeOf(def.element!), min };
    }
    case 'object':
      return { kind: 'object', fields: fieldsOf(schema) };
    case 'union':
      if (def.discriminator) return { kind: 'variants', key: def.discriminator, options: def.options!.map((option) => variantOf(option, def.discriminator!)) };
      return oneOrList(def.options!.map(shapeOf)) ?? { kind: 'choice', forms: def.options!.map(shapeOf) };
    default:
      return { kind: 'unmapped', zodType: def.type };
  }
}

/** `x` or a list of `x` (one issuer, or joint issuers), read as a list. */
function oneOrList(forms: FieldShape[]): FieldShape | undefined {
  const [one, list] = forms.length === 2 && forms[1]!.kind === 'list' ? forms : [forms[1], forms[0]];
  if (!one || !list || list.kind !== 'list' || JSON.stringify(list.item) !== JSON.stringify(one)) return undefined;
  return { ...list, single: true };
}

function variantOf(option: z.ZodType, key: string): { value: string; fields: FormField[]; keyField?: FormField } {
  const fields = fieldsOf(option);
  const keyField = fields.find((field) => field.name === key);
  return { value: keyField?.shape.kind === 'literal' ? keyField.shape.value : '', fields: fields.filter((field) => field !== keyField), keyField };
}

/** The regular expression a string must match, with its message, when the schema has one. */
function regexOf(schema: z.ZodType): { regex: string; message: string } | undefined {
  const check = (defOf(schema).checks ?? []).find((candidate) => candidate._zod.def.format === 'regex');
  const pattern = check?._zod.def.pattern;
  if (!pattern) return undefined;
  const error = (check._zod.def as { error?: () => string }).error;
  return { regex: pattern.source, message: typeof error === 'function' ? String(error()) : '' };
}

/** Whether a field may be left out: optional, or filled by a default. */
function optionality(schema: z.ZodType): { required: boolean; hasDefault: boolean; defaultValue?: unknown } {
  let current = schema;
  let hasDefault = false;
  let defaultValue: unknown;
  let optional = false;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'default') {
      hasDefault = true;
      defaultValue = (def as { defaultValue?: unknown }).defaultValue;
    } else if (def.type === 'optional') optional = true;
    else if (def.type !== 'nullable' && def.type !== 'readonly') break;
    current = def.innerType!;
  }
  return { required: !optional && !hasDefault, hasDefault, ...(hasDefault ? { defaultValue } : {}) };
}

/** The fields of an object schema (through refinements), in the schema's order. */
export function fieldsOf(schema: z.ZodType): FormField[] {
  let def = defOf(schema);
  while (def.type === 'pipe') def = defOf(def.in!);
  if (def.type !== 'object') return [];
  return Object.entries(def.shape!).map(([name, field]) => ({ name, ...optionality(field), meta: fieldMeta.get(field), shape: shapeOf(field) }));
}

/** Every field, at any depth, whose shape this walk does not know: `path (zod type)`. */
export function unmappedFields(shape: FieldShape, path = ''): string[] {
  switch (shape.kind) {
    case 'unmapped':
      return [`${path || '(root)'} (${shape.zodType})`];
    case 'list':
      return unmappedFields(shape.item, `${path}[]`);
    case 'choice':
      return shape.forms.flatMap((form) => unmappedFields(form, path));
    case 'object':
      return shape.fields.flatMap((field) => unmappedFields(field.shape, path ? `${path}.${field.name}` : field.name));
    case 'variants':
      return shape.options.flatMap((option) => option.fields.flatMap((field) => unmappedFields(field.shape, `${path}<${option.value}>.${field.name}`)));
    default:
      return [];
  }
}

/**
 * The metadata of the field at `path` in data checked against `schema` (the option of a union its
 * data's discriminator picks), for a message about that field; undefined where none is described.
 */
export function fieldMetaAt(schema: z.ZodType, path: readonly PropertyKey[], data: unknown): FieldMeta | undefined {
  let current: z.ZodType | undefined = schema;
  let value = data;
  for (let i = 0; current; ) {
    const meta = i === path.length ? fieldMeta.get(current) : undefined;
    if (meta) return meta;
    const def = defOf(current);
    if (['optional', 'default', 'nullable', 'readonly'].includes(def.type)) current = def.innerType;
    else if (def.type === 'pipe') current = def.in;
    else if (i === path.length) return undefined;
    else if (def.type === 'object') {
      const key = String(path[i++]);
      current = def.shape![key];
      value = (value as Record<string, unknown> | undefined)?.[key];
    } else if (def.type === 'array') {
      current = def.element;
      value = (value as unknown[] | undefined)?.[Number(path[i++])];
    } else if (def.type === 'union' && def.discriminator) {
      const kind = (value as Record<string, unknown> | undefined)?.[def.discriminator];
      current = def.options!.find((option) => {
        const literal = defOf(option).shape?.[def.discriminator!];
        return literal !== undefined && (defOf(literal).values ?? []).includes(kind) ;
      });
    } else return undefined;
  }
  return undefined;
}
