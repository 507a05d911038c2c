/**
 * What a reader sees first, measured in Chromium on a phone (390 × 844) and a laptop (1366 × 900):
 * the news above the charts on the home page, the public's sections within one scroll on a phone,
 * people in the visible main navigation, the “中文” marks and the untranslated notice of English
 * pages that show Chinese text, and the English page not found. The order in the HTML, the robots
 * and canonical tags are checked on the built files (test/build/readers.test.ts); this is the layout.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/lib/site/i18n.ts';
import { model } from '../helpers/sample-model.ts';
import { servedSite } from '../helpers/served-site.ts';

const site = servedSite();
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1366, height: 900 },
] as const;
const untranslatedSlug = [...model.newsZh.keys()].find((slug) => !model.newsEn.has(slug))!;

async function open(path: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await site.browser.newPage({ viewport });
  const response = await page.goto(`${site.server.url}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

/** The distance from the top of the document to an element, in CSS px (null when there is none). */
const topOf = (page: Page, selector: string) =>
  page.evaluate((css) => {
    const element = document.querySelector(css);
    return element ? element.getBoundingClientRect().top + window.scrollY : null;
  }, selector);

describe.each(VIEWPORTS)('at $width × $height', (viewport) => {
  it.each(['/', '/en/'])('%s: the latest news is above the first chart', async (path) => {
    const page = await open(path, viewport);
    const news = await topOf(page, 'section[aria-labelledby="latest-news"]');
    const chart = await topOf(page, 'figure.chart');
    expect(news).not.toBeNull();
    expect(chart).not.toBeNull();
    expect(news!).toBeLessThan(chart!);
    await page.close();
  });

  it.each(['/', '/en/'])('%s: people are a visible link of the main navigation', async (path) => {
    const page = await open(path, viewport);
    const people = page.locator(`nav.main-nav a[href="${path}people/"]`);
    expect(await people.isVisible()).toBe(true);
    expect((await people.boundingBox())!.y).toBeLessThan(viewport.height);
    await page.close();
  });

  it('shows an English page of a Chinese-only article as such: the notice on the first screen, the text marked Chinese', async () => {
    const page = await open(`/en/news/${untranslatedSlug}/`, viewport);
    const notice = page.getByRole('note').filter({ hasText: t('en', 'site.untranslated') });
    expect(await notice.isVisible()).toBe(true);
    expect((await notice.boundingBox())!.y + 10).toBeLessThan(viewport.height);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.close();
  });

  it('marks the Chinese-only news on the English home page with a visible “中文”', async () => {
    const page = await open('/en/', viewport);
    const marks = page.locator('section[aria-labelledby="latest-news"] [data-untranslated]');
    expect(await marks.count()).toBeGreaterThan(0);
    for (const mark of await marks.all()) {
      // What is seen is “中文”; “Chinese only” is for screen readers.
      const seen = mark.locator('[lang="zh-CN"]');
      expect(await seen.isVisible()).toBe(true);
      expect(await seen.innerText()).toBe('中文');
      expect((await seen.boundingBox())!.width).toBeGreaterThan(10);
    }
    await page.close();
  });

  it('has an English page not found at /en/404.html, in English and within the window', async () => {
    const page = await open('/en/404.html', viewport);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Page not found');
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('the home page on a phone (390 × 844)', () => {
  it.each(['/', '/en/'])(
    '%s: the latest news, featured studios and latest documents each start within the first two screens',
    async (path) => {
      const page = await open(path, VIEWPORTS[0]);
      for (const section of ['latest-news', 'featured', 'latest-documents']) {
        const top = await topOf(page, `section[aria-labelledby="${section}"]`);
        expect(top, section).not.toBeNull();
        expect(top!, section).toBeLessThan(2 * VIEWPORTS[0].height);
      }
      await page.close();
    },
  );
});
