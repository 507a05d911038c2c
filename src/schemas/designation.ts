import { z } from 'astro/zod';
import { issuersSchema, localizedSchema, moneyQuantitySchema, recordedDateSchema, ref, sourceSchema, yearSchema } from './common.ts';
import { RECOGNITION_STAGES, STUDIO_LEVELS } from './vocabulary.ts';
import { described } from './field-meta.ts';

/**
 * A recognition whose document is not in the archive: a national title from an ACFTU list, a 公示
 * read in union news, a commendation. Recognitions made by documents in `content/documents` must
 * not be repeated here. Required is only what identifies it: the studio, the level, and the
 * issuers or a source; every other fact is given only when the source states it.
 */
export const designationSchema = z
  .strictObject({
    /** The studio recognised. */
    studio: described(ref('studios'), {
      label: { zh: '工作室', en: 'Studio' },
      hint: { zh: '获得称号的工作室。', en: 'The studio recognised.' },
      example: 'zhao-pengda',
    }),
    /** Level granted (for a commendation, the level of the commending body). */
    level: described(z.enum(STUDIO_LEVELS), {
      label: { zh: '级别', en: 'Level' },
      hint: { zh: '授予的级别；表彰时为表彰单位的级别。', en: 'The level granted; for a commendation, the level of the commending body.' },
      example: 'provincial',
    }),
    /** named (default), publicised (公示, not yet named) or commended (a commendation of a named studio). */
    stage: described(z.enum(RECOGNITION_STAGES).default('named'), {
      label: { zh: '阶段', en: 'Stage' },
      hint: { zh: '已命名（默认）、公示中（尚未命名）或受表彰。', en: 'Named (the default), publicised (公示, not yet named) or commended.' },
      example: 'named',
    }),
    /** The designation or commendation as worded by the issuer. */
    designation: described(localizedSchema.optional(), {
      label: { zh: '称号', en: 'Designation' },
      hint: { zh: '发文单位写的称号或表彰名称，照录。', en: 'The designation or commendation as the issuer words it, copied exactly.' },
      example: '辽宁省劳模创新工作室',
    }),
    /** Bodies that named it; several for a joint decision (a federation and a science department). */
    issuers: described(issuersSchema.default([]), {
      label: { zh: '命名单位', en: 'Issuers' },
      hint: { zh: '联合命名时选多个；命名单位和来源至少填一项。', en: 'Several for a joint decision; give the issuers or a source.' },
      example: 'liaoning-ftu',
    }),
    /** Date of the naming, at the precision the source gives. */
    date: described(recordedDateSchema.optional(), {
      label: { zh: '命名日期', en: 'Date' },
      hint: {
        zh: '可只写年（2019）、年月（2019-11）或完整日期（2019-11-20），不要补全；来源只说“某时以前”写 before 2015-06，只知某日报道时已命名写 reportedBy 2023-06-15，报道说“近日”“日前”写 shortlyBefore 加报道日期，只有月日没有年份写 monthDay 07-14。',
        en: 'Write the year (2019), the month (2019-11) or the full date (2019-11-20), never filling in the rest; "before" a date: before 2015-06; known only from a report of a day: reportedBy 2023-06-15; an article saying 近日 or 日前: shortlyBefore and the article\'s date; a month and day without a year: monthDay 07-14.',
      },
      example: '2020-04',
    }),
    /** The cycle year (年度) the naming belongs to, when it differs from the date's year or the date is unknown. */
    cycleYear: described(yearSchema.optional(), {
      label: { zh: '命名年度', en: 'Cycle year' },
      hint: {
        zh: '年度与日期的年份不同或日期不详时填写，四位年份。',
        en: "When the year named differs from the date's year or the date is unknown; four digits.",
      },
      example: '2019',
    }),
    /** Batch, such as 第三批. */
    batch: described(localizedSchema.optional(), {
      label: { zh: '批次', en: 'Batch' },
      hint: { zh: '如“第三批”，文件写明批次时填写。', en: 'Such as 第三批 (third batch), when the document states one.' },
      example: '第三批',
    }),
    /** Funding granted, or the reward of a commendation, in 万元. */
    funding: described(moneyQuantitySchema.optional(), {
      label: { zh: '资助经费', en: 'Funding' },
      hint: {
        zh: '单位：万元，只写数字；来源写“多”“余”“以上”或“约”时，另选限定词。',
        en: 'In 万元 (ten thousand yuan), digits only; when the source says 多, 余, 以上 or 约, choose the qualifier as well.',
      },
      example: '10',
    }),
    /** Where it was published. */
    source: described(sourceSchema.optional(), {
      label: { zh: '来源', en: 'Source' },
      hint: { zh: '在哪里公布的：标题、文号、网址至少填一项。', en: 'Where it was published: at least a title, a number or an address.' },
    }),
  })
  .refine((designation) => designation.issuers.length > 0 || designation.source !== undefined, {
    message: 'give issuers or a source: a recognition needs at least one of them',
    path: ['issuers'],
  });
export type Designation = z.output<typeof designationSchema>;
