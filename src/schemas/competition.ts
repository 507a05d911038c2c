import { z } from 'astro/zod';
import { localizedSchema, ref } from './common.ts';
import { ADMIN_LEVELS, AWARD_FAMILIES } from './vocabulary.ts';

/**
 * A competition or award scheme, defined once: its level and family belong to it, and every award
 * won in it takes them from here, so a filter by level finds all of its awards.
 */
export const competitionSchema = z.strictObject({
  /** Name, such as 辽宁省职工技术创新成果评选. */
  name: localizedSchema,
  /** Organiser, when known. */
  organiser: ref('organisations').optional(),
  /** Family of competition. */
  family: z.enum(AWARD_FAMILIES),
  /** Level of the competition. */
  level: z.enum(ADMIN_LEVELS),
});
export type Competition = z.output<typeof competitionSchema>;
