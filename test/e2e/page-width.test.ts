/**
 * No page wider than the screen: every page of the built sample, in both languages, at 320, 360, 390 and 768 px,
 * and every page type in large text (大字) at the same widths, has no horizontal page scroll. The document's
 * scrollWidth is measured in Chromium and one pixel over fails. A table may scroll inside its own region; the page
 * may not. Pages are read from the build, so a new page type is measured without being listed here.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../helpers/html.ts';
import { inPool, POOL_SIZE } from '../helpers/page-pool.ts';
import { SAMPLE_DIST } from '../helpers/paths.ts';
import { servedSite } from '../helpers/served-site.ts';

const WIDTHS = [320, 360, 390, 768] as const;
const site = servedSite();

/** Path segments that name a route rather than an entry or a value (news/page/2, news/topics/x, awards/level/x/rank/y). */
const ROUTE_WORDS = new Set(['page', 'topics', 'rank']);

/** One page of each page type and language: the first path of each route, its ids and values taken as one. */
function onePerType(paths: string[]): string[] {
  const seen = new Map<string, string>();
  for (const path of paths) {
    const [first, ...rest] = path
      .replace(/^\/en\//, '/')
      .split('/')
      .filter(Boolean);
    const type = [first, ...rest.map((segment) => (ROUTE_WORDS.has(segment) ? segment : '*'))].join(
      '/',
    );
    const key = `${path.startsWith('/en/') ? 'en' : 'zh'} ${type}`;
    if (!seen.has(key)) seen.set(key, path);
  }
  return [...seen.values()];
}

/** The widths at which the page is wider than the window, with its scrollWidth there. */
async function overflows(page: Page, path: string): Promise<string[]> {
  await page.setViewportSize({ width: WIDTHS[0], height: 800 });
  const response = await page.goto(`${site.server.url}${path}`);
  expect(response?.status(), path).toBe(200);
  const over: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scrollWidth > width) over.push(`${path} at ${width} px is ${scrollWidth} px wide`);
  }
  return over;
}

/**
 * `measure` on every path, a few tabs at a time (test/helpers/page-pool.ts); each tab loads its
 * paths one after another, `prepare` run once on it first. The problems, in the paths' order.
 */
async function inTabs(
  paths: string[],
  measure: (page: Page, path: string) => Promise<string[]>,
  prepare: (page: Page) => Promise<unknown> = async () => {},
): Promise<string[]> {
  const tabs = await Promise.all(
    Array.from({ length: POOL_SIZE }, async () => {
      const page = await site.browser.newPage();
      await prepare(page);
      return page;
    }),
  );
  try {
    return (await inPool(paths, (path, slot) => measure(tabs[slot]!, path))).flat();
  } finally {
    await Promise.all(tabs.map((page) => page.close()));
  }
}

const pages = htmlPages(SAMPLE_DIST).filter((path) => !path.startsWith('/admin/'));

describe('no page wider than the screen', () => {
  it('finds pages of every type in both languages', () => {
    for (const section of [
      'studios',
      'people',
      'documents',
      'awards',
      'achievements',
      'news',
      'reports',
      'data',
      'search',
    ])
      for (const prefix of ['/', '/en/'])
        expect(
          pages.some((path) => path.startsWith(`${prefix}${section}/`)),
          `${prefix}${section}/`,
        ).toBe(true);
  });

  it('every page, at 320, 360, 390 and 768 px', async () => {
    expect(await inTabs(pages, overflows)).toEqual([]);
  }, 600_000);

  it('every page type in large text (大字), at 320, 360, 390 and 768 px', async () => {
    const over = await inTabs(
      onePerType(pages),
      async (page, path) => {
        const over = await overflows(page, path);
        expect(await page.evaluate(() => getComputedStyle(document.body).fontSize), path).toBe(
          '20px',
        );
        return over;
      },
      (page) => page.addInitScript(() => localStorage.setItem('large-text', '1')),
    );
    expect(over).toEqual([]);
  }, 300_000);
});
