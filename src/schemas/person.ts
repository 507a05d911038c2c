import { z } from 'astro/zod';
import { localizedSchema, localFileSchema, ref, yearSchema } from './common.ts';
import { ADMIN_LEVELS, SKILL_GRADES } from './vocabulary.ts';

/** An honour held by a person: 全国劳动模范, 全国五一劳动奖章, 大国工匠 … */
export const honourSchema = z.strictObject({
  /** Title of the honour, verbatim. */
  title: localizedSchema,
  /** Level at which it was conferred, when known. */
  level: z.enum(ADMIN_LEVELS).optional(),
  /** Year conferred, when the source gives it. */
  year: yearSchema.optional(),
  /** The body that conferred it. */
  conferredBy: ref('organisations').optional(),
});

/** A person: a studio leader, a member, an award winner. */
export const makePersonSchema = <T extends z.ZodType>(photo: T) =>
  z.strictObject({
    /** Full name. */
    name: localizedSchema,
    /** Job title or post, such as 检修班班长, when known. */
    jobTitle: localizedSchema.optional(),
    /** Employer, when known. */
    employer: ref('organisations').optional(),
    /** Highest skill or professional grade. */
    skillGrade: z.enum(SKILL_GRADES).optional(),
    /** Honours, in any order; pages sort them by year, those without a year last. */
    honours: z.array(honourSchema).default([]),
    /** Short biography. */
    bio: localizedSchema.optional(),
    /** Portrait beside this file. */
    photo: photo.optional(),
    /** Alternative text of the portrait. */
    photoAlt: localizedSchema.optional(),
  });
export const personSchema = makePersonSchema(localFileSchema);
export type Person = z.output<typeof personSchema>;
