import { z } from 'astro/zod';
import { yearSchema } from './common.ts';
import { described } from './field-meta.ts';

/** The narrative of a year's report in one language: `content/reports/<zh|en>/<year>.mdx`. */
export const reportSchema = z.strictObject({
  /** The year reported on; must match the file name. */
  year: described(yearSchema, {
    label: { zh: '报告年份', en: 'Year' },
    hint: {
      zh: '与文件名的年份一致，四位。',
      en: 'Must match the year in the file name; four digits.',
    },
    example: '2023',
  }),
  /** Title of the report. */
  title: described(z.string().min(1), {
    label: { zh: '报告标题', en: 'Title' },
    example: '2023年度劳模和职工创新工作室发展报告',
  }),
  /** One-paragraph summary. */
  summary: described(z.string().min(1), {
    label: { zh: '摘要', en: 'Summary' },
    hint: { zh: '一段话概括本年度情况。', en: 'One paragraph summing up the year.' },
    example: '2023年全市新命名劳模创新工作室12个。',
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
