/**
 * The web editor on a built copy of a small part of the sample (test/helpers/editor-content.ts;
 * scripts/lib/editor-sandbox.ts; each build takes its turn for Astro itself: projectAstroLock in
 * scripts/lib/output-folder.ts), and a page that may reach loopback only.
 */
import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { editorSandbox, git, type EditorSandbox } from '../../scripts/lib/editor-sandbox.ts';
import { editorContent } from './editor-content.ts';
import { TMP } from './paths.ts';

export { git };
export type EditorSite = EditorSandbox;

/** The editor test's content in a repository of its own, built, with the editor on it (a reviewer by default). */
export async function editorSite(
  defaults = { user: '测试审核员', role: 'reviewer' },
): Promise<EditorSite> {
  const from = editorContent(TMP);
  try {
    return await editorSandbox({ from, under: TMP, defaults });
  } finally {
    rmSync(from, { recursive: true, force: true });
  }
}

/** A page that may reach loopback only; every other request is refused and recorded. */
export async function loopbackPage(
  browser: Browser,
): Promise<{ page: Page; outside: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  const outside: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (
      ['127.0.0.1', 'localhost'].includes(url.hostname) ||
      url.protocol === 'data:' ||
      url.protocol === 'blob:'
    )
      return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  page.on('dialog', (dialog) => void dialog.accept());
  return { page, outside, errors };
}
