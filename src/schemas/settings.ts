import { z } from 'astro/zod';
import { localizedSchema, ref } from './common.ts';
import { described } from './field-meta.ts';

/** A link in the main navigation. */
export const navItemSchema = z.strictObject({
  /** Path without the language prefix, such as /studios/. */
  path: described(z.string().regex(/^\/([a-z0-9-]+\/)*$/, 'a site path such as /studios/'), {
    label: { zh: '页面路径', en: 'Path' },
    hint: {
      zh: '不带语言前缀的站内路径，以 / 开头和结尾。',
      en: 'A path on the site without the language prefix, starting and ending with /.',
    },
    example: '/studios/',
  }),
  /** Label. */
  label: described(localizedSchema, { label: { zh: '菜单文字', en: 'Label' }, example: '工作室' }),
});

/** Site-wide settings: `content/settings/site.yaml`. */
export const settingsSchema = z.strictObject({
  /** Site name shown in the header and titles. */
  siteName: described(localizedSchema, {
    label: { zh: '网站名称', en: 'Site name' },
    hint: { zh: '显示在页头和浏览器标题中。', en: 'Shown in the header and in page titles.' },
    example: '锦州市劳模和职工创新工作室',
  }),
  /** Tagline under the name. */
  tagline: described(localizedSchema, {
    label: { zh: '副标题', en: 'Tagline' },
    hint: { zh: '网站名称下方的一句话。', en: 'The line under the site name.' },
    example: '创新引领 匠心筑梦',
  }),
  /** What the programme is, for the home page and meta descriptions. */
  description: described(localizedSchema, {
    label: { zh: '网站简介', en: 'Description' },
    hint: {
      zh: '首页和搜索引擎中的简介。',
      en: 'What the programme is, for the home page and search engines.',
    },
    example: '展示锦州市各级劳模和职工创新工作室的成果与年度报告。',
  }),
  /** The organisation that publishes the site. */
  publisher: described(ref('organisations'), {
    label: { zh: '主办单位', en: 'Publisher' },
    hint: { zh: '发布本网站的单位。', en: 'The body that publishes the site.' },
    example: 'jinzhou-ftu',
  }),
  /** ICP record number (ICP备案号) of the site, shown in every page's footer and linked to the MIIT record site. */
  icpRecord: described(
    z
      .string()
      .regex(
        /^\p{Script=Han}ICP[备证]\d+号(-\d+)?$/u,
        'an ICP record number such as 京ICP备20012564号-1',
      )
      .optional(),
    {
      label: { zh: 'ICP备案号', en: 'ICP record number' },
      hint: {
        zh: '工信部备案系统中的ICP备案号，照录，如“京ICP备20012564号-1”；显示在每页页脚并链接到工信部备案查询网站。网站未备案时不填。',
        en: 'The ICP record number from the MIIT record system, copied exactly, such as 京ICP备20012564号-1; shown at the foot of every page with a link to the MIIT record site. Leave empty when the site has none.',
      },
      example: '京ICP备20012564号-1',
    },
  ),
  /** Public security network record number (公安联网备案号); its digits make the link to the record. */
  publicSecurityRecord: described(
    z
      .string()
      .regex(
        /^\p{Script=Han}公网安备\s?\d{10,16}号$/u,
        'a public security record number such as 京公网安备11010602200849号',
      )
      .optional(),
    {
      label: { zh: '公安联网备案号', en: 'Public security record number' },
      hint: {
        zh: '公安机关互联网站安全服务平台的备案号，照录，如“京公网安备11010602200849号”；页脚链接到该备案的查询页。未备案时不填。',
        en: 'The record number from the public security website record system, copied exactly, such as 京公网安备11010602200849号; the footer links to its record. Leave empty when the site has none.',
      },
      example: '京公网安备11010602200849号',
    },
  ),
  /** Contact details for the footer (address, postcode, telephone), as the publisher states them. */
  contact: described(localizedSchema.optional(), {
    label: { zh: '联系方式', en: 'Contact' },
    hint: {
      zh: '页脚显示的联系方式（地址、邮编、电话），照录主办单位公布的内容。',
      en: 'The contact details shown in the footer (address, postcode, telephone), as the publisher states them.',
    },
    example: '地址：锦州市古塔区北京路四段1号　电话：0416-1234567',
  }),
  /** Site identification code (网站标识码) of a government or public-sector site, when it has one. */
  siteCode: described(
    z
      .string()
      .regex(
        /^[0-9A-Za-z]{10}$/,
        'a site identification code of ten letters or digits, such as 2107000001',
      )
      .optional(),
    {
      label: { zh: '网站标识码', en: 'Site identification code' },
      hint: {
        zh: '政府网站和部分事业单位网站的网站标识码（十位字母或数字），有才填。',
        en: 'The site identification code (网站标识码, ten letters or digits) of a government or public-sector site, when it has one.',
      },
      example: '2107000001',
    },
  ),
  /** The licence of the open data (/data/), as the publisher states it; shown with each dataset. Left out: the data page says no licence is stated. */
  dataLicence: described(localizedSchema.optional(), {
    label: { zh: '开放数据许可', en: 'Open data licence' },
    hint: {
      zh: '开放数据页每个数据集旁显示的许可，照录主办单位的规定，如“CC BY 4.0”；未规定时不填，页面会如实说明未注明许可。',
      en: 'The licence shown with each dataset on the open data page, as the publisher states it, such as CC BY 4.0; leave empty when it states none, and the page says so.',
    },
    example: 'CC BY 4.0',
  }),
  /** Main navigation. */
  navigation: described(z.array(navItemSchema).min(1), {
    label: { zh: '主菜单', en: 'Main navigation' },
  }),
  /** News items per page in the news list. */
  newsPerPage: described(z.number().int().min(5).max(100).default(20), {
    label: { zh: '每页新闻条数', en: 'News per page' },
    hint: { zh: '5 到 100 之间。', en: 'Between 5 and 100.' },
    example: '20',
  }),
  /** Whether studio pages show recognitions by bodies other than unions (人社 skill-master studios): a studio's full honours. Never counted either way. */
  showOtherBodies: described(z.boolean().default(true), {
    label: { zh: '工作室页显示其他机构认定', en: 'Show recognitions by other bodies' },
    hint: {
      zh: '勾选（默认）时，工作室页另列人社部门技能大师工作室等非工会认定；不勾选则不显示。两种情况都不计入命名统计。',
      en: 'When ticked (the default), studio pages list recognitions by bodies other than unions (such as 人社 skill-master studios) apart; when not, they are not shown. Either way they are never counted as namings.',
    },
    example: 'true',
  }),
});
export type Settings = z.output<typeof settingsSchema>;
