/**
 * One value, field by field, between the forms a file may use and the one shape the web editor
 * shows. A file may write Chinese-only text as a plain string or `{ zh }`, an exact number as `3`
 * or `{ value: 3, qualifier: exact }`, a year as `2019` or `"2019"`; the editor always sees
 * `{ zh, en }`, `{ value, qualifier }` and the text `2019`. `toEditorValue` is idempotent, and
 * `toFileValue` writes the shortest canonical form and leaves out what the editor left empty.
 */
import type { FieldShape, FormField } from '../content/schema-fields.ts';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/** How the editor writes each bound of a date, and the key a file writes it under. */
const DATE_BOUND_WORDS: Array<{ key: string; words: RegExp; text: string }> = [
  { key: 'before', words: /^(?:before\s+|早于\s*)(.+)$/i, text: 'before' },
  { key: 'reportedBy', words: /^(?:by\s+|不晚于\s*)(.+)$/i, text: 'by' },
  { key: 'shortlyBefore', words: /^(?:shortly\s+before\s+|近日\s*)(.+)$/i, text: 'shortly before' },
];

/** A partial date as the editor writes it: `2019`, `2019-11-20`, `before 2015-06`, `by 2023-06-15`, `shortly before 2023-06-15` or `07-14`. */
function dateText(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (isRecord(value) && Object.keys(value).length === 1) {
    const [key] = Object.keys(value) as [string];
    if (key === 'monthDay') return String(value.monthDay);
    const bound = DATE_BOUND_WORDS.find((candidate) => candidate.key === key);
    if (bound) return `${bound.text} ${String(dateText(value[key]))}`;
  }
  return value;
}

/** A partial date as a file writes it: the text, `{ before }`, `{ reportedBy }`, `{ shortlyBefore }` or `{ monthDay }`. */
function dateValue(value: unknown): unknown {
  if (isEmpty(value)) return undefined;
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (/^\d{2}-\d{2}$/.test(text)) return { monthDay: text };
  for (const bound of DATE_BOUND_WORDS) {
    const match = bound.words.exec(text);
    if (match) return { [bound.key]: match[1] };
  }
  return text;
}

function mapFields(
  value: Record<string, unknown>,
  fields: FormField[],
  convert: (value: unknown, shape: FieldShape) => unknown,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const field = fields.find((candidate) => candidate.name === key);
    const converted = field ? convert(item, field.shape) : item;
    if (converted !== undefined) result[key] = converted;
  }
  return result;
}

const variantFields = (
  shape: Extract<FieldShape, { kind: 'variants' }>,
  value: Record<string, unknown>,
) => shape.options.find((option) => option.value === value[shape.key])?.fields ?? [];

/** The value as the editor shows it. */
export function toEditorValue(value: unknown, shape: FieldShape): unknown {
  if (value === undefined) return undefined;
  switch (shape.kind) {
    case 'localized':
      return typeof value === 'string' ? { zh: value } : value;
    case 'quantity':
      return typeof value === 'number' ? { value, qualifier: 'exact' } : value;
    case 'partialDate':
      return dateText(value);
    case 'period':
      if (!isRecord(value)) return { from: dateText(value) };
      return 'to' in value
        ? { ...value, from: dateText(value.from), to: dateText(value.to) }
        : { ...value, from: dateText(value.from) };
    case 'choice':
      return typeof value === 'number' ? String(value) : value;
    case 'list':
      if (!Array.isArray(value)) return shape.single ? [toEditorValue(value, shape.item)] : value;
      return value.map((item) => toEditorValue(item, shape.item));
    case 'object':
      return isRecord(value) ? mapFields(value, shape.fields, toEditorValue) : value;
    case 'variants':
      return isRecord(value) ? mapFields(value, variantFields(shape, value), toEditorValue) : value;
    default:
      return value;
  }
}

/** The value as a file writes it; undefined when the editor left it empty. */
export function toFileValue(value: unknown, shape: FieldShape): unknown {
  if (isEmpty(value)) return undefined;
  switch (shape.kind) {
    case 'localized': {
      if (!isRecord(value)) return value;
      const zh = isEmpty(value.zh) ? undefined : value.zh;
      const en = isEmpty(value.en) ? undefined : value.en;
      if (zh === undefined && en === undefined) return undefined;
      return en === undefined ? zh : { ...(zh === undefined ? {} : { zh }), en };
    }
    case 'quantity': {
      if (!isRecord(value)) return value;
      if (isEmpty(value.value)) return undefined;
      const number =
        typeof value.value === 'string' &&
        value.value.trim() !== '' &&
        Number.isFinite(Number(value.value))
          ? Number(value.value)
          : value.value;
      return isEmpty(value.qualifier) || value.qualifier === 'exact'
        ? number
        : { value: number, qualifier: value.qualifier };
    }
    case 'number':
      return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))
        ? Number(value)
        : value;
    case 'partialDate':
      return dateValue(value);
    case 'period': {
      if (!isRecord(value)) return dateValue(value);
      const from = dateValue(value.from);
      const to = dateValue(value.to);
      if (from === undefined && to === undefined) return undefined;
      return to === undefined ? from : { from, to };
    }
    case 'list':
      return Array.isArray(value)
        ? value.map((item) => toFileValue(item, shape.item)).filter((item) => item !== undefined)
        : value;
    case 'object':
    case 'variants': {
      if (!isRecord(value)) return value;
      const fields = shape.kind === 'object' ? shape.fields : variantFields(shape, value);
      const result = mapFields(value, fields, toFileValue);
      const meaningful = Object.keys(result).filter(
        (key) => shape.kind === 'object' || key !== shape.key,
      );
      return meaningful.length === 0 ? undefined : result;
    }
    default:
      return value;
  }
}

/** The one form of a value, for comparing what a file says with what the editor sent. */
export const canonical = (value: unknown, shape: FieldShape): unknown =>
  toFileValue(toEditorValue(value, shape), shape);

/** Equal data, whatever the order of keys. */
export function sameData(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b))
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => sameData(item, b[i]))
    );
  if (isRecord(a) || isRecord(b)) {
    if (!isRecord(a) || !isRecord(b)) return false;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameData(a[key], b[key]));
  }
  return a === b;
}
