import { z } from 'astro/zod';
import { localizedSchema, partialDateSchema, ref, sourceSchema, yearSchema } from './common.ts';
import { AWARD_RANKS } from './vocabulary.ts';
import { described } from './field-meta.ts';

/**
 * A recipient of an award: a person, a team, a studio or an organisation (a company or unit the
 * announcement names as the winner, such as 先进集体 or a 完成单位), told apart by `type`.
 */
export const recipientSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: described(z.literal('person'), {
      label: { zh: '获奖者类型', en: 'Recipient type' },
      hint: { zh: '个人。', en: 'A person.' },
      example: 'person',
    }),
    /** The person. */
    person: described(ref('people'), {
      label: { zh: '获奖人', en: 'Person' },
      hint: { zh: '从人物中选择。', en: 'Chosen from the people.' },
      example: 'fang-yu',
    }),
  }),
  z.strictObject({
    type: described(z.literal('team'), {
      label: { zh: '获奖者类型', en: 'Recipient type' },
      hint: { zh: '团队。', en: 'A team.' },
      example: 'team',
    }),
    /** Team name as announced. */
    name: described(localizedSchema, {
      label: { zh: '团队名称', en: 'Team name' },
      hint: { zh: '按公布的名称照录。', en: 'As announced, copied exactly.' },
      example: '渤海石化QC小组',
    }),
    /** Team members with pages. */
    members: described(z.array(ref('people')).default([]), {
      label: { zh: '团队成员', en: 'Team members' },
      hint: { zh: '有人物页的成员。', en: 'Members who have a page.' },
      example: 'zhao-pengda',
    }),
  }),
  z.strictObject({
    type: described(z.literal('studio'), {
      label: { zh: '获奖者类型', en: 'Recipient type' },
      hint: { zh: '工作室。', en: 'A studio.' },
      example: 'studio',
    }),
    /** The studio. */
    studio: described(ref('studios'), {
      label: { zh: '获奖工作室', en: 'Studio' },
      hint: { zh: '从工作室中选择。', en: 'Chosen from the studios.' },
      example: 'sun-jianguo',
    }),
  }),
  z.strictObject({
    type: described(z.literal('organisation'), {
      label: { zh: '获奖者类型', en: 'Recipient type' },
      hint: { zh: '单位（公司、车间等）。', en: 'An organisation (a company, a workshop).' },
      example: 'organisation',
    }),
    /** The organisation the announcement names as the winner. */
    organisation: described(ref('organisations'), {
      label: { zh: '获奖单位', en: 'Organisation' },
      hint: {
        zh: '公布名单写明由单位获奖时，从单位中选择；不要把单位写成团队。',
        en: 'When the announcement names an organisation as the winner, chosen from the organisations; not entered as a team.',
      },
      example: 'bohai-petrochem',
    }),
  }),
]);
export type Recipient = z.output<typeof recipientSchema>;

/** An award or a competition win. */
export const awardSchema = z
  .strictObject({
    /** The competition or award scheme (an id in content/competitions), which gives the level and family. */
    competition: described(ref('competitions'), {
      label: { zh: '竞赛', en: 'Competition' },
      hint: {
        zh: '从竞赛中选择；级别和类别随竞赛。',
        en: 'Chosen from the competitions, which give the level and family.',
      },
      example: 'jinzhou-skills',
    }),
    /** Rank won. */
    rank: described(z.enum(AWARD_RANKS), {
      label: { zh: '奖项等级', en: 'Rank' },
      hint: {
        zh: '特等奖、一等奖、金奖、第N名等；不属于这些等级的荣誉（优秀组织单位、金牌班组）选“其他奖项”，并照录奖项名称。',
        en: 'Special, first, gold, a numbered place and so on; an honour of none of these ranks (优秀组织单位, 金牌班组) is other, with its name as announced.',
      },
      example: 'first',
    }),
    /**
     * The rank as the announcement words it, when that is not the rank's own name: 一等成果 for
     * first, 全省十大先进操作法 for winner. Shown wherever the award is; the rank still files it.
     */
    rankAs: described(localizedSchema.optional(), {
      label: { zh: '奖项名称（照录）', en: 'Rank as announced' },
      hint: {
        zh: '公布名单对等次的写法与上面的等级名称不同时照录（如“一等成果”“全省十大先进操作法”）；相同时不填。',
        en: 'The announcement’s own words for the rank when they differ from the rank’s name (一等成果, 全省十大先进操作法); leave out otherwise.',
      },
      example: '一等成果',
    }),
    /** The place, when rank is place (第N名). */
    place: described(z.number().int().positive().optional(), {
      label: { zh: '名次', en: 'Place' },
      hint: {
        zh: '等级为“第N名”时填写名次数字，其他等级不填。',
        en: 'The number N when the rank is a numbered place (第N名), and only then.',
      },
      example: '3',
    }),
    /** Year of the round; left out when no source says it (the award then counts in no year). */
    year: described(yearSchema.optional(), {
      label: { zh: '届次年份', en: 'Year' },
      hint: {
        zh: '该届竞赛的年份，四位；来源没有写年份时不填（不计入任何年份）。',
        en: 'The year of the round; four digits; leave it empty when no source says it (the award counts in no year).',
      },
      example: '2022',
    }),
    /** Date announced, at the precision known. */
    date: described(partialDateSchema.optional(), {
      label: { zh: '公布日期', en: 'Date announced' },
      hint: {
        zh: '可只写年（2019）、年月（2019-11）或完整日期（2019-11-20），来源写到哪一级就写到哪一级，不要补全。',
        en: 'Write the year (2019), the month (2019-11) or the full date (2019-11-20), as precisely as the source states it; never fill in the rest.',
      },
      example: '2022-11',
    }),
    /** What won: the project, result or entry, as the announcement words it; absent when the source names none. */
    achievement: described(localizedSchema.optional(), {
      label: { zh: '获奖项目', en: 'Winning entry' },
      hint: {
        zh: '公布名单中的项目或成果名称，照录；来源没写项目名称时不填（页面显示“未注明”），不要自拟。',
        en: 'The project or result as the announcement words it, copied exactly; left out when the source names none (pages say "not stated"), never made up.',
      },
      example: '换热器泄漏在线封堵技术',
    }),
    /** The entry in content/achievements it was won for, when the register has one (the title above stays as announced). */
    achievementId: described(ref('achievements').optional(), {
      label: { zh: '对应成果', en: 'Achievement' },
      hint: {
        zh: '成果库中有这项成果时选择它；上面的名称仍按公布照录。',
        en: 'The achievement entry it was won for, when there is one; the name above stays as announced.',
      },
      example: 'heat-exchanger-leak-sealing',
    }),
    /** Who won it. */
    /** Who won; empty when the announcement names no winner (一种高效均温热管散热器获一等成果): shown as not stated. */
    recipients: described(z.array(recipientSchema).default([]), {
      label: { zh: '获奖者', en: 'Recipients' },
      hint: {
        zh: '个人、团队、工作室或单位；公布名单没有写获奖者时不填（页面显示“未注明”），不要自拟。',
        en: 'A person, a team, a studio or an organisation; left out when the announcement names no winner (pages say "not stated"); never make one up.',
      },
    }),
    /** The studio the win is credited to, when the recipient is a person or team. */
    studio: described(ref('studios').optional(), {
      label: { zh: '所属工作室', en: 'Credited studio' },
      hint: {
        zh: '获奖者是个人或团队时，计入哪个工作室。',
        en: 'The studio the win counts for, when the recipient is a person or a team.',
      },
      example: 'zhao-pengda',
    }),
    /** Where the result was published. */
    source: described(sourceSchema.optional(), {
      label: { zh: '来源', en: 'Source' },
      hint: { zh: '获奖结果在哪里公布。', en: 'Where the result was published.' },
    }),
  })
  .refine((award) => award.rank !== 'other' || award.rankAs !== undefined, {
    message:
      'rankAs is required when rank is other: the honour as the announcement words it (优秀组织单位, 金牌班组)',
    path: ['rankAs'],
  })
  .refine((award) => (award.rank === 'place') === (award.place !== undefined), {
    message: 'place (a number) is required when rank is place, and only then',
    path: ['place'],
  });
export type Award = z.output<typeof awardSchema>;
