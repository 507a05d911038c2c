import { z } from 'astro/zod';
import { described } from './field-meta.ts';
import { ref } from './reference.ts';
import { QUANTITY_QUALIFIERS, type DatePrecision } from './vocabulary.ts';

export { idSchema, ref, referenceTargets, type ReferenceTarget } from './reference.ts';

/**
 * Text with at least one visible character: a name of only spaces, bidi controls or zero-width
 * marks would pass `min(1)` and make an empty heading and a share card without a title.
 */
export const visibleTextSchema = z
  .string()
  .min(1)
  .refine(
    (value) => /[\p{L}\p{N}\p{P}\p{S}]/u.test(value),
    'text with at least one visible character (not only spaces or invisible marks)',
  );

/** Text a reader sees: Chinese required, English optional. A plain string is Chinese only. */
export const localizedSchema = z
  .union([
    visibleTextSchema,
    z.strictObject({
      /** Chinese text, always present. */
      zh: described(visibleTextSchema, {
        label: { zh: '中文', en: 'Chinese' },
        hint: { zh: '必填，按来源照录。', en: 'Required; as the source writes it.' },
        example: '锦州市劳模创新工作室',
      }),
      /** English text, when translated. */
      en: described(visibleTextSchema.optional(), {
        label: { zh: '英文', en: 'English' },
        hint: {
          zh: '有英文译文时填写，可以不填。',
          en: 'Fill in when there is an English translation; may be left empty.',
        },
        example: 'Jinzhou Model Worker Innovation Studio',
      }),
    }),
  ])
  .transform((value) => (typeof value === 'string' ? { zh: value } : value));
export type Localized = z.output<typeof localizedSchema>;

function isRealDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/**
 * A calendar date written YYYY-MM-DD; kept as a string so that no time zone can shift it. The one
 * YAML parser (YAML 1.2, src/lib/content/content-files.ts) reads an unquoted 2021-12-07 as this string.
 */
export const isoDateSchema = z
  .string()
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value), {
    message: 'a real date written YYYY-MM-DD, such as 2021-12-07',
  });

/**
 * A date at the precision its source gives: a year, a month or a day, or a bound on one of these.
 * Nothing is filled in: 2019 stays the year 2019. The bounds say what the source says and no more:
 * - `before`: it happened before this date ("named before June 2015");
 * - `reportedBy`: a report of this day says it had happened (on or before the day, the year not stated);
 * - `shortlyBefore`: an article of this day says "近日" or "日前": on or shortly before the day, filed
 *   under the year and month of the article (the only bound that holds a year).
 */
export interface PartialDate {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  value: string;
  /** How much of the date the source states. */
  precision: DatePrecision;
  /** True when the source says only that it happened before this date. */
  before?: true;
  /** True when the source, of this date, says only that it had happened by then. */
  reportedBy?: true;
  /** True when the source, of this date, says it happened recently (近日, 日前). */
  shortlyBefore?: true;
}

/** A month and day whose year the source does not state ("3月18日", "公示时间至7月14日"): no year, so no bound. */
export interface YearlessDate {
  /** MM-DD. */
  value: string;
  precision: 'month-day';
}

/** A date as a recognition or a source may give it: a partial date, or a month and day without a year. */
export type RecordedDate = PartialDate | YearlessDate;

const DATE_BOUNDS = ['before', 'reportedBy', 'shortlyBefore'] as const;

const PARTIAL_DATE_FORMS =
  'a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD" (in quotes), such as "2019", "2019-11" or "2019-11-20", or { before: "2015-06" }, { reportedBy: "2023-06-15" }, { shortlyBefore: "2023-06-15" }';
const RECORDED_DATE_FORMS = `${PARTIAL_DATE_FORMS}, or { monthDay: "07-14" } when the source gives no year`;

/** Reads one date written at year, month or day precision; undefined when it is not one. */
function readPartialDate(input: unknown): PartialDate | undefined {
  // YAML 1.2 reads an unquoted 2021-12-07 as a string but an unquoted 2019 as a number.
  const text = typeof input === 'number' && Number.isInteger(input) ? String(input) : input;
  if (typeof text !== 'string') return undefined;
  if (/^\d{4}$/.test(text))
    return Number(text) >= 1900 && Number(text) <= 2100
      ? { value: text, precision: 'year' }
      : undefined;
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(text)) return { value: text, precision: 'month' };
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && isRealDate(text))
    return { value: text, precision: 'day' };
  return undefined;
}

/** A month and day that exist in some year (02-29 included). */
const readMonthDay = (input: unknown): YearlessDate | undefined =>
  typeof input === 'string' && /^(0[1-9]|1[0-2])-\d{2}$/.test(input) && isRealDate(`2000-${input}`)
    ? { value: input, precision: 'month-day' }
    : undefined;

/** The one key of an object written `{ key: value }`, when it has exactly one. */
const onlyKey = (input: unknown): string | undefined => {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return undefined;
  const keys = Object.keys(input);
  return keys.length === 1 ? keys[0] : undefined;
};

/** Reads a date in any written form; undefined when it is none. `yearless` admits { monthDay }. */
function readDate(input: unknown, yearless: boolean): RecordedDate | undefined {
  const key = onlyKey(input);
  const inner = key === undefined ? undefined : (input as Record<string, unknown>)[key];
  if (key === 'monthDay') return yearless ? readMonthDay(inner) : undefined;
  const bound = DATE_BOUNDS.find((name) => name === key);
  if (key !== undefined && !bound) return undefined;
  const date = readPartialDate(bound ? inner : input);
  return date && bound ? { ...date, [bound]: true } : date;
}

const dateSchemaOf = (yearless: boolean) =>
  z.unknown().transform((input, context) => {
    const date = readDate(input, yearless);
    if (!date) {
      const forms = yearless ? RECORDED_DATE_FORMS : PARTIAL_DATE_FORMS;
      const noYearHere = !yearless && onlyKey(input) === 'monthDay';
      const message =
        input === undefined
          ? `is missing; expected ${forms}`
          : noYearHere
            ? 'needs a year here; a month and day alone ({ monthDay }) are taken only for recognitions and sources'
            : `expected ${forms}`;
      context.addIssue({ code: 'custom', message, input });
      return z.NEVER;
    }
    return date;
  });

/** A date at the precision the source gives (see PartialDate). */
export const partialDateSchema = dateSchemaOf(false) as unknown as z.ZodType<PartialDate, unknown>;

/** A date of a recognition or a source: a partial date, or { monthDay: "07-14" } when the source gives no year. */
export const recordedDateSchema = dateSchemaOf(true) as unknown as z.ZodType<RecordedDate, unknown>;

/** A month written YYYY-MM. */
export const yearMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month written YYYY-MM, such as 2021-08');

/** A year between 1949 and 2100. */
export const yearSchema = z.number().int().min(1949).max(2100);

/**
 * The first year of a cycle (年度) of several years: 2012 of "2012-2013年度", whose cycleYear is its
 * last, 2013. A naming of such a cycle counts in its last year and is not made before its first.
 */
export const cycleFromField = () =>
  described(yearSchema.optional(), {
    label: { zh: '年度起始年', en: 'Cycle from' },
    hint: {
      zh: '年度跨两年以上（如“2012-2013年度”）时写起始年 2012，年度（cycleYear）写最后一年 2013。',
      en: 'For a cycle of several years ("2012-2013年度"), its first year, 2012; the cycle year is its last, 2013.',
    },
    example: '2012',
  });

/** The largest whole number a figure holds exactly (2⁵³ − 1); 9007199254740993 reaches the schema already rounded by the YAML reader. */
export const MAX_EXACT_COUNT = Number.MAX_SAFE_INTEGER;
/** 10⁹ 万元 (ten trillion yuan): above any studio's or programme's figure, so a larger amount is a slip of the keyboard or the unit. */
export const MAX_MONEY_WAN = 1e9;
/** 10⁷ m² (ten square kilometres), far above any studio's site. */
export const MAX_AREA_M2 = 1e7;

/**
 * The first rule a number breaks, as its message; the messages are fixed text, translated in
 * src/lib/content/validation-messages.ts. "Not negative" is the base z.number().min(0), which the
 * JSON Schemas and the web editor's fields carry as well.
 */
/**
 * Decimal places a number is written with (1e-320 has 320): amounts far below any unit would
 * otherwise be printed with hundreds of digits, since figures are shown with every digit given.
 */
function decimalPlaces(value: number): number {
  const [mantissa = '', exponent = '0'] = String(Math.abs(value)).split('e');
  return Math.max(0, (mantissa.split('.')[1] ?? '').length - Number(exponent));
}

const boundedNumber = (
  rules: [holds: (value: number) => boolean, message: string][],
  base = z.number(),
) =>
  base.superRefine((value, context) => {
    const broken = rules.find(([holds]) => !holds(value));
    if (broken) context.addIssue({ code: 'custom', message: broken[1], input: value });
  });

/** How many of something (people, proposals, patents): a whole number, 0 or more, stored exactly. */
export const countNumberSchema = boundedNumber(
  [
    [
      (value) => value > MAX_EXACT_COUNT || Number.isInteger(value),
      'a count is a whole number, such as 12',
    ],
    [
      (value) => value <= MAX_EXACT_COUNT,
      'is too large to be kept exactly (at most 9007199254740991; a larger number is read rounded); check the number',
    ],
  ],
  z.number().min(0),
);
/** An amount of money in 万元: 0 or more, at most MAX_MONEY_WAN. */
export const moneyNumberSchema = boundedNumber(
  [
    [
      (value) => value <= MAX_MONEY_WAN,
      'expected at most 1000000000 万元 (10⁹ 万元); check the number and that the unit is 万元',
    ],
    [
      (value) => decimalPlaces(value) <= 6,
      'expected at most 6 decimal places in 万元 (one fen is 0.000001 万元); check the number',
    ],
  ],
  z.number().min(0),
);
/** An area in square metres: 0 or more, at most MAX_AREA_M2. */
export const areaNumberSchema = boundedNumber(
  [
    [
      (value) => value <= MAX_AREA_M2,
      'expected at most 10000000 square metres; check the number and that the unit is square metres',
    ],
    [
      (value) => decimalPlaces(value) <= 2,
      'expected at most 2 decimal places in square metres; check the number',
    ],
  ],
  z.number().min(0),
);
/**
 * A measure in the unit its source gives (年, 万只, 平方米, 万元): 0 or more, decimals allowed, held
 * exactly. A studio's fact can be "23.8万只" as its source writes it.
 */
export const measureNumberSchema = boundedNumber(
  [
    [
      (value) => value <= MAX_EXACT_COUNT,
      'is too large to be kept exactly (at most 9007199254740991); check the number',
    ],
    [(value) => decimalPlaces(value) <= 6, 'expected at most 6 decimal places; check the number'],
  ],
  z.number().min(0),
);
/** A number an editor gives a chart: negative allowed, within the range held exactly. */
export const chartNumberSchema = boundedNumber([
  [
    (value) => Math.abs(value) <= MAX_EXACT_COUNT,
    'is too large to draw or keep exactly (between -9007199254740991 and 9007199254740991); check the number',
  ],
  [(value) => decimalPlaces(value) <= 6, 'expected at most 6 decimal places; check the number'],
]);

/**
 * A reported number. A plain number is exact; `{ value, qualifier }` records lower bounds, numbers
 * a little under their figure and estimates ("1200多万元" is `{ value: 1200, qualifier: at-least }`,
 * "近300人" `{ value: 300, qualifier: nearly }`). Made for one kind of number
 * (a count, an amount of money, an area) with that kind's bounds.
 */
const quantityOf = (number: z.ZodType<number>) =>
  z
    .union([
      number,
      z.strictObject({
        /** The number as reported. */
        value: described(number, {
          label: { zh: '数值', en: 'Number' },
          hint: {
            zh: '来源中的数字，不写单位。',
            en: 'The number as the source gives it, without a unit.',
          },
          example: '1200',
        }),
        /** exact, at-least (多, 余, 以上), nearly (近, 将近, 接近: a little under) or about (约). */
        qualifier: described(z.enum(QUANTITY_QUALIFIERS), {
          label: { zh: '限定词', en: 'Qualifier' },
          hint: {
            zh: '来源写“多”“余”“以上”选“以上”，写“近”“将近”“接近”选“近”，写“约”选“约数”，否则选“准确数”。',
            en: 'Choose "at least" when the source says 多, 余 or 以上, "nearly" when it says 近, 将近 or 接近, "about" when it says 约, otherwise "exact".',
          },
          example: 'at-least',
        }),
      }),
    ])
    .transform((value) =>
      typeof value === 'number' ? { value, qualifier: 'exact' as const } : value,
    );

/** A reported number as the schemas give it: its figure and its qualifier. */
type QualifiedNumber = { value: number; qualifier: (typeof QUANTITY_QUALIFIERS)[number] };

/** The figure a quantity cannot be below, when it has one: an exact number or a lower bound (以上). */
export const lowerBound = (quantity: QualifiedNumber | undefined): number | undefined =>
  quantity && (quantity.qualifier === 'exact' || quantity.qualifier === 'at-least')
    ? quantity.value
    : undefined;

/** The figure a quantity cannot be above, when it has one: an exact number or one a little under it (近). */
export const upperBound = (quantity: QualifiedNumber | undefined): number | undefined =>
  quantity && (quantity.qualifier === 'exact' || quantity.qualifier === 'nearly')
    ? quantity.value
    : undefined;

/** A reported count (people, proposals, patents, projects). */
export const quantitySchema = quantityOf(countNumberSchema);
/** A reported amount of money in 万元 (funding, rewards, economic benefit). */
export const moneyQuantitySchema = quantityOf(moneyNumberSchema);
/** A reported area in square metres. */
export const areaQuantitySchema = quantityOf(areaNumberSchema);
/** A reported measure in its source's own unit (a studio's cumulative facts). */
export const measureQuantitySchema = quantityOf(measureNumberSchema);
/** Every kind of quantity, for the form builders (src/lib/content/schema-fields.ts). */
export const QUANTITY_SCHEMAS: readonly z.ZodType[] = [
  quantitySchema,
  moneyQuantitySchema,
  areaQuantitySchema,
  measureQuantitySchema,
];
export type Quantity = z.output<typeof quantitySchema>;

/** A file that sits beside the entry (photo, attachment), as a path relative to the entry's folder. */
export const localFileSchema = z
  .string()
  .regex(/^[^/\\:][^:]*$/, 'a path relative to this file, such as "photos/studio.jpg"');

/**
 * A web address: http or https only, so that no link can run script; without a user name or password
 * (`https://www.acftu.org.cn@evil.example/` goes to evil.example), a backslash (browsers read it as
 * `/`) or a space, so that a link goes where its text says.
 */
export const webUrlSchema = z
  .url({
    protocol: /^https?$/,
    message: 'a web address starting with http:// or https://',
  })
  .refine(
    (value) => !/[\\\s]/.test(value) && !/^[a-z]+:\/\/[^/?#]*@/i.test(value),
    'a web address starting with http:// or https://, without a user name, password, backslash or space',
  );

/**
 * A public source of a fact: a document, a list or a news item, with what identifies it. Unnumbered
 * documents (无文号) simply have no `number`.
 */
/** What identifies a source: its title, number, publisher, date and address. */
const sourceFields = {
  /** Title of the document, list or article. */
  title: described(localizedSchema.optional(), {
    label: { zh: '来源标题', en: 'Source title' },
    hint: { zh: '文件、名单或报道的标题。', en: 'Title of the document, list or article.' },
    example: '锦州市总工会关于2022年度劳模创新工作室的公示',
  }),
  /** Its document number, verbatim, such as 嘉总工〔2022〕15号; omitted when it has none. */
  number: described(z.string().min(1).optional(), {
    label: { zh: '文号', en: 'Document number' },
    hint: {
      zh: '照录文号，保留〔〕括号；无文号的不填。',
      en: 'Copy the number exactly, with its 〔〕 brackets; leave empty when there is none.',
    },
    example: '嘉总工〔2022〕15号',
  }),
  /** Who published it (a union's website, a newspaper). */
  publisher: described(localizedSchema.optional(), {
    label: { zh: '发布单位', en: 'Publisher' },
    hint: {
      zh: '发布它的工会网站、报刊或单位。',
      en: 'The union website, newspaper or body that published it.',
    },
    example: '锦州市总工会',
  }),
  /** When it was published, at the precision known. */
  date: described(recordedDateSchema.optional(), {
    label: { zh: '发布日期', en: 'Date published' },
    hint: {
      zh: '可只写年（2019）、年月（2019-11）或完整日期（2019-11-20），来源写到哪一级就写到哪一级，不要补全。',
      en: 'Write the year (2019), the month (2019-11) or the full date (2019-11-20), as precisely as the source states it; never fill in the rest.',
    },
    example: '2022-06-15',
  }),
  /** A public address where it can be read (http or https). */
  url: described(webUrlSchema.optional(), {
    label: { zh: '网址', en: 'Web address' },
    hint: {
      zh: '能公开阅读的网址，以 http:// 或 https:// 开头。',
      en: 'A public address where it can be read, starting with http:// or https://.',
    },
    example: 'https://www.jzgh.org.cn/news/2022/0615.html',
  }),
};

const identifies = (source: { title?: unknown; url?: unknown; number?: unknown }) =>
  source.title !== undefined || source.url !== undefined || source.number !== undefined;
const SOURCE_NEEDS = 'a source needs at least a title, a url or a number';

export const sourceSchema = z
  .strictObject({
    ...sourceFields,
    /** Where it first appeared, when this is a republication (转载) on another site: the original, beside the copy read. */
    // A copy often names only where it came from ("来源：山西日报"): a publisher alone identifies an original.
    original: described(
      z
        .strictObject(sourceFields)
        .refine((original) => identifies(original) || original.publisher !== undefined, {
          message: 'an original needs at least a title, a url, a number or a publisher',
        })
        .optional(),
      {
        label: { zh: '原始来源（转载时）', en: 'Original (when republished)' },
        hint: {
          zh: '上面的来源是转载（如“来源：山西日报”）时，在这里写原发的标题、发布单位、日期或网址；两处都会显示。',
          en: 'When the source above republishes another (转载, "来源：山西日报"), the original: its title, publisher, date or address. Both are shown.',
        },
      },
    ),
  })
  .refine(identifies, { message: SOURCE_NEEDS });
export type Source = z.output<typeof sourceSchema>;

/** One organisation id or a list of them (joint issuers), read as a list. */
export const issuersSchema = z
  .union([ref('organisations'), z.array(ref('organisations'))])
  .transform((value) => (typeof value === 'string' ? [value] : value));

/** An industry in words, for a studio or an employer whose industry is `other` or missing from the closed list. */
export const industryTextSchema = described(localizedSchema.optional(), {
  label: { zh: '行业（文字）', en: 'Industry in words' },
  hint: {
    zh: '行业列表中没有合适的一项（或选了“其他”）时，用文字写行业。',
    en: 'The industry in words, when the list has no fitting entry (or "other" is chosen).',
  },
  example: '新能源汽车零部件',
});
