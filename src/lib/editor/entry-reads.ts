/**
 * Reading many entries at once, for the editor's lists: a list of 10,000 news asked git for each file
 * on its own (two processes a file, about 95 s) and converted every file again on each read (1.7 s).
 * Files of one folder are now found in one listing of the folder, and each converted file is kept
 * by its path, blob and list helpers, so a list read again converts only what changed.
 */
import type { GitStore, TreeFile } from './git-store.ts';
import { refuse } from './errors.ts';

/** The files at `paths` (repository paths) on `ref`, by path; a folder with several of them is listed once. A symbolic link is refused, as `store.entry` does. */
export async function entriesAt(
  store: GitStore,
  ref: string,
  paths: string[],
): Promise<Map<string, TreeFile>> {
  const byFolder = new Map<string, string[]>();
  for (const path of paths) {
    const folder = path.slice(0, path.lastIndexOf('/') + 1);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), path]);
  }
  const found = new Map<string, TreeFile>();
  for (const [folder, wanted] of byFolder) {
    if (wanted.length === 1 || folder === '') {
      for (const path of wanted) {
        const entry = await store.entry(ref, path);
        if (entry) found.set(path, entry);
      }
      continue;
    }
    const wantedSet = new Set(wanted);
    for (const file of await store.list(ref, [folder])) {
      if (!wantedSet.has(file.path)) continue;
      if (file.mode === '120000')
        throw refuse(
          403,
          `${file.path} 是符号链接，编辑器不读取`,
          `${file.path} is a symbolic link; the editor does not follow it`,
        );
      found.set(file.path, file);
    }
  }
  return found;
}

/** Converted entries kept, at most this many (about 3 KB each): more than the largest archive's biggest list. */
const KEPT = 50_000;
const converted = new Map<string, string>();

/** `convert()` of the file `path` with blob `blob` and list helpers `helpers`, converted once and then kept. */
export function convertedOnce(
  path: string,
  blob: string,
  helpers: Record<string, string>,
  convert: () => string,
): string {
  const key = `${path}\0${blob}\0${JSON.stringify(helpers)}`;
  const kept = converted.get(key);
  if (kept !== undefined) return kept;
  const value = convert();
  if (converted.size >= KEPT) converted.clear();
  converted.set(key, value);
  return value;
}
