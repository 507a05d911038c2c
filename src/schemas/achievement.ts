import { z } from 'astro/zod';
import {
  localizedSchema,
  localFileSchema,
  partialDateSchema,
  quantitySchema,
  ref,
  sourceSchema,
  type PartialDate,
  moneyQuantitySchema,
} from './common.ts';
import { attachmentSchema } from './document.ts';
import {
  ACHIEVEMENT_STAGES,
  ACHIEVEMENT_TYPES,
  PATENT_STATUSES,
  PATENT_TYPES,
  type PatentType,
} from './vocabulary.ts';
import { described } from './field-meta.ts';

/**
 * A Chinese patent number as the patent office prints it: an application number (申请号/专利号)
 * of 12 digits and a check digit, such as 202120123456.9 or ZL 2021 2 0123456.9 (year, type
 * digit 1 invention / 2 utility model / 3 design, serial, check digit).
 */
const PATENT_NUMBER = /^(?:ZL)?(\d{4})([123])(\d{7})\.([\dX])$/;

/** The number without spaces and with ZL and X in capitals: how two spellings of one patent compare. */
export const normalisePatentNumber = (number: string): string =>
  number.replace(/\s+/g, '').toUpperCase().replace(/^ZL/, '');

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
  return ({ 1: 'invention', 2: 'utility-model', 3: 'design' } as const)[
    match[2] as '1' | '2' | '3'
  ];
}

const PATENT_FORMAT =
  'a patent number of 12 digits, a dot and a check digit, such as "202120123456.9" or "ZL 2021 2 0123456.9"';
const PATENT_CHECK =
  'a patent number whose last digit is its check digit; check the number against the certificate';
const PATENT_TYPE_DIGIT =
  'the fifth digit of the patent number gives its type (1 invention, 2 utility model, 3 design); expected type to agree with it';

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
    number: described(patentNumberSchema, {
      label: { zh: '专利号', en: 'Patent number' },
      hint: {
        zh: '按证书照录，可带 ZL 和空格，如 ZL 2021 2 0123456.9。',
        en: 'As printed on the certificate; ZL and spaces are allowed, such as ZL 2021 2 0123456.9.',
      },
      example: 'ZL 2021 2 0123456.9',
    }),
    /** Invention, utility model or design; must agree with the number's type digit. */
    type: described(z.enum(PATENT_TYPES), {
      label: { zh: '专利类型', en: 'Patent type' },
      hint: {
        zh: '发明、实用新型或外观设计；须与专利号第五位数字一致。',
        en: 'Invention, utility model or design; must agree with the fifth digit of the number.',
      },
      example: 'utility-model',
    }),
    /** Applied for (申请) or granted (授权). */
    status: described(z.enum(PATENT_STATUSES), {
      label: { zh: '专利状态', en: 'Status' },
      hint: { zh: '已申请或已授权。', en: 'Applied for or granted.' },
      example: 'granted',
    }),
    /** The patent's own title, when it differs from the achievement's. */
    title: described(localizedSchema.optional(), {
      label: { zh: '专利名称', en: 'Patent title' },
      hint: { zh: '与成果名称不同时填写。', en: "When it differs from the achievement's title." },
      example: '一种阀门研磨工具',
    }),
    /** Date of application, at the precision known. */
    filed: described(partialDateSchema.optional(), {
      label: { zh: '申请日期', en: 'Date filed' },
      hint: {
        zh: '可只写年（2019）、年月（2019-11）或完整日期（2019-11-20），来源写到哪一级就写到哪一级，不要补全。',
        en: 'Write the year (2019), the month (2019-11) or the full date (2019-11-20), as precisely as the source states it; never fill in the rest.',
      },
      example: '2021-03-15',
    }),
    /** Date of grant, at the precision known; only for a granted patent. */
    granted: described(partialDateSchema.optional(), {
      label: { zh: '授权日期', en: 'Date granted' },
      hint: {
        zh: '只有已授权的专利才填；可只写年（2019）、年月（2019-11）或完整日期（2019-11-20），来源写到哪一级就写到哪一级，不要补全。',
        en: 'Only for a granted patent. Write the year (2019), the month (2019-11) or the full date (2019-11-20), as precisely as the source states it; never fill in the rest.',
      },
      example: '2021-10-08',
    }),
  })
  .refine(
    (patent) =>
      patentTypeOfNumber(patent.number) === undefined ||
      patentTypeOfNumber(patent.number) === patent.type,
    {
      message: PATENT_TYPE_DIGIT,
      path: ['type'],
    },
  )
  .refine((patent) => patent.status === 'granted' || patent.granted === undefined, {
    message: 'granted (a date) only for a patent whose status is granted',
    path: ['granted'],
  });
export type Patent = z.output<typeof patentSchema>;

/** One step of an achievement's history: a stage reached, when known, and where. */
export const statusStepSchema = z.strictObject({
  /** proposed, adopted, implemented or promoted (推广应用 to other units). */
  stage: described(z.enum(ACHIEVEMENT_STAGES), {
    label: { zh: '阶段', en: 'Stage' },
    hint: {
      zh: '提出、采纳、实施或推广应用。',
      en: 'Proposed, adopted, implemented or promoted to other units.',
    },
    example: 'implemented',
  }),
  /** When the stage was reached, at the precision known. */
  date: described(partialDateSchema.optional(), {
    label: { zh: '日期', en: 'Date' },
    hint: {
      zh: '可只写年（2019）、年月（2019-11）或完整日期（2019-11-20），来源写到哪一级就写到哪一级，不要补全。',
      en: 'Write the year (2019), the month (2019-11) or the full date (2019-11-20), as precisely as the source states it; never fill in the rest.',
    },
    example: '2021-09',
  }),
  /** What the source says about the step (who adopted it, which units took it up). */
  note: described(localizedSchema.optional(), {
    label: { zh: '说明', en: 'Note' },
    hint: {
      zh: '来源对这一步的说法（谁采纳、哪些单位推广）。',
      en: 'What the source says about the step (who adopted it, which units took it up).',
    },
    example: '在公司三套装置推广应用',
  }),
});
export type StatusStep = z.output<typeof statusStepSchema>;

/** The span a benefit was measured over: a year or a month ("2022"), or from one date to another. */
export interface BenefitPeriod {
  from: PartialDate;
  /** Absent when the period is the single year or month in `from`. */
  to?: PartialDate;
}

const BENEFIT_PERIOD_FORMS =
  'the period the benefit was measured over: a year or a month in quotes ("2022", "2022-06") or { from: "2022-01", to: "2023-06" }';

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
    message:
      input === undefined
        ? `is missing; expected ${BENEFIT_PERIOD_FORMS}`
        : `expected ${BENEFIT_PERIOD_FORMS}`,
    input,
  });
  return z.NEVER;
});

/** Economic benefit (经济效益), in 万元, with the period it was measured over. */
export const benefitSchema = z.strictObject({
  /** The amount in 万元, exact or qualified ({ value: 120, qualifier: about }). */
  amount: described(moneyQuantitySchema, {
    label: { zh: '金额', en: 'Amount' },
    hint: {
      zh: '单位：万元，只写数字；来源写“多”“余”“以上”“近”或“约”时，另选限定词。',
      en: 'In 万元 (ten thousand yuan), digits only; when the source says 多, 余, 以上, 近 or 约, choose the qualifier as well.',
    },
    example: '120',
  }),
  /** The period measured over; required. */
  period: described(benefitPeriodSchema, {
    label: { zh: '计算期间', en: 'Period' },
    hint: {
      zh: '必填：写一年或一个月（2022、2022-06），或起止月份。',
      en: 'Required: a year or a month (2022, 2022-06), or a start and an end month.',
    },
    example: '2022',
  }),
  /** How the source states it (年节约…, 累计创效…), when worth keeping. */
  note: described(localizedSchema.optional(), {
    label: { zh: '说明', en: 'Note' },
    hint: {
      zh: '来源的原话（年节约…、累计创效…），值得保留时填写。',
      en: 'How the source puts it (saves … a year, … in total), when worth keeping.',
    },
    example: '年节约检修费用120万元',
  }),
});
export type Benefit = z.output<typeof benefitSchema>;

/** A photo beside the entry, published through the image pipeline. */
export const makeAchievementPhotoSchema = <T extends z.ZodType>(photo: T) =>
  z.strictObject({
    /** Path of the image beside this file. */
    file: described(photo, {
      label: { zh: '图片', en: 'Image' },
      hint: { zh: '上传图片。', en: 'Upload the image.' },
      example: 'files/valve-tool.jpg',
    }),
    /** Alternative text: what the photo shows. */
    alt: described(localizedSchema, {
      label: { zh: '图片说明文字', en: 'Image description' },
      hint: {
        zh: '为看不到图片的读者用一句话描述图片内容。',
        en: 'One sentence describing the picture for readers who cannot see it.',
      },
      example: '研磨工具在阀门上使用',
    }),
    /** Caption under the photo, when it says more than the alternative text. */
    caption: described(localizedSchema.optional(), {
      label: { zh: '图注', en: 'Caption' },
      hint: {
        zh: '图片下方的说明，比说明文字多讲一些时填写。',
        en: 'The caption under the picture, when it says more than the description.',
      },
      example: '2021年在常减压装置试用',
    }),
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
      title: described(localizedSchema, {
        label: { zh: '成果名称', en: 'Title' },
        hint: {
          zh: '中文照录；有英文名称时填写英文。',
          en: 'The Chinese title exactly as given, with an English title when there is one.',
        },
        example: '阀门快速研磨工具',
      }),
      /** The kind of result (vocabulary ACHIEVEMENT_TYPES, labels in src/lib/site/i18n.ts). */
      type: described(z.enum(ACHIEVEMENT_TYPES), {
        label: { zh: '成果类型', en: 'Type' },
        hint: {
          zh: '技术革新、专利、合理化建议、五小、QC 等。',
          en: 'Technical innovation, patent, proposal, five small, QC and so on.',
        },
        example: 'tech-innovation',
      }),
      /** Studios it comes from. */
      studios: described(z.array(ref('studios')).default([]), {
        label: { zh: '所属工作室', en: 'Studios' },
        hint: {
          zh: '成果出自哪些工作室；工作室、人员、其他人员、团队至少填一项。',
          en: 'The studios it comes from; give studios, people, other people or a team.',
        },
        example: 'zhao-pengda',
      }),
      /** People with a page in the archive who made it. */
      people: described(z.array(ref('people')).default([]), {
        label: { zh: '完成人', en: 'People' },
        hint: {
          zh: '档案中有人物页的完成人。',
          en: 'People with a page in the archive who made it.',
        },
        example: 'zhao-pengda',
      }),
      /** People outside the archive, by name as the source gives it. */
      otherPeople: described(z.array(localizedSchema).default([]), {
        label: { zh: '其他完成人', en: 'Other people' },
        hint: {
          zh: '没有人物页的完成人，按来源写姓名。',
          en: 'People without a page, by name as the source gives it.',
        },
        example: '王强',
      }),
      /** The team it is credited to (a QC group, an innovation team), by name. */
      team: described(localizedSchema.optional(), {
        label: { zh: '完成团队', en: 'Team' },
        hint: {
          zh: '如QC小组、创新团队，写名称。',
          en: 'The team credited (a QC group, an innovation team), by name.',
        },
        example: '常减压车间QC小组',
      }),
      /** When it was made or completed, at the precision known; the register files it under this year. */
      date: described(partialDateSchema.optional(), {
        label: { zh: '完成时间', en: 'Date' },
        hint: {
          zh: '成果库按这一年归档；可只写年（2019）、年月（2019-11）或完整日期（2019-11-20），来源写到哪一级就写到哪一级，不要补全。',
          en: 'The register files it under this year. Write the year (2019), the month (2019-11) or the full date (2019-11-20), as precisely as the source states it; never fill in the rest.',
        },
        example: '2021-06',
      }),
      /** Its history, oldest first: stages in order, never going back in time. */
      status: described(z.array(statusStepSchema).default([]), {
        label: { zh: '进展', en: 'History' },
        hint: {
          zh: '按时间先后写各阶段，不能倒退。',
          en: 'The stages reached, oldest first, never going back in time.',
        },
      }),
      /** For a batch entry (22 proposals of August–October 2021): how many results it stands for. */
      count: described(quantitySchema.optional(), {
        label: { zh: '成果数量', en: 'Count' },
        hint: {
          zh: '一条记录代表多项成果时（如8–10月的22条建议）填写数量。',
          en: 'For one entry standing for several results (22 proposals of August–October): how many.',
        },
        example: '22',
      }),
      /** Economic benefit with its period. */
      benefit: described(benefitSchema.optional(), {
        label: { zh: '经济效益', en: 'Economic benefit' },
        hint: { zh: '金额和计算期间。', en: 'The amount and the period it was measured over.' },
      }),
      /** Patents protecting it. */
      patents: described(z.array(patentSchema).default([]), {
        label: { zh: '专利', en: 'Patents' },
        hint: { zh: '保护这项成果的专利。', en: 'Patents protecting it.' },
      }),
      /** Units where it is applied, as the source names them. */
      appliedAt: described(z.array(localizedSchema).default([]), {
        label: { zh: '应用单位', en: 'Applied at' },
        hint: {
          zh: '按来源写应用单位名称，每项一个。',
          en: 'The units where it is applied, as the source names them, one each.',
        },
        example: '渤海石化常减压车间',
      }),
      /** Union documents about it in the archive. */
      documents: described(z.array(ref('documents')).default([]), {
        label: { zh: '相关文件', en: 'Documents' },
        hint: { zh: '档案中与它有关的工会文件。', en: 'Union documents in the archive about it.' },
        example: 'jz-2021-31',
      }),
      /** News about it: slugs of content/news/zh/ articles (the file name without extension). */
      news: described(z.array(ref('news', { idPrefix: 'zh/' })).default([]), {
        label: { zh: '相关新闻', en: 'News' },
        hint: { zh: '与它有关的中文新闻。', en: 'Chinese news articles about it.' },
        example: '2019-first-studios-named',
      }),
      /** One-sentence summary for lists and search. */
      summary: described(localizedSchema.optional(), {
        label: { zh: '摘要', en: 'Summary' },
        hint: {
          zh: '一句话概括，用于列表和搜索结果。',
          en: 'One sentence, shown in lists and search results.',
        },
        example: '自制研磨工具使阀门研磨时间缩短一半。',
      }),
      /** Photos beside this file. */
      photos: described(z.array(makeAchievementPhotoSchema(photo)).default([]), {
        label: { zh: '图片', en: 'Photos' },
        hint: {
          zh: '上传图片，每张写一句说明文字。',
          en: 'Upload the pictures, each with a one-sentence description.',
        },
      }),
      /** Original files (PDF, Word …) beside this file, published at /achievements/<id>/files/<file>. */
      attachments: described(z.array(attachmentSchema).default([]), {
        label: { zh: '附件', en: 'Attachments' },
        hint: { zh: '原始文件（PDF、Word 等）。', en: 'Original files (PDF, Word …).' },
      }),
      /** Where it was published: a source URL or a document reference. */
      sources: described(z.array(sourceSchema).default([]), {
        label: { zh: '来源', en: 'Sources' },
        hint: {
          zh: '在哪里公布的：网址或文件。',
          en: 'Where it was published: an address or a document.',
        },
      }),
    })
    .refine(
      (achievement) =>
        achievement.studios.length + achievement.people.length + achievement.otherPeople.length >
          0 || achievement.team !== undefined,
      {
        message: 'give where it comes from: studios, people, otherPeople or team',
        path: ['studios'],
      },
    );
export const achievementSchema = makeAchievementSchema(localFileSchema);
export type Achievement = z.output<typeof achievementSchema>;
