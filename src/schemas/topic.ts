import { z } from 'astro/zod';
import { localizedSchema } from './common.ts';

/** A news topic; the id is its URL slug. */
export const topicSchema = z.strictObject({
  /** Topic name. */
  name: localizedSchema,
  /** What the topic collects. */
  description: localizedSchema.optional(),
});
