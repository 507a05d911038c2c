import { z } from 'astro/zod';
import { localizedSchema, localFileSchema, ref, yearSchema } from './common.ts';
import { ADMIN_LEVELS, SKILL_GRADES } from './vocabulary.ts';

/** An honour held by a person: 全国劳动模范, 全国五一劳动奖章, 大国工匠 … */
export const honourSchema = z.strictObject({
  /** Title of the honour, verbatim. */
  title: localizedSchema,
  /** Level at which it was conferred. */
  level: z.enum(ADMIN_LEVELS),
  /** Year conferred. */
  year: yearSchema,
  /** The body that conferred it. */
  conferredBy: ref('organisations').optional(),
});

/** A person: a studio leader, a member, an award winner. */
export const makePersonSchema = <T extends z.ZodType>(photo: T) => z.strictObject({
  /** Full name. */
  name: localizedSchema,
  /** Job title or post, such as 检修班班长. */
  jobTitle: localizedSchema,
  /** Employer. */
  employer: ref('organisations'),
  /** Highest skill or professional grade. */
  skillGrade: z.enum(SKILL_GRADES).optional(),
  /** Honours, in any order; pages sort them by year. */
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
