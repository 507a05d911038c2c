import { z } from 'astro/zod';
import { issuersSchema, localizedSchema, partialDateSchema, quantitySchema, ref, sourceSchema, yearSchema } from './common.ts';
import { RECOGNITION_STAGES, STUDIO_LEVELS } from './vocabulary.ts';

/**
 * A recognition whose document is not in the archive: a national title from an ACFTU list, a 公示
 * read in union news, a commendation. Recognitions made by documents in `content/documents` must
 * not be repeated here. Required is only what identifies it: the studio, the level, and the
 * issuers or a source; every other fact is given only when the source states it.
 */
export const designationSchema = z
  .strictObject({
    /** The studio recognised. */
    studio: ref('studios'),
    /** Level granted (for a commendation, the level of the commending body). */
    level: z.enum(STUDIO_LEVELS),
    /** named (default), publicised (公示, not yet named) or commended (a commendation of a named studio). */
    stage: z.enum(RECOGNITION_STAGES).default('named'),
    /** The designation or commendation as worded by the issuer. */
    designation: localizedSchema.optional(),
    /** Bodies that named it; several for a joint decision (a federation and a science department). */
    issuers: issuersSchema.default([]),
    /** Date of the naming, at the precision the source gives. */
    date: partialDateSchema.optional(),
    /** The cycle year (年度) the naming belongs to, when it differs from the date's year or the date is unknown. */
    cycleYear: yearSchema.optional(),
    /** Batch, such as 第三批. */
    batch: localizedSchema.optional(),
    /** Funding granted, or the reward of a commendation, in 万元. */
    funding: quantitySchema.optional(),
    /** Where it was published. */
    source: sourceSchema.optional(),
  })
  .refine((designation) => designation.issuers.length > 0 || designation.source !== undefined, {
    message: 'give issuers or a source: a recognition needs at least one of them',
    path: ['issuers'],
  });
export type Designation = z.output<typeof designationSchema>;
