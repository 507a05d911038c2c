/**
 * The caches kept between builds stay bounded (scripts/lib/cache-upkeep.ts), on a project folder
 * made in the test: the caches of content folders not built lately go, with all three of their
 * parts; those built last, those still in use elsewhere and whatever is not a cache stay; drawings
 * no build has named for a month go, unless a build marks them used.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ENTRY_UNUSED_MS,
  FOLDER_GRACE_MS,
  folderCaches,
  KEEP_FOLDERS,
  markEntriesUsed,
  markFolderUsed,
  removeUnusedEntries,
  removeUnusedFolderCaches,
} from '../../scripts/lib/cache-upkeep.ts';

let project: string;
beforeEach(() => void (project = mkdtempSync(join(tmpdir(), 'cache-upkeep-'))));
afterEach(() => rmSync(project, { recursive: true, force: true }));

const NOW = Date.now();
const HOUR = 3600_000;
const key = (n: number) => n.toString(16).padStart(10, '0');

/** A file or folder at `path`, last changed `age` ms before NOW. */
function made(path: string, age: number, folder = false): void {
  mkdirSync(folder ? path : dirname(path), { recursive: true });
  if (!folder) writeFileSync(path, 'x');
  const time = new Date(NOW - age);
  utimesSync(path, time, time);
}

/** A content folder's three caches, and its marker when `marked`, all last used `age` ago. */
function folderUsed(n: number, age: number, marked = true): string[] {
  const [astro, search, checked] = folderCaches(project).entries(key(n));
  made(join(astro!, 'data-store.json'), age);
  made(astro!, age, true);
  made(join(search!, 'zh', 'pagefind-entry.json'), age);
  made(search!, age, true);
  made(checked!, age);
  if (marked) made(join(folderCaches(project).markers, key(n)), age);
  return [astro!, search!, checked!];
}

describe('the caches of content folders', () => {
  it(`keeps those of the ${KEEP_FOLDERS} built last and of those used within the grace; removes the rest whole`, () => {
    // Folders 0 … KEEP_FOLDERS-1 built in the last minutes; then one used an hour ago (still in
    // its grace), one a day ago, and one from before markers (its caches' own time) a week ago.
    const recent = Array.from({ length: KEEP_FOLDERS }, (_, n) => folderUsed(n, n * 60_000));
    const inGrace = folderUsed(100, HOUR);
    const stale = folderUsed(101, 24 * HOUR);
    const unmarked = folderUsed(102, 7 * 24 * HOUR, false);
    const notACache = join(project, 'node_modules', '.astro', 'images');
    made(join(notACache, 'photo.avif'), 30 * 24 * HOUR);

    expect(removeUnusedFolderCaches(project, NOW)).toBe(2);
    for (const path of [...recent.flat(), ...inGrace, notACache])
      expect(existsSync(path), path).toBe(true);
    for (const path of [...stale, ...unmarked, join(folderCaches(project).markers, key(101))])
      expect(existsSync(path), path).toBe(false);
  });

  it('counts a folder as used from the moment its build marks it, whatever its caches’ age', () => {
    const caches = Array.from({ length: KEEP_FOLDERS + 1 }, (_, n) => folderUsed(n, n * 60_000));
    const old = folderUsed(50, FOLDER_GRACE_MS + HOUR);
    markFolderUsed(project, key(50));
    expect(removeUnusedFolderCaches(project)).toBe(0);
    for (const path of [...caches.flat(), ...old]) expect(existsSync(path), path).toBe(true);
  });

  it('does nothing in a project without caches', () => {
    expect(removeUnusedFolderCaches(project)).toBe(0);
  });
});

describe('drawings and cards', () => {
  it('removes the cache files no build has named for 30 days, keeps the rest, what a build marks used and any other file', () => {
    const dir = join(project, 'charts');
    const [fresh, justKept, unused, named] = ['a1', 'b2', 'c3', 'd4'].map(
      (n) => `${n.repeat(6)}.svg`,
    ) as [string, string, string, string];
    made(join(dir, fresh), 24 * HOUR);
    made(join(dir, justKept), ENTRY_UNUSED_MS - HOUR);
    made(join(dir, unused), ENTRY_UNUSED_MS + HOUR);
    made(join(dir, `${unused}.sha256`), ENTRY_UNUSED_MS + HOUR);
    made(join(dir, named), ENTRY_UNUSED_MS + HOUR);
    // A file the caches did not write, in a folder STUDIO_CHART_CACHE names: never removed.
    made(join(dir, 'notes.txt'), ENTRY_UNUSED_MS + HOUR);
    markEntriesUsed(dir, [named, 'e5e5e5e5e5e5.svg']);
    expect(NOW - statSync(join(dir, named)).mtimeMs).toBeLessThan(HOUR);

    expect(removeUnusedEntries(dir, NOW)).toBe(2);
    for (const name of [fresh, justKept, named, 'notes.txt'])
      expect(existsSync(join(dir, name)), name).toBe(true);
    for (const name of [unused, `${unused}.sha256`, 'e5e5e5e5e5e5.svg'])
      expect(existsSync(join(dir, name)), name).toBe(false);
  });

  it('does nothing where there is no cache yet', () => {
    expect(removeUnusedEntries(join(project, 'none'))).toBe(0);
    markEntriesUsed(join(project, 'none'), ['a.svg']);
  });
});
