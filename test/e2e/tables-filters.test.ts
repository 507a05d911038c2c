/**
 * Tables and filters in a real Chromium, on a phone (390 × 844) and a laptop (1366 × 900): short
 * Chinese values, dates and document numbers stay on one line, no table pushes the page sideways
 * unless it scrolls in its own region, columns sort by click and by keyboard, the awards' filters
 * combine and live in the URL (back button included), an empty result says so and clears, and
 * without JavaScript the static filter pages do the job.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { model } from '../helpers/sample-model.ts';
import { servedSite } from '../helpers/served-site.ts';

const site = servedSite();
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1366, height: 900 },
] as const;
const PAGES = [
  '/studios/',
  '/documents/',
  '/people/',
  '/awards/',
  '/awards/year/2021/',
  '/achievements/',
  '/studios/zhao-pengda/',
  '/people/zhao-pengda/',
  '/documents/jz-2021-31/',
  '/documents/jz-2021-32/',
  '/reports/2021/',
  '/studios/level/provincial/',
  '/en/documents/',
  '/en/studios/zhao-pengda/',
];

/** Cells of visible tables whose text is short Chinese (≤ 4 characters), a date or a document number and takes more than one line. */
const BROKEN_CELLS = `(() => {
  const short = /^[\\p{Script=Han}]{1,4}$/u;
  const date = /^(\\d{4}年(\\d{1,2}月(\\d{1,2}日)?)?前?|\\d{1,2} [A-Z][a-z]+ \\d{4}|[A-Z][a-z]+ \\d{4})$/;
  const number = /〔\\d{4}〕\\d+号$/;
  const broken = [];
  let checked = 0;
  for (const cell of document.querySelectorAll('main table :is(td, th)')) {
    const text = cell.textContent.trim();
    if (!(short.test(text) || date.test(text) || number.test(text))) continue;
    const box = cell.getBoundingClientRect();
    // Headers of card tables are out of sight on a phone (read by screen readers only); closed <details> are not drawn.
    if (box.width <= 1 || cell.closest('thead')?.getBoundingClientRect().width <= 1 || !cell.checkVisibility()) continue;
    checked += 1;
    const range = document.createRange();
    range.selectNodeContents(cell);
    const tops = [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => rect.top).toSorted((a, b) => a - b);
    const lines = tops.filter((top, i) => i === 0 || top - tops[i - 1] > 4).length;
    if (lines > 1) broken.push(text + ' (' + lines + ' lines)');
  }
  return { checked, broken };
})()`;

/** Tables wider than the window that do not scroll inside a region of their own, and the page's own overflow. */
const OVERFLOWING = `(() => {
  const width = document.documentElement.clientWidth;
  const tables = [...document.querySelectorAll('main table')].filter((table) => table.checkVisibility() && table.getBoundingClientRect().right > width + 1).filter((table) => {
    const region = table.closest('.table-wrap');
    return !region || !['auto', 'scroll'].includes(getComputedStyle(region).overflowX) || region.getBoundingClientRect().right > width + 1;
  }).map((table) => table.dataset.testid || table.id || 'table');
  return { page: document.documentElement.scrollWidth - width, tables };
})()`;

describe.each(VIEWPORTS)('tables at $width × $height', (viewport) => {
  it.each(PAGES)(
    '%s: no short value, date or document number breaks, and nothing overflows the window',
    async (path) => {
      const page = await site.browser.newPage({ viewport });
      await page.goto(`${site.server.url}${path}`);
      // A studio's history tables are closed on a phone (src/components/HistorySection.astro): measured opened.
      await page.evaluate(() =>
        document
          .querySelectorAll('details.history-details')
          .forEach((details) => ((details as HTMLDetailsElement).open = true)),
      );
      const cells = (await page.evaluate(BROKEN_CELLS)) as { checked: number; broken: string[] };
      expect(cells.checked, 'cells measured').toBeGreaterThan(0);
      expect(cells.broken).toEqual([]);
      const overflow = (await page.evaluate(OVERFLOWING)) as { page: number; tables: string[] };
      expect(overflow).toEqual({ page: 0, tables: [] });
      await page.close();
    },
  );
});

describe('a phone', () => {
  it('shows list rows as cards with their column names and scrolls the wide tables with a sticky first column', async () => {
    const page = await site.browser.newPage({ viewport: VIEWPORTS[0] });
    await page.goto(`${site.server.url}/documents/`);
    const cell = page.locator('#document-table tbody tr').first().locator('td').nth(1);
    expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"文号"');
    expect(await cell.evaluate((td) => getComputedStyle(td).display)).toBe('flow-root');
    await page.goto(`${site.server.url}/reports/2021/`);
    const first = page
      .locator('[data-testid="key-figures"] tbody tr')
      .first()
      .locator(':is(th, td)')
      .first();
    expect(await first.evaluate((cell) => getComputedStyle(cell).position)).toBe('sticky');
    await page.close();
  });
});

/** The sort values of a column of the visible rows. */
const columnValues = (page: Page, table: string, column: number) =>
  page
    .locator(`${table} tbody tr:visible`)
    .evaluateAll(
      (rows, index) =>
        rows.map((row) => (row as HTMLTableRowElement).cells[index]!.dataset.sortValue ?? ''),
      column,
    );

describe('sorting', () => {
  it('sorts the awards by level with a click, the other way with the keyboard, and says so with aria-sort', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/awards/`);
    const header = page.locator('#award-table thead th', { hasText: '级别' });
    const button = header.getByRole('button', { name: '级别' });
    await button.click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect(await page.locator('#award-table thead th[aria-sort]').count()).toBe(1);
    const ascending = (await columnValues(page, '#award-table', 2)).map(Number);
    expect(ascending).toEqual(ascending.toSorted((a, b) => a - b));
    expect(new Set(ascending).size).toBeGreaterThan(2);
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const descending = (await columnValues(page, '#award-table', 2)).map(Number);
    expect(descending).toEqual(ascending.toSorted((a, b) => b - a));
    await page.keyboard.press('Space');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    await page.close();
  });

  it('sorts the documents by date, oldest first on the first press, keeping the newest-first order without JavaScript', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/documents/`);
    const newest = await columnValues(page, '#document-table', 0);
    expect(newest).toEqual(newest.toSorted().toReversed());
    await page.locator('#document-table thead').getByRole('button', { name: '成文日期' }).click();
    expect(await columnValues(page, '#document-table', 0)).toEqual(newest.toSorted());
    await page.close();
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const still = await context.newPage();
    await still.goto(`${site.server.url}/documents/`);
    expect(await still.locator('#document-table thead button').count()).toBe(0);
    expect(
      await still.locator('#document-table thead th[aria-sort="descending"]').textContent(),
    ).toBe('成文日期');
    await context.close();
  });
});

describe('the awards filter', () => {
  const awards = [...model.awards.values()];
  const count = (where: Partial<Record<'year' | 'level' | 'rank' | 'family', string>>) =>
    awards.filter(({ data }) =>
      Object.entries(where).every(([key, value]) => String(data[key as 'year']) === value),
    ).length;
  const visible = (page: Page) => () => page.locator('#award-table tbody tr:visible').count();
  const select = (page: Page, name: string) =>
    page.locator(`form[data-filters="award-table"] select[name="${name}"]`);

  it('combines year, level, rank and kind, keeps them in the URL, and the back button steps back through them', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/awards/`);
    await select(page, 'level').selectOption('municipal');
    await expect.poll(visible(page)).toBe(count({ level: 'municipal' }));
    await select(page, 'rank').selectOption('first');
    await expect.poll(visible(page)).toBe(count({ level: 'municipal', rank: 'first' }));
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({
      level: 'municipal',
      rank: 'first',
    });
    await page.reload();
    await expect.poll(visible(page)).toBe(count({ level: 'municipal', rank: 'first' }));
    expect(await select(page, 'rank').inputValue()).toBe('first');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('?level=municipal');
    await expect.poll(visible(page)).toBe(count({ level: 'municipal' }));
    expect(await select(page, 'rank').inputValue()).toBe('');
    await page.goBack();
    await expect.poll(visible(page)).toBe(awards.length);
    const family = awards[0]!.data.family;
    await page.goto(`${site.server.url}/awards/?year=2023&family=${family}`);
    await expect.poll(visible(page)).toBe(count({ year: '2023', family }));
    await page.close();
  });

  it('filters by studio: the awards the studio page lists', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/awards/?studio=zhao-pengda`);
    await expect.poll(visible(page)).toBe(model.awardsByStudio.get('zhao-pengda')!.length);
    await page.close();
  });

  it('opens a level × rank cell as the filtered list in place, and as its static page without JavaScript', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/awards/`);
    await page.locator('td[data-cell="municipal-first"] a').click();
    await expect.poll(visible(page)).toBe(count({ level: 'municipal', rank: 'first' }));
    expect(new URL(page.url()).pathname).toBe('/awards/');
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({
      level: 'municipal',
      rank: 'first',
    });
    await page.close();
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${site.server.url}/awards/`);
    await plain.locator('td[data-cell="municipal-first"] a').click();
    await plain.waitForURL(/\/awards\/level\/municipal\/rank\/first\/$/);
    expect(await plain.locator('[data-testid="awards"] tbody tr').count()).toBe(
      count({ level: 'municipal', rank: 'first' }),
    );
    await context.close();
  });
});

describe('an empty filter result', () => {
  it.each([
    [
      '/awards/',
      'award-table',
      () => {
        const years = [...new Set([...model.awards.values()].map(({ data }) => String(data.year)))];
        for (const year of years)
          if (
            ![...model.awards.values()].some(
              ({ data }) => String(data.year) === year && data.level === 'national',
            )
          )
            return `?year=${year}&level=national`;
        throw new Error('every year has a national award');
      },
    ],
    ['/documents/', 'document-table', () => '?type=naming-decision&issuer=__none__'],
  ])('%s says nothing matches and clears the filters', async (path, table, query) => {
    const search = query();
    const page = await site.browser.newPage();
    // A value the form does not offer falls back to "all": build the empty case from offered values where one is needed.
    const url = search.includes('__none__')
      ? `${site.server.url}${path}`
      : `${site.server.url}${path}${search}`;
    await page.goto(url);
    if (search.includes('__none__')) {
      const form = page.locator(`form[data-filters="${table}"]`);
      const types = await form
        .locator('select[name="type"] option')
        .evaluateAll((options) =>
          options.map((option) => (option as HTMLOptionElement).value).filter(Boolean),
        );
      const issuers = await form
        .locator('select[name="issuer"] option')
        .evaluateAll((options) =>
          options.map((option) => (option as HTMLOptionElement).value).filter(Boolean),
        );
      const empty = types
        .flatMap((type) => issuers.map((issuer) => [type, issuer] as const))
        .find(
          ([type, issuer]) =>
            ![...model.documents.values()].some(
              ({ data }) => data.type === type && 'issuer' in data && data.issuer === issuer,
            ),
        )!;
      expect(empty).toBeDefined();
      await form.locator('select[name="type"]').selectOption(empty[0]);
      await form.locator('select[name="issuer"]').selectOption(empty[1]);
    }
    const message = page.getByText('没有符合条件的条目');
    await expect.poll(() => message.isVisible()).toBe(true);
    expect(await page.locator(`#${table}`).isVisible()).toBe(false);
    await page.locator('[data-filter-empty]').getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(() => message.isVisible()).toBe(false);
    expect(await page.locator(`#${table} tbody tr:visible`).count()).toBe(
      await page.locator(`#${table} tbody tr`).count(),
    );
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('is said in English on English pages', async () => {
    const awards = [...model.awards.values()];
    const year = [...new Set(awards.map(({ data }) => data.year))].find(
      (y) => !awards.some(({ data }) => data.year === y && data.level === 'national'),
    )!;
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/en/awards/?year=${year}&level=national`);
    await expect.poll(() => page.getByText('Nothing matches these filters').isVisible()).toBe(true);
    expect(
      await page
        .locator('[data-filter-empty]')
        .getByRole('button', { name: 'Clear filters' })
        .isVisible(),
    ).toBe(true);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('filters the studio and document directories through plain links to static pages', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/studios/`);
    await page
      .locator('[data-testid="directory-facets"]')
      .getByRole('link', { name: '省级' })
      .click();
    await page.waitForURL(/\/studios\/level\/provincial\/$/);
    expect(await page.locator('[data-testid="studio-table"] tbody tr').count()).toBe(3);
    await page.goto(`${site.server.url}/documents/`);
    await page
      .locator('[data-testid="directory-facets"]')
      .getByRole('link', { name: '2021年' })
      .click();
    await page.waitForURL(/\/documents\/year\/2021\/$/);
    expect(await page.locator('[data-testid="document-table"] tbody tr').count()).toBe(
      [...model.documents.values()].filter(
        ({ data }) => data.date?.value.startsWith('2021') && !data.date.before,
      ).length,
    );
    await context.close();
  });
});
