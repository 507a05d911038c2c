/**
 * 大字 (large text) for older readers, in Chromium: a switch in the header, reached and turned on with the keyboard,
 * makes body text at least 20 px and controls at least 48 px high; the choice is kept on the next page and can be
 * turned off again; without JavaScript the switch still works on its page; axe finds nothing in large text; and the
 * reader's prefers-contrast: more is followed. No page scrolls sideways in large text: test/e2e/page-width.test.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/lib/site/i18n.ts';
import { axeViolations } from '../helpers/quality.ts';
import { servedSite } from '../helpers/served-site.ts';

const site = servedSite();
const PHONE = { width: 390, height: 844 };

const bodySize = (page: Page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
/** The heights of the header's and the menu's controls, in CSS px. */
const controlHeights = (page: Page) =>
  page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        '.search-form input, .search-form button, .text-size, .main-nav a, .nav-more summary',
      ),
    ]
      .filter((element) => element.getClientRects().length > 0)
      .map(
        (element) =>
          [element.className || element.tagName, element.getBoundingClientRect().height] as const,
      ),
  );

describe('large text (大字)', () => {
  it.each([
    ['/', 'zh'],
    ['/en/', 'en'],
  ] as const)(
    '%s: is switched on from the keyboard, enlarges text and controls, and is kept on the next page',
    async (path, locale) => {
      const page = await site.browser.newPage({ viewport: PHONE });
      await page.goto(`${site.server.url}${path}`);
      const normal = await bodySize(page);
      expect(normal).toBe(16);
      const toggle = page.getByRole('switch', { name: t(locale, 'site.largeText') });
      expect(await toggle.isChecked()).toBe(false);
      // Tab from the top of the page to the switch, then Space: no mouse.
      for (
        let i = 0;
        i < 10 && !(await toggle.evaluate((element) => element === document.activeElement));
        i++
      )
        await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      expect(await toggle.isChecked()).toBe(true);
      expect(await bodySize(page)).toBeGreaterThanOrEqual(20);
      const controls = await controlHeights(page);
      expect(controls.length).toBeGreaterThanOrEqual(5);
      for (const [name, height] of controls) expect(height, name).toBeGreaterThanOrEqual(48);

      await page.goto(`${site.server.url}${path}studios/`);
      expect(await bodySize(page)).toBeGreaterThanOrEqual(20);
      expect(
        await page.getByRole('switch', { name: t(locale, 'site.largeText') }).isChecked(),
      ).toBe(true);

      await page.getByRole('switch', { name: t(locale, 'site.largeText') }).uncheck();
      await page.goto(`${site.server.url}${path}`);
      expect(await bodySize(page)).toBe(normal);
      await page.close();
    },
  );

  it('works without JavaScript on its page (CSS alone)', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/studios/zhao-pengda/`);
    expect(await bodySize(page)).toBe(16);
    await page.getByRole('switch', { name: t('zh', 'site.largeText') }).check();
    expect(await bodySize(page)).toBeGreaterThanOrEqual(20);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    await context.close();
  });

  it.each([
    '/',
    '/studios/zhao-pengda/',
    '/en/studios/',
    '/en/documents/jz-2021-31/',
    '/data/',
    '/en/reports/2021/',
  ])('%s meets WCAG 2.2 AA in large text', async (path) => {
    const page = await site.browser.newPage({ viewport: PHONE });
    await page.addInitScript(() => localStorage.setItem('large-text', '1'));
    await page.goto(`${site.server.url}${path}`);
    expect(await bodySize(page)).toBeGreaterThanOrEqual(20);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('follows prefers-contrast: more (secondary text in the ink colour)', async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    await page.goto(`${site.server.url}/documents/`);
    const muted = () =>
      page.evaluate(() => getComputedStyle(document.querySelector('.breadcrumbs ol')!).color);
    const ink = await page.evaluate(() => getComputedStyle(document.body).color);
    expect(await muted()).not.toBe(ink);
    await page.emulateMedia({ contrast: 'more' });
    expect(await muted()).toBe(ink);
    await page.close();
  });
});
