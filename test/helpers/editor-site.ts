/**
 * The web editor on a real site: a git repository holding a copy of the sample content, its live
 * build (the real `scripts/build.ts`), and the editor's server on it with the real build for
 * publishing (one Astro process at a time, as every test build: test/helpers/astro-lock.ts).
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startEditorServer, type EditorServer } from '../../src/lib/editor/server.ts';
import type { BuildRunner } from '../../src/lib/editor/publish.ts';
import { WITH_ASTRO_LOCK } from './astro-lock.ts';
import { buildEnvironment, runBuild } from './build.ts';
import { ROOT, TMP } from './paths.ts';

export interface EditorSite {
  repo: string;
  content: string;
  outDir: string;
  server: EditorServer;
  /** Every commit of every branch, newest first. */
  commits: () => string[];
  /** The release the live link points at. */
  live: () => string;
  cleanup: () => Promise<void>;
}

export const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8' });

/** The locked real build on the site's folders. */
function lockedBuild(env: NodeJS.ProcessEnv): BuildRunner {
  return (onLine) =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, [WITH_ASTRO_LOCK, 'scripts/build.ts'], { cwd: ROOT, env });
      const lines = (chunk: Buffer) => chunk.toString().split('\n').filter(Boolean).forEach(onLine);
      child.stdout.on('data', lines);
      child.stderr.on('data', lines);
      child.on('close', (code) => resolve(code));
    });
}

/** A repository with the sample content, built, and the editor's server on it (a reviewer by default). */
export async function editorSite(defaults = { user: '测试审核员', role: 'reviewer' }): Promise<EditorSite> {
  mkdirSync(TMP, { recursive: true });
  const repo = mkdtempSync(join(TMP, 'editor-site-'));
  const content = join(repo, 'content');
  const outDir = `${repo}-dist`;
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '.');
  git(repo, '-c', 'user.name=Setup', '-c', 'user.email=setup@example.org', 'commit', '-q', '-m', 'Start');
  const first = runBuild(content, outDir);
  if (first.status !== 0) throw new Error(`the first build failed:\n${first.output}`);
  const server = await startEditorServer({ contentDir: content, outDir, port: 0, defaults, build: lockedBuild(buildEnvironment(content, outDir)) });
  return {
    repo,
    content,
    outDir,
    server,
    commits: () => git(repo, 'log', '--all', '--format=%H').trim().split('\n'),
    live: () => readlinkSync(outDir),
    cleanup: async () => {
      await server.close();
      for (const path of [repo, outDir, `${outDir}.previous`, `${outDir}.releases`, `${outDir}.lock`]) rmSync(path, { recursive: true, force: true });
    },
  };
}

/** A page that may reach loopback only; every other request is refused and recorded. */
export async function loopbackPage(browser: Browser): Promise<{ page: Page; outside: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  const outside: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (['127.0.0.1', 'localhost'].includes(url.hostname) || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  page.on('dialog', (dialog) => void dialog.accept());
  return { page, outside, errors };
}
