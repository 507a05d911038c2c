/**
 * Search over the real-records fixture (test/fixtures/real-records), built with the real build
 * command: the real Pagefind index, queried in Chromium through Pagefind's JS API with the search
 * page's own pipeline, finds real studios by their Chinese names.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGEFIND_OPTIONS, searchBundlePath } from '../../src/lib/search/search-bundles.ts';
import { promoteExactTitles, siteSearch } from '../../src/lib/search/search-rank.ts';
import { serve, type StaticServer } from '../../scripts/lib/static-server.ts';
import { ROOT } from '../helpers/paths.ts';
import { sharedBuild } from '../helpers/shared-builds.ts';
import { sharedBrowser } from '../helpers/browser.ts';

let server: StaticServer;
let browser: Browser;
let searchPage: Page;

beforeAll(async () => {
  // One build of the fixture, shared with test/build/real-records.test.ts.
  server = await serve(await sharedBuild('real-records', join(ROOT, 'test/fixtures/real-records')));
  browser = await sharedBrowser();
  searchPage = await browser.newPage();
  await searchPage.goto(`${server.url}/search/`);
}, 300_000);
afterAll(async () => {
  await server?.close();
});

/** The URLs a Chinese query finds, in the search page's order (exact titles first). */
async function search(query: string): Promise<string[]> {
  // A string, not a function: the test runner would rewrite import() inside a function.
  const run = async (terms: string | null, options: Record<string, unknown>) =>
    (await searchPage.evaluate(`(async () => {
      const pagefind = await import('${searchBundlePath('zh')}pagefind.js');
      await pagefind.options(${JSON.stringify(PAGEFIND_OPTIONS)});
      const result = await pagefind.search(${JSON.stringify(terms)}, ${JSON.stringify(options)});
      const data = await Promise.all(result.results.map((r) => r.data()));
      return { filters: result.filters, results: data.map((d, i) => ({ id: result.results[i].id, url: d.url, title: d.meta.title ?? '' })) };
    })()`)) as {
      results: Array<{ id: string; url: string; title: string }>;
      filters: Record<string, Record<string, number>>;
    };
  const outcome = await siteSearch(run, query, {});
  return promoteExactTitles(outcome.results, query).map((hit) => hit.url);
}

describe('search over real records', () => {
  it('finds a topic-named studio first by its full title (量子导航创新工作室, 湖北省总工会 2022)', async () => {
    expect((await search('量子导航创新工作室'))[0]).toBe('/studios/liang-zi-dao-hang/');
  });
  it("finds a leader's page first by name and the studio named after him next (曲志欣)", async () => {
    const hits = await search('曲志欣');
    expect(hits[0]).toBe('/people/qu-zhixin/');
    expect(hits.slice(0, 3)).toContain('/studios/qu-zhixin/');
  });
  it('finds a studio by a part of its title (顾玉东手外科) and one known only from a 公示 (电液传动)', async () => {
    expect((await search('顾玉东手外科')).slice(0, 3)).toContain('/studios/gu-yudong-shou-wai-ke/');
    expect((await search('电液传动')).slice(0, 3)).toContain('/studios/dian-ye-chuan-dong-ji-shu/');
  });
  it('finds a decision first by its document number (嘉总工〔2022〕15号)', async () => {
    expect((await search('嘉总工〔2022〕15号'))[0]).toBe('/documents/jzg-2022-15/');
  });
});
