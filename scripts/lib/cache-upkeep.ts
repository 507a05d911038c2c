/**
 * What builds keep between runs, kept from growing without end. A union's machine builds one
 * content folder for years, and every edit adds drawings; a developer's machine, a test run or the
 * benchmark builds many copies of content, each with caches of its own. Two kinds are kept:
 * - per content folder (named by contentFolderKey): Astro's cache folder, the search bundles and the
 *   checked files. A build marks its folder's caches as used when it starts; the caches of all but
 *   the KEEP_FOLDERS content folders built last are removed once no build has used them for
 *   FOLDER_GRACE_MS, so a build still running elsewhere (it marked its own at its start) keeps them.
 * - by what they hold (chart drawings, share cards): a build marks every entry its pages name when
 *   it starts, before anything reads them; an entry no build has named for ENTRY_UNUSED_MS is removed.
 * Astro's shared image cache is left alone: Astro names and reads its files itself, and they grow
 * only with the photos.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

/** The content folders whose caches are kept however long ago they were built. */
export const KEEP_FOLDERS = 8;
/** How long another content folder's caches are kept after their last use: 6 hours. */
export const FOLDER_GRACE_MS = 6 * 3600_000;
/** How long a drawing or card no build has named is kept: 30 days. */
export const ENTRY_UNUSED_MS = 30 * 24 * 3600_000;

const KEY = /^[0-9a-f]{10}$/;
/** A drawing's or card's file as the caches name them (src/drawing/cache.ts, card-cache.ts): nothing else is touched. */
const ENTRY = /^[0-9a-f]{12,64}\.(?:svg|png)(?:\.sha256)?$/;

/** Where a project's per-folder caches are: the markers, Astro's, the search bundles', the checked files'. */
export function folderCaches(project: string) {
  const cache = join(project, 'node_modules', '.cache', 'studio-showcase');
  return {
    markers: join(cache, 'folders'),
    entries: (key: string) => [
      join(project, 'node_modules', '.astro', key),
      join(cache, 'search', key),
      join(cache, 'checked-files', `${key}.v8`),
    ],
    folders: [
      join(project, 'node_modules', '.astro'),
      join(cache, 'search'),
      join(cache, 'checked-files'),
    ],
  };
}

/** Marks the caches of the content folder with this key as used now. */
export function markFolderUsed(project: string, key: string): void {
  const { markers } = folderCaches(project);
  mkdirSync(markers, { recursive: true });
  writeFileSync(join(markers, key), '');
}

/** Marks these files of a cache folder as used now; a file not there yet is skipped. */
export function markEntriesUsed(dir: string, names: Iterable<string>): void {
  const now = new Date();
  for (const name of names) {
    try {
      utimesSync(join(dir, name), now, now);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

const modified = (path: string): number | undefined => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
};
const names = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir) : []);

/** Removes the caches of content folders not built lately; returns how many folders' were removed. */
export function removeUnusedFolderCaches(project: string, now = Date.now()): number {
  const { markers, entries, folders } = folderCaches(project);
  const keys = new Set(
    [markers, ...folders]
      .flatMap(names)
      .map((name) => name.replace(/\.v8$/, ''))
      .filter((name) => KEY.test(name)),
  );
  // The last use: the marker's time, or for caches from before markers, their newest entry's.
  const lastUse = [...keys].map((key) => {
    const times = [join(markers, key), ...entries(key)]
      .map(modified)
      .filter((time) => time !== undefined);
    return { key, time: Math.max(...times) };
  });
  const unused = lastUse
    .sort((a, b) => b.time - a.time)
    .slice(KEEP_FOLDERS)
    .filter(({ time }) => now - time > FOLDER_GRACE_MS);
  for (const { key } of unused)
    for (const path of [...entries(key), join(markers, key)])
      rmSync(path, { recursive: true, force: true });
  return unused.length;
}

/** Removes the files of a cache folder that no build has named for ENTRY_UNUSED_MS; returns how many. */
export function removeUnusedEntries(dir: string, now = Date.now()): number {
  let removed = 0;
  // Only the caches' own files: STUDIO_CHART_CACHE may name a folder that holds other files too.
  for (const name of names(dir).filter((entry) => ENTRY.test(entry))) {
    const time = modified(join(dir, name));
    if (time === undefined || now - time <= ENTRY_UNUSED_MS) continue;
    rmSync(join(dir, name), { force: true });
    removed += 1;
  }
  return removed;
}
