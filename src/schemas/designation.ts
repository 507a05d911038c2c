import { z } from 'astro/zod';
import { isoDateSchema, localizedSchema, quantitySchema, ref } from './common.ts';
import { STUDIO_LEVELS } from './vocabulary.ts';

/** Where a designation not backed by a document in `content/` was published. */
export const sourceSchema = z.strictObject({
  /** Title of the list or announcement. */
  title: localizedSchema,
  /** Its document number, when it has one. */
  number: z.string().optional(),
  /** A public address where it can be read. */
  url: z.url().optional(),
});

/**
 * A designation whose naming document is not in the archive, such as a national title from an
 * ACFTU list. Designations from documents in `content/documents` must not be repeated here.
 */
export const designationSchema = z.strictObject({
  /** The studio designated. */
  studio: ref('studios'),
  /** Level granted. */
  level: z.enum(STUDIO_LEVELS),
  /** The designation as worded by the naming body. */
  designation: localizedSchema,
  /** Body that named it. */
  namedBy: ref('organisations'),
  /** Date of the naming. */
  date: isoDateSchema,
  /** Batch, such as 第三批. */
  batch: localizedSchema.optional(),
  /** Funding granted, in 万元. */
  funding: quantitySchema.optional(),
  /** Where it was published. */
  source: sourceSchema,
});
export type Designation = z.output<typeof designationSchema>;
