/**
 * Every path a request names is relative to the content folder and must stay inside it: no `..`, no absolute path, no
 * control character or backslash, no hidden name (`.git`, `.gitattributes`: git's own files), and no symbolic link on
 * disk that leads out of it.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { refuse } from './errors.ts';
import type { GitStore } from './git-store.ts';

/** A checked path: relative to the repository (for git and Decap) and to the content folder (for entry shapes and the validator). */
export interface SafePath {
  repoPath: string;
  contentPath: string;
}

// eslint-disable-next-line no-control-regex -- control characters are what this pattern refuses
const UNSAFE = /[\u0000-\u001F\u007F\\]/;

const outside = (path: unknown) =>
  refuse(
    400,
    `路径 ${JSON.stringify(path)} 不在内容目录之内，已拒绝`,
    `The path ${JSON.stringify(path)} is not inside the content folder; refused`,
  );

/** True when `inner` is `outer` or inside it (both real, absolute paths). */
const within = (outer: string, inner: string) =>
  inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : `${outer}${sep}`);

/** The deepest part of `absolute` that exists on disk, through its real path (following links). */
function realExisting(absolute: string): string {
  let probe = absolute;
  const missing: string[] = [];
  for (;;) {
    try {
      lstatSync(probe);
      return join(realpathSync(probe), ...missing);
    } catch (error) {
      if (
        (error as NodeJS.ErrnoException).code !== 'ENOENT' &&
        (error as NodeJS.ErrnoException).code !== 'ENOTDIR'
      )
        throw error;
      missing.unshift(probe.slice(dirname(probe).length + 1));
      const parent = dirname(probe);
      if (parent === probe) return absolute;
      probe = parent;
    }
  }
}

/** Checks a path from a request (relative to the content folder, as Decap's configuration names folders); `folder` allows a trailing slash. */
export function safePath(store: GitStore, path: unknown, folder = false): SafePath {
  if (
    typeof path !== 'string' ||
    path.length === 0 ||
    path.length > 1000 ||
    UNSAFE.test(path) ||
    path.startsWith('/')
  )
    throw outside(path);
  const contentPath = folder ? path.replace(/\/+$/, '') : path;
  // A segment starting with a dot is `.`, `..`, or a hidden name such as `.git` (git refuses it only when writing).
  if (contentPath.split('/').some((segment) => segment === '' || segment.startsWith('.')))
    throw outside(path);
  // On disk (the published branch's working tree), a link anywhere along the path must not lead out.
  if (!within(store.contentDir, realExisting(join(store.contentDir, ...contentPath.split('/')))))
    throw outside(path);
  return { repoPath: `${store.prefix}${contentPath}`, contentPath };
}

/** The content-relative path of a repository path already known to be inside the content folder. */
export const contentPathOf = (store: GitStore, repoPath: string): string =>
  repoPath.slice(store.prefix.length);
