/**
 * Every page type in both languages in a real Chromium: WCAG 2.2 AA with axe-core, no request to
 * another host, no console error (a Content-Security-Policy violation is one), and the weight of
 * what each page loads against the budgets in the README.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { axeViolations } from '../helpers/quality.ts';
import { servedSite } from '../helpers/served-site.ts';

/** Budgets in bytes, gzip-compressed as a web server sends them (see README, "Budgets"). */
export const BUDGETS = {
  /** HTML of a content page (studio, person, document, news, report). */
  contentHtml: 12_000,
  /** All CSS a page loads (a report adds its print sheet; 0.5 KB of it is the phone, font and large-text rules). */
  css: 4_400,
  /** JavaScript a content page loads: only the large-text switch's memory (public/large-text.js). */
  contentJs: 600,
  /** JavaScript of a list page with filters (and the large-text switch's). */
  filterJs: 2_100,
  /** JavaScript of the search page before the first query (page script and Pagefind's loader). */
  searchJs: 35_000,
};

const PAGE_TYPES = [
  ['/', 'home'],
  ['/studios/', 'list'],
  ['/studios/zhao-pengda/', 'content'],
  ['/people/', 'list'],
  ['/people/zhao-pengda/', 'content'],
  ['/documents/', 'list'],
  ['/documents/jz-2021-31/', 'content'],
  ['/awards/', 'list'],
  ['/awards/year/2021/', 'list'],
  ['/news/', 'list'],
  ['/news/2021-zhao-pengda-studio-named/', 'content'],
  ['/news/topics/naming/', 'list'],
  ['/reports/', 'list'],
  ['/reports/2021/', 'content'],
  ['/search/?q=%E5%88%9B%E6%96%B0', 'search'],
  ['/data/', 'list'],
  ['/achievements/', 'list'],
  ['/achievements/type/five-small/', 'list'],
  ['/achievements/heat-exchanger-leak-sealing/', 'content'],
  ['/awards/level/municipal/rank/first/', 'list'],
  ['/studios/level/provincial/', 'list'],
  ['/documents/year/2021/', 'list'],
] as const;

const site = servedSite();

interface Visit {
  page: Page;
  foreign: string[];
  consoleErrors: string[];
  bytes: { html: number; css: number; js: number };
}

async function visit(path: string): Promise<Visit> {
  const page = await site.browser.newPage();
  const foreign: string[] = [];
  const consoleErrors: string[] = [];
  const bytes = { html: 0, css: 0, js: 0 };
  const pending: Promise<void>[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(site.server.url) && !request.url().startsWith('data:'))
      foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('response', (response) => {
    const type = response.request().resourceType();
    const key =
      type === 'document'
        ? 'html'
        : type === 'stylesheet'
          ? 'css'
          : type === 'script'
            ? 'js'
            : undefined;
    if (key)
      pending.push(
        response
          .body()
          .then((body) => void (bytes[key] += gzipSync(body).length))
          .catch(() => undefined),
      );
  });
  await page.goto(`${site.server.url}${path}`, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  return { page, foreign, consoleErrors, bytes };
}

// The pages are visited a few at a time (vitest's maxConcurrency): each mostly waits, for the
// network to be idle and for axe, and each test keeps its own page and its own expect.
describe.concurrent.each(['zh', 'en'] as const)('every page type (%s)', (locale) => {
  it.for(PAGE_TYPES)(
    '%s meets WCAG 2.2 AA, stays on this host, logs no error and keeps its budget',
    async ([path, kind], { expect }) => {
      const url = locale === 'en' ? `/en${path}` : path;
      const { page, foreign, consoleErrors, bytes } = await visit(url);
      expect(await axeViolations(page)).toEqual([]);
      expect(foreign).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(bytes.css, 'CSS').toBeLessThanOrEqual(BUDGETS.css);
      if (kind === 'content') {
        expect(bytes.html, 'HTML').toBeLessThanOrEqual(BUDGETS.contentHtml);
        expect(bytes.js, 'JS').toBeLessThanOrEqual(BUDGETS.contentJs);
      }
      if (kind === 'search') expect(bytes.js, 'JS').toBeLessThanOrEqual(BUDGETS.searchJs);
      if (kind === 'list') expect(bytes.js, 'JS').toBeLessThanOrEqual(BUDGETS.filterJs);
      console.log(`weight ${url}: html ${bytes.html} css ${bytes.css} js ${bytes.js}`);
      await page.close();
    },
  );
});
