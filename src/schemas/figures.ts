import { z } from 'astro/zod';
import { quantitySchema, ref, yearMonthSchema } from './common.ts';
import { SKILL_GRADES } from './vocabulary.ts';

/** Improvement proposals (合理化建议) in a period. */
export const proposalsSchema = z.strictObject({
  /** Put forward. */
  submitted: quantitySchema,
  /** Adopted. */
  adopted: quantitySchema,
  /** Applied and implemented. */
  implemented: quantitySchema,
});

/** Patents granted in a period, by type. */
export const patentsSchema = z.strictObject({
  /** Invention patents. */
  invention: quantitySchema.optional(),
  /** Utility-model patents. */
  utilityModel: quantitySchema.optional(),
  /** Design patents. */
  design: quantitySchema.optional(),
});

/** People promoted to a grade in a period. */
export const promotionSchema = z.strictObject({
  /** Grade reached. */
  grade: z.enum(SKILL_GRADES),
  /** How many. */
  count: quantitySchema,
});

/** What a studio reported for one period; a whole year is from YYYY-01 to YYYY-12. */
export const periodFiguresSchema = z
  .strictObject({
    /** First month of the period. */
    from: yearMonthSchema,
    /** Last month of the period, in the same year. */
    to: yearMonthSchema,
    /** Improvement proposals. */
    proposals: proposalsSchema.optional(),
    /** Patents granted. */
    patents: patentsSchema.optional(),
    /** Technical innovations (技术革新) completed. */
    innovations: quantitySchema.optional(),
    /** Technical breakthroughs (攻关) completed. */
    breakthroughs: quantitySchema.optional(),
    /** "Five small" results (五小). */
    fiveSmall: quantitySchema.optional(),
    /** Economic benefit, in 万元. */
    benefit: quantitySchema.optional(),
    /** People trained. */
    trained: quantitySchema.optional(),
    /** People promoted, by grade reached. */
    promoted: z.array(promotionSchema).default([]),
    /** Papers published. */
    papers: quantitySchema.optional(),
  })
  .refine((period) => period.from.slice(0, 4) === period.to.slice(0, 4) && period.from <= period.to, {
    message: 'from and to must lie in one year, from not after to',
    path: ['to'],
  })
  .refine(
    (period) =>
      !period.proposals ||
      (period.proposals.adopted.value <= period.proposals.submitted.value &&
        period.proposals.implemented.value <= period.proposals.adopted.value),
    { message: 'implemented ≤ adopted ≤ submitted', path: ['proposals'] },
  );
export type PeriodFigures = z.output<typeof periodFiguresSchema>;

/** A studio's reported figures, one entry per studio, periods in any order and never overlapping. */
export const figuresSchema = z.strictObject({
  /** The studio reporting. */
  studio: ref('studios'),
  /** Reported periods. */
  periods: z.array(periodFiguresSchema).min(1),
});
export type StudioFigures = z.output<typeof figuresSchema>;
