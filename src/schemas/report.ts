import { z } from 'astro/zod';
import { yearSchema } from './common.ts';

/** The narrative of a year's report in one language: `content/reports/<zh|en>/<year>.mdx`. */
export const reportSchema = z.strictObject({
  /** The year reported on; must match the file name. */
  year: yearSchema,
  /** Title of the report. */
  title: z.string().min(1),
  /** One-paragraph summary. */
  summary: z.string().min(1),
  /** Keep out of the production build (shown in `npm run dev`, marked). */
  draft: z.boolean().default(false),
});
