import { describe, expect, it } from 'vitest';
import { servedSite } from '../helpers/served-site.ts';
import { DRAWINGS } from '../../src/lib/charts/chart-layout.ts';

const site = servedSite();

describe('a reader in the browser', () => {
  it('moves through the navigation and switches language on the same page', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/`);
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '工作室' })
      .click();
    await page.waitForURL(/\/studios\/$/);
    await page.getByRole('link', { name: '赵鹏达劳模创新工作室' }).first().click();
    await page.waitForURL(/\/studios\/zhao-pengda\/$/);
    await page.getByRole('link', { name: /English/ }).click();
    await page.waitForURL(/\/en\/studios\/zhao-pengda\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe(
      'Zhao Pengda Model Worker Innovation Studio',
    );
    await page.getByRole('link', { name: /中文/ }).click();
    await page.waitForURL(/\/studios\/zhao-pengda\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.close();
  });

  it('filters the studio directory, keeps the filter in the URL, and clears it', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/studios/`);
    const rows = page.locator('#studio-table tbody tr');
    const all = await rows.count();
    await page.getByLabel('当前最高级别').selectOption('provincial');
    await expect
      .poll(() => page.locator('#studio-table tbody tr:visible').count(), { timeout: 5_000 })
      .toBe(3);
    expect(new URL(page.url()).searchParams.get('level')).toBe('provincial');
    await page.reload();
    await expect
      .poll(() => page.locator('#studio-table tbody tr:visible').count(), { timeout: 5_000 })
      .toBe(3);
    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect
      .poll(() => page.locator('#studio-table tbody tr:visible').count(), { timeout: 5_000 })
      .toBe(all);
    await page.close();
  });

  it('filters the achievements register at once, by a studio among several and an award level, keeping the filters in the URL', async () => {
    const { model } = await import('../helpers/sample-model.ts');
    const entries = [...model.achievements.values()];
    const expected = entries.filter(
      (entry) =>
        entry.data.studios.includes('zhao-pengda') &&
        (model.awardsByAchievement.get(entry.id) ?? []).some(
          (award) => award.data.level === 'provincial',
        ),
    ).length;
    expect(expected).toBeGreaterThan(0);
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/achievements/?studio=zhao-pengda&level=provincial`);
    const visible = () => page.locator('#achievement-table tbody tr:visible').count();
    await expect.poll(visible, { timeout: 5_000 }).toBe(expected);
    await page.getByLabel('成果类型').selectOption('qc');
    await expect
      .poll(visible, { timeout: 5_000 })
      .toBe(
        entries.filter(
          (entry) =>
            entry.data.type === 'qc' &&
            entry.data.studios.includes('zhao-pengda') &&
            (model.awardsByAchievement.get(entry.id) ?? []).some(
              (award) => award.data.level === 'provincial',
            ),
        ).length,
      );
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({
      type: 'qc',
      studio: 'zhao-pengda',
      level: 'provincial',
    });
    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(visible, { timeout: 5_000 }).toBe(entries.length);
    await page.close();
  });

  it('shows the whole register without JavaScript, with the facet pages as filters', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/en/achievements/`);
    expect(await page.locator('form[data-filters]').isHidden()).toBe(true);
    const all = await page.locator('#achievement-table tbody tr:visible').count();
    expect(all).toBeGreaterThanOrEqual(25);
    await page.getByRole('link', { name: 'QC result' }).click();
    await page.waitForURL(/\/en\/achievements\/type\/qc\/$/);
    expect(await page.locator('table[data-testid="achievements"] tbody tr').count()).toBeLessThan(
      all,
    );
    await context.close();
  });

  it('keeps the filters and the search query when the reader switches language', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/studios/`);
    await page.getByLabel('当前最高级别').selectOption('provincial');
    await expect
      .poll(() => page.getByRole('link', { name: /English/ }).getAttribute('href'))
      .toBe('/en/studios/?level=provincial');
    await page.getByRole('link', { name: /English/ }).click();
    await page.waitForURL(/\/en\/studios\/\?level=provincial$/);
    await expect
      .poll(() => page.locator('#studio-table tbody tr:visible').count(), { timeout: 5_000 })
      .toBe(3);
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('创新')}`);
    await expect
      .poll(() => page.getByRole('link', { name: /English/ }).getAttribute('href'))
      .toMatch(/^\/en\/search\/\?q=/);
    await page.close();
  });

  it('shows the whole directory without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/studios/`);
    expect(await page.locator('form[data-filters]').isHidden()).toBe(true);
    expect(await page.locator('#studio-table tbody tr:visible').count()).toBeGreaterThanOrEqual(12);
    await context.close();
  });

  it('opens a document and follows its list to a studio', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/documents/jz-2021-31/`);
    expect(await page.locator('[data-field="number"]').textContent()).toBe('锦工发〔2021〕31号');
    await page
      .locator('[data-testid="named"]')
      .getByRole('link', { name: '高岩职工创新工作室' })
      .click();
    await page.waitForURL(/\/studios\/gao-yan\/$/);
    expect(await page.locator('[data-testid="designations"]').textContent()).toContain(
      '锦工发〔2021〕31号',
    );
    await page.close();
  });

  it('draws the charts: every chart image loads with its size', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/reports/2024/`);
    const images = page.locator('figure.chart img');
    expect(await images.count()).toBeGreaterThan(5);
    await page.evaluate(
      `Promise.all([...document.querySelectorAll('figure.chart img')].map((img) => { img.loading = 'eager'; return img.decode(); }))`,
    );
    const widths = await images.evaluateAll((list) =>
      list.map((img) => (img as HTMLImageElement).naturalWidth),
    );
    // A desktop window shows each chart's wide drawing (src/lib/charts/chart-layout.ts).
    expect(widths.every((width) => width === DRAWINGS.wide.width)).toBe(true);
    await page.close();
  });

  it('prints a report without navigation, with its charts', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/reports/2021/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.main-nav', '.site-footer', '.breadcrumbs']) {
      expect(await page.locator(selector).isHidden(), selector).toBe(true);
    }
    expect(await page.locator('figure.chart img').first().isVisible()).toBe(true);
    expect(await page.locator('figure.chart details').first().isHidden()).toBe(true);
    await page.close();
  });

  it('fits a 320-pixel phone without sideways scrolling of the page', async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    for (const path of [
      '/',
      '/studios/zhao-pengda/',
      '/documents/jz-2021-32/',
      '/en/reports/2024/',
      '/search/',
    ]) {
      await page.goto(`${site.server.url}${path}`);
      const width = await page.evaluate('document.documentElement.scrollWidth');
      expect(width, path).toBeLessThanOrEqual(320);
    }
    await page.close();
  });
});
