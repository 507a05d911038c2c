/**
 * The build manifest: what `npm run build` (scripts/build.ts) hands to Astro's process, so that
 * the content is read, parsed and validated once per build. The parent writes it once, after
 * validating; Astro's content loader (src/data/content-loader.ts) takes the entries from it
 * instead of reading the folders again, and the pages take the publishing date and the chart
 * file names from it.
 *
 * Two files, because the Astro process reads them in two places: the content (large: every entry
 * with its body) only in its content loader; the build facts (small) in the pages as well.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chartFiles, type ChartInstance } from '../figures/charts.ts';
import type { CollectionName } from './collections.ts';
import type { ContentSet, Entry } from './types.ts';

/** The variable naming the build facts file; set by scripts/build.ts for Astro's process only. */
export const MANIFEST_VARIABLE = 'STUDIO_BUILD_MANIFEST';

/** What a build fixed before Astro started. */
export interface BuildFacts {
  /** The content folder that was validated (absolute). */
  contentRoot: string;
  /** The publishing date of the build (YYYY-MM-DD), fixed once at its start. */
  publishingDate: string;
  /** The file holding the validated, published content (a ManifestContent). */
  contentFile: string;
  /** The files of every chart the build draws, by chart key: the names the pages must link. */
  charts: Record<string, ChartFileNames>;
}

/** The files of a chart: a drawing per layout (narrow, wide) and its data. */
type ChartFileNames = ReturnType<typeof chartFiles>;

/** An entry as the manifest carries it: the validated entry and the absolute path of its file. */
export type ManifestEntry = Entry<unknown> & { path: string };

export type ManifestContent = Record<CollectionName, ManifestEntry[]>;

/**
 * Writes the manifest into `dir` and returns the path of its build facts (the value of
 * STUDIO_BUILD_MANIFEST). `content` is the validated content the build publishes.
 */
export function writeBuildManifest(dir: string, facts: { contentRoot: string; publishingDate: string; content: ContentSet; charts: ChartInstance[] }): string {
  const contentFile = join(dir, 'content.json');
  const content = Object.fromEntries(
    Object.entries(facts.content).map(([name, entries]) => [name, (entries as Entry<unknown>[]).map((entry) => ({ ...entry, path: resolve(entry.file) }))]),
  );
  writeFileSync(contentFile, JSON.stringify(content));
  const buildFile = join(dir, 'build.json');
  const build: BuildFacts = {
    contentRoot: facts.contentRoot,
    publishingDate: facts.publishingDate,
    contentFile,
    charts: Object.fromEntries(facts.charts.map((instance) => [instance.key, chartFiles(instance)])),
  };
  writeFileSync(buildFile, JSON.stringify(build));
  return buildFile;
}

let facts: BuildFacts | null | undefined;

/** The build facts of this process, or undefined outside a build (`astro dev`, `astro check`). */
export function buildFacts(env: Record<string, string | undefined> = process.env): BuildFacts | undefined {
  if (facts === undefined) {
    const file = env[MANIFEST_VARIABLE];
    facts = file ? (JSON.parse(readFileSync(file, 'utf8')) as BuildFacts) : null;
  }
  return facts ?? undefined;
}

/** The validated content of the build (read by the content loader only: it is large). */
export function manifestContent(build: BuildFacts): ManifestContent {
  return JSON.parse(readFileSync(build.contentFile, 'utf8')) as ManifestContent;
}

/**
 * The files a page links for a chart. In a build they are the names the build process gave the
 * files it writes (one source); a chart this process sees differently (another key, hash or
 * drawing) stops the build rather than link a file that does not exist or shows other numbers.
 * Outside a build, the names chartFiles gives (the dev server draws them on demand).
 */
export function publishedChartFiles(instance: ChartInstance): ChartFileNames {
  const own = chartFiles(instance);
  const build = buildFacts();
  if (!build) return own;
  const published = build.charts[instance.key];
  if (!published || JSON.stringify(published) !== JSON.stringify(own)) {
    throw new Error(`Chart ${instance.key}: the page would link ${JSON.stringify(own.svg)}, but the build draws ${published ? JSON.stringify(published.svg) : 'no such chart'}; the pages and the charts were computed from different content.`);
  }
  return published;
}
