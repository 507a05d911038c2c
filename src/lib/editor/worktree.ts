/**
 * Commits on the published branch, whose files the build reads from the working tree: the commit
 * is made with plumbing, then its files are written (each to a temporary file renamed into place,
 * so nothing is half-written), then the index is brought level. `undoCommit` puts all of it back.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { refuse } from './errors.ts';
import type { Author, GitStore } from './git-store.ts';

/** Writes `bytes` at `path` (repository-relative) through a temporary file and a rename; null deletes it. */
export function writeWorkingFile(store: GitStore, path: string, bytes: Buffer | null): void {
  const target = join(store.repo, path);
  if (bytes === null) {
    rmSync(target, { force: true });
    return;
  }
  mkdirSync(dirname(target), { recursive: true });
  const temporary = join(
    dirname(target),
    `.${basename(target)}.editor-${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    writeFileSync(temporary, bytes, { flag: 'wx' });
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Refuses when a file about to be replaced has changes on disk that are not committed (someone edited it by hand). */
async function refuseUncommitted(store: GitStore, paths: string[]): Promise<void> {
  const dirty = (
    await store.git(['status', '--porcelain', '-z', '--untracked-files=no', '--', ...paths])
  )
    .split('\0')
    .filter(Boolean);
  if (dirty.length > 0) {
    const names = dirty.map((line) => line.slice(3)).join(', ');
    throw refuse(
      409,
      `服务器上的 ${names} 有未提交的改动，为免覆盖已停止；请管理员先提交或撤销这些改动`,
      `${names} has uncommitted changes on the server; stopped so as not to overwrite them. Ask the administrator to commit or discard them first`,
    );
  }
}

/** A commit made on the published branch, with what is needed to undo it. */
export interface MainCommit {
  previous: string;
  commit: string;
  paths: string[];
}

/** Commits `changes` on the published branch and writes them into the working tree. */
export async function commitOnMain(
  store: GitStore,
  changes: Map<string, Buffer | null>,
  message: string,
  author: Author,
): Promise<MainCommit> {
  const paths = [...changes.keys()];
  await refuseUncommitted(store, paths);
  const previous = await store.commitOf('HEAD');
  if (!previous)
    throw refuse(500, '发布分支还没有任何提交', 'The published branch has no commit yet');
  const commit = await store.commit(store.branch, previous, changes, message, author);
  const made = { previous, commit, paths };
  try {
    for (const [path, bytes] of changes) writeWorkingFile(store, path, bytes);
    await store.git(['reset', '-q', commit, '--', ...paths]);
  } catch (error) {
    await undoCommit(store, made);
    throw error;
  }
  return made;
}

/** Moves the published branch back to before `made` and restores its files in the working tree and the index. */
export async function undoCommit(store: GitStore, made: MainCommit): Promise<void> {
  await store.git([
    'update-ref',
    '-m',
    'studio editor: undo',
    `refs/heads/${store.branch}`,
    made.previous,
    made.commit,
  ]);
  for (const path of made.paths) {
    const before = await store.entry(made.previous, path);
    writeWorkingFile(store, path, before ? await store.blob(before.blob) : null);
  }
  await store.git(['reset', '-q', made.previous, '--', ...made.paths]);
}
