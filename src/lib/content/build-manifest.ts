/**
 * The build manifest: what `npm run build` (scripts/build.ts) hands to Astro's process, so that
 * the content is read, parsed and validated once per build and the site model built once. The
 * parent writes it once, after validating and modelling; Astro's content loader
 * (src/data/content-loader.ts) takes the entries from it instead of reading the folders again, and
 * loadSite (src/data/site-model.ts) takes the model the build process built (a v8 snapshot)
 * instead of building its own. Pages therefore compute every chart from the very model the build
 * draws from: the chart file names they link are the ones the build writes.
 *
 * Three files, because the Astro process reads them in different places: the content (large: every
 * entry with its body) only in its content loader; the model only in loadSite; the build facts
 * (small) in both.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { CollectionName } from './collections.ts';
import type { ContentSet, Entry } from './types.ts';
import { readVariable, type Environment, type VariableName } from '../site/environment.ts';

/** The variable naming the build facts file; set by scripts/build.ts for Astro's process only. */
export const MANIFEST_VARIABLE = 'STUDIO_BUILD_MANIFEST' satisfies VariableName;

/** What a build fixed before Astro started. */
export interface BuildFacts {
  /** The content folder that was validated (absolute). */
  contentRoot: string;
  /** The publishing date of the build (YYYY-MM-DD), fixed once at its start. */
  publishingDate: string;
  /** The file holding the validated, published content (a ManifestContent). */
  contentFile: string;
  /** The file holding the site model the build process built from that content (v8-serialized). */
  modelFile: string;
  /** The pages that ask search engines not to index them (src/lib/views/indexing.ts), for the sitemap. */
  unindexedPaths: string[];
}

/** An entry as the manifest carries it: the validated entry and the absolute path of its file. */
export type ManifestEntry = Entry<unknown> & { path: string };

export type ManifestContent = Record<CollectionName, ManifestEntry[]>;

/**
 * Writes the manifest into `dir` and returns the path of its build facts (the value of
 * STUDIO_BUILD_MANIFEST). `content` is the validated content the build publishes.
 */
export function writeBuildManifest(dir: string, facts: { contentRoot: string; publishingDate: string; content: ContentSet; model: object; unindexedPaths: string[] }): string {
  const contentFile = join(dir, 'content.json');
  const content = Object.fromEntries(
    Object.entries(facts.content).map(([name, entries]) => [name, (entries as Entry<unknown>[]).map((entry) => ({ ...entry, path: resolve(entry.file) }))]),
  );
  writeFileSync(contentFile, JSON.stringify(content));
  // Maps and shared entries survive v8's serialization as they are; reading it back takes about as
  // long as building the model would (70–100 ms at 3,000 news), and guarantees the same model.
  const modelFile = join(dir, 'model.v8');
  writeFileSync(modelFile, serialize(facts.model));
  const buildFile = join(dir, 'build.json');
  const build: BuildFacts = {
    contentRoot: facts.contentRoot,
    publishingDate: facts.publishingDate,
    contentFile,
    modelFile,
    unindexedPaths: facts.unindexedPaths,
  };
  writeFileSync(buildFile, JSON.stringify(build));
  return buildFile;
}

let facts: BuildFacts | null | undefined;

/** The build facts of this process, or undefined outside a build (`astro dev`, `astro check`). */
export function buildFacts(env?: Environment): BuildFacts | undefined {
  if (facts === undefined) {
    const file = readVariable(MANIFEST_VARIABLE, env);
    facts = file ? (JSON.parse(readFileSync(file, 'utf8')) as BuildFacts) : null;
  }
  return facts ?? undefined;
}

/** The validated content of the build (read by the content loader only: it is large). */
export function manifestContent(build: BuildFacts): ManifestContent {
  return JSON.parse(readFileSync(build.contentFile, 'utf8')) as ManifestContent;
}

/** The site model the build process built (read by loadSite only; typed there: the model is a layer above this one). */
export function manifestModel<Model>(build: BuildFacts): Model {
  return deserialize(readFileSync(build.modelFile)) as Model;
}
