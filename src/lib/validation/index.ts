/**
 * Validation of the whole content folder: every schema problem, every unresolved reference,
 * every duplicate and every inconsistency, all at once, each naming file, entry and field.
 * The build runs it before Astro (see `src/integrations/validate-content.ts`) and
 * `npm run check` runs it alone.
 *
 * loading.ts reads the files and checks each against its schema; references.ts checks the
 * fields the schemas mark with ref(); consistency.ts the rules across entries; reporting.ts
 * holds the Problem type and formats the list. Warnings (documents.ts: a document number's form)
 * are listed apart and never fail a check or a build.
 */
import { checkConsistency } from './consistency.ts';
import { checkDocumentNumbers } from './documents.ts';
import { checkNamedBeforeFounded } from './founding.ts';
import { loadContent } from './loading.ts';
import { CheckedFiles, checkedFilesCache } from '../content/checked-files.ts';
import { checkReferences } from './references.ts';
import type { Problem, ValidationResult } from './reporting.ts';
import type { CollectionName } from '../content/collections.ts';
import type { ContentSet } from '../content/types.ts';

export {
  formatProblems,
  formatWarnings,
  messageLocale,
  type Problem,
  type ValidationResult,
} from './reporting.ts';

/** Where a run keeps its checked files: `cacheFor`, the content folder whose cache to use (see checked-files.ts). */
export interface ValidationOptions {
  /**
   * Keep each file's own checks between runs in the cache of this content folder (the folder
   * checked, or the one it is a copy of). Left out, every file is checked: the tests' default.
   */
  cacheFor?: string;
}

/** Loads the content folder and returns the valid entries and every problem found. */
export function validateContent(root: string, options: ValidationOptions = {}): ValidationResult {
  const problems: Problem[] = [];
  const files = new CheckedFiles(
    options.cacheFor === undefined ? undefined : checkedFilesCache(options.cacheFor),
  );
  const { content, known, entries } = loadContent(root, problems, undefined, files);
  files.save();
  checkReferences(root, entries, known, problems);
  checkConsistency(root, content, problems, known);
  const warnings: Problem[] = [];
  checkDocumentNumbers(content, warnings);
  checkNamedBeforeFounded(content, warnings);
  return { content, problems, warnings };
}

/**
 * One collection's entries that pass their schema, read exactly as `validateContent` reads them
 * (same file lister, same YAML parser), for Astro's content loader when no build manifest is
 * given (`astro dev`, `astro check`). References across collections are not checked here.
 */
export function readCollection<K extends CollectionName>(
  root: string,
  name: K,
): { entries: ContentSet[K]; problems: Problem[] } {
  const problems: Problem[] = [];
  const { content } = loadContent(root, problems, [name]);
  return { entries: content[name], problems };
}
