import { z } from 'astro/zod';
import {
  cycleFromField,
  localizedSchema,
  localFileSchema,
  partialDateSchema,
  quantitySchema,
  ref,
  sourceSchema,
  yearSchema,
  moneyQuantitySchema,
  type Quantity,
} from './common.ts';
import {
  ASSESSMENT_GRADES,
  ASSESSMENT_OUTCOMES,
  PAIRING_KINDS,
  STUDIO_LEVELS,
} from './vocabulary.ts';
import { described } from './field-meta.ts';

/** One studio named by a naming decision. */
export const namedStudioSchema = z.strictObject({
  /** The studio named. */
  studio: described(ref('studios'), {
    label: { zh: '工作室', en: 'Studio' },
    hint: {
      zh: '被命名的工作室，从工作室中选择。',
      en: 'The studio named, chosen from the studios.',
    },
    example: 'liu-hongwei',
  }),
  /** Level granted. */
  level: described(z.enum(STUDIO_LEVELS), {
    label: { zh: '命名级别', en: 'Level' },
    hint: { zh: '本文件授予的级别。', en: 'The level this document grants.' },
    example: 'municipal',
  }),
  /** The designation as the decision words it, such as 锦州市劳模创新工作室, when it says. */
  designation: described(localizedSchema.optional(), {
    label: { zh: '命名称号', en: 'Designation' },
    hint: {
      zh: '文件中写的称号，照录。',
      en: 'The designation as the document words it, copied exactly.',
    },
    example: '锦州市劳模创新工作室',
  }),
  /** Group heading in the attachment list (a town, an industry), when the list is grouped. */
  group: described(localizedSchema.optional(), {
    label: { zh: '分组', en: 'Group' },
    hint: {
      zh: '附件名单分组时的小标题（如某县区、某行业）。',
      en: 'The heading it sits under when the attached list is grouped (a district, an industry).',
    },
    example: '太和区',
  }),
  /** Funding granted, in 万元. */
  funding: described(moneyQuantitySchema.optional(), {
    label: { zh: '资助经费', en: 'Funding' },
    hint: {
      zh: '单位：万元，只写数字；来源写“多”“余”“以上”“近”或“约”时，另选限定词。',
      en: 'In 万元 (ten thousand yuan), digits only; when the source says 多, 余, 以上, 近 or 约, choose the qualifier as well.',
    },
    example: '3',
  }),
});

/** One studio's result in an assessment notice. */
export const assessmentResultSchema = z
  .strictObject({
    /** The studio assessed. */
    studio: described(ref('studios'), {
      label: { zh: '工作室', en: 'Studio' },
      hint: { zh: '被考核的工作室。', en: 'The studio assessed.' },
      example: 'liu-hongwei',
    }),
    /** Grade given; left out when the notice names the studio as assessed but publishes no result. */
    grade: described(z.enum(ASSESSMENT_GRADES).optional(), {
      label: { zh: '考核等次', en: 'Grade' },
      hint: {
        zh: '优秀、良好、合格、基本合格或不合格；通报只说参加考核、未公布结果时不填。',
        en: 'Excellent, good, pass, basic pass or fail; left empty when the notice names the studio as assessed but publishes no result.',
      },
      example: 'excellent',
    }),
    /** Score out of 100, when published. */
    score: described(z.number().min(0).max(100).optional(), {
      label: { zh: '得分', en: 'Score' },
      hint: { zh: '百分制得分，公布时填写。', en: 'Score out of 100, when published.' },
      example: '92',
    }),
    /**
     * What follows from the grade; revoked ends the designations this issuer granted. A graded row
     * without one is retained (a notice names only what it changes); an ungraded row has none.
     */
    outcome: described(z.enum(ASSESSMENT_OUTCOMES).optional(), {
      label: { zh: '处理结果', en: 'Outcome' },
      hint: {
        zh: '保留、限期整改或撤销；撤销会结束该单位授予的称号。有等次而不填时为保留；未公布结果时不填。',
        en: 'Retained, to rectify or revoked; revoked ends the titles this issuer granted. With a grade and left empty it is retained; left empty when no result was published.',
      },
      example: 'retained',
    }),
  })
  .refine(
    (row) => row.grade !== undefined || row.outcome === undefined || row.outcome === 'revoked',
    {
      message:
        'an outcome other than revoked needs the grade it follows from; leave both out when the notice published no result',
      path: ['outcome'],
    },
  );

/** A pairing (结对共建), an alliance or an incubation announced in a notice. */
export const pairingSchema = z.strictObject({
  /** Studios taking part; for incubation the first one incubates the others. */
  studios: described(z.array(ref('studios')).min(2), {
    label: { zh: '参与工作室', en: 'Studios' },
    hint: {
      zh: '至少两个；孵化时第一个为孵化方。',
      en: 'At least two; for an incubation the first one incubates the others.',
    },
    example: 'liu-hongwei',
  }),
  /** Form of the pairing. */
  kind: described(z.enum(PAIRING_KINDS), {
    label: { zh: '形式', en: 'Form' },
    hint: { zh: '结对共建、联盟或孵化。', en: 'Pairing, alliance or incubation.' },
    example: 'pair',
  }),
  /** What they work on together, when stated. */
  topic: described(localizedSchema.optional(), {
    label: { zh: '合作内容', en: 'Joint topic' },
    hint: {
      zh: '共同攻关的内容，文件写明时填写。',
      en: 'What they work on together, when stated.',
    },
    example: '锅炉燃烧优化',
  }),
  /** Joint projects completed, when reported. */
  jointProjects: described(quantitySchema.optional(), {
    label: { zh: '合作项目数', en: 'Joint projects' },
    hint: {
      zh: '只写数字；来源写“多”“余”“以上”“近”或“约”时，另选限定词。',
      en: 'Digits only; when the source says 多, 余, 以上, 近 or 约, choose the qualifier as well.',
    },
    example: '5',
  }),
});

/** An original file (PDF, Word) published with the document. */
export const attachmentSchema = z.strictObject({
  /** Path of the file beside the document. */
  file: described(localFileSchema, {
    label: { zh: '文件', en: 'File' },
    hint: { zh: '上传原件（PDF、Word 等）。', en: 'Upload the original file (PDF, Word …).' },
    example: 'attachments/jz-2021-31.pdf',
  }),
  /** Title shown in the link. */
  title: described(localizedSchema, {
    label: { zh: '链接文字', en: 'Link text' },
    hint: { zh: '下载链接上显示的标题。', en: 'The title shown on the download link.' },
    example: '附件：2021年度锦州市劳模创新工作室名单',
  }),
});

/** One studio commended or rewarded by a commendation. */
export const commendedStudioSchema = z.strictObject({
  /** The studio commended. */
  studio: described(ref('studios'), {
    label: { zh: '工作室', en: 'Studio' },
    hint: { zh: '受表彰的工作室。', en: 'The studio commended.' },
    example: 'sun-jianguo',
  }),
  /** The level of the commendation (the level of the commending body). */
  level: described(z.enum(STUDIO_LEVELS), {
    label: { zh: '表彰级别', en: 'Level' },
    hint: { zh: '表彰单位的级别。', en: 'The level of the commending body.' },
    example: 'municipal',
  }),
  /** The commendation as worded, such as 优秀劳模创新工作室. */
  designation: described(localizedSchema.optional(), {
    label: { zh: '表彰称号', en: 'Commendation' },
    hint: { zh: '文件中写的称号，照录。', en: 'The commendation as worded, copied exactly.' },
    example: '优秀劳模创新工作室',
  }),
  /** Group heading in the list, when grouped. */
  group: described(localizedSchema.optional(), {
    label: { zh: '分组', en: 'Group' },
    hint: { zh: '名单分组时的小标题。', en: 'The heading it sits under when the list is grouped.' },
    example: '产业工会',
  }),
  /** Reward, in 万元. */
  funding: described(moneyQuantitySchema.optional(), {
    label: { zh: '奖励经费', en: 'Reward' },
    hint: {
      zh: '单位：万元，只写数字；来源写“多”“余”“以上”“近”或“约”时，另选限定词。',
      en: 'In 万元 (ten thousand yuan), digits only; when the source says 多, 余, 以上, 近 or 约, choose the qualifier as well.',
    },
    example: '2',
  }),
});

/** Fields every document has, union document or not. */
const documentCommon = {
  /** Document number kept verbatim with its 〔〕 brackets, such as 锦工发〔2021〕31号; omitted for unnumbered documents (无文号). */
  number: described(z.string().min(1).optional(), {
    label: { zh: '文号', en: 'Document number' },
    hint: {
      zh: '照录文号，保留原文的括号（〔〕、[]或（）），不要改写；不合“机关代字〔年份〕序号号”格式时检查会提醒，但照样收录；无文号的文件不填。',
      en: 'Copy the number exactly, with its own brackets (〔〕, [] or （）); a number not in the form 机关代字〔year〕N号 gets a warning from the check but is kept; leave empty for a document without one.',
    },
    example: '锦工发〔2021〕31号',
  }),
  /** Date of writing (成文日期), at the precision known; omitted when no source states it: the document is then undated, never given a date. */
  date: described(partialDateSchema.optional(), {
    label: { zh: '成文日期', en: 'Date of writing' },
    hint: {
      zh: '文件落款的日期。可只写年（2019）、年月（2019-11）或完整日期（2019-11-20），来源写到哪一级就写到哪一级，不要补全；来源没有日期（如只知标题、仪式上宣读的名单）就不填，网站显示为“日期未注明”。',
      en: 'The date the document is signed. Write the year (2019), the month (2019-11) or the full date (2019-11-20), as precisely as the source states it; never fill in the rest. Leave it empty when no source gives a date (a notice known only by its title, a list read out at a ceremony): the site shows it as undated.',
    },
    example: '2021-12-07',
  }),
  /** Date of publication (发布日期) in the public catalogue, when the source gives it apart from the date of writing. */
  published: described(partialDateSchema.optional(), {
    label: { zh: '发布日期', en: 'Date published' },
    hint: {
      zh: '信息公开目录中的发布日期，与成文日期不同时照录；来源写到哪一级就写到哪一级。',
      en: 'The date of publication in the public catalogue (信息公开), when the source gives it; as precisely as stated.',
    },
    example: '2021-12-10',
  }),
  /** Catalogue index number (索引号) of the government information disclosure catalogue, verbatim. */
  indexNumber: described(z.string().min(1).optional(), {
    label: { zh: '索引号', en: 'Index number' },
    hint: {
      zh: '信息公开目录中的索引号，照录。',
      en: 'The index number (索引号) in the public disclosure catalogue, copied exactly.',
    },
    example: '11370000004167130H/2021-00012',
  }),
  /** Subject category (主题分类) in the disclosure catalogue, verbatim. */
  subjectCategory: described(localizedSchema.optional(), {
    label: { zh: '主题分类', en: 'Subject category' },
    hint: {
      zh: '信息公开目录中的主题分类，照录。',
      en: 'The subject category (主题分类) in the public disclosure catalogue, copied exactly.',
    },
    example: '劳动、人事、监察',
  }),
  /** Publishing body (发布机构) named by the disclosure catalogue, verbatim (it can differ from the issuer). */
  publishingBody: described(localizedSchema.optional(), {
    label: { zh: '发布机构', en: 'Publishing body' },
    hint: {
      zh: '信息公开目录中的发布机构，照录（可能与发文单位不同，如“市总工会办公室”）。',
      en: 'The publishing body (发布机构) in the public disclosure catalogue, copied exactly (it can differ from the issuer).',
    },
    example: '锦州市总工会',
  }),
  /** Where the document can be read publicly (a union website, a newspaper). */
  sources: described(z.array(sourceSchema).default([]), {
    label: { zh: '公开来源', en: 'Public sources' },
    hint: {
      zh: '能公开读到该文件的地方（工会网站、报刊）。',
      en: 'Where the document can be read publicly (a union website, a newspaper).',
    },
  }),
  /** Title as printed. */
  title: described(localizedSchema, {
    label: { zh: '文件标题', en: 'Title' },
    hint: {
      zh: '按原文照录，不要改写或简化。',
      en: 'Copy it exactly as printed; do not shorten or reword it.',
    },
    example: '关于命名2021年度锦州市劳模和职工创新工作室的决定',
  }),
  /** Addressees (主送), as printed. */
  addressees: described(localizedSchema.optional(), {
    label: { zh: '主送单位', en: 'Addressees' },
    hint: {
      zh: '文件开头的主送单位，照录。',
      en: 'The addressees at the top of the document, copied exactly.',
    },
    example: '各县（市）区总工会，各产业（系统）工会：',
  }),
  /** One-sentence summary for lists and search. */
  summary: described(localizedSchema.optional(), {
    label: { zh: '摘要', en: 'Summary' },
    hint: {
      zh: '一句话概括，用于列表和搜索结果。',
      en: 'One sentence, shown in lists and search results.',
    },
    example: '命名刘宏伟劳模创新工作室等10个团队为2021年度锦州市劳模创新工作室。',
  }),
  /** Original files. */
  attachments: described(z.array(attachmentSchema).default([]), {
    label: { zh: '附件', en: 'Attachments' },
    hint: { zh: '文件原件（PDF、Word 等）。', en: 'The original files (PDF, Word …).' },
  }),
  /** Keep out of the production build (shown in `npm run dev`, marked). */
  draft: described(z.boolean().default(false), {
    label: { zh: '草稿', en: 'Draft' },
    hint: {
      zh: '勾选后不在正式网站上发布，只在预览中显示。',
      en: 'When ticked, it stays off the public site and shows only in the preview.',
    },
    example: 'false',
  }),
};

const { number: documentNumber, ...documentRest } = documentCommon;
/** Fields every union document has: the common ones and its issuers (after the number, as a form shows them). */
const documentBase = {
  number: documentNumber,
  /** Issuing organisation. */
  issuer: described(ref('organisations'), {
    label: { zh: '发文单位', en: 'Issuer' },
    hint: { zh: '从组织中选择。', en: 'Chosen from the organisations.' },
    example: 'jinzhou-ftu',
  }),
  /** Organisations issuing jointly (a science department, a Party organisation department). */
  coIssuers: described(z.array(ref('organisations')).default([]), {
    label: { zh: '联合发文单位', en: 'Joint issuers' },
    hint: {
      zh: '联合发文的其他单位（如科技局、组织部）。',
      en: 'Other bodies issuing it jointly (a science bureau, a Party organisation department).',
    },
    example: 'liaoning-sti',
  }),
  ...documentRest,
};

/**
 * How many studios the whole list holds, when the archive records only part of it (a national list
 * of 600 of which the site keeps its own 9): the page then says so beside the rows it shows.
 */
const listSize = described(quantitySchema.optional(), {
  label: { zh: '名单总数', en: 'Whole list' },
  hint: {
    zh: '本站只收录了名单的一部分时，填写原名单的总数（“公布了600家”填 600）；收录了整份名单时不填。',
    en: 'When the site records only part of the list, the number the whole list holds (for 公布了600家 write 600); left out when the whole list is recorded.',
  },
  example: '600',
});

/** Documents, told apart by `type`: union documents, and agreements a union did not issue. The full text is the MDX body. */
export const documentSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: described(z.literal('naming-decision'), {
      label: { zh: '文件类型', en: 'Document type' },
      hint: { zh: '命名决定。', en: 'A naming decision.' },
      example: 'naming-decision',
    }),
    ...documentBase,
    /** The cycle year (年度) of the namings, when it differs from the year of the decision. */
    cycleYear: described(yearSchema.optional(), {
      label: { zh: '命名年度', en: 'Cycle year' },
      hint: {
        zh: '命名所属的年度与发文年份不同时才填，写四位年份。',
        en: 'Only when the year named differs from the year of the document; four digits.',
      },
      example: '2021',
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
    /** The studios named, in the order of the attachment list. */
    named: described(z.array(namedStudioSchema).min(1), {
      label: { zh: '命名的工作室', en: 'Studios named' },
      hint: {
        zh: '按附件名单的顺序逐个填写。',
        en: 'One row per studio, in the order of the attached list.',
      },
    }),
    /** The whole list's size, when only part of it is recorded. */
    listSize,
  }),
  z.strictObject({
    type: described(z.literal('selection-notice'), {
      label: { zh: '文件类型', en: 'Document type' },
      hint: { zh: '评选公示。', en: 'A public notice of selection (公示).' },
      example: 'selection-notice',
    }),
    ...documentBase,
    /** The cycle year (年度) of the selection. */
    cycleYear: described(yearSchema.optional(), {
      label: { zh: '评选年度', en: 'Cycle year' },
      hint: { zh: '评选所属的年度，四位年份。', en: 'The year of the selection; four digits.' },
      example: '2022',
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
    /** The studios selected and announced for public comment (公示), not yet named. */
    selected: described(z.array(namedStudioSchema).min(1), {
      label: { zh: '公示的工作室', en: 'Studios selected' },
      hint: {
        zh: '公示中列出、尚未正式命名的工作室。',
        en: 'The studios announced for public comment, not yet named.',
      },
    }),
    /** The whole list's size, when only part of it is recorded. */
    listSize,
  }),
  z.strictObject({
    type: described(z.literal('commendation'), {
      label: { zh: '文件类型', en: 'Document type' },
      hint: { zh: '表彰决定。', en: 'A commendation.' },
      example: 'commendation',
    }),
    ...documentBase,
    /** The studios commended or rewarded. */
    commended: described(z.array(commendedStudioSchema).min(1), {
      label: { zh: '受表彰的工作室', en: 'Studios commended' },
      hint: { zh: '受表彰或奖励的工作室。', en: 'The studios commended or rewarded.' },
    }),
    /** The whole list's size, when only part of it is recorded. */
    listSize,
  }),
  z.strictObject({
    type: described(z.literal('assessment-notice'), {
      label: { zh: '文件类型', en: 'Document type' },
      hint: { zh: '考核通报。', en: 'An assessment notice.' },
      example: 'assessment-notice',
    }),
    ...documentBase,
    /** Cycle assessed, such as "2019–2021". */
    cycle: described(z.string().min(1), {
      label: { zh: '考核周期', en: 'Cycle assessed' },
      hint: {
        zh: '照文件写，如“2019–2021”。',
        en: 'As the document writes it, such as 2019–2021.',
      },
      example: '2019–2021',
    }),
    /** Results per studio. */
    results: described(z.array(assessmentResultSchema).min(1), {
      label: { zh: '考核结果', en: 'Results' },
      hint: { zh: '每个工作室一行。', en: 'One row per studio.' },
    }),
    /** Pairing results announced in the same notice. */
    pairings: described(z.array(pairingSchema).default([]), {
      label: { zh: '结对结果', en: 'Pairings' },
      hint: {
        zh: '同一通报中公布的结对共建结果。',
        en: 'Pairing results announced in the same notice.',
      },
    }),
  }),
  z.strictObject({
    type: described(z.literal('pairing-notice'), {
      label: { zh: '文件类型', en: 'Document type' },
      hint: { zh: '结对共建通知。', en: 'A pairing notice.' },
      example: 'pairing-notice',
    }),
    ...documentBase,
    /** The pairings announced. */
    pairings: described(z.array(pairingSchema).min(1), {
      label: { zh: '结对', en: 'Pairings' },
      hint: {
        zh: '通知中公布的结对、联盟或孵化。',
        en: 'The pairings, alliances or incubations announced.',
      },
    }),
  }),
  z.strictObject({
    type: described(z.literal('agreement'), {
      label: { zh: '文件类型', en: 'Document type' },
      hint: {
        zh: '工作室或单位之间签订的协议（不是工会文件，即使由工会促成）。',
        en: 'An agreement signed between studios or workplaces (not a union document, even when a union brokered it).',
      },
      example: 'agreement',
    }),
    ...documentCommon,
    /** The organisations that signed it (the studios' workplaces, or their unions). */
    parties: described(z.array(ref('organisations')).min(1), {
      label: { zh: '签约单位', en: 'Signed by' },
      hint: {
        zh: '签订协议的各方单位（工作室所在单位或其工会），从组织中选择。',
        en: "The bodies that signed it (the studios' workplaces or their unions), chosen from the organisations.",
      },
      example: 'heimudan-group',
    }),
    /** Unions that brokered or witnessed it (牵线搭桥、指导、见证), when the source says so; they did not issue it. */
    brokeredBy: described(z.array(ref('organisations')).default([]), {
      label: { zh: '促成单位', en: 'Brokered by' },
      hint: {
        zh: '来源写明牵线搭桥、指导或见证签约的工会；它们不是发文单位。',
        en: 'The unions the source says brokered, guided or witnessed the signing; they did not issue it.',
      },
      example: 'acftu-finance-textile-union',
    }),
    /** The pairings the agreement makes. */
    pairings: described(z.array(pairingSchema).min(1), {
      label: { zh: '结对', en: 'Pairings' },
      hint: {
        zh: '协议约定的结对、联盟或孵化。',
        en: 'The pairings, alliances or incubations the agreement makes.',
      },
    }),
  }),
  z.strictObject({
    type: described(z.literal('other'), {
      label: { zh: '文件类型', en: 'Document type' },
      hint: { zh: '其他文件。', en: 'Any other document.' },
      example: 'other',
    }),
    ...documentBase,
  }),
]);
export type UnionDocument = z.output<typeof documentSchema>;
export type NamingDecision = Extract<UnionDocument, { type: 'naming-decision' }>;
export type AssessmentNotice = Extract<UnionDocument, { type: 'assessment-notice' }>;
export type PairingNotice = Extract<UnionDocument, { type: 'pairing-notice' }>;
export type SelectionNotice = Extract<UnionDocument, { type: 'selection-notice' }>;
export type Commendation = Extract<UnionDocument, { type: 'commendation' }>;
export type Agreement = Extract<UnionDocument, { type: 'agreement' }>;
/** A document a union issued: every type but an agreement. */
export type IssuedDocument = Exclude<UnionDocument, Agreement>;

/** True for a naming decision. */
export const isNamingDecision = (doc: UnionDocument): doc is NamingDecision =>
  doc.type === 'naming-decision';
/** True for a public notice of selection (公示). */
export const isSelectionNotice = (doc: UnionDocument): doc is SelectionNotice =>
  doc.type === 'selection-notice';
/** True for a commendation. */
export const isCommendation = (doc: UnionDocument): doc is Commendation =>
  doc.type === 'commendation';
/** True for an assessment notice. */
export const isAssessmentNotice = (doc: UnionDocument): doc is AssessmentNotice =>
  doc.type === 'assessment-notice';
/** True for any document that announces or makes pairings. */
export const hasPairings = (
  doc: UnionDocument,
): doc is AssessmentNotice | PairingNotice | Agreement =>
  doc.type === 'pairing-notice' || doc.type === 'assessment-notice' || doc.type === 'agreement';
/** True for a union document (工会文件): one a union issued. An agreement between studios is not one, even when a union brokered it. */
export const isUnionDocument = (doc: UnionDocument): doc is IssuedDocument =>
  doc.type !== 'agreement';
/** The bodies a document comes from: its issuer and joint issuers, or an agreement's signatories. */
export const documentBodies = (doc: UnionDocument): string[] =>
  isUnionDocument(doc) ? [doc.issuer, ...doc.coIssuers] : doc.parties;

/**
 * The list a recognition (a naming, a selection, a commendation) records, and the whole list's
 * size when it records only part of it; undefined for other documents.
 */
export function recordedList(
  doc: UnionDocument,
): { rows: ReadonlyArray<{ studio: string }>; listSize?: Quantity } | undefined {
  const rows = isNamingDecision(doc)
    ? doc.named
    : isSelectionNotice(doc)
      ? doc.selected
      : isCommendation(doc)
        ? doc.commended
        : undefined;
  if (!rows) return undefined;
  const { listSize } = doc as NamingDecision | SelectionNotice | Commendation;
  return { rows, ...(listSize ? { listSize } : {}) };
}

/** An English translation of a document's full text; its file name is the document's id. */
export const documentTranslationSchema = z.strictObject({
  /** Translated title, when it differs from the document's `title.en`. */
  title: described(z.string().min(1).optional(), {
    label: { zh: '英文标题', en: 'English title' },
    hint: {
      zh: '与文件的英文标题不同时才填。',
      en: "Only when it differs from the document's English title.",
    },
    example: 'Decision on naming the 2021 Jinzhou model worker innovation studios',
  }),
});
