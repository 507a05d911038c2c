import { z } from 'astro/zod';
import {
  industryTextSchema,
  localizedSchema,
  localFileSchema,
  partialDateSchema,
  quantitySchema,
  ref,
  areaQuantitySchema,
  sourceSchema,
} from './common.ts';
import {
  INDUSTRIES,
  MEMBER_ROLES,
  SKILL_GRADES,
  STUDIO_KINDS,
  STUDIO_STATUSES,
} from './vocabulary.ts';
import { described } from './field-meta.ts';

/** A member of a studio: a person with a page, or a name only. */
export const memberSchema = z
  .strictObject({
    /** The member's page, when they have one. */
    person: described(ref('people').optional(), {
      label: { zh: '成员（有人物页）', en: 'Member (with a page)' },
      hint: {
        zh: '档案中有人物页的成员从人物中选择；没有人物页的写在“成员姓名”里，两项只填一项。',
        en: 'A member who has a page in the archive; for anyone else write the name instead. Fill in one of the two.',
      },
      example: 'zhao-pengda',
    }),
    /** The member's name, when they have no page. */
    name: described(localizedSchema.optional(), {
      label: { zh: '成员姓名', en: 'Member name' },
      hint: { zh: '没有人物页的成员写姓名。', en: 'The name of a member who has no page.' },
      example: '李明',
    }),
    /** Role in the studio. */
    role: described(z.enum(MEMBER_ROLES), {
      label: { zh: '角色', en: 'Role' },
      hint: {
        zh: '在工作室中的角色：领衔人、副领衔人、核心成员、成员或导师。',
        en: 'Role in the studio: leader, deputy, core member, member or mentor.',
      },
      example: 'core',
    }),
    /** When the member left the studio or handed over its lead, when a source says so (a former leader). */
    until: described(partialDateSchema.optional(), {
      label: { zh: '在任至', en: 'Until' },
      hint: {
        zh: '来源写明已离开工作室或已交接领衔时填写，写到来源给出的精度；前任领衔人保留在成员中并填写此项。',
        en: 'When a source says the member left or handed over the lead, at the precision it gives; a former leader stays among the members with this date.',
      },
      example: '2020-06',
    }),
    /** Skill or professional grade, when not on the person's page. */
    grade: described(z.enum(SKILL_GRADES).optional(), {
      label: { zh: '技能等级', en: 'Skill grade' },
      hint: {
        zh: '人物页上没有写等级时才在这里填。',
        en: "Only when the person's page does not give it.",
      },
      example: 'technician',
    }),
  })
  .refine((member) => Boolean(member.person) !== Boolean(member.name), {
    message: 'either person (an id in content/people) or name, not both',
  });

/** A title the studio was known by before, with when it stopped being used and who says so. */
export const formerTitleSchema = z.strictObject({
  /** The former title, verbatim. */
  title: described(localizedSchema, {
    label: { zh: '曾用名', en: 'Former title' },
    hint: {
      zh: '更名前的名称，按来源照录。',
      en: 'The title before the renaming, exactly as the source gives it.',
    },
    example: '刘海涛劳模创新工作室',
  }),
  /** Until when it was used, at the precision the source gives; omitted when not known. */
  until: described(partialDateSchema.optional(), {
    label: { zh: '使用至', en: 'Used until' },
    hint: {
      zh: '更名时间，来源写到哪一级就写到哪一级；不知道时不填。',
      en: 'When it was renamed, as precisely as the source says; leave empty when unknown.',
    },
    example: '2021-06',
  }),
  /** Where the former title is found. */
  source: described(sourceSchema.optional(), {
    label: { zh: '来源', en: 'Source' },
    hint: { zh: '使用这个名称的来源。', en: 'A source using this title.' },
  }),
});

/**
 * A studio. Its designations, grades and pairings are not typed here: they are derived from the
 * union's documents and from designation records, so that one fact lives in one place.
 * `photo` is a path for the validator; Astro passes its image() helper to get an optimisable image.
 */
export const makeStudioSchema = <T extends z.ZodType>(photo: T) =>
  z.strictObject({
    /** Official title, kept verbatim (劳模创新工作室, 职工创新工作室, 工匠创新工作室 …). The only required fact. */
    title: described(localizedSchema, {
      label: { zh: '工作室名称', en: 'Studio title' },
      hint: {
        zh: '按命名文件照录全称，不要改写；这是唯一必填的一项。',
        en: 'The full title exactly as the naming document prints it; the only required field.',
      },
      example: '赵鹏达劳模创新工作室',
    }),
    /** Titles it was known by before (a renaming); shown on its page and found by search. */
    formerTitles: described(z.array(formerTitleSchema).default([]), {
      label: { zh: '曾用名', en: 'Former titles' },
      hint: {
        zh: '工作室更名前的名称；命名记录中的“时称”写当时的名称。',
        en: 'Titles before a renaming; a recognition\'s "named as" gives the title it was made under.',
      },
    }),
    /** Other names it is known by (a short name, a name in the press); found by search. */
    aliases: described(z.array(localizedSchema).default([]), {
      label: { zh: '别称', en: 'Other names' },
      hint: {
        zh: '报道中使用的其他名称或简称，每项一个。',
        en: 'Other names or short names used in reports, one each.',
      },
      example: '汽车检测技术创新工作室',
    }),
    /** Which kind of studio the title names, when it is one of the known kinds. */
    kind: described(z.enum(STUDIO_KINDS).optional(), {
      label: { zh: '工作室类别', en: 'Studio kind' },
      hint: {
        zh: '名称中写明的类别：劳模、职工、工匠等。',
        en: 'The kind the title names: model worker, employee, craftsman and so on.',
      },
      example: 'model-worker',
    }),
    /** Leading person (领衔人); topic-named studios may have none. */
    leader: described(ref('people').optional(), {
      label: { zh: '领衔人', en: 'Leader' },
      hint: {
        zh: '从人物中选择；以课题命名的工作室可以不填。',
        en: 'Choose from the people; a studio named after a topic may have none.',
      },
      example: 'zhao-pengda',
    }),
    /** Employer hosting the studio, when the source names it. */
    employer: described(ref('organisations').optional(), {
      label: { zh: '依托单位', en: 'Host employer' },
      hint: {
        zh: '工作室所在的企业或单位，来源写明时填写。',
        en: 'The company or body hosting the studio, when the source names it.',
      },
      example: 'bohai-petrochem',
    }),
    /** Industry, when the source states it or the employer makes it unmistakable. */
    industry: described(z.enum(INDUSTRIES).optional(), {
      label: { zh: '所属行业', en: 'Industry' },
      hint: {
        zh: '来源写明或依托单位能确定时才填。',
        en: 'Only when the source states it or the host employer makes it plain.',
      },
      example: 'petrochemical',
    }),
    /** The industry in words, when `industry` is other or the vocabulary has no fitting entry. */
    industryText: industryTextSchema,
    /** Region the studio sits in, as precise as the source gives it (province down to town or street). */
    region: described(localizedSchema.optional(), {
      label: { zh: '所在地区', en: 'Region' },
      hint: {
        zh: '来源写到哪一级就写到哪一级（省、市、区县、乡镇街道）。',
        en: 'As precise as the source gives it: province, city, district, town or street.',
      },
      example: '辽宁省锦州市太和区',
    }),
    /** When it was founded, at the precision the source gives. */
    founded: described(partialDateSchema.optional(), {
      label: { zh: '成立时间', en: 'Founded' },
      hint: {
        zh: '可只写年（2019）、年月（2019-11）或完整日期（2019-11-20），不要补全；来源只说“某时以前”时写 before 2015-06。',
        en: 'Write the year (2019), the month (2019-11) or the full date (2019-11-20), never filling in the rest; when the source only says "before" a date, write before 2015-06.',
      },
      example: '2016-05',
    }),
    /** Focus areas, short phrases. */
    focus: described(z.array(localizedSchema).default([]), {
      label: { zh: '研究方向', en: 'Focus areas' },
      hint: { zh: '每项写一个短语。', en: 'One short phrase each.' },
      example: '设备故障诊断',
    }),
    /** Members with roles and grades; the leader may be listed again with role leader. */
    members: described(z.array(memberSchema).default([]), {
      label: { zh: '成员', en: 'Members' },
      hint: {
        zh: '成员及其角色；领衔人可以再列一次，角色选领衔人。',
        en: 'Members and their roles; the leader may be listed again as leader.',
      },
    }),
    /** Total headcount when larger than the members listed. */
    memberCount: described(quantitySchema.optional(), {
      label: { zh: '成员人数', en: 'Headcount' },
      hint: {
        zh: '总人数多于上面列出的成员时填写；“20余人”写 20 并选“至少”。',
        en: 'When the total is larger than the members listed; for 20余人 write 20 and choose "at least".',
      },
      example: '20',
    }),
    /** Site area in square metres. */
    siteArea: described(areaQuantitySchema.optional(), {
      label: { zh: '场地面积', en: 'Site area' },
      hint: { zh: '单位：平方米，只写数字。', en: 'In square metres, digits only.' },
      example: '120',
    }),
    /** Whether the studio is still running; revocations by an assessment notice need no entry here. */
    status: described(z.enum(STUDIO_STATUSES).default('active'), {
      label: { zh: '运行状态', en: 'Status' },
      hint: {
        zh: '运行中、已撤销或已合并；考核通报中撤销的不用在这里改。',
        en: 'Active, revoked or merged; a revocation in an assessment notice needs no change here.',
      },
      example: 'active',
    }),
    /** The studio it was merged into, when status is merged. */
    mergedInto: described(ref('studios').optional(), {
      label: { zh: '并入工作室', en: 'Merged into' },
      hint: {
        zh: '状态为已合并时，选择它并入的工作室。',
        en: 'When the status is merged: the studio it was merged into.',
      },
      example: 'zhang-tiezhu',
    }),
    /** When it was merged, or revoked when status is revoked without an assessment notice in the archive. */
    statusDate: described(partialDateSchema.optional(), {
      label: { zh: '状态变更日期', en: 'Status date' },
      hint: {
        zh: '合并或撤销的日期；档案中有撤销的考核通报时不用填。',
        en: 'When it was merged or revoked; not needed when an assessment notice in the archive revoked it.',
      },
      example: '2022-03',
    }),
    /** The document that revoked or merged it, when it is in the archive. */
    statusDocument: described(ref('documents').optional(), {
      label: { zh: '撤销或合并文件', en: 'Revoking or merging document' },
      hint: {
        zh: '档案中有撤销或合并它的文件时选择该文件。',
        en: 'The document in the archive that revoked or merged it, if there is one.',
      },
      example: 'jz-2023-27',
    }),
    /** One-paragraph description. */
    summary: described(localizedSchema.optional(), {
      label: { zh: '简介', en: 'Summary' },
      hint: { zh: '一段话介绍工作室。', en: 'One paragraph about the studio.' },
      example: '工作室围绕炼化装置检修开展技术攻关，累计完成革新项目30余项。',
    }),
    /** Photo beside this file. */
    photo: described(photo.optional(), {
      label: { zh: '照片', en: 'Photo' },
      hint: { zh: '上传一张工作室照片。', en: 'Upload one photo of the studio.' },
      example: 'photos/studio.jpg',
    }),
    /** Alternative text of the photo. */
    photoAlt: described(localizedSchema.optional(), {
      label: { zh: '照片说明文字', en: 'Photo description' },
      hint: {
        zh: '为看不到图片的读者用一句话描述图片内容。',
        en: 'One sentence describing the picture for readers who cannot see it.',
      },
      example: '工作室成员在装置现场检修',
    }),
    /** Public sources of what this entry states (a news report of its work, a list it is on). */
    sources: described(z.array(sourceSchema).default([]), {
      label: { zh: '资料来源', en: 'Sources' },
      hint: {
        zh: '本条目所写事实的公开来源（如报道其工作的新闻）；没有命名记录的工作室更要写明来源。',
        en: 'Public sources of the facts this entry states (such as a news report of its work); above all for a studio with no recognition recorded.',
      },
    }),
    /** Show on the home page. */
    featured: described(z.boolean().default(false), {
      label: { zh: '首页推荐', en: 'Featured' },
      hint: { zh: '勾选后在首页展示。', en: 'When ticked, it is shown on the home page.' },
      example: 'false',
    }),
  });
export const studioSchema = makeStudioSchema(localFileSchema);
export type Studio = z.output<typeof studioSchema>;
