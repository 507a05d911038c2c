/**
 * The preview never hides a content error: `npm run dev` shows the current problems of the
 * content folder on every page (src/layouts/Base.astro). Astro keeps serving the last valid
 * version of an entry it could not load, so without this the browser would show stale content
 * with no sign of a problem. Validation runs again only when a file in the folder changed.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { validateContent, type Problem } from './index.ts';

let cached: { fingerprint: string; problems: Problem[] } | undefined;

/** Every file's path, size and modification time: cheap to read, and it changes with any edit. */
function fingerprintOf(dir: string): string {
  const parts: string[] = [];
  const walk = (folder: string) => {
    for (const item of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, item.name);
      if (item.isDirectory()) walk(path);
      else {
        const stat = statSync(path, { throwIfNoEntry: false });
        parts.push(`${path}:${stat?.size}:${stat?.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return parts.sort().join('\n');
}

/** The problems of the content folder as it is now on disk. */
export function currentProblems(root: string): Problem[] {
  const fingerprint = fingerprintOf(root);
  if (cached?.fingerprint !== fingerprint)
    cached = { fingerprint, problems: validateContent(root).problems };
  return cached.problems;
}
