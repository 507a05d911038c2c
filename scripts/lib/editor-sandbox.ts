/**
 * The web editor on a copy of a content folder, for the benchmark, the screenshots and the tests:
 * a fresh git repository holding the copy, its live build (the real `scripts/build.ts`), and the
 * editor's server on it, publishing with the real build. Nothing of the project's own content or
 * output is touched.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptBuild } from '../../src/lib/editor/publisher.ts';
import { startEditorServer, type EditorServer } from '../../src/lib/editor/server.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface EditorSandbox {
  repo: string;
  content: string;
  outDir: string;
  server: EditorServer;
  /** Every commit of every branch, newest first. */
  commits: () => string[];
  /** The release the live link points at. */
  live: () => string;
  close: () => Promise<void>;
}

export interface SandboxOptions {
  /** The content folder to copy (default: the sample, ./content). */
  from?: string;
  /** Where the repository is made (default: the system's temporary folder). */
  under?: string;
  /** The identity of requests without headers. */
  defaults?: { user?: string; role?: string; email?: string };
  /** Runs `node <args…> scripts/build.ts` with these arguments before the script (a lock wrapper, say). */
  buildPrefix?: string[];
}

export const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd, encoding: 'utf8' });

/** Makes `repo` a git repository whose first commit holds a copy of the content folder `from` in `content/`. */
export function contentRepository(repo: string, from: string): string {
  const content = join(repo, 'content');
  cpSync(from, content, { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  commitAll(repo, 'Start');
  return content;
}

/** Commits everything in `repo` as the set-up (not as an editor), for a repository a test or a bench prepares. */
export function commitAll(repo: string, message: string): void {
  git(repo, 'add', '-A');
  git(
    repo,
    '-c',
    'user.name=Setup',
    '-c',
    'user.email=setup@example.org',
    'commit',
    '-q',
    '-m',
    message,
  );
}

/** A repository with a copy of the content, built once, and the editor's server on it. */
export async function editorSandbox(options: SandboxOptions = {}): Promise<EditorSandbox> {
  const under = options.under ?? tmpdir();
  mkdirSync(under, { recursive: true });
  const repo = mkdtempSync(join(under, 'editor-site-'));
  const content = contentRepository(repo, resolve(ROOT, options.from ?? 'content'));
  const outDir = `${repo}-dist`;
  const env = {
    ...process.env,
    STUDIO_CONTENT_DIR: content,
    STUDIO_OUT_DIR: outDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    ASTRO_DISABLE_UPDATE_CHECK: 'true',
  };
  const build = scriptBuild(ROOT, env, options.buildPrefix ?? []);
  const log: string[] = [];
  if ((await build((line) => log.push(line))) !== 0)
    throw new Error(`the first build failed:\n${log.slice(-40).join('\n')}`);
  const server = await startEditorServer({
    contentDir: content,
    outDir,
    port: 0,
    defaults: options.defaults ?? { user: '审核员', role: 'reviewer' },
    build,
  });
  return {
    repo,
    content,
    outDir,
    server,
    commits: () => git(repo, 'log', '--all', '--format=%H').trim().split('\n'),
    live: () => readlinkSync(outDir),
    close: async () => {
      await server.close();
      for (const path of [
        repo,
        outDir,
        `${outDir}.previous`,
        `${outDir}.releases`,
        `${outDir}.lock`,
      ])
        rmSync(path, { recursive: true, force: true });
    },
  };
}
