import { z } from 'astro/zod';
import { localizedSchema, localFileSchema, partialDateSchema, quantitySchema, ref, sourceSchema, type PartialDate } from './common.ts';
import { attachmentSchema } from './document.ts';
import { ACHIEVEMENT_STAGES, ACHIEVEMENT_TYPES, PATENT_STATUSES, PATENT_TYPES, type PatentType } from './vocabulary.ts';

/**
 * A Chinese patent number as the patent office prints it: an application number (申请号/专利号)
 * of 12 digits and a check digit, such as 202120123456.9 or ZL 2021 2 0123456.9 (year, type
 * digit 1 invention / 2 utility model / 3 design, serial, check digit).
 */
const PATENT_NUMBER = /^(?:ZL)?(\d{4})([123])(\d{7})\.([\dX])$/;

/** The number without spaces and with ZL and X in capitals: how two spellings of one patent compare. */
export const normalisePatentNumber = (number: string): string => number.replace(/\s+/g, '').toUpperCase().replace(/^ZL/, '');

/** The check digit of the 12 digits of an application number (weights 2–9, 2–5; modulo 11; 10 is X). */
export function patentCheckDigit(digits: string): string {
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const sum = [...digits].reduce((total, digit, i) => total + Number(digit) * weights[i]!, 0);
  const check = sum % 11;
  return check === 10 ? 'X' : String(check);
}

/** The type a patent number says (its fifth digit), or undefined when it is not a valid number. */
export function patentTypeOfNumber(number: string): PatentType | undefined {
  const match = PATENT_NUMBER.exec(normalisePatentNumber(number));
  if (!match) return undefined;
  return ({ 1: 'invention', 2: 'utility-model', 3: 'design' } as const)[match[2] as '1' | '2' | '3'];
}

const PATENT_FORMAT = 'a patent number of 12 digits, a dot and a check digit, such as "202120123456.9" or "ZL 2021 2 0123456.9"';
const PATENT_CHECK = 'a patent number whose last digit is its check digit; check the number against the certificate';
const PATENT_TYPE_DIGIT = 'the fifth digit of the patent number gives its type (1 invention, 2 utility model, 3 design); expected type to agree with it';

/** A patent number: its format and its check digit. */
export const patentNumberSchema = z
  .string()
  .refine((value) => PATENT_NUMBER.test(normalisePatentNumber(value)), { message: PATENT_FORMAT })
  .refine(
    (value) => {
      const match = PATENT_NUMBER.exec(normalisePatentNumber(value));
      return !match || patentCheckDigit(`${match[1]}${match[2]}${match[3]}`) === match[4];
    },
    { message: PATENT_CHECK },
  );

/** A patent protecting the achievement. */
export const patentSchema = z
  .strictObject({
    /** Application or patent number, as printed (ZL and spaces allowed); unique across the register. */
    number: patentNumberSchema,
    /** Invention, utility model or design; must agree with the number's type digit. */
    type: z.enum(PATENT_TYPES),
    /** Applied for (申请) or granted (授权). */
    status: z.enum(PATENT_STATUSES),
    /** The patent's own title, when it differs from the achievement's. */
    title: localizedSchema.optional(),
    /** Date of application, at the precision known. */
    filed: partialDateSchema.optional(),
    /** Date of grant, at the precision known; only for a granted patent. */
    granted: partialDateSchema.optional(),
  })
  .refine((patent) => patentTypeOfNumber(patent.number) === undefined || patentTypeOfNumber(patent.number) === patent.type, {
    message: PATENT_TYPE_DIGIT,
    path: ['type'],
  })
  .refine((patent) => patent.status === 'granted' || patent.granted === undefined, {
    message: 'granted (a date) only for a patent whose status is granted',
    path: ['granted'],
  });
export type Patent = z.output<typeof patentSchema>;

/** One step of an achievement's history: a stage reached, when known, and where. */
export const statusStepSchema = z.strictObject({
  /** proposed, adopted, implemented or promoted (推广应用 to other units). */
  stage: z.enum(ACHIEVEMENT_STAGES),
  /** When the stage was reached, at the precision known. */
  date: partialDateSchema.optional(),
  /** What the source says about the step (who adopted it, which units took it up). */
  note: localizedSchema.optional(),
});
export type StatusStep = z.output<typeof statusStepSchema>;

/** The span a benefit was measured over: a year or a month ("2022"), or from one date to another. */
export interface BenefitPeriod {
  from: PartialDate;
  /** Absent when the period is the single year or month in `from`. */
  to?: PartialDate;
}

const BENEFIT_PERIOD_FORMS = 'the period the benefit was measured over: a year or a month in quotes ("2022", "2022-06") or { from: "2022-01", to: "2023-06" }';

/** A benefit's period: required, because an amount of money saved means nothing without the time it took. */
export const benefitPeriodSchema = z.unknown().transform((input, context): BenefitPeriod => {
  const asDate = (value: unknown) => partialDateSchema.safeParse(value);
  if (input !== null && typeof input === 'object' && 'from' in input) {
    const keys = Object.keys(input);
    const from = asDate((input as { from: unknown }).from);
    const to = 'to' in input ? asDate((input as { to: unknown }).to) : undefined;
    if (keys.every((key) => key === 'from' || key === 'to') && from.success && (!to || to.success))
      return to?.success ? { from: from.data, to: to.data } : { from: from.data };
  } else {
    const single = input === undefined ? undefined : asDate(input);
    if (single?.success && !single.data.before) return { from: single.data };
  }
  context.addIssue({
    code: 'custom',
    message: input === undefined ? `is missing; expected ${BENEFIT_PERIOD_FORMS}` : `expected ${BENEFIT_PERIOD_FORMS}`,
    input,
  });
  return z.NEVER;
});

/** Economic benefit (经济效益), in 万元, with the period it was measured over. */
export const benefitSchema = z.strictObject({
  /** The amount in 万元, exact or qualified ({ value: 120, qualifier: about }). */
  amount: quantitySchema,
  /** The period measured over; required. */
  period: benefitPeriodSchema,
  /** How the source states it (年节约…, 累计创效…), when worth keeping. */
  note: localizedSchema.optional(),
});
export type Benefit = z.output<typeof benefitSchema>;

/** A photo beside the entry, published through the image pipeline. */
export const makeAchievementPhotoSchema = <T extends z.ZodType>(photo: T) =>
  z.strictObject({
    /** Path of the image beside this file. */
    file: photo,
    /** Alternative text: what the photo shows. */
    alt: localizedSchema,
    /** Caption under the photo, when it says more than the alternative text. */
    caption: localizedSchema.optional(),
  });

/**
 * An achievement (成果): one innovation a studio or its people made, with its kind, history,
 * results, patents, honours (awards point here) and sources. The Markdown body tells the problem,
 * the solution and the effect.
 */
export const makeAchievementSchema = <T extends z.ZodType>(photo: T) =>
  z
    .strictObject({
      /** Title, verbatim in Chinese, with an English title when one is given. */
      title: localizedSchema,
      /** The kind of result (vocabulary ACHIEVEMENT_TYPES, labels in src/lib/site/i18n.ts). */
      type: z.enum(ACHIEVEMENT_TYPES),
      /** Studios it comes from. */
      studios: z.array(ref('studios')).default([]),
      /** People with a page in the archive who made it. */
      people: z.array(ref('people')).default([]),
      /** People outside the archive, by name as the source gives it. */
      otherPeople: z.array(localizedSchema).default([]),
      /** The team it is credited to (a QC group, an innovation team), by name. */
      team: localizedSchema.optional(),
      /** When it was made or completed, at the precision known; the register files it under this year. */
      date: partialDateSchema.optional(),
      /** Its history, oldest first: stages in order, never going back in time. */
      status: z.array(statusStepSchema).default([]),
      /** For a batch entry (22 proposals of August–October 2021): how many results it stands for. */
      count: quantitySchema.optional(),
      /** Economic benefit with its period. */
      benefit: benefitSchema.optional(),
      /** Patents protecting it. */
      patents: z.array(patentSchema).default([]),
      /** Units where it is applied, as the source names them. */
      appliedAt: z.array(localizedSchema).default([]),
      /** Union documents about it in the archive. */
      documents: z.array(ref('documents')).default([]),
      /** News about it: slugs of content/news/zh/ articles (the file name without extension). */
      news: z.array(ref('news', { idPrefix: 'zh/' })).default([]),
      /** One-sentence summary for lists and search. */
      summary: localizedSchema.optional(),
      /** Photos beside this file. */
      photos: z.array(makeAchievementPhotoSchema(photo)).default([]),
      /** Original files (PDF, Word …) beside this file, published at /achievements/<id>/files/<file>. */
      attachments: z.array(attachmentSchema).default([]),
      /** Where it was published: a source URL or a document reference. */
      sources: z.array(sourceSchema).default([]),
    })
    .refine((achievement) => achievement.studios.length + achievement.people.length + achievement.otherPeople.length > 0 || achievement.team !== undefined, {
      message: 'give where it comes from: studios, people, otherPeople or team',
      path: ['studios'],
    });
export const achievementSchema = makeAchievementSchema(localFileSchema);
export type Achievement = z.output<typeof achievementSchema>;
