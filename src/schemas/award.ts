import { z } from 'astro/zod';
import { localizedSchema, partialDateSchema, ref, sourceSchema, yearSchema } from './common.ts';
import { AWARD_RANKS } from './vocabulary.ts';

/** A recipient of an award: a person, a team or a studio, told apart by `type`. */
export const recipientSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('person'),
    /** The person. */
    person: ref('people'),
  }),
  z.strictObject({
    type: z.literal('team'),
    /** Team name as announced. */
    name: localizedSchema,
    /** Team members with pages. */
    members: z.array(ref('people')).default([]),
  }),
  z.strictObject({
    type: z.literal('studio'),
    /** The studio. */
    studio: ref('studios'),
  }),
]);
export type Recipient = z.output<typeof recipientSchema>;

/** An award or a competition win. */
export const awardSchema = z
  .strictObject({
    /** The competition or award scheme (an id in content/competitions), which gives the level and family. */
    competition: ref('competitions'),
    /** Rank won. */
    rank: z.enum(AWARD_RANKS),
    /** The place, when rank is place (第N名). */
    place: z.number().int().positive().optional(),
    /** Year of the round. */
    year: yearSchema,
    /** Date announced, at the precision known. */
    date: partialDateSchema.optional(),
    /** What won: the project, result or entry, as the announcement words it. */
    achievement: localizedSchema,
    /** The entry in content/achievements it was won for, when the register has one (the title above stays as announced). */
    achievementId: ref('achievements').optional(),
    /** Who won it. */
    recipients: z.array(recipientSchema).min(1),
    /** The studio the win is credited to, when the recipient is a person or team. */
    studio: ref('studios').optional(),
    /** Where the result was published. */
    source: sourceSchema.optional(),
  })
  .refine((award) => (award.rank === 'place') === (award.place !== undefined), {
    message: 'place (a number) is required when rank is place, and only then',
    path: ['place'],
  });
export type Award = z.output<typeof awardSchema>;
