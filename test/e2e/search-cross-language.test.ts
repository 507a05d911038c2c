/**
 * Chinese queries on the English site (issue 24), on the English search page in Chromium with the
 * real Pagefind index: the English pages of the sample and of the real-records fixture are found by
 * the Chinese names they stand for (赵鹏达 for Zhao Pengda) or show (上海市嘉定区马陆镇), and a query
 * in Chinese always offers the same search on the Chinese site.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type StaticServer } from '../../scripts/lib/static-server.ts';
import { ROOT, SAMPLE_DIST } from '../helpers/paths.ts';
import { sharedBuild } from '../helpers/shared-builds.ts';
import { sharedBrowser } from '../helpers/browser.ts';

let sample: StaticServer;
let real: StaticServer;
let browser: Browser;

beforeAll(async () => {
  // One build of the fixture, shared with test/build/real-records.test.ts.
  real = await serve(await sharedBuild('real-records', join(ROOT, 'test/fixtures/real-records')));
  sample = await serve(SAMPLE_DIST);
  browser = await sharedBrowser();
}, 300_000);
afterAll(async () => {
  await sample?.close();
  await real?.close();
});

async function openSearch(server: StaticServer, path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${server.url}${path}`);
  await expect
    .poll(() => page.locator('[data-status]').textContent(), { timeout: 15_000 })
    .toMatch(/results|Nothing found/);
  return page;
}
const shownUrls = (page: Page): Promise<string[]> =>
  page
    .locator('[data-results] > li h3 a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));

describe('a Chinese query on the English search page', () => {
  it('finds the English pages of a person and their studio by the Chinese name (赵鹏达), the person first', async () => {
    const page = await openSearch(sample, `/en/search/?q=${encodeURIComponent('赵鹏达')}`);
    const urls = await shownUrls(page);
    expect(urls[0]).toBe('/en/people/zhao-pengda/');
    expect(urls.slice(0, 3)).toContain('/en/studios/zhao-pengda/');
    expect(urls.every((url) => url.startsWith('/en/'))).toBe(true);
    await page.close();
  });

  it('finds the pages of an employer by its Chinese name, and by a part of it (锦州渤海石化装备有限公司, 渤海石化)', async () => {
    for (const query of ['锦州渤海石化装备有限公司', '渤海石化']) {
      const page = await openSearch(sample, `/en/search/?q=${encodeURIComponent(query)}`);
      expect(await shownUrls(page), query).toEqual(
        expect.arrayContaining(['/en/people/zhao-pengda/', '/en/people/ma-li/']),
      );
      await page.close();
    }
  });

  it('finds a studio first by its full Chinese title (赵鹏达劳模创新工作室)', async () => {
    const page = await openSearch(
      sample,
      `/en/search/?q=${encodeURIComponent('赵鹏达劳模创新工作室')}`,
    );
    expect((await shownUrls(page))[0]).toBe('/en/studios/zhao-pengda/');
    await page.close();
  });

  it('finds real records by a part of a Chinese name the English page shows (嘉定) and by a leader (钟连盛)', async () => {
    const jiading = await openSearch(real, `/en/search/?q=${encodeURIComponent('嘉定')}`);
    expect(await shownUrls(jiading)).toEqual(
      expect.arrayContaining(['/en/studios/shao-bing/', '/en/documents/jzg-2022-15/']),
    );
    await jiading.close();
    const zhong = await openSearch(real, `/en/search/?q=${encodeURIComponent('钟连盛')}`);
    expect((await shownUrls(zhong))[0]).toBe('/en/studios/zhong-liansheng/');
    await zhong.close();
  });

  it.each(['赵鹏达', '挂牌仪式'])(
    'offers the same search on the Chinese site (%s)',
    async (query) => {
      const page = await openSearch(sample, `/en/search/?q=${encodeURIComponent(query)}`);
      const offer = page.locator('[data-other-search] a');
      await expect.poll(() => offer.isVisible()).toBe(true);
      const href = new URL((await offer.getAttribute('href'))!, sample.url);
      expect(href.pathname).toBe('/search/');
      expect(href.searchParams.get('q')).toBe(query);
      expect(await offer.getAttribute('hreflang')).toBe('zh-CN');
      expect(await offer.textContent()).toContain(query);
      await offer.click();
      await page.waitForURL(/\/search\/\?q=/);
      await expect
        .poll(() => page.locator('[data-status]').textContent(), { timeout: 15_000 })
        .toMatch(/共找到/);
      expect(await page.locator('#search-q').inputValue()).toBe(query);
      await page.close();
    },
  );

  it('offers nothing for a query in English', async () => {
    const page = await openSearch(sample, '/en/search/?q=revoked');
    expect(await page.locator('[data-other-search]').isVisible()).toBe(false);
    await page.close();
  });
});
