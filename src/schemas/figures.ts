import { z } from 'astro/zod';
import {
  localizedSchema,
  lowerBound,
  measureQuantitySchema,
  upperBound,
  type Quantity,
  quantitySchema,
  ref,
  sourceSchema,
  yearMonthSchema,
  moneyQuantitySchema,
} from './common.ts';
import { SKILL_GRADES } from './vocabulary.ts';
import { described } from './field-meta.ts';

/** Improvement proposals (合理化建议) in a period. */
export const proposalsSchema = z.strictObject({
  /** Put forward. */
  submitted: described(quantitySchema.optional(), {
    label: { zh: '提出', en: 'Submitted' },
    hint: {
      zh: '只写数字；来源写“多”“余”“以上”“近”或“约”时，另选限定词。',
      en: 'Digits only; when the source says 多, 余, 以上, 近 or 约, choose the qualifier as well.',
    },
    example: '56',
  }),
  /** Adopted, when reported. */
  adopted: described(quantitySchema.optional(), {
    label: { zh: '采纳', en: 'Adopted' },
    hint: { zh: '报告写明时填写；不能多于提出数。', en: 'When reported; not more than submitted.' },
    example: '40',
  }),
  /** Applied and implemented, when reported. */
  implemented: described(quantitySchema.optional(), {
    label: { zh: '实施', en: 'Implemented' },
    hint: { zh: '报告写明时填写；不能多于采纳数。', en: 'When reported; not more than adopted.' },
    example: '31',
  }),
});

/** Patents granted in a period, by type. */
export const patentsSchema = z.strictObject({
  /** Invention patents. */
  invention: described(quantitySchema.optional(), {
    label: { zh: '发明专利', en: 'Invention patents' },
    hint: {
      zh: '只写数字；来源写“多”“余”“以上”“近”或“约”时，另选限定词。',
      en: 'Digits only; when the source says 多, 余, 以上, 近 or 约, choose the qualifier as well.',
    },
    example: '2',
  }),
  /** Utility-model patents. */
  utilityModel: described(quantitySchema.optional(), {
    label: { zh: '实用新型专利', en: 'Utility-model patents' },
    hint: {
      zh: '只写数字；来源写“多”“余”“以上”“近”或“约”时，另选限定词。',
      en: 'Digits only; when the source says 多, 余, 以上, 近 or 约, choose the qualifier as well.',
    },
    example: '6',
  }),
  /** Design patents. */
  design: described(quantitySchema.optional(), {
    label: { zh: '外观设计专利', en: 'Design patents' },
    hint: {
      zh: '只写数字；来源写“多”“余”“以上”“近”或“约”时，另选限定词。',
      en: 'Digits only; when the source says 多, 余, 以上, 近 or 约, choose the qualifier as well.',
    },
    example: '1',
  }),
  /** All patents, when the source gives a total without (or beyond) the types. */
  total: described(quantitySchema.optional(), {
    label: { zh: '专利合计', en: 'All patents' },
    hint: {
      zh: '来源只给总数或总数多于分类之和时填写。',
      en: 'When the source gives a total without the types, or beyond them.',
    },
    example: '9',
  }),
});

/** People promoted to a grade in a period. */
export const promotionSchema = z.strictObject({
  /** Grade reached. */
  grade: described(z.enum(SKILL_GRADES), {
    label: { zh: '晋升等级', en: 'Grade reached' },
    example: 'technician',
  }),
  /** How many. */
  count: described(quantitySchema, {
    label: { zh: '人数', en: 'How many' },
    hint: {
      zh: '只写数字；来源写“多”“余”“以上”“近”或“约”时，另选限定词。',
      en: 'Digits only; when the source says 多, 余, 以上, 近 or 约, choose the qualifier as well.',
    },
    example: '3',
  }),
});

/** A month written YYYY-MM, or "founding" for a figure reported "since founding". */
const periodStartSchema = z.union([yearMonthSchema, z.literal('founding')]);

/** A period's start (a month, or founding, or not stated) is not after its end, when both are months. */
const startNotAfterEnd = (period: { from?: string; to?: string }) =>
  period.from === undefined ||
  period.from === 'founding' ||
  period.to === undefined ||
  period.from <= period.to;
const START_AFTER_END = { message: 'from must not be after to', path: ['to'] };

/**
 * Whether a part (adopted of submitted) is not above its whole. Only bounds can contradict each
 * other: a part that is at least its figure beside a whole that is at most its own ("at least 80"
 * adopted of 70 submitted, or of nearly 70). An estimate (约) bounds nothing.
 */
const notAbove = (part: Quantity | undefined, whole: Quantity | undefined) => {
  const least = lowerBound(part);
  const most = upperBound(whole);
  return least === undefined || most === undefined || least <= most;
};

/**
 * What a studio reported for one period. A period within one calendar year (a whole year is
 * YYYY-01 to YYYY-12, a part such as 2021-08 to 2021-10) counts in that year's figures; a period
 * over several years or "since founding" is a cumulative report, shown for what it is and never
 * added to yearly figures.
 */
export const periodFiguresSchema = z
  .strictObject({
    /**
     * First month of the period, or "founding" for "since founding"; left out when the source does
     * not say from when (历经10多年…, 近年来…): the figures are then a report of their own, never a year's.
     */
    from: described(periodStartSchema.optional(), {
      label: { zh: '起始月份', en: 'From' },
      hint: {
        zh: '写年月（2021-01）；“成立以来”的累计数字写 founding；来源没写从何时起（如“历经10多年”“近年来”）时不填。',
        en: 'A month (2021-01); for figures "since founding" write founding; leave it empty when the source does not say from when.',
      },
      example: '2021-01',
    }),
    /** Last month of the period (the month of the report for "since founding … up to"); only a period since founding, or from a start not stated, may leave it out, when the source does not date it. */
    to: described(yearMonthSchema.optional(), {
      label: { zh: '截止月份', en: 'To' },
      hint: {
        zh: '写年月（2021-12）；只有“成立以来”或起始未注明、且来源没写截止时间时可以不填。',
        en: 'A month (2021-12); only a period since founding or from a start not stated may leave it empty, when the source gives no end.',
      },
      example: '2021-12',
    }),
    /** Improvement proposals. */
    proposals: described(proposalsSchema.optional(), {
      label: { zh: '合理化建议', en: 'Improvement proposals' },
    }),
    /** Patents granted. */
    patents: described(patentsSchema.optional(), {
      label: { zh: '授权专利', en: 'Patents granted' },
    }),
    /** Technical innovations (技术革新) completed. */
    innovations: described(quantitySchema.optional(), {
      label: { zh: '技术革新', en: 'Technical innovations' },
      hint: {
        zh: '只写数字；来源写“多”“余”“以上”“近”或“约”时，另选限定词。',
        en: 'Digits only; when the source says 多, 余, 以上, 近 or 约, choose the qualifier as well.',
      },
      example: '12',
    }),
    /** Technical breakthroughs (攻关) completed. */
    breakthroughs: described(quantitySchema.optional(), {
      label: { zh: '技术攻关', en: 'Technical breakthroughs' },
      hint: {
        zh: '只写数字；来源写“多”“余”“以上”“近”或“约”时，另选限定词。',
        en: 'Digits only; when the source says 多, 余, 以上, 近 or 约, choose the qualifier as well.',
      },
      example: '4',
    }),
    /** "Five small" results (五小). */
    fiveSmall: described(quantitySchema.optional(), {
      label: { zh: '五小成果', en: '"Five small" results' },
      hint: {
        zh: '只写数字；来源写“多”“余”“以上”“近”或“约”时，另选限定词。',
        en: 'Digits only; when the source says 多, 余, 以上, 近 or 约, choose the qualifier as well.',
      },
      example: '8',
    }),
    /** Economic benefit, in 万元. */
    benefit: described(moneyQuantitySchema.optional(), {
      label: { zh: '经济效益', en: 'Economic benefit' },
      hint: {
        zh: '单位：万元，只写数字；来源写“多”“余”“以上”“近”或“约”时，另选限定词。',
        en: 'In 万元 (ten thousand yuan), digits only; when the source says 多, 余, 以上, 近 or 约, choose the qualifier as well.',
      },
      example: '1200',
    }),
    /** People trained. */
    trained: described(quantitySchema.optional(), {
      label: { zh: '培训人数', en: 'People trained' },
      hint: {
        zh: '只写数字；来源写“多”“余”“以上”“近”或“约”时，另选限定词。',
        en: 'Digits only; when the source says 多, 余, 以上, 近 or 约, choose the qualifier as well.',
      },
      example: '300',
    }),
    /** People promoted, by grade reached. */
    promoted: described(z.array(promotionSchema).default([]), {
      label: { zh: '技能晋升', en: 'Promotions' },
      hint: { zh: '按晋升到的等级分别填写人数。', en: 'How many reached each grade.' },
    }),
    /** Papers published. */
    papers: described(quantitySchema.optional(), {
      label: { zh: '发表论文', en: 'Papers published' },
      hint: {
        zh: '只写数字；来源写“多”“余”“以上”“近”或“约”时，另选限定词。',
        en: 'Digits only; when the source says 多, 余, 以上, 近 or 约, choose the qualifier as well.',
      },
      example: '3',
    }),
    /** Studios incubated (孵化). */
    incubated: described(quantitySchema.optional(), {
      label: { zh: '孵化工作室', en: 'Studios incubated' },
      hint: {
        zh: '只写数字；来源写“多”“余”“以上”“近”或“约”时，另选限定词。',
        en: 'Digits only; when the source says 多, 余, 以上, 近 or 约, choose the qualifier as well.',
      },
      example: '2',
    }),
    /** Where these figures were published. */
    source: described(sourceSchema.optional(), {
      label: { zh: '来源', en: 'Source' },
      hint: { zh: '这些数字在哪里公布。', en: 'Where these figures were published.' },
    }),
  })
  .refine(
    (period) => period.from === undefined || period.from === 'founding' || period.to !== undefined,
    {
      message:
        'is missing; expected the last month YYYY-MM (only a period "since founding", or from a start not stated, may leave it out)',
      path: ['to'],
    },
  )
  .refine(startNotAfterEnd, START_AFTER_END)
  .refine(
    (period) =>
      !period.proposals ||
      (notAbove(period.proposals.adopted, period.proposals.submitted) &&
        notAbove(period.proposals.implemented, period.proposals.adopted)),
    { message: 'implemented ≤ adopted ≤ submitted', path: ['proposals'] },
  )
  .refine(
    (period) => {
      // The types' lower bounds, against the total's upper bound (notAbove).
      const typed = [
        period.patents?.invention,
        period.patents?.utilityModel,
        period.patents?.design,
      ]
        .map(lowerBound)
        .filter((value) => value !== undefined);
      const most = upperBound(period.patents?.total);
      return most === undefined || typed.reduce((a, b) => a + b, 0) <= most;
    },
    {
      message: 'the patent total must not be smaller than the typed patents',
      path: ['patents', 'total'],
    },
  );
export type PeriodFigures = z.output<typeof periodFiguresSchema>;

/**
 * A cumulative figure no other field holds (awards won, papers, studios incubated, training area,
 * years running): a quantity with its own label and unit, the period it covers and its source.
 * Shown for what it is beside the cumulative reports, never added to yearly figures.
 */
export const cumulativeFactSchema = z
  .strictObject({
    /** What is counted, as the source says it. */
    label: described(localizedSchema, {
      label: { zh: '指标', en: 'What is counted' },
      hint: {
        zh: '按来源写所计的内容，如“获国家级奖项”“运行时间”。',
        en: 'What is counted, as the source says it, such as national awards won or years running.',
      },
      example: '获国家级奖项',
    }),
    /** The number in the unit below, with its qualifier (多, 余, 以上, 近, 约); decimals as the source writes them (23.8万只). */
    value: described(measureQuantitySchema, {
      label: { zh: '数值', en: 'Number' },
      hint: {
        zh: '只写数字，按来源照录，可有小数（如“23.8万只”写 23.8，单位写“万只”）；来源写“多”“余”“以上”“近”或“约”时，另选限定词。',
        en: 'Digits only, as the source writes them, decimals too (23.8 for 23.8万只, with 万只 as the unit); when the source says 多, 余, 以上, 近 or 约, choose the qualifier as well.',
      },
      example: '2',
    }),
    /** The unit, as the source gives it (项, 篇, 个, 平方米, 年). */
    unit: described(localizedSchema.optional(), {
      label: { zh: '单位', en: 'Unit' },
      hint: {
        zh: '来源用的单位，如“项”“篇”“平方米”“年”。',
        en: 'The unit the source uses, such as 项, 篇, 平方米 or 年.',
      },
      example: '项',
    }),
    /** First month it covers, or "founding"; omitted when the source does not say. */
    from: described(periodStartSchema.optional(), {
      label: { zh: '起始月份', en: 'From' },
      hint: {
        zh: '写年月（2021-01）或 founding（成立以来）；来源未说时不填。',
        en: 'A month (2021-01) or founding; leave empty when the source does not say.',
      },
      example: 'founding',
    }),
    /** Last month it covers (the month of the report); omitted when the source does not date it. */
    to: described(yearMonthSchema.optional(), {
      label: { zh: '截止月份', en: 'To' },
      hint: {
        zh: '写年月（2023-06），一般是报道的月份；来源未注明时不填。',
        en: 'A month (2023-06), usually the month of the report; leave empty when not dated.',
      },
      example: '2017-10',
    }),
    /** Where it was published. */
    source: described(sourceSchema.optional(), {
      label: { zh: '来源', en: 'Source' },
      hint: { zh: '这个数字在哪里公布。', en: 'Where this figure was published.' },
    }),
  })
  .refine(startNotAfterEnd, START_AFTER_END);
export type CumulativeFact = z.output<typeof cumulativeFactSchema>;

/** A studio's reported figures, one entry per studio, periods in any order; yearly periods never overlap. */
export const figuresSchema = z
  .strictObject({
    /** The studio reporting. */
    studio: described(ref('studios'), {
      label: { zh: '工作室', en: 'Studio' },
      hint: { zh: '报告数字的工作室。', en: 'The studio reporting.' },
      example: 'zhao-pengda',
    }),
    /** Reported periods. */
    periods: described(z.array(periodFiguresSchema).default([]), {
      label: { zh: '报告期', en: 'Periods' },
      hint: {
        zh: '顺序不限；同一年内的期间不能重叠。',
        en: 'In any order; periods within a year must not overlap.',
      },
    }),
    /** Cumulative figures no other field holds, each with its own label, unit, period and source. */
    facts: described(z.array(cumulativeFactSchema).default([]), {
      label: { zh: '其他累计数字', en: 'Other cumulative figures' },
      hint: {
        zh: '上面没有对应栏目的累计数字（获奖数、论文数、孵化工作室数、培训场地面积、运行年数等），每项写明指标、单位、期间和来源；不计入年度数字。',
        en: 'Cumulative figures with no field above (awards won, papers, studios incubated, training area, years running), each with its label, unit, period and source; never added to yearly figures.',
      },
    }),
  })
  .refine((figures) => figures.periods.length > 0 || figures.facts.length > 0, {
    message: 'give at least one period or one cumulative figure',
    path: ['periods'],
  });
export type StudioFigures = z.output<typeof figuresSchema>;
