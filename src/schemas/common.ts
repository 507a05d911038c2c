import { z } from 'astro/zod';
import { QUANTITY_QUALIFIERS } from './vocabulary.ts';

/** An entry id: lower-case letters, digits and hyphens, as used in URLs. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id of lower-case letters, digits and hyphens, such as "zhao-pengda"');

/** A reference to an entry of another collection, by id; resolved by `src/lib/validate.ts`. */
export const ref = (collection: string) => idSchema.describe(`reference:${collection}`);

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

/** A calendar date written YYYY-MM-DD; kept as a string so that no time zone can shift it. */
export const isoDateSchema = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value), {
    message: 'a real date written YYYY-MM-DD, such as 2021-12-07',
  });

/** A month written YYYY-MM. */
export const yearMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month written YYYY-MM, such as 2021-08');

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
