import { z } from 'astro/zod';
import { QUANTITY_QUALIFIERS, type DatePrecision } from './vocabulary.ts';

/** An entry id: lower-case letters, digits and hyphens, as used in URLs. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id of lower-case letters, digits and hyphens, such as "zhao-pengda"');

/** Where a reference field points: a collection, and for ids written without their folder (a news slug), that folder. */
export interface ReferenceTarget {
  /** The collection the id names (a key of COLLECTIONS in src/lib/content/collections.ts). */
  collection: string;
  /** Prefix of the entry id the value leaves out, such as `zh/` for a Chinese article named by its slug. */
  idPrefix?: string;
}

/**
 * Every schema made by `ref()`, with its target. `src/lib/validation/references.ts` walks each
 * collection's schema and checks every field found here: a new `ref()` field is checked with no
 * other change.
 */
export const referenceTargets = z.registry<ReferenceTarget>();

/** A reference to an entry of another collection, by id (`ref('studios')`); see referenceTargets. */
export function ref(collection: string, options: { idPrefix?: string } = {}) {
  const schema = idSchema.clone();
  referenceTargets.add(schema, { collection, ...options });
  return schema;
}

/** Text a reader sees: Chinese required, English optional. A plain string is Chinese only. */
export const localizedSchema = z
  .union([
    z.string().min(1),
    z.strictObject({
      /** Chinese text, always present. */
      zh: z.string().min(1),
      /** English text, when translated. */
      en: z.string().min(1).optional(),
    }),
  ])
  .transform((value) => (typeof value === 'string' ? { zh: value } : value));
export type Localized = z.output<typeof localizedSchema>;

function isRealDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/**
 * A calendar date written YYYY-MM-DD; kept as a string so that no time zone can shift it. The one
 * YAML parser (YAML 1.2, src/lib/content/content-files.ts) reads an unquoted 2021-12-07 as this string.
 */
export const isoDateSchema = z.string().refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value), {
  message: 'a real date written YYYY-MM-DD, such as 2021-12-07',
});

/**
 * A date at the precision its source gives: a year, a month or a day, or "before" one of these
 * (a source saying "named before June 2015"). Nothing is filled in: 2019 stays the year 2019.
 */
export interface PartialDate {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  value: string;
  /** How much of the date the source states. */
  precision: DatePrecision;
  /** True when the source says only that it happened before this date. */
  before?: true;
}

const PARTIAL_DATE_FORMS = 'a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD" (in quotes), such as "2019", "2019-11" or "2019-11-20", or { before: "2015-06" }';

/** Reads one date written at year, month or day precision; undefined when it is not one. */
function readPartialDate(input: unknown): PartialDate | undefined {
  // YAML 1.2 reads an unquoted 2021-12-07 as a string but an unquoted 2019 as a number.
  const text = typeof input === 'number' && Number.isInteger(input) ? String(input) : input;
  if (typeof text !== 'string') return undefined;
  if (/^\d{4}$/.test(text)) return Number(text) >= 1900 && Number(text) <= 2100 ? { value: text, precision: 'year' } : undefined;
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(text)) return { value: text, precision: 'month' };
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && isRealDate(text)) return { value: text, precision: 'day' };
  return undefined;
}

/** A date at the precision the source gives (see PartialDate). */
export const partialDateSchema = z.unknown().transform((input, context): PartialDate => {
  const before = input !== null && typeof input === 'object' && Object.keys(input).length === 1 && 'before' in input;
  const date = readPartialDate(before ? (input as { before: unknown }).before : input);
  if (!date) {
    context.addIssue({ code: 'custom', message: input === undefined ? `is missing; expected ${PARTIAL_DATE_FORMS}` : `expected ${PARTIAL_DATE_FORMS}`, input });
    return z.NEVER;
  }
  return before ? { ...date, before: true } : date;
});

/** A month written YYYY-MM. */
export const yearMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month written YYYY-MM, such as 2021-08');

/** A year between 1949 and 2100. */
export const yearSchema = z.number().int().min(1949).max(2100);

/**
 * A reported number. A plain number is exact; `{ value, qualifier }` records lower bounds and
 * estimates ("1200多万元" is `{ value: 1200, qualifier: at-least }`).
 */
export const quantitySchema = z
  .union([
    z.number().nonnegative(),
    z.strictObject({
      /** The number as reported. */
      value: z.number().nonnegative(),
      /** exact, at-least (多, 余, 以上) or about (约). */
      qualifier: z.enum(QUANTITY_QUALIFIERS),
    }),
  ])
  .transform((value) => (typeof value === 'number' ? { value, qualifier: 'exact' as const } : value));
export type Quantity = z.output<typeof quantitySchema>;

/** A file that sits beside the entry (photo, attachment), as a path relative to the entry's folder. */
export const localFileSchema = z.string().regex(/^[^/\\:][^:]*$/, 'a path relative to this file, such as "photos/studio.jpg"');

/** A web address: http or https only, so that no link can run script. */
export const webUrlSchema = z.url({ protocol: /^https?$/, message: 'a web address starting with http:// or https://' });

/**
 * A public source of a fact: a document, a list or a news item, with what identifies it. Unnumbered
 * documents (无文号) simply have no `number`.
 */
export const sourceSchema = z
  .strictObject({
    /** Title of the document, list or article. */
    title: localizedSchema.optional(),
    /** Its document number, verbatim, such as 嘉总工〔2022〕15号; omitted when it has none. */
    number: z.string().min(1).optional(),
    /** Who published it (a union's website, a newspaper). */
    publisher: localizedSchema.optional(),
    /** When it was published, at the precision known. */
    date: partialDateSchema.optional(),
    /** A public address where it can be read (http or https). */
    url: webUrlSchema.optional(),
  })
  .refine((source) => source.title !== undefined || source.url !== undefined || source.number !== undefined, {
    message: 'a source needs at least a title, a url or a number',
  });
export type Source = z.output<typeof sourceSchema>;

/** One organisation id or a list of them (joint issuers), read as a list. */
export const issuersSchema = z.union([ref('organisations'), z.array(ref('organisations'))]).transform((value) => (typeof value === 'string' ? [value] : value));
