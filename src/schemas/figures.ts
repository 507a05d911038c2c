import { z } from 'astro/zod';
import { quantitySchema, ref, sourceSchema, yearMonthSchema } from './common.ts';
import { SKILL_GRADES } from './vocabulary.ts';

/** Improvement proposals (合理化建议) in a period. */
export const proposalsSchema = z.strictObject({
  /** Put forward. */
  submitted: quantitySchema.optional(),
  /** Adopted, when reported. */
  adopted: quantitySchema.optional(),
  /** Applied and implemented, when reported. */
  implemented: quantitySchema.optional(),
});

/** Patents granted in a period, by type. */
export const patentsSchema = z.strictObject({
  /** Invention patents. */
  invention: quantitySchema.optional(),
  /** Utility-model patents. */
  utilityModel: quantitySchema.optional(),
  /** Design patents. */
  design: quantitySchema.optional(),
  /** All patents, when the source gives a total without (or beyond) the types. */
  total: quantitySchema.optional(),
});

/** People promoted to a grade in a period. */
export const promotionSchema = z.strictObject({
  /** Grade reached. */
  grade: z.enum(SKILL_GRADES),
  /** How many. */
  count: quantitySchema,
});

/** A month written YYYY-MM, or "founding" for a figure reported "since founding". */
const periodStartSchema = z.union([yearMonthSchema, z.literal('founding')]);

const lower = (quantity: { value: number } | undefined) => quantity?.value;
const notAbove = (part: { value: number; qualifier: string } | undefined, whole: { value: number; qualifier: string } | undefined) =>
  // A lower bound ("at least 80") may exceed nothing; only exact figures can contradict each other.
  !part || !whole || whole.qualifier !== 'exact' || part.qualifier !== 'exact' || part.value <= whole.value;

/**
 * What a studio reported for one period. A period within one calendar year (a whole year is
 * YYYY-01 to YYYY-12, a part such as 2021-08 to 2021-10) counts in that year's figures; a period
 * over several years or "since founding" is a cumulative report, shown for what it is and never
 * added to yearly figures.
 */
export const periodFiguresSchema = z
  .strictObject({
    /** First month of the period, or "founding" for "since founding". */
    from: periodStartSchema,
    /** Last month of the period (the month of the report for "since founding … up to"); only "since founding" may leave it out, when the source does not date it. */
    to: yearMonthSchema.optional(),
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
    /** Studios incubated (孵化). */
    incubated: quantitySchema.optional(),
    /** Where these figures were published. */
    source: sourceSchema.optional(),
  })
  .refine((period) => period.from === 'founding' || period.to !== undefined, {
    message: 'is missing; expected the last month YYYY-MM (only a period "since founding" may leave it out)',
    path: ['to'],
  })
  .refine((period) => period.from === 'founding' || period.to === undefined || period.from <= period.to, {
    message: 'from must not be after to',
    path: ['to'],
  })
  .refine(
    (period) =>
      !period.proposals || (notAbove(period.proposals.adopted, period.proposals.submitted) && notAbove(period.proposals.implemented, period.proposals.adopted)),
    { message: 'implemented ≤ adopted ≤ submitted', path: ['proposals'] },
  )
  .refine(
    (period) => {
      const typed = [period.patents?.invention, period.patents?.utilityModel, period.patents?.design].map(lower).filter((value) => value !== undefined);
      const total = period.patents?.total;
      return !total || total.qualifier !== 'exact' || typed.reduce((a, b) => a + b, 0) <= total.value;
    },
    { message: 'the patent total must not be smaller than the typed patents', path: ['patents', 'total'] },
  );
export type PeriodFigures = z.output<typeof periodFiguresSchema>;

/** A studio's reported figures, one entry per studio, periods in any order; yearly periods never overlap. */
export const figuresSchema = z.strictObject({
  /** The studio reporting. */
  studio: ref('studios'),
  /** Reported periods. */
  periods: z.array(periodFiguresSchema).min(1),
});
export type StudioFigures = z.output<typeof figuresSchema>;
