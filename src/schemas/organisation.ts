import { z } from 'astro/zod';
import { localizedSchema, ref } from './common.ts';
import { ADMIN_LEVELS, INDUSTRIES, ORGANISATION_KINDS } from './vocabulary.ts';

/** An employer or an issuing authority (a federation of trade unions, an industry union, a company). */
export const organisationSchema = z
  .strictObject({
    /** Full official name, when known. */
    name: localizedSchema.optional(),
    /** Short name used in tables, such as 锦州市总工会; alone when the source gives only an abbreviation. */
    shortName: localizedSchema.optional(),
    /** What kind of body this is, when known. */
    kind: z.enum(ORGANISATION_KINDS).optional(),
    /** Administrative level at which it acts, when known. */
    level: z.enum(ADMIN_LEVELS).optional(),
    /** Province, city, district, town or street it belongs to, when known. */
    region: localizedSchema.optional(),
    /** Industry, for employers. */
    industry: z.enum(INDUSTRIES).optional(),
    /** The industry in words, when `industry` is other or missing from the vocabulary. */
    industryText: localizedSchema.optional(),
    /** The body above it, such as a city federation's provincial federation. */
    parent: ref('organisations').optional(),
    /** Official website, shown as text only. */
    website: z.url().optional(),
  })
  .refine((organisation) => organisation.name !== undefined || organisation.shortName !== undefined, {
    message: 'give name or shortName: an organisation needs at least one of them',
    path: ['name'],
  });
export type Organisation = z.output<typeof organisationSchema>;
