/**
 * The content collections: where each lives under the content folder, which files belong to it,
 * and the schema its entries follow: the one list of collections. `src/lib/validation/loading.ts`
 * reads the folders with it, `src/content.config.ts` declares Astro's collections from it, and the
 * site model (`src/data/site-model.ts`) gathers them by it.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { z } from 'astro/zod';
import { achievementSchema } from '../../schemas/achievement.ts';
import { awardSchema } from '../../schemas/award.ts';
import { chartSchema } from '../../schemas/chart.ts';
import { competitionSchema } from '../../schemas/competition.ts';
import { designationSchema } from '../../schemas/designation.ts';
import { documentSchema, documentTranslationSchema } from '../../schemas/document.ts';
import { figuresSchema } from '../../schemas/figures.ts';
import { newsSchema } from '../../schemas/news.ts';
import { organisationSchema } from '../../schemas/organisation.ts';
import { personSchema } from '../../schemas/person.ts';
import { reportSchema } from '../../schemas/report.ts';
import { settingsSchema } from '../../schemas/settings.ts';
import { studioSchema } from '../../schemas/studio.ts';
import { topicSchema } from '../../schemas/topic.ts';
import { readVariable, type Environment } from '../site/environment.ts';

export interface CollectionSpec {
  /** Folder under the content root. */
  dir: string;
  /** Glob of the entry files, relative to the folder. */
  pattern: string;
  /** Schema of the YAML file or of the MDX front matter. */
  schema: z.ZodType;
  /** Whether entries are Markdown or MDX with front matter and a body. */
  mdx: boolean;
}

export const COLLECTIONS = {
  organisations: { dir: 'organisations', pattern: '*.{yaml,yml}', schema: organisationSchema, mdx: false },
  people: { dir: 'people', pattern: '*.{yaml,yml}', schema: personSchema, mdx: false },
  studios: { dir: 'studios', pattern: '*.{yaml,yml}', schema: studioSchema, mdx: false },
  documents: { dir: 'documents', pattern: '*.mdx', schema: documentSchema, mdx: true },
  documentTranslations: { dir: 'documents/en', pattern: '*.mdx', schema: documentTranslationSchema, mdx: true },
  designations: { dir: 'designations', pattern: '*.{yaml,yml}', schema: designationSchema, mdx: false },
  competitions: { dir: 'competitions', pattern: '*.{yaml,yml}', schema: competitionSchema, mdx: false },
  awards: { dir: 'awards', pattern: '*.{yaml,yml}', schema: awardSchema, mdx: false },
  achievements: { dir: 'achievements', pattern: '*.{md,mdx}', schema: achievementSchema, mdx: true },
  figures: { dir: 'figures', pattern: '*.{yaml,yml}', schema: figuresSchema, mdx: false },
  news: { dir: 'news', pattern: '{zh,en}/*.{md,mdx}', schema: newsSchema, mdx: true },
  reports: { dir: 'reports', pattern: '{zh,en}/*.mdx', schema: reportSchema, mdx: true },
  topics: { dir: 'topics', pattern: '*.{yaml,yml}', schema: topicSchema, mdx: false },
  charts: { dir: 'charts', pattern: '*.{yaml,yml}', schema: chartSchema, mdx: false },
  settings: { dir: 'settings', pattern: 'site.{yaml,yml}', schema: settingsSchema, mdx: false },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;

/** Every collection's name, in the order of COLLECTIONS: the one list (Astro's config and the site model derive from it). */
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** The content root: `STUDIO_CONTENT_DIR` when set (fixtures, generated archives), else ./content. */
/**
 * The key of a content folder's caches (Astro's content store, the search bundles, the checked
 * files): the SHA-1 of its absolute path, so that a fixture or an archive never reuses another's.
 */
export const contentFolderKey = (contentDir: string): string =>
  createHash('sha1').update(resolve(contentDir)).digest('hex').slice(0, 10);

export function contentRoot(env?: Environment): string {
  return readVariable('STUDIO_CONTENT_DIR', env);
}
