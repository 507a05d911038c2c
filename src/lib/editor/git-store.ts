/**
 * The editor's git: the repository holding the content folder, read and written with plumbing only.
 * The published branch is the one checked out; drafts are `cms/<collection>/<slug>` branches made
 * with a temporary index (hash-object, update-index, write-tree, commit-tree, update-ref), so the
 * working tree, which the build reads, only ever holds the published branch.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { realpathSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CommandError, refuse } from './errors.ts';

/** Who a commit is by: the signed-in user (the email may be empty). */
export interface Author {
  name: string;
  email: string;
}

/** A file in a git tree. */
export interface TreeFile {
  mode: string;
  blob: string;
  path: string;
}

/** The last commit that touched a path. */
export interface Change {
  commit: string;
  author: string;
  email: string;
  date: string;
  subject: string;
}

interface RunOptions {
  env?: Record<string, string>;
  input?: Buffer | string;
  /** Exit codes that are answers, not failures (1 of `rev-parse --verify -q`). */
  ok?: number[];
}

/** Runs git in `cwd`; resolves with stdout and the exit code, rejects with a CommandError. */
export function runGit(
  cwd: string,
  args: string[],
  options: RunOptions = {},
): Promise<{ out: Buffer; code: number }> {
  return new Promise((resolve, reject) => {
    // Paths are always literal: a file named `*.yaml` or `:(top)x` is that file, never a pattern or magic pathspec.
    const env = {
      ...process.env,
      GIT_TERMINAL_PROMPT: '0',
      LC_ALL: 'C',
      GIT_LITERAL_PATHSPECS: '1',
      ...options.env,
    };
    const child = spawn('git', args, { cwd, env });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 || options.ok?.includes(code ?? -1))
        resolve({ out: Buffer.concat(out), code: code ?? 0 });
      else reject(new CommandError(`git ${args[0]}`, code, err));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/** The environment that makes `author` the author and committer of a commit. */
const authorEnv = (author: Author): Record<string, string> => ({
  GIT_AUTHOR_NAME: author.name,
  GIT_AUTHOR_EMAIL: author.email,
  GIT_COMMITTER_NAME: author.name,
  GIT_COMMITTER_EMAIL: author.email,
});

/** The repository of one content folder. Paths given to and returned by it are relative to the repository, with `/`. */
export class GitStore {
  /** The repository's top folder (real path). */
  readonly repo: string;
  /** The content folder (real path). */
  readonly contentDir: string;
  /** The content folder relative to the repository, '' or ending in '/'. */
  readonly prefix: string;
  /** The published branch: the one checked out. */
  readonly branch: string;
  /** The git folder (for temporary index files and the validation copies). */
  readonly gitDir: string;

  private constructor(
    repo: string,
    contentDir: string,
    prefix: string,
    branch: string,
    gitDir: string,
  ) {
    this.repo = repo;
    this.contentDir = contentDir;
    this.prefix = prefix;
    this.branch = branch;
    this.gitDir = gitDir;
  }

  /** The store of the repository containing `contentDir`; refuses a folder outside git, a detached HEAD or a branch with no commit. */
  static async open(contentDir: string): Promise<GitStore> {
    const real = realpathSync(contentDir);
    const top = await runGit(real, ['rev-parse', '--show-toplevel']).catch((error: unknown) => {
      if (error instanceof CommandError)
        throw refuse(
          500,
          `内容目录 ${real} 不在 git 仓库中`,
          `The content folder ${real} is not in a git repository`,
        );
      throw error;
    });
    const repo = realpathSync(top.out.toString().trim());
    const head = await runGit(repo, ['symbolic-ref', '-q', '--short', 'HEAD'], { ok: [1] });
    const branch = head.out.toString().trim();
    if (!branch)
      throw refuse(
        500,
        '仓库处于游离 HEAD 状态，请先切换到发布分支',
        'The repository has a detached HEAD; check out the published branch first',
      );
    // An empty repository: drafts would start from nothing and could never be published onto the branch.
    if (
      (await runGit(repo, ['rev-parse', '--verify', '-q', 'HEAD^{commit}'], { ok: [1] })).code !== 0
    )
      throw refuse(
        500,
        `发布分支 ${branch} 还没有任何提交：请先提交内容目录`,
        `The published branch ${branch} has no commit yet: commit the content folder first`,
      );
    const gitDir = (await runGit(repo, ['rev-parse', '--absolute-git-dir'])).out.toString().trim();
    const inside = relative(repo, real).split(sep).join('/');
    return new GitStore(repo, real, inside ? `${inside}/` : '', branch, gitDir);
  }

  /** git in the repository; stdout as text. */
  async git(args: string[], options: RunOptions = {}): Promise<string> {
    return (await runGit(this.repo, args, options)).out.toString();
  }

  /** The commit a ref names, or undefined. */
  async commitOf(ref: string): Promise<string | undefined> {
    return (
      (await this.git(['rev-parse', '--verify', '-q', `${ref}^{commit}`], { ok: [1] })).trim() ||
      undefined
    );
  }

  /** The files of `ref` under `paths` (files or folders), recursively. */
  async list(ref: string, paths: string[]): Promise<TreeFile[]> {
    if (!(await this.commitOf(ref))) return [];
    const out = await this.git(['ls-tree', '-r', '-z', '--full-tree', ref, '--', ...paths]);
    return out
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const [meta, path] = line.split('\t') as [string, string];
        const [mode, , blob] = meta.split(' ') as [string, string, string];
        return { mode, blob, path };
      });
  }

  /** The file at `path` on `ref`, or undefined. A symbolic link is refused: it could point outside the content. */
  async entry(ref: string, path: string): Promise<TreeFile | undefined> {
    const found = (await this.list(ref, [path])).find((file) => file.path === path);
    if (found?.mode === '120000')
      throw refuse(
        403,
        `${path} 是符号链接，编辑器不读取`,
        `${path} is a symbolic link; the editor does not follow it`,
      );
    return found;
  }

  /** A blob's bytes. */
  async blob(id: string): Promise<Buffer> {
    return (await runGit(this.repo, ['cat-file', 'blob', id])).out;
  }

  /**
   * Commits `changes` (bytes, or null to delete) on top of `parent` and moves `branch` there, only if
   * it still points at `tip` (by default `parent`; null: only if the branch does not exist yet).
   */
  async commit(
    branch: string,
    parent: string | undefined,
    changes: Map<string, Buffer | null>,
    message: string,
    author: Author,
    tip: string | null = parent ?? null,
  ): Promise<string> {
    const index = join(
      this.gitDir,
      `studio-editor-index-${process.pid}-${randomBytes(4).toString('hex')}`,
    );
    const env = { GIT_INDEX_FILE: index };
    try {
      if (parent) await this.git(['read-tree', parent], { env });
      for (const [path, bytes] of changes) {
        if (bytes === null) await this.git(['update-index', '--force-remove', '--', path], { env });
        else {
          const blob = (await this.git(['hash-object', '-w', '--stdin'], { input: bytes })).trim();
          await this.git(['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`], {
            env,
          });
        }
      }
      const tree = (await this.git(['write-tree'], { env })).trim();
      const commit = (
        await this.git(['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', message], {
          env: authorEnv(author),
        })
      ).trim();
      // The old value makes this a compare-and-swap: a branch moved meanwhile (outside this server) is not overwritten.
      await this.git([
        'update-ref',
        '-m',
        'studio editor',
        `refs/heads/${branch}`,
        commit,
        tip ?? '0'.repeat(40),
      ]);
      return commit;
    } finally {
      rmSync(index, { force: true });
    }
  }

  /** Paths changed between two commits, with A/M/D. */
  async changes(from: string, to: string): Promise<Array<{ status: string; path: string }>> {
    const parts = (await this.git(['diff', '--name-status', '--no-renames', '-z', from, to]))
      .split('\0')
      .filter(Boolean);
    const out: Array<{ status: string; path: string }> = [];
    for (let i = 0; i + 1 < parts.length; i += 2)
      out.push({ status: parts[i]!, path: parts[i + 1]! });
    return out;
  }

  /** The common ancestor of two commits; undefined when they share no history. */
  async mergeBase(a: string, b: string): Promise<string | undefined> {
    const found = await runGit(this.repo, ['merge-base', a, b], { ok: [1] });
    return found.code === 0 ? found.out.toString().trim() : undefined;
  }

  /** True when commit `a` is in the history of `b`. */
  async isAncestor(a: string, b: string): Promise<boolean> {
    return (await runGit(this.repo, ['merge-base', '--is-ancestor', a, b], { ok: [1] })).code === 0;
  }

  /** Commits that touched `path` on `ref`, newest first. */
  async log(ref: string, path: string, max = 200): Promise<Change[]> {
    const out = await this.git([
      'log',
      `--max-count=${max}`,
      '-z',
      '--format=%H%x1f%an%x1f%ae%x1f%aI%x1f%s',
      ref,
      '--',
      path,
    ]);
    return out
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const [commit, author, email, date, subject] = line.replace(/^\n/, '').split('\x1f') as [
          string,
          string,
          string,
          string,
          string,
        ];
        return { commit, author, email, date, subject };
      });
  }

  /** Local branches under `refs/heads/<prefix>`. */
  async branches(prefix: string): Promise<string[]> {
    const out = await this.git([
      'for-each-ref',
      '--format=%(refname:lstrip=2)',
      `refs/heads/${prefix}`,
    ]);
    return out.split('\n').filter(Boolean);
  }

  /** A git config value, or undefined. */
  async config(key: string): Promise<string | undefined> {
    return (await this.git(['config', '--get', key], { ok: [1] })).trim() || undefined;
  }

  /** Sets (or, with undefined, removes) a git config value. */
  async setConfig(key: string, value: string | undefined): Promise<void> {
    if (value === undefined) await this.git(['config', '--unset-all', key], { ok: [5] });
    else await this.git(['config', key, value]);
  }

  /** Deletes a branch if it still points at `expected`. */
  async deleteBranch(branch: string, expected: string): Promise<void> {
    await this.git(['update-ref', '-d', `refs/heads/${branch}`, expected]);
  }
}

/** Reads many blobs in one `git cat-file --batch`. */
export async function readBlobs(store: GitStore, ids: string[]): Promise<Map<string, Buffer>> {
  const unique = [...new Set(ids)];
  const found = new Map<string, Buffer>();
  if (unique.length === 0) return found;
  const { out } = await runGit(store.repo, ['cat-file', '--batch'], {
    input: `${unique.join('\n')}\n`,
  });
  let at = 0;
  while (at < out.length) {
    const end = out.indexOf(0x0a, at);
    const [id, type, size] = out.subarray(at, end).toString().split(' ') as [
      string,
      string,
      string,
    ];
    if (type !== 'blob') {
      at = end + 1;
      continue;
    }
    const length = Number(size);
    found.set(id, out.subarray(end + 1, end + 1 + length));
    at = end + 1 + length + 1;
  }
  return found;
}

/** One-at-a-time sections: every write to the repository runs inside one. */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs `work` when every earlier call has ended. */
  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work, work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
