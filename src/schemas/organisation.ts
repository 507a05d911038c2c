import { z } from 'astro/zod';
import { localizedSchema, ref } from './common.ts';
import { ADMIN_LEVELS, INDUSTRIES, ORGANISATION_KINDS } from './vocabulary.ts';

/** An employer or an issuing authority (a federation of trade unions, an industry union, a company). */
export const organisationSchema = z.strictObject({
  /** Full official name. */
  name: localizedSchema,
  /** Short name used in tables, such as 锦州市总工会. */
  shortName: localizedSchema.optional(),
  /** What kind of body this is. */
  kind: z.enum(ORGANISATION_KINDS),
  /** Administrative level at which it acts. */
  level: z.enum(ADMIN_LEVELS),
  /** Province, city or district it belongs to. */
  region: localizedSchema,
  /** Industry, for employers. */
  industry: z.enum(INDUSTRIES).optional(),
  /** The body above it, such as a city federation's provincial federation. */
  parent: ref('organisations').optional(),
  /** Official website, shown as text only. */
  website: z.url().optional(),
});
export type Organisation = z.output<typeof organisationSchema>;
