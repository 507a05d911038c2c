import { z } from 'astro/zod';
import {
  cycleFromField,
  issuersSchema,
  localizedSchema,
  moneyQuantitySchema,
  quantitySchema,
  recordedDateSchema,
  ref,
  sourceSchema,
  yearSchema,
} from './common.ts';
import {
  BODY_LEVELS,
  RECOGNITION_RECIPIENTS,
  RECOGNITION_SCHEMES,
  RECOGNITION_STAGES,
  STUDIO_LEVELS,
} from './vocabulary.ts';
import { described } from './field-meta.ts';

/** The size of a list as one source states it: "孙绪江等28个创新工作室" is 28, with the source that says so. */
export const listSizeSchema = z.strictObject({
  /** How many the list holds, as stated. */
  count: described(quantitySchema, {
    label: { zh: '数量', en: 'Count' },
    hint: {
      zh: '来源写的名单总数；写“等28个”就填 28。',
      en: 'The size the source states; for 等28个 write 28.',
    },
    example: '28',
  }),
  /** What the list counts, when the source says (劳模创新工作室, 职工创新工作室). */
  of: described(localizedSchema.optional(), {
    label: { zh: '所计对象', en: 'Counting' },
    hint: {
      zh: '来源分类计数时照录类别，如“劳模创新工作室”。',
      en: 'What is counted, when the source counts by kind, such as 劳模创新工作室.',
    },
    example: '劳模创新工作室',
  }),
  /** The source that states this count. */
  source: described(sourceSchema.optional(), {
    label: { zh: '来源', en: 'Source' },
    hint: {
      zh: '给出这个数字的来源；与命名记录的来源相同时可不填。',
      en: "The source stating this count; may be left out when it is the recognition's own source.",
    },
  }),
});

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
    /** Who made it: a union (the default), a 人社 department (技能大师工作室) or another body; only union namings are counted. */
    scheme: described(z.enum(RECOGNITION_SCHEMES).default('union'), {
      label: { zh: '认定体系', en: 'Scheme' },
      hint: {
        zh: '工会命名（默认）；人社部门的技能大师工作室选“人社部门”；其他机构选“其他机构”。后两者照常显示，但不计入命名统计。',
        en: 'A union naming (the default); a 人社 skill-master studio: skill-master; any other body: other-body. These are shown but never counted as namings.',
      },
      example: 'union',
    }),
    /** Level granted (for a commendation, the level of the commending body); omitted when the source states none. */
    level: described(z.enum(STUDIO_LEVELS).optional(), {
      label: { zh: '级别', en: 'Level' },
      hint: {
        zh: '授予的级别；表彰时为表彰单位的级别。来源没有写明级别时不填，不要推断。人社等其他机构只用国家级、省级、市级、区县级或企业级。',
        en: 'The level granted; for a commendation, the level of the commending body. Leave empty when the source states none; never infer it. Other bodies take national, provincial, municipal, district or enterprise only.',
      },
      example: 'provincial',
    }),
    /** named (default), publicised (公示), commended (a commendation of a named studio) or supported (funding, 重点支持, not a naming). */
    stage: described(z.enum(RECOGNITION_STAGES).default('named'), {
      label: { zh: '阶段', en: 'Stage' },
      hint: {
        zh: '已命名（默认）、公示、受表彰，或重点支持（对已有工作室的资助，不是命名）。',
        en: 'Named (the default), publicised (公示), commended, or supported (funding of an existing studio, 重点支持, not a naming).',
      },
      example: 'named',
    }),
    /** The studio itself, or a team (创新团队) of it; a team's recognition is never counted as a studio naming. */
    recipient: described(z.enum(RECOGNITION_RECIPIENTS).default('studio'), {
      label: { zh: '认定对象', en: 'Recognised' },
      hint: {
        zh: '工作室本身（默认），或其创新团队（如“某某创新团队”）；团队的认定不计为工作室命名。',
        en: 'The studio itself (the default), or its team (such as an 创新团队); a team recognition is never counted as a studio naming.',
      },
      example: 'studio',
    }),
    /** The name the source gives the recipient, when it differs from the studio's title today (a former title, or a team's name). */
    namedAs: described(localizedSchema.optional(), {
      label: { zh: '时称', en: 'Named as' },
      hint: {
        zh: '来源中工作室（或团队）当时的名称，与现名不同时照录，例如更名前的名称。',
        en: "The name the source gives the studio (or team) when it differs from today's title, such as its title before a renaming.",
      },
      example: '刘海涛劳模创新工作室',
    }),
    /** The designation or commendation as worded by the issuer. */
    designation: described(localizedSchema.optional(), {
      label: { zh: '称号', en: 'Designation' },
      hint: {
        zh: '发文单位写的称号或表彰名称，照录。',
        en: 'The designation or commendation as the issuer words it, copied exactly.',
      },
      example: '辽宁省劳模创新工作室',
    }),
    /** Bodies that named it; several for a joint decision (a federation and a science department). */
    issuers: described(issuersSchema.default([]), {
      label: { zh: '命名单位', en: 'Issuers' },
      hint: {
        zh: '联合命名时选多个；命名单位和来源至少填一项。',
        en: 'Several for a joint decision; give the issuers or a source.',
      },
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
    /** The first year of a cycle of several years (2012 of 2012-2013年度); cycleYear is its last. */
    cycleFrom: cycleFromField(),
    /** Batch, such as 第三批. */
    batch: described(localizedSchema.optional(), {
      label: { zh: '批次', en: 'Batch' },
      hint: {
        zh: '如“第三批”，文件写明批次时填写。',
        en: 'Such as 第三批 (third batch), when the document states one.',
      },
      example: '第三批',
    }),
    /** Funding granted, or the reward of a commendation, in 万元. */
    funding: described(moneyQuantitySchema.optional(), {
      label: { zh: '资助经费', en: 'Funding' },
      hint: {
        zh: '单位：万元，只写数字；来源写“多”“余”“以上”“近”或“约”时，另选限定词。',
        en: 'In 万元 (ten thousand yuan), digits only; when the source says 多, 余, 以上, 近 or 约, choose the qualifier as well.',
      },
      example: '10',
    }),
    /** Where it was published. */
    source: described(sourceSchema.optional(), {
      label: { zh: '来源', en: 'Source' },
      hint: {
        zh: '在哪里公布的：标题、文号、网址至少填一项。',
        en: 'Where it was published: at least a title, a number or an address.',
      },
    }),
    /** The size of the list it was made in, as each source states it ("孙绪江等28个"); two sources that disagree are both kept. */
    listSizes: described(z.array(listSizeSchema).default([]), {
      label: { zh: '名单规模', en: 'List sizes' },
      hint: {
        zh: '来源只给出名单总数（如“孙绪江等28个创新工作室”）时填写；不同来源数字不一致时各写一条，不要取舍。',
        en: 'When a source gives the size of the list ("孙绪江等28个创新工作室") but not every member; when sources disagree, one entry each, never choosing.',
      },
    }),
  })
  .refine((designation) => designation.issuers.length > 0 || designation.source !== undefined, {
    message: 'give issuers or a source: a recognition needs at least one of them',
    path: ['issuers'],
  })
  .refine(
    (designation) =>
      designation.scheme === 'union' ||
      !designation.level ||
      (BODY_LEVELS as readonly string[]).includes(designation.level),
    {
      message: `a recognition by a body other than a union takes one of the levels ${BODY_LEVELS.join(', ')}, or none`,
      path: ['level'],
    },
  );
export type Designation = z.output<typeof designationSchema>;
export type ListSize = z.output<typeof listSizeSchema>;
