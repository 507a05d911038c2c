import { z } from 'astro/zod';
import { localizedSchema } from './common.ts';
import { described } from './field-meta.ts';

/** A news topic; the id is its URL slug. */
export const topicSchema = z.strictObject({
  /** Topic name. */
  name: described(localizedSchema, {
    label: { zh: '专题名称', en: 'Topic name' },
    example: '技能竞赛',
  }),
  /** What the topic collects. */
  description: described(localizedSchema.optional(), {
    label: { zh: '专题说明', en: 'Description' },
    hint: { zh: '这个专题收录什么内容。', en: 'What the topic collects.' },
    example: '职工技能竞赛和岗位练兵的新闻。',
  }),
});
