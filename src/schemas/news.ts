import { z } from 'astro/zod';
import { isoDateSchema, localFileSchema, ref } from './common.ts';
import { described } from './field-meta.ts';

/**
 * A news article in one language. Chinese lives in `content/news/zh/<slug>.mdx`; its English
 * version, when there is one, in `content/news/en/<slug>.mdx` with the same slug.
 */
export const makeNewsSchema = <T extends z.ZodType>(cover: T) =>
  z.strictObject({
    /** Headline. */
    title: described(z.string().min(1), {
      label: { zh: '标题', en: 'Headline' },
      example: '赵鹏达劳模创新工作室完成常减压装置检修攻关',
    }),
    /** Date published; a future date keeps the article out of the build until that day. */
    date: described(isoDateSchema, {
      label: { zh: '发布日期', en: 'Date published' },
      hint: {
        zh: '完整日期，如 2023-05-18；写未来的日期时到那一天才发布。',
        en: 'The full date, such as 2023-05-18; a future date keeps the article off the site until that day.',
      },
      example: '2023-05-18',
    }),
    /** One or two sentences for lists, feeds and search. */
    summary: described(z.string().min(1), {
      label: { zh: '摘要', en: 'Summary' },
      hint: {
        zh: '一两句话，用于列表、订阅和搜索。',
        en: 'One or two sentences for lists, feeds and search.',
      },
      example: '工作室用三天完成检修攻关，节约费用40余万元。',
    }),
    /** Studios the article is about. */
    studios: described(z.array(ref('studios')).default([]), {
      label: { zh: '相关工作室', en: 'Studios' },
      hint: { zh: '新闻讲到的工作室。', en: 'The studios the article is about.' },
      example: 'zhao-pengda',
    }),
    /** People the article mentions. */
    people: described(z.array(ref('people')).default([]), {
      label: { zh: '相关人物', en: 'People' },
      hint: { zh: '新闻提到的人物。', en: 'The people the article mentions.' },
      example: 'zhao-pengda',
    }),
    /** Topics, ids in content/topics. */
    tags: described(z.array(ref('topics')).default([]), {
      label: { zh: '专题', en: 'Topics' },
      hint: { zh: '从专题中选择。', en: 'Chosen from the topics.' },
      example: 'competition',
    }),
    /** Cover image beside this file. */
    cover: described(cover.optional(), {
      label: { zh: '封面图', en: 'Cover image' },
      hint: { zh: '上传一张封面图片。', en: 'Upload a cover image.' },
      example: 'images/cover.jpg',
    }),
    /** Alternative text of the cover image. */
    coverAlt: described(z.string().optional(), {
      label: { zh: '封面说明文字', en: 'Cover description' },
      hint: {
        zh: '为看不到图片的读者用一句话描述图片内容。',
        en: 'One sentence describing the picture for readers who cannot see it.',
      },
      example: '工作室成员在装置现场',
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
  });
export const newsSchema = makeNewsSchema(localFileSchema);
export type News = z.output<typeof newsSchema>;
