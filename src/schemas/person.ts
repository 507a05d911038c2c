import { z } from 'astro/zod';
import { localizedSchema, localFileSchema, ref, sourceSchema, yearSchema } from './common.ts';
import { ADMIN_LEVELS, SKILL_GRADES } from './vocabulary.ts';
import { described } from './field-meta.ts';

/** An honour held by a person: 全国劳动模范, 全国五一劳动奖章, 大国工匠 … */
export const honourSchema = z.strictObject({
  /** Title of the honour, verbatim. */
  title: described(localizedSchema, {
    label: { zh: '荣誉名称', en: 'Honour' },
    hint: {
      zh: '按原文照录，不要改写或简化。',
      en: 'Copy it exactly as printed; do not shorten or reword it.',
    },
    example: '全国五一劳动奖章',
  }),
  /** Level at which it was conferred, when known. */
  level: described(z.enum(ADMIN_LEVELS).optional(), {
    label: { zh: '荣誉级别', en: 'Level' },
    hint: {
      zh: '授予荣誉的级别，知道时填写。',
      en: 'The level at which it was conferred, when known.',
    },
    example: 'national',
  }),
  /** Year conferred, when the source gives it. */
  year: described(yearSchema.optional(), {
    label: { zh: '获得年份', en: 'Year' },
    hint: { zh: '来源写明时填写，四位年份。', en: 'When the source gives it; four digits.' },
    example: '2021',
  }),
  /** The body that conferred it. */
  conferredBy: described(ref('organisations').optional(), {
    label: { zh: '授予单位', en: 'Conferred by' },
    hint: {
      zh: '授予荣誉的单位，从组织中选择。',
      en: 'The body that conferred it, chosen from the organisations.',
    },
    example: 'acftu',
  }),
});

/** A person: a studio leader, a member, an award winner. */
export const makePersonSchema = <T extends z.ZodType>(photo: T) =>
  z.strictObject({
    /** Full name. */
    name: described(localizedSchema, {
      label: { zh: '姓名', en: 'Name' },
      hint: { zh: '全名。', en: 'Full name.' },
      example: '赵鹏达',
    }),
    /** Job title or post, such as 检修班班长, when known. */
    jobTitle: described(localizedSchema.optional(), {
      label: { zh: '职务', en: 'Job title' },
      hint: { zh: '岗位或职务，知道时填写。', en: 'Post or job title, when known.' },
      example: '检修班班长',
    }),
    /** Employer, when known. */
    employer: described(ref('organisations').optional(), {
      label: { zh: '工作单位', en: 'Employer' },
      hint: { zh: '从组织中选择，知道时填写。', en: 'Chosen from the organisations, when known.' },
      example: 'bohai-petrochem',
    }),
    /** Highest skill or professional grade. */
    skillGrade: described(z.enum(SKILL_GRADES).optional(), {
      label: { zh: '技能等级', en: 'Skill grade' },
      hint: { zh: '最高的技能等级或职称。', en: 'The highest skill or professional grade.' },
      example: 'senior-technician',
    }),
    /** Honours, in any order; pages sort them by year, those without a year last. */
    honours: described(z.array(honourSchema).default([]), {
      label: { zh: '荣誉', en: 'Honours' },
      hint: { zh: '顺序不限，页面按年份排列。', en: 'In any order; pages sort them by year.' },
    }),
    /** Short biography. */
    bio: described(localizedSchema.optional(), {
      label: { zh: '简介', en: 'Biography' },
      hint: { zh: '简短的个人介绍。', en: 'A short biography.' },
      example: '1998年参加工作，长期从事炼化装置检修。',
    }),
    /** Public sources of what this entry states. */
    sources: described(z.array(sourceSchema).default([]), {
      label: { zh: '资料来源', en: 'Sources' },
      hint: {
        zh: '本条目所写事实（荣誉、简介）的公开来源。',
        en: 'Public sources of the facts this entry states (honours, biography).',
      },
    }),
    /** Portrait beside this file. */
    photo: described(photo.optional(), {
      label: { zh: '照片', en: 'Portrait' },
      hint: { zh: '上传一张本人照片。', en: 'Upload one portrait.' },
      example: 'zhao-pengda.jpg',
    }),
    /** Alternative text of the portrait. */
    photoAlt: described(localizedSchema.optional(), {
      label: { zh: '照片说明文字', en: 'Portrait description' },
      hint: {
        zh: '为看不到图片的读者用一句话描述图片内容。',
        en: 'One sentence describing the picture for readers who cannot see it.',
      },
      example: '赵鹏达在检修现场',
    }),
  });
export const personSchema = makePersonSchema(localFileSchema);
export type Person = z.output<typeof personSchema>;
