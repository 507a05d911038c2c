import { z } from 'astro/zod';
import { localizedSchema, localFileSchema, partialDateSchema, quantitySchema, ref, sourceSchema, yearSchema } from './common.ts';
import { ASSESSMENT_GRADES, ASSESSMENT_OUTCOMES, PAIRING_KINDS, STUDIO_LEVELS } from './vocabulary.ts';

/** One studio named by a naming decision. */
export const namedStudioSchema = z.strictObject({
  /** The studio named. */
  studio: ref('studios'),
  /** Level granted. */
  level: z.enum(STUDIO_LEVELS),
  /** The designation as the decision words it, such as 锦州市劳模创新工作室, when it says. */
  designation: localizedSchema.optional(),
  /** Group heading in the attachment list (a town, an industry), when the list is grouped. */
  group: localizedSchema.optional(),
  /** Funding granted, in 万元. */
  funding: quantitySchema.optional(),
});

/** One studio's result in an assessment notice. */
export const assessmentResultSchema = z.strictObject({
  /** The studio assessed. */
  studio: ref('studios'),
  /** Grade given. */
  grade: z.enum(ASSESSMENT_GRADES),
  /** Score out of 100, when published. */
  score: z.number().min(0).max(100).optional(),
  /** What follows from the grade; revoked ends the designations this issuer granted. */
  outcome: z.enum(ASSESSMENT_OUTCOMES).default('retained'),
});

/** A pairing (结对共建), an alliance or an incubation announced in a notice. */
export const pairingSchema = z.strictObject({
  /** Studios taking part; for incubation the first one incubates the others. */
  studios: z.array(ref('studios')).min(2),
  /** Form of the pairing. */
  kind: z.enum(PAIRING_KINDS),
  /** What they work on together, when stated. */
  topic: localizedSchema.optional(),
  /** Joint projects completed, when reported. */
  jointProjects: quantitySchema.optional(),
});

/** An original file (PDF, Word) published with the document. */
export const attachmentSchema = z.strictObject({
  /** Path of the file beside the document. */
  file: localFileSchema,
  /** Title shown in the link. */
  title: localizedSchema,
});

/** One studio commended or rewarded by a commendation. */
export const commendedStudioSchema = z.strictObject({
  /** The studio commended. */
  studio: ref('studios'),
  /** The level of the commendation (the level of the commending body). */
  level: z.enum(STUDIO_LEVELS),
  /** The commendation as worded, such as 优秀劳模创新工作室. */
  designation: localizedSchema.optional(),
  /** Group heading in the list, when grouped. */
  group: localizedSchema.optional(),
  /** Reward, in 万元. */
  funding: quantitySchema.optional(),
});

/** Fields every document has. */
const documentBase = {
  /** Document number kept verbatim with its 〔〕 brackets, such as 锦工发〔2021〕31号; omitted for unnumbered documents (无文号). */
  number: z.string().min(1).optional(),
  /** Issuing organisation. */
  issuer: ref('organisations'),
  /** Organisations issuing jointly (a science department, a Party organisation department). */
  coIssuers: z.array(ref('organisations')).default([]),
  /** Date of issue, at the precision known. */
  date: partialDateSchema,
  /** Where the document can be read publicly (a union website, a newspaper). */
  sources: z.array(sourceSchema).default([]),
  /** Title as printed. */
  title: localizedSchema,
  /** Addressees (主送), as printed. */
  addressees: localizedSchema.optional(),
  /** One-sentence summary for lists and search. */
  summary: localizedSchema.optional(),
  /** Original files. */
  attachments: z.array(attachmentSchema).default([]),
  /** Keep out of the production build (shown in `npm run dev`, marked). */
  draft: z.boolean().default(false),
};

/** Union documents, told apart by `type`. The full text is the MDX body. */
export const documentSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('naming-decision'),
    ...documentBase,
    /** The cycle year (年度) of the namings, when it differs from the year of the decision. */
    cycleYear: yearSchema.optional(),
    /** Batch, such as 第三批. */
    batch: localizedSchema.optional(),
    /** The studios named, in the order of the attachment list. */
    named: z.array(namedStudioSchema).min(1),
  }),
  z.strictObject({
    type: z.literal('selection-notice'),
    ...documentBase,
    /** The cycle year (年度) of the selection. */
    cycleYear: yearSchema.optional(),
    /** Batch, such as 第三批. */
    batch: localizedSchema.optional(),
    /** The studios selected and announced for public comment (公示), not yet named. */
    selected: z.array(namedStudioSchema).min(1),
  }),
  z.strictObject({
    type: z.literal('commendation'),
    ...documentBase,
    /** The studios commended or rewarded. */
    commended: z.array(commendedStudioSchema).min(1),
  }),
  z.strictObject({
    type: z.literal('assessment-notice'),
    ...documentBase,
    /** Cycle assessed, such as "2019–2021". */
    cycle: z.string().min(1),
    /** Results per studio. */
    results: z.array(assessmentResultSchema).min(1),
    /** Pairing results announced in the same notice. */
    pairings: z.array(pairingSchema).default([]),
  }),
  z.strictObject({
    type: z.literal('pairing-notice'),
    ...documentBase,
    /** The pairings announced. */
    pairings: z.array(pairingSchema).min(1),
  }),
  z.strictObject({
    type: z.literal('other'),
    ...documentBase,
  }),
]);
export type UnionDocument = z.output<typeof documentSchema>;
export type NamingDecision = Extract<UnionDocument, { type: 'naming-decision' }>;
export type AssessmentNotice = Extract<UnionDocument, { type: 'assessment-notice' }>;
export type PairingNotice = Extract<UnionDocument, { type: 'pairing-notice' }>;
export type SelectionNotice = Extract<UnionDocument, { type: 'selection-notice' }>;
export type Commendation = Extract<UnionDocument, { type: 'commendation' }>;

/** True for a naming decision. */
export const isNamingDecision = (doc: UnionDocument): doc is NamingDecision => doc.type === 'naming-decision';
/** True for a public notice of selection (公示). */
export const isSelectionNotice = (doc: UnionDocument): doc is SelectionNotice => doc.type === 'selection-notice';
/** True for a commendation. */
export const isCommendation = (doc: UnionDocument): doc is Commendation => doc.type === 'commendation';
/** True for an assessment notice. */
export const isAssessmentNotice = (doc: UnionDocument): doc is AssessmentNotice => doc.type === 'assessment-notice';
/** True for any document that announces pairings. */
export const hasPairings = (doc: UnionDocument): doc is AssessmentNotice | PairingNotice => doc.type === 'pairing-notice' || doc.type === 'assessment-notice';

/** An English translation of a document's full text; its file name is the document's id. */
export const documentTranslationSchema = z.strictObject({
  /** Translated title, when it differs from the document's `title.en`. */
  title: z.string().min(1).optional(),
});
