import { z } from 'astro/zod';
import { localizedSchema, ref } from './common.ts';
import { described } from './field-meta.ts';

/** A link in the main navigation. */
export const navItemSchema = z.strictObject({
  /** Path without the language prefix, such as /studios/. */
  path: described(z.string().regex(/^\/([a-z0-9-]+\/)*$/, 'a site path such as /studios/'), {
    label: { zh: '页面路径', en: 'Path' },
    hint: { zh: '不带语言前缀的站内路径，以 / 开头和结尾。', en: 'A path on the site without the language prefix, starting and ending with /.' },
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
    hint: { zh: '首页和搜索引擎中的简介。', en: 'What the programme is, for the home page and search engines.' },
    example: '展示锦州市各级劳模和职工创新工作室的成果与年度报告。',
  }),
  /** The organisation that publishes the site. */
  publisher: described(ref('organisations'), {
    label: { zh: '主办单位', en: 'Publisher' },
    hint: { zh: '发布本网站的单位。', en: 'The body that publishes the site.' },
    example: 'jinzhou-ftu',
  }),
  /** Main navigation. */
  navigation: described(z.array(navItemSchema).min(1), { label: { zh: '主菜单', en: 'Main navigation' } }),
  /** News items per page in the news list. */
  newsPerPage: described(z.number().int().min(5).max(100).default(20), {
    label: { zh: '每页新闻条数', en: 'News per page' },
    hint: { zh: '5 到 100 之间。', en: 'Between 5 and 100.' },
    example: '20',
  }),
});
export type Settings = z.output<typeof settingsSchema>;
