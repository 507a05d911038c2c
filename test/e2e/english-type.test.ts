/**
 * English set as English: on a reader's system that has a Chinese font under a name the stylesheet lists (here Noto
 * Sans SC, made available as "PingFang SC"), English text is drawn in a Latin font, so ’ and , are not set full
 * width ("company’ s"), while Chinese text, and Chinese names on English pages, keep the Chinese font. The fonts are
 * the ones Chromium actually used (DevTools' platform fonts), not the stylesheet's text.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { servedSite } from '../helpers/served-site.ts';

const site = servedSite();
const CJK_FONT = /Noto Sans SC|NotoSansSC/;

/** A page on which "PingFang SC" is installed: the packaged Chinese font under the name a Mac gives its own. */
async function openWithChineseSystemFont(path: string): Promise<Page> {
  const page = await site.browser.newPage({
    bypassCSP: true,
    viewport: { width: 1366, height: 900 },
  });
  await page.goto(`${site.server.url}${path}`);
  await page.addStyleTag({
    content:
      "@font-face { font-family: 'PingFang SC'; src: local('Noto Sans SC'), local('NotoSansSC-Regular'); }",
  });
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** The font families Chromium drew an element's text with. */
async function fontsOf(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  expect(nodeId, selector).toBeGreaterThan(0);
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map((font) => font.familyName);
}

describe('fonts by language', () => {
  it('the test page has the Chinese font under the listed name (else the test would prove nothing)', async () => {
    const page = await openWithChineseSystemFont('/');
    expect((await fontsOf(page, 'h1')).join()).toMatch(CJK_FONT);
    await page.close();
  });

  it('sets English text in a Latin font, apostrophes included', async () => {
    const page = await openWithChineseSystemFont('/en/');
    // The featured studio's summary has "company's" / "city's".
    const selector = 'section[aria-labelledby="featured"] .card p:last-child';
    expect(await page.locator(selector).first().innerText()).toMatch(/[’']s\b/);
    for (const css of ['h1', 'p.lead', selector])
      expect((await fontsOf(page, css)).join(), css).not.toMatch(CJK_FONT);
    await page.close();
  });

  it('keeps the Chinese font for Chinese on English pages (marked lang="zh-CN")', async () => {
    const page = await openWithChineseSystemFont('/en/');
    expect((await fontsOf(page, '[data-untranslated] [lang="zh-CN"]')).join()).toMatch(CJK_FONT);
    await page.close();
  });
});
