/**
 * The studio page on a phone (issue 28), in a real Chromium against the built sample: it leads with what a
 * reader came for (standing, leader, employer, latest recognition, key figures, achievements) and closes its
 * history tables in <details>, so that the Zhao Pengda page is at most 4,000 px tall at 390 px in both
 * languages before any is opened. Every closed section opens by keyboard and without JavaScript, the yearly
 * figures' row labels take one or two lines, wide screens and print show every table open, and axe finds nothing.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/quality.ts';
import { servedSite } from '../helpers/served-site.ts';

const site = servedSite();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const PATHS = ['/studios/zhao-pengda/', '/en/studios/zhao-pengda/'];

/** What the page leads with, in the order a reader meets it, before the first history section. */
const LEAD = [
  '[data-field="highest-level"]',
  '[data-field="leader"]',
  '[data-field="employer"]',
  '[data-field="latest-recognition"]',
  '[data-testid="studio-key-figures"]',
  '[data-testid="achievement-brief"]',
  'details.history-details',
];

async function open(
  path: string,
  viewport: { width: number; height: number },
  javaScriptEnabled = true,
): Promise<Page> {
  const context = await site.browser.newContext({ viewport, javaScriptEnabled });
  const page = await context.newPage();
  const response = await page.goto(`${site.server.url}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

/** The tables in main, each with whether it is drawn (not a chart's own data table, behind its own summary and left off paper). */
const tablesShown = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main table:not(figure.chart table)')].map(
      (table) =>
        `${table.closest('[data-history]')?.getAttribute('data-history')} ${table.checkVisibility()}`,
    ),
  );

/** How many lines each row label of the yearly figures takes (text rectangles at distinct heights). */
const rowLabelLines = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="figures"] tbody th')].map((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      const tops = [...range.getClientRects()]
        .filter((rect) => rect.width > 0)
        .map((rect) => rect.top)
        .toSorted((a, b) => a - b);
      return {
        label: cell.textContent!.replace(/\s+/g, ' ').trim(),
        lines: tops.filter((top, i) => i === 0 || top - tops[i - 1]! > 4).length,
      };
    }),
  );

describe.each(PATHS)('%s', (path) => {
  it('is at most 4,000 px tall on a 390 px phone with every history section closed, none wider than the screen', async () => {
    const page = await open(path, PHONE);
    const sections = await page.locator('details.history-details').count();
    expect(sections).toBeGreaterThanOrEqual(8);
    expect(await page.locator('details.history-details[open]').count()).toBe(0);
    expect((await tablesShown(page)).filter((table) => table.endsWith('true'))).toEqual([]);
    const { height, width } = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      width: document.documentElement.scrollWidth,
    }));
    expect(height).toBeLessThanOrEqual(4000);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await page.context().close();
  });

  it('leads with standing, leader, employer, latest recognition, key figures and achievements, in that order', async () => {
    const page = await open(path, PHONE);
    const tops: number[] = [];
    for (const selector of LEAD) {
      const box = await page.locator(selector).first().boundingBox();
      expect(box, selector).not.toBeNull();
      tops.push(box!.y);
    }
    expect(tops).toEqual(tops.toSorted((a, b) => a - b));
    expect(new Set(tops).size).toBe(tops.length);
    // The lead says real things: the leader is linked, the latest recognition names its document, a figure is shown.
    expect(await page.locator('[data-field="leader"] a').getAttribute('href')).toMatch(
      /\/people\/zhao-pengda\/$/,
    );
    expect(
      await page.locator('[data-field="latest-recognition"] a[href*="/documents/"]').count(),
    ).toBe(1);
    expect(
      await page.locator('[data-testid="studio-key-figures"] [data-key-figure]').count(),
    ).toBeGreaterThan(0);
    await page.context().close();
  });

  it('opens every history section by keyboard: each summary is reached with Tab and opened with Enter', async () => {
    const page = await open(path, PHONE);
    const summaries = await page.locator('details.history-details > summary').count();
    const reached = new Set<string>();
    for (let i = 0; i < 400 && reached.size < summaries; i += 1) {
      await page.keyboard.press('Tab');
      const text = await page.evaluate(() =>
        document.activeElement?.matches('details.history-details > summary')
          ? document.activeElement.textContent!.trim()
          : '',
      );
      if (text && !reached.has(text)) {
        reached.add(text);
        await page.keyboard.press('Enter');
      }
    }
    expect(reached.size).toBe(summaries);
    expect(await page.locator('details.history-details:not([open])').count()).toBe(0);
    const tables = await tablesShown(page);
    expect(tables.length).toBeGreaterThanOrEqual(8);
    expect(tables.filter((table) => !table.endsWith('true'))).toEqual([]);
    // Opened, the yearly figures' row labels take one or two lines, and nothing pushes the page sideways.
    for (const row of await rowLabelLines(page))
      expect(row.lines, row.label).toBeLessThanOrEqual(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('opens a section without JavaScript', async () => {
    const page = await open(path, PHONE, false);
    await page.locator('#designations ~ details > summary').click();
    expect(await page.locator('[data-testid="designations"]').isVisible()).toBe(true);
    await page.context().close();
  });

  it('shows every table open on a wide screen, its row labels on one or two lines', async () => {
    const page = await open(path, DESKTOP);
    const tables = await tablesShown(page);
    expect(tables.length).toBeGreaterThanOrEqual(8);
    expect(tables.filter((table) => !table.endsWith('true'))).toEqual([]);
    expect(await page.locator('details.history-details > summary').first().isVisible()).toBe(false);
    for (const row of await rowLabelLines(page))
      expect(row.lines, row.label).toBeLessThanOrEqual(2);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('prints every table, on a phone-sized page too', async () => {
    const page = await open(path, PHONE);
    await page.emulateMedia({ media: 'print' });
    const tables = await tablesShown(page);
    expect(tables.length).toBeGreaterThanOrEqual(8);
    expect(tables.filter((table) => !table.endsWith('true'))).toEqual([]);
    expect(await page.locator('details.history-details > summary').first().isVisible()).toBe(false);
    await page.context().close();
  });

  it('meets WCAG 2.2 AA on a phone with its sections closed', async () => {
    const page = await open(path, PHONE);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
