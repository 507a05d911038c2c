/**
 * What the search page shows, on the real Pagefind index of the sample build in Chromium: the text
 * under each result, its date, the facets (order, empty values, phone layout), pinyin names and the
 * header search box.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { label, t } from '../../src/lib/site/i18n.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { SEARCH_TYPES } from '../../src/lib/search/search-display.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { LEVEL_TIERS, type Locale } from '../../src/schemas/vocabulary.ts';
import { ROOT } from '../helpers/paths.ts';
import { servedSite } from '../helpers/served-site.ts';

const model = buildModel(validateContent(join(ROOT, 'content')).content);
const site = servedSite();
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

interface Shown {
  href: string;
  title: string;
  meta: string;
  excerpt: string;
  excerptHtml: string;
}
interface Facet {
  name: string;
  values: Array<{ value: string; count: number }>;
}

/** Opens the search page at a URL (query and filters in it) and waits for the results. */
async function openSearch(path: string, viewport = DESKTOP): Promise<Page> {
  const page = await site.browser.newPage({ viewport });
  await page.goto(`${site.server.url}${path}`);
  await expect
    .poll(() => page.locator('[data-status]').textContent(), { timeout: 15_000 })
    .toMatch(/共找到|results|没有找到|Nothing found/);
  return page;
}

const shownResults = (page: Page): Promise<Shown[]> =>
  page.locator('[data-results] > li').evaluateAll((items) =>
    items.map((item) => ({
      href: item.querySelector('h3 a')!.getAttribute('href')!,
      title: item.querySelector('h3')!.textContent!.trim(),
      meta: item.querySelector('p.meta')!.textContent!.trim(),
      excerpt: item.querySelector('p:not(.meta)')!.textContent!.trim(),
      excerptHtml: item.querySelector('p:not(.meta)')!.innerHTML,
    })),
  );

const shownFacets = (page: Page): Promise<Facet[]> =>
  page.locator('[data-facets] fieldset').evaluateAll((fieldsets) =>
    fieldsets.map((fieldset) => ({
      name: fieldset.querySelector('input')!.name,
      values: [...fieldset.querySelectorAll('label')].map((item) => ({
        value: item.querySelector('input')!.value,
        count: Number(item.querySelector('.meta')!.textContent!.replace(/[()]/g, '')),
      })),
    })),
  );

/** A run of numbers such as "0. 69. 132." or "5. 2.": table cells run together. */
const NUMBER_RUN = /(?:^|\s)\d+(?:\.\d+)?\.\s+\d+(?:\.\d+)?\./;
/** Fact labels run into their values ("所在单位锦州渤海…", "文号锦工发…"), as they were before. */
const labelRuns = (locale: Locale) =>
  (
    [
      'studio.employer',
      'studio.highestLevel',
      'studio.founded',
      'doc.number',
      'doc.issuer',
      'doc.date',
    ] as const
  ).map((key) => new RegExp(`${t(locale, key)}[\\p{L}\\d]`, 'u'));

describe('the text under a result', () => {
  it.each(['年度成果数据', '挂牌', '检修', '合理化建议', '赵鹏达', '锦州'])(
    'is prose for %s: no runs of numbers, no labels run into values',
    async (query) => {
      const page = await openSearch(`/search/?q=${encodeURIComponent(query)}`);
      const results = await shownResults(page);
      expect(results.length).toBeGreaterThan(0);
      for (const result of results) {
        expect(result.excerpt, result.href).not.toMatch(NUMBER_RUN);
        for (const labelRun of labelRuns('zh'))
          expect(result.excerpt, result.href).not.toMatch(labelRun);
      }
      await page.close();
    },
  );

  it('shows a news item and a studio by sentences of their text, not their title again', async () => {
    const page = await openSearch(`/search/?q=${encodeURIComponent('挂牌')}`);
    const results = await shownResults(page);
    const news = results.find((result) => result.href === '/news/2021-plaque-unveiled/')!;
    expect(news.excerpt).toMatch(/[，。]/);
    expect(news.excerptHtml).toContain('<mark>');
    expect(news.excerpt.startsWith(news.title)).toBe(false);
    expect(news.excerpt).not.toContain('·'); // the date and topics line is the result's meta, not its text
    await page.close();
    const studioPage = await openSearch(`/search/?q=${encodeURIComponent('难题')}`);
    const studio = (await shownResults(studioPage)).find(
      (result) => result.href === '/studios/zhao-pengda/',
    )!;
    expect(studio.excerpt).toMatch(/[，。]/);
    expect(studio.excerptHtml).toContain('<mark>');
    expect(studio.excerpt.startsWith(studio.title)).toBe(false);
    await studioPage.close();
  });

  it('shows the summary of each news item and studio when browsing by type', async () => {
    const newsPage = await openSearch(`/search/?type=${encodeURIComponent('新闻')}`);
    const news = await shownResults(newsPage);
    expect(news.length).toBeGreaterThan(0);
    for (const result of news)
      expect(result.excerpt, result.href).toBe(
        model.newsZh.get(result.href.split('/')[2]!)!.data.summary,
      );
    await newsPage.close();
    const studioPage = await openSearch(`/search/?type=${encodeURIComponent('工作室')}`);
    for (const result of await shownResults(studioPage)) {
      const summary = model.studios.get(result.href.split('/')[2]!)!.data.summary?.zh;
      if (summary) expect(result.excerpt, result.href).toBe(summary);
      else expect(result.excerpt, result.href).not.toMatch(NUMBER_RUN);
    }
    await studioPage.close();
  });
});

describe('dates in results', () => {
  it.each([
    [
      'zh',
      `/search/?type=${encodeURIComponent('年度报告')}`,
      (year: string) => `年度报告 · ${year}年`,
    ],
    ['en', '/en/search/?type=Report', (year: string) => `Report · ${year}`],
  ] as const)('show a report year as a year (%s)', async (_locale, path, expected) => {
    const page = await openSearch(path);
    const results = await shownResults(page);
    expect(results.length).toBeGreaterThan(0);
    for (const result of results)
      expect(result.meta).toBe(expected(result.href.match(/reports\/(\d{4})\//)![1]!));
    await page.close();
  });

  it('show an award of a known year but no day as that year, never as a day', async () => {
    const undated = [...model.awards.values()].filter((award) => !award.data.date);
    expect(undated.length).toBeGreaterThan(0);
    const year = String(undated[0]!.data.year);
    const page = await openSearch(`/search/?type=${encodeURIComponent('获奖')}&year=${year}`);
    const results = await shownResults(page);
    const shown = results.find((result) => result.href.endsWith(`#award-${undated[0]!.id}`))!;
    expect(shown.meta).toBe(`获奖 · ${year}年`);
    for (const result of results) expect(result.meta).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await page.close();
  });
});

describe('a person found by the pinyin of their name', () => {
  it.each([
    ['/search/', 'zhaopengda', '/people/zhao-pengda/'],
    ['/search/', 'zhao pengda', '/people/zhao-pengda/'],
    ['/search/', 'Zhao Pengda', '/people/zhao-pengda/'],
    ['/search/', 'zpd', '/people/zhao-pengda/'],
    ['/search/', 'sunjianguo', '/people/sun-jianguo/'],
    ['/en/search/', 'zhaopengda', '/en/people/zhao-pengda/'],
  ])('%s?q=%s', async (path, query, expected) => {
    const page = await openSearch(`${path}?q=${encodeURIComponent(query)}`);
    const [first] = await shownResults(page);
    expect(first!.href).toBe(expected);
    // The spellings are for search only: the result shows the person's summary, not them.
    expect(first!.excerpt.toLowerCase()).not.toContain('zhaopengda');
    expect(first!.excerpt).not.toMatch(/\bzpd\b|pengda\.|péng/i);
    await page.close();
  });

  it('keeps the spellings off the page: nothing to see, nothing read out', async () => {
    for (const path of ['/people/zhao-pengda/', '/en/people/zhao-pengda/']) {
      const page = await site.browser.newPage();
      await page.goto(`${site.server.url}${path}`);
      const seen = (await page.locator('body').innerText()).toLowerCase();
      const heard = (await page.locator('body').ariaSnapshot()).toLowerCase();
      for (const spelling of ['zhaopengda', 'zpd', 'zhào']) {
        expect(seen, `${path} shows ${spelling}`).not.toContain(spelling);
        expect(heard, `${path} reads out ${spelling}`).not.toContain(spelling);
      }
      await page.close();
    }
  });
});

describe('facets', () => {
  it('list their values in the vocabulary order, years newest first', async () => {
    const page = await openSearch(`/search/?q=${encodeURIComponent('创新')}`);
    const facets = await shownFacets(page);
    const values = (name: string) =>
      facets.find((facet) => facet.name === name)!.values.map((item) => item.value);
    const typeOrder = SEARCH_TYPES.map((type) => t('zh', `type.${type}`));
    expect(values('type').length).toBeGreaterThan(3);
    expect(values('type')).toEqual(typeOrder.filter((type) => values('type').includes(type)));
    const levelOrder = LEVEL_TIERS.map((tier) => label('zh', 'levelTier', tier));
    expect(values('level').length).toBeGreaterThan(2);
    expect(values('level')).toEqual(levelOrder.filter((level) => values('level').includes(level)));
    expect(values('year')).toEqual(values('year').toSorted().reverse());
    await page.close();
  });

  it('hide values without results', async () => {
    const page = await openSearch('/search/?q=zhaopengda');
    const facets = await shownFacets(page);
    expect(facets.flatMap((facet) => facet.values).every((item) => item.count > 0)).toBe(true);
    expect(facets.find((facet) => facet.name === 'type')!.values).toEqual([
      { value: '人员', count: 1 },
    ]);
    expect(facets.some((facet) => facet.name === 'level')).toBe(false);
    await page.close();
  });

  it('keep the other values of a facet once one is chosen, so that more can be added', async () => {
    const page = await openSearch(
      `/search/?q=${encodeURIComponent('考核')}&type=${encodeURIComponent('文件')}`,
    );
    const types = (await shownFacets(page)).find((facet) => facet.name === 'type')!.values;
    expect(types.map((item) => item.value)).toContain('文件');
    expect(types.length).toBeGreaterThan(1);
    expect(types.every((item) => item.count > 0)).toBe(true);
    await page.close();
  });

  it('are collapsed on a phone, with the first result on the first screen', async () => {
    const page = await openSearch(`/search/?q=${encodeURIComponent('创新')}`, PHONE);
    expect(
      await page
        .locator('[data-facets-box]')
        .evaluate((details) => (details as HTMLDetailsElement).open),
    ).toBe(false);
    expect(await page.locator('[data-facets] input').first().isVisible()).toBe(false);
    const heading = await page.locator('[data-results] > li h3').first().boundingBox();
    expect(heading!.y).toBeGreaterThanOrEqual(0);
    expect(heading!.y + heading!.height).toBeLessThanOrEqual(PHONE.height);
    await page.close();
  });

  it('are open on a desktop', async () => {
    const page = await openSearch(`/search/?q=${encodeURIComponent('创新')}`);
    expect(
      await page
        .locator('[data-facets-box]')
        .evaluate((details) => (details as HTMLDetailsElement).open),
    ).toBe(true);
    expect(await page.locator('[data-facets] input').first().isVisible()).toBe(true);
    await page.close();
  });
});

describe('the search box in the header', () => {
  it.each([
    ['/', 320],
    ['/', 390],
    ['/', 1280],
    ['/en/', 320],
    ['/en/', 390],
    ['/en/', 1280],
  ] as const)('shows its whole placeholder (%s at %i px)', async (path, width) => {
    const page = await site.browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(`${site.server.url}${path}`);
    const { needed, room } = await page.locator('#site-search').evaluate((input) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = style.font;
      return {
        needed: context.measureText((input as HTMLInputElement).placeholder).width,
        room: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
      };
    });
    expect(needed).toBeGreaterThan(0);
    expect(needed, `${path} at ${width}px`).toBeLessThanOrEqual(room);
    await page.close();
  });
});
