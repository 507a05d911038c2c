import { z } from 'astro/zod';
import { isoDateSchema, localFileSchema, ref } from './common.ts';

/**
 * A news article in one language. Chinese lives in `content/news/zh/<slug>.mdx`; its English
 * version, when there is one, in `content/news/en/<slug>.mdx` with the same slug.
 */
export const makeNewsSchema = <T extends z.ZodType>(cover: T) =>
  z.strictObject({
    /** Headline. */
    title: z.string().min(1),
    /** Date published; a future date keeps the article out of the build until that day. */
    date: isoDateSchema,
    /** One or two sentences for lists, feeds and search. */
    summary: z.string().min(1),
    /** Studios the article is about. */
    studios: z.array(ref('studios')).default([]),
    /** People the article mentions. */
    people: z.array(ref('people')).default([]),
    /** Topics, ids in content/topics. */
    tags: z.array(ref('topics')).default([]),
    /** Cover image beside this file. */
    cover: cover.optional(),
    /** Alternative text of the cover image. */
    coverAlt: z.string().optional(),
    /** Keep out of the production build (shown in `npm run dev`, marked). */
    draft: z.boolean().default(false),
  });
export const newsSchema = makeNewsSchema(localFileSchema);
export type News = z.output<typeof newsSchema>;
