import { describe, expect, it } from 'vitest';
import { servedSite } from '../helpers/served-site.ts';

const site = servedSite();

describe('the search page', () => {
  it.each([
    ['zh', '/search/', '赵鹏达', '赵鹏达', '/people/zhao-pengda/', '找到'],
    ['en', '/en/search/', 'Zhao Pengda', 'Zhao Pengda', '/en/people/zhao-pengda/', 'results'],
  ])(
    'finds what a reader types (%s)',
    async (_locale, path, query, firstTitle, firstUrl, statusWord) => {
      const page = await site.browser.newPage();
      await page.goto(`${site.server.url}${path}`);
      await page.getByRole('searchbox', { name: /搜索关键词|Search terms/ }).fill(query);
      await page.keyboard.press('Enter');
      const first = page.locator('[data-results] > li h3 a').first();
      await expect.poll(() => first.textContent(), { timeout: 15_000 }).toBe(firstTitle);
      expect(await first.getAttribute('href')).toBe(firstUrl);
      expect(await page.locator('[data-status]').textContent()).toContain(statusWord);
      expect(await page.locator('[data-results] mark').count()).toBeGreaterThan(0);
      expect(new URL(page.url()).searchParams.get('q')).toBe(query);
      await page.close();
    },
  );

  it('reads the query and filters from a shared URL and narrows by a facet', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('考核')}`);
    const results = page.locator('[data-results] > li');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(3);
    await page.getByRole('checkbox', { name: /^文件/ }).check();
    await expect
      .poll(
        async () =>
          (await page.locator('[data-results] > li .meta').allTextContents()).every((text) =>
            text.startsWith('文件'),
          ),
        { timeout: 15_000 },
      )
      .toBe(true);
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['文件']);
    await page.reload();
    await expect
      .poll(() => page.getByRole('checkbox', { name: /^文件/ }).isChecked(), { timeout: 15_000 })
      .toBe(true);
    await page.close();
  });

  it('is reached from the search box in the header of every page', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/en/studios/`);
    await page.locator('header input[name="q"]').fill('revoked');
    await page.locator('header button[type="submit"]').click();
    await page.waitForURL(/\/en\/search\/\?q=revoked/);
    await expect
      .poll(() => page.locator('[data-results] a[href="/en/studios/wang-shulan/"]').count(), {
        timeout: 15_000,
      })
      .toBe(1);
    await page.close();
  });

  it('says what to do when JavaScript is off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/search/`);
    expect(await page.locator('main').innerText()).toContain('搜索需要启用JavaScript');
    expect(await page.locator('[data-search]').isHidden()).toBe(true);
    await context.close();
  });
});
