import { z } from 'astro/zod';
import { localizedSchema, localFileSchema, partialDateSchema, quantitySchema, ref } from './common.ts';
import { INDUSTRIES, MEMBER_ROLES, SKILL_GRADES, STUDIO_KINDS, STUDIO_STATUSES } from './vocabulary.ts';

/** A member of a studio: a person with a page, or a name only. */
export const memberSchema = z
  .strictObject({
    /** The member's page, when they have one. */
    person: ref('people').optional(),
    /** The member's name, when they have no page. */
    name: localizedSchema.optional(),
    /** Role in the studio. */
    role: z.enum(MEMBER_ROLES),
    /** Skill or professional grade, when not on the person's page. */
    grade: z.enum(SKILL_GRADES).optional(),
  })
  .refine((member) => Boolean(member.person) !== Boolean(member.name), {
    message: 'either person (an id in content/people) or name, not both',
  });

/**
 * A studio. Its designations, grades and pairings are not typed here: they are derived from the
 * union's documents and from designation records, so that one fact lives in one place.
 * `photo` is a path for the validator; Astro passes its image() helper to get an optimisable image.
 */
export const makeStudioSchema = <T extends z.ZodType>(photo: T) =>
  z.strictObject({
    /** Official title, kept verbatim (劳模创新工作室, 职工创新工作室, 工匠创新工作室 …). The only required fact. */
    title: localizedSchema,
    /** Which kind of studio the title names, when it is one of the known kinds. */
    kind: z.enum(STUDIO_KINDS).optional(),
    /** Leading person (领衔人); topic-named studios may have none. */
    leader: ref('people').optional(),
    /** Employer hosting the studio, when the source names it. */
    employer: ref('organisations').optional(),
    /** Industry, when the source states it or the employer makes it unmistakable. */
    industry: z.enum(INDUSTRIES).optional(),
    /** The industry in words, when `industry` is other or the vocabulary has no fitting entry. */
    industryText: localizedSchema.optional(),
    /** Region the studio sits in, as precise as the source gives it (province down to town or street). */
    region: localizedSchema.optional(),
    /** When it was founded, at the precision the source gives. */
    founded: partialDateSchema.optional(),
    /** Focus areas, short phrases. */
    focus: z.array(localizedSchema).default([]),
    /** Members with roles and grades; the leader may be listed again with role leader. */
    members: z.array(memberSchema).default([]),
    /** Total headcount when larger than the members listed. */
    memberCount: quantitySchema.optional(),
    /** Site area in square metres. */
    siteArea: quantitySchema.optional(),
    /** Whether the studio is still running; revocations by an assessment notice need no entry here. */
    status: z.enum(STUDIO_STATUSES).default('active'),
    /** The studio it was merged into, when status is merged. */
    mergedInto: ref('studios').optional(),
    /** When it was merged, or revoked when status is revoked without an assessment notice in the archive. */
    statusDate: partialDateSchema.optional(),
    /** The document that revoked or merged it, when it is in the archive. */
    statusDocument: ref('documents').optional(),
    /** One-paragraph description. */
    summary: localizedSchema.optional(),
    /** Photo beside this file. */
    photo: photo.optional(),
    /** Alternative text of the photo. */
    photoAlt: localizedSchema.optional(),
    /** Show on the home page. */
    featured: z.boolean().default(false),
  });
export const studioSchema = makeStudioSchema(localFileSchema);
export type Studio = z.output<typeof studioSchema>;
