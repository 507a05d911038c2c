/**
 * The text under each result, on the search page of the sample build in Chromium with the real
 * Pagefind index: it starts where a reader would start reading (a sentence, a field, a clause, or
 * the word found), never inside a word ("敏职工创新工作室并入…", "批4个劳模…"); Chinese fields are not
 * joined with ". "; an award's text names nobody twice ("赵鹏达 赵鹏达劳模创新工作室").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { text } from '../../src/lib/site/i18n.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { ROOT, SAMPLE_DIST } from '../helpers/paths.ts';
import { servedSite } from '../helpers/served-site.ts';

const model = buildModel(validateContent(join(ROOT, 'content')).content);
const site = servedSite();

interface Shown {
  href: string;
  excerpt: string;
  excerptHtml: string;
}

async function openSearch(path: string): Promise<Page> {
  const page = await site.browser.newPage();
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
      excerpt: item.querySelector('p:not(.meta)')!.textContent!,
      excerptHtml: item.querySelector('p:not(.meta)')!.innerHTML,
    })),
  );

/** The text of a built page's main content, with a line break between blocks, as a reader sees it. */
const pageText = (href: string): string => {
  const file = join(SAMPLE_DIST, href.split('#')[0]!, 'index.html');
  return parse(readFileSync(file, 'utf8')).querySelector('main')!.structuredText;
};

const ELLIPSIS = '…';
/** What may stand before the first character of a sensible start: nothing, a space or line break, punctuation. */
const BOUNDARY_BEFORE = /[\s\p{P}\p{S}]/u;

/**
 * Whether an excerpt starts at a boundary of the page's text: it starts with the word found, or its
 * first letters stand in the page after a space, a line break or punctuation (or at its start).
 */
function startsAtBoundary(result: Shown): boolean {
  const html = result.excerptHtml.trim().replace(/^…/, '').trimStart();
  if (html.startsWith('<mark>')) return true;
  const lead = result.excerpt
    .trim()
    .replace(/^…/, '')
    .trimStart()
    .match(/^[\p{L}\p{N}]{1,4}/u)?.[0];
  if (!lead) return true; // starts with punctuation such as “ or （, itself a boundary
  const whole = pageText(result.href);
  for (let at = whole.indexOf(lead); at !== -1; at = whole.indexOf(lead, at + 1))
    if (at === 0 || BOUNDARY_BEFORE.test(whole[at - 1]!)) return true;
  return false;
}

describe('a Chinese excerpt', () => {
  it.each(['并入', '劳模', '赵鹏达', '挂牌', '考核', '合理化建议', '创新'])(
    'starts at a boundary, never inside a word (%s)',
    async (query) => {
      const page = await openSearch(`/search/?q=${encodeURIComponent(query)}`);
      const results = (await shownResults(page)).filter(
        (result) => !result.href.includes('#award-'),
      );
      expect(results.length).toBeGreaterThan(3);
      const midWord = results
        .filter((result) => !startsAtBoundary(result))
        .map((result) => `${result.href}: ${result.excerpt.slice(0, 20)}`);
      expect(midWord).toEqual([]);
      await page.close();
    },
  );

  it.each(['并入', '赵鹏达', '命名'])(
    'joins fields as Chinese text does, never with ". " (%s)',
    async (query) => {
      const page = await openSearch(`/search/?q=${encodeURIComponent(query)}`);
      const results = await shownResults(page);
      expect(results.length).toBeGreaterThan(3);
      const dotted = results
        .filter((result) => /\p{Script=Han}\.(?:\s|$)|\.\s+\p{Script=Han}/u.test(result.excerpt))
        .map((result) => result.href);
      expect(dotted).toEqual([]);
      await page.close();
    },
  );

  it('marks where the query was found and says where it was cut', async () => {
    const page = await openSearch(`/search/?q=${encodeURIComponent('并入')}`);
    const news = (await shownResults(page)).find((result) => result.href === '/people/zhou-min/')!;
    expect(news.excerptHtml).toContain('<mark>并入</mark>');
    expect(news.excerpt.trim().startsWith(ELLIPSIS)).toBe(true);
    await page.close();
  });
});

describe("an award's excerpt", () => {
  const people = [...model.people.values()]
    .map((person) => text('zh', person.data.name))
    .filter((name) => name.length >= 2);

  it.each(['赵鹏达', '钳工', '换热器', '孙建国'])('names nobody twice (%s)', async (query) => {
    const page = await openSearch(
      `/search/?q=${encodeURIComponent(query)}&type=${encodeURIComponent('获奖')}`,
    );
    const awards = await shownResults(page);
    expect(awards.length).toBeGreaterThan(0);
    for (const award of awards)
      for (const name of people)
        expect(
          award.excerpt.split(name).length - 1,
          `${award.href}: ${award.excerpt}`,
        ).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('reads as a sentence: fields joined with Chinese punctuation', async () => {
    const page = await openSearch(
      `/search/?q=${encodeURIComponent('钳工')}&type=${encodeURIComponent('获奖')}`,
    );
    const award = (await shownResults(page)).find((result) =>
      result.href.endsWith('#award-2021-ln-sk-fitter-zhao'),
    )!;
    expect(award.excerpt).toMatch(/[，。；、]/);
    expect(award.excerpt).not.toMatch(/\p{Script=Han} \p{Script=Han}/u);
    expect(award.excerpt).toContain('赵鹏达');
    await page.close();
  });
});
