/**
 * The content check of one entry before it is saved: the validator (`validateContent`, the same
 * check as `npm run check` and the build) runs on a copy of the published content folder with the
 * entry's files laid over it. The copy is made of hard links (fast, no bytes copied); an overlaid
 * file is always written as a new file, never through a link, so the published files stay as they are.
 */
import {
  copyFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { formatProblems, validateContent, type Problem } from '../validation/index.ts';
import type { GitStore } from './git-store.ts';
import { refuse, type EditorError } from './errors.ts';

/** A problem of one file, in the reader's language. */
export interface FileProblem {
  file: string;
  field: string;
  message: string;
  line?: number;
}

/** A hard-linked copy of the folder `from` in `to` (a copy where links cannot be made, across file systems). */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const item of readdirSync(from, { withFileTypes: true })) {
    if (item.name === '.git') continue;
    const source = join(from, item.name);
    const target = join(to, item.name);
    if (item.isDirectory()) linkTree(source, target);
    // A link is copied only when it names a file: a linked folder would let the overlay below write through it
    // into the published folder (the content rules refuse links anyway, and the check reports them).
    else if (item.isSymbolicLink()) {
      if (statSync(source, { throwIfNoEntry: false })?.isFile())
        symlinkSync(readlinkSync(source), target);
    } else if (item.isFile()) {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

/** Problems of the content with `overlay` (content-relative paths: bytes, or null for a deleted file), with their content-relative file. */
export function checkWithOverlay(
  store: GitStore,
  overlay: Map<string, Buffer | null>,
): Array<Problem & { contentPath: string }> {
  const copy = mkdtempSync(join(store.gitDir, 'studio-editor-check-'));
  try {
    linkTree(store.contentDir, copy);
    for (const [contentPath, bytes] of overlay) {
      const target = join(copy, contentPath);
      // Unlink first: writing into a hard link would change the published file.
      // A path under a file, or a folder's own path, is no file to write: a refusal, not an error of the server.
      const notAFile = () =>
        refuse(
          400,
          `${contentPath} 不是可以写入的文件路径（其上级是文件，或它本身是目录），已拒绝`,
          `${contentPath} is not a path a file can be written to (a file stands where a folder is needed, or it is a folder); refused`,
        );
      try {
        rmSync(target, { force: true });
      } catch {
        throw notAFile();
      }
      if (bytes === null) continue;
      try {
        mkdirSync(dirname(target), { recursive: true });
      } catch {
        throw notAFile();
      }
      if (!realpathSync(dirname(target)).startsWith(realpathSync(copy) + sep))
        throw refuse(
          400,
          `${contentPath} 经由链接指向内容目录之外，已拒绝`,
          `${contentPath} leads through a link out of the content folder; refused`,
        );
      writeFileSync(target, bytes, { flag: 'wx' });
    }
    // The copy's files are the published folder's but the overlay: its cache serves them.
    const { problems } = validateContent(copy, { cacheFor: store.contentDir });
    const prefixes = [`${copy}${sep}`, `${relative(process.cwd(), copy)}${sep}`];
    const clean = (text: string) =>
      prefixes.reduce((out, prefix) => out.replaceAll(prefix, ''), text);
    return inContent(problems, copy).map((problem) => ({
      ...problem,
      message: { zh: clean(problem.message.zh), en: clean(problem.message.en) },
    }));
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/**
 * Whether a problem concerns one of `files` (content-relative): it is in one of them, or names
 * one of them as a related file (a duplicate id reported on the other file).
 */
export const concerns = (
  problem: Problem & { contentPath: string },
  files: readonly string[],
): boolean =>
  [problem.contentPath, ...(problem.related ?? [])].some((path) => files.includes(path));

/** The problems that concern `files` (content-relative), each in `lang`. */
export function problemsOf(
  problems: Array<Problem & { contentPath: string }>,
  files: Iterable<string>,
  lang: 'zh' | 'en',
): FileProblem[] {
  const wanted = [...files];
  return problems
    .filter((problem) => concerns(problem, wanted))
    .map((problem) => ({
      file: problem.contentPath,
      field: problem.field,
      message: problem.message[lang],
      ...(problem.line ? { line: problem.line } : {}),
    }));
}

/** A 422 refusal listing `problems` (the validator's own report, Chinese then English, with content-relative file names). */
export function problemsRefusal(problems: Array<Problem & { contentPath: string }>): EditorError {
  const listed = problems.map((problem) => ({ ...problem, file: problem.contentPath }));
  const files = new Set(listed.map((problem) => problem.file));
  return refuse(422, formatProblems(listed, 'zh'), formatProblems(listed, 'en'), {
    problems: problemsOf(problems, files, 'zh'),
    problemsEn: problemsOf(problems, files, 'en'),
  });
}

/** Problems of the whole content folder as it is (after a commit on the published branch), with content-relative files. */
export function checkFolder(store: GitStore): Array<Problem & { contentPath: string }> {
  return inContent(
    validateContent(store.contentDir, { cacheFor: store.contentDir }).problems,
    store.contentDir,
  );
}

/** Problems with their file (and related files) as content-relative paths under `root`. */
function inContent(problems: Problem[], root: string): Array<Problem & { contentPath: string }> {
  const contentPathOf = (file: string) =>
    relative(root, resolve(process.cwd(), file)).split(sep).join('/');
  return problems.map((problem) => ({
    ...problem,
    contentPath: contentPathOf(problem.file),
    ...(problem.related ? { related: problem.related.map(contentPathOf) } : {}),
  }));
}
