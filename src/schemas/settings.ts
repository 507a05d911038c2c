import { z } from 'astro/zod';
import { localizedSchema, ref } from './common.ts';

/** A link in the main navigation. */
export const navItemSchema = z.strictObject({
  /** Path without the language prefix, such as /studios/. */
  path: z.string().regex(/^\/([a-z0-9-]+\/)*$/, 'a site path such as /studios/'),
  /** Label. */
  label: localizedSchema,
});

/** Site-wide settings: `content/settings/site.yaml`. */
export const settingsSchema = z.strictObject({
  /** Site name shown in the header and titles. */
  siteName: localizedSchema,
  /** Tagline under the name. */
  tagline: localizedSchema,
  /** What the programme is, for the home page and meta descriptions. */
  description: localizedSchema,
  /** The organisation that publishes the site. */
  publisher: ref('organisations'),
  /** Main navigation. */
  navigation: z.array(navItemSchema).min(1),
  /** News items per page in the news list. */
  newsPerPage: z.number().int().min(5).max(100).default(20),
});
export type Settings = z.output<typeof settingsSchema>;
