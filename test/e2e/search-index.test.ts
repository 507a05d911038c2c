/**
 * Queries against the real Pagefind index of the sample build, run in Chromium through Pagefind's
 * own JS API (the query is segmented by the browser, as for a reader), ranked as the search page
 * ranks them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type Node as HtmlNode, TextNode } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/site/format.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { awardRecords } from '../../src/lib/search/search-records.ts';
import {
  PAGEFIND_OPTIONS,
  searchBundlePath,
  searchExcludedSelectors,
} from '../../src/lib/search/search-bundles.ts';
import { promoteExactTitles, siteSearch } from '../../src/lib/search/search-rank.ts';
import { normalisePatentNumber } from '../../src/schemas/achievement.ts';
import { resultAliases } from '../../src/lib/search/search-display.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { htmlPages } from '../helpers/html.ts';
import { ROOT, SAMPLE_DIST } from '../helpers/paths.ts';
import { serve, type StaticServer } from '../../scripts/lib/static-server.ts';
import { sharedBrowser } from '../helpers/browser.ts';

const model = buildModel(validateContent(join(ROOT, 'content')).content);

let server: StaticServer;
let browser: Browser;
const pages: Record<'zh' | 'en', Page> = {} as never;

beforeAll(async () => {
  server = await serve(SAMPLE_DIST);
  browser = await sharedBrowser();
  for (const [locale, path] of [
    ['zh', '/search/'],
    ['en', '/en/search/'],
  ] as const) {
    pages[locale] = await browser.newPage();
    await pages[locale].goto(`${server.url}${path}`);
  }
});
afterAll(async () => {
  await server?.close();
});

interface Hit {
  url: string;
  title: string;
  type: string;
  date?: string;
  aliases: string[];
}

/** Runs a search in the page's index and returns every hit with its title, in search-page order. */
async function search(
  locale: 'zh' | 'en',
  query: string | null,
  options: Record<string, unknown> = {},
): Promise<Hit[]> {
  // A string, not a function: the test runner would rewrite import() inside a function.
  const run = async (terms: string | null, runOptions: Record<string, unknown>) => {
    const found = (await pages[locale].evaluate(`(async () => {
      const pagefind = await import('${searchBundlePath(locale)}pagefind.js');
      await pagefind.options(${JSON.stringify(PAGEFIND_OPTIONS)});
      const result = await pagefind.search(${JSON.stringify(terms)}, ${JSON.stringify(runOptions)});
      const data = await Promise.all(result.results.map((r) => r.data()));
      return { filters: result.filters, results: data.map((d, i) => ({ id: result.results[i].id, url: d.url, title: d.meta.title ?? '', type: d.meta.type ?? '', date: d.meta.date, meta: d.meta })) };
    })()`)) as {
      results: Array<Omit<Hit, 'aliases'> & { id: string; meta: Record<string, string> }>;
      filters: Record<string, Record<string, number>>;
    };
    // Other names (a document's number, a person's pinyin) take part in the ranking, as on the page.
    return {
      filters: found.filters,
      results: found.results.map(({ meta, ...hit }) => ({ ...hit, aliases: resultAliases(meta) })),
    };
  };
  // The search page's pipeline (Chinese joined with the search by characters), exact titles first.
  const outcome = await siteSearch(run, query ?? '', options);
  return query && !options.sort ? promoteExactTitles(outcome.results, query) : outcome.results;
}
const urls = (hits: Hit[]) => hits.map((hit) => hit.url);

describe('Chinese queries', () => {
  it("puts a person's page first for their exact name, their studio next", async () => {
    const hits = urls(await search('zh', '赵鹏达'));
    expect(hits[0]).toBe('/people/zhao-pengda/');
    expect(hits.slice(0, 3)).toContain('/studios/zhao-pengda/');
  });
  it("puts a studio's page first for its exact official title", async () => {
    expect(urls(await search('zh', '赵鹏达劳模创新工作室'))[0]).toBe('/studios/zhao-pengda/');
    expect(urls(await search('zh', '锦州港通智慧装卸职工创新工作室'))[0]).toBe(
      '/studios/smart-port-handling/',
    );
  });
  it('finds another leader first by name', async () => {
    const hits = urls(await search('zh', '孙建国'));
    expect(hits[0]).toBe('/people/sun-jianguo/');
    expect(hits.slice(0, 5)).toContain('/studios/sun-jianguo/');
  });
  it('finds the documents of a year by the start of their number', async () => {
    const hits = urls(await search('zh', '锦工发〔2021〕'));
    expect(hits.slice(0, 2).toSorted()).toEqual([
      '/documents/jz-2021-31/',
      '/documents/jz-2021-32/',
    ]);
  });
  it('finds a document first by its full number', async () => {
    expect(urls(await search('zh', '锦工发〔2021〕31号'))[0]).toBe('/documents/jz-2021-31/');
    expect(urls(await search('zh', '辽工发〔2024〕21号'))[0]).toBe('/documents/ln-2024-21/');
  });
  it('finds many pages of every kind for a two-character word', async () => {
    const hits = await search('zh', '创新');
    expect(hits.length).toBeGreaterThan(60);
    expect(new Set(hits.map((hit) => hit.type))).toEqual(
      new Set(['工作室', '人员', '文件', '新闻', '年度报告', '获奖', '成果']),
    );
  });
  it('finds the seed story by 合理化建议', async () => {
    expect(urls(await search('zh', '合理化建议')).slice(0, 3)).toContain(
      '/news/2021-proposals-august-october/',
    );
  });
  it('finds awards, which have no page of their own, at their row', async () => {
    expect(urls(await search('zh', '换热器'))).toContain(
      '/awards/year/2021/#award-2021-jz-ti-heat-exchanger',
    );
  });
  it('finds a single character', async () => {
    const hits = urls(await search('zh', '锅'));
    expect(hits).toContain('/studios/liu-hongwei/');
  });
  it('finds the revocation', async () => {
    expect(urls(await search('zh', '撤销'))).toEqual(
      expect.arrayContaining(['/studios/wang-shulan/', '/documents/jz-2024-30/']),
    );
  });
});

describe('filters and sorting', () => {
  it('keeps only documents when filtered by type', async () => {
    const hits = await search('zh', '考核', { filters: { type: '文件' } });
    expect(new Set(hits.map((hit) => hit.type))).toEqual(new Set(['文件']));
    expect(urls(hits)).toEqual(
      expect.arrayContaining(['/documents/jz-2021-32/', '/documents/jz-2024-30/']),
    );
  });
  it('lists a year of news without a query, newest first', async () => {
    // Results show their date as the reader reads it, at the precision the content has (a news item's day).
    const expected = [...model.newsZh.values()]
      .filter((entry) => entry.data.date.startsWith('2021-'))
      .map((entry) => entry.data.date)
      .toSorted()
      .reverse()
      .map((day) => formatDate('zh', day));
    const hits = await search('zh', null, {
      filters: { type: '新闻', year: '2021' },
      sort: { date: 'desc' },
    });
    expect(hits.map((hit) => hit.date)).toEqual(expected);
  });
  it('filters by level', async () => {
    const hits = await search('zh', null, { filters: { type: '工作室', level: '省级' } });
    expect(urls(hits).toSorted()).toEqual([
      '/studios/sun-jianguo/',
      '/studios/zhang-tiezhu/',
      '/studios/zhao-pengda/',
    ]);
  });
});

describe('English queries', () => {
  it('puts the person first for an exact English name', async () => {
    const hits = urls(await search('en', 'Zhao Pengda'));
    expect(hits[0]).toBe('/en/people/zhao-pengda/');
    expect(hits.slice(0, 4)).toContain('/en/studios/zhao-pengda/');
  });
  it('finds English words, with links into /en/', async () => {
    const hits = urls(await search('en', 'revoked'));
    expect(hits).toEqual(
      expect.arrayContaining(['/en/studios/wang-shulan/', '/en/documents/jz-2024-30/']),
    );
    expect(hits.every((url) => url.startsWith('/en/'))).toBe(true);
  });
  it('finds awards in English', async () => {
    expect(urls(await search('en', 'heat exchanger'))).toContain(
      '/en/awards/year/2021/#award-2021-jz-ti-heat-exchanger',
    );
  });
  it('counts every document under the Document filter', async () => {
    expect(await search('en', null, { filters: { type: 'Document' } })).toHaveLength(
      model.documents.size,
    );
  });
});

/**
 * The segmentation trap (pagefind#1237): the index is segmented by Pagefind's dictionary and the
 * query by the browser's Intl.Segmenter; where they disagree, pages that contain a word are not
 * found. Recall is measured against the text of the indexed pages themselves: their
 * data-pagefind-body without what the index leaves out (data-pagefind-ignore, the selectors of
 * searchExcludedSelectors).
 */
describe('Chinese recall against the text of the indexed pages', () => {
  const textNodes = (node: HtmlNode): string[] =>
    node instanceof TextNode ? [node.rawText] : node.childNodes.flatMap(textNodes);
  const leftOut = ['[data-pagefind-ignore]', ...searchExcludedSelectors('zh')].join(', ');
  const indexedBody = (path: string) => {
    const body = parse(
      readFileSync(join(SAMPLE_DIST, path, path.endsWith('/') ? 'index.html' : ''), 'utf8'),
    ).querySelector('[data-pagefind-body]');
    for (const element of body?.querySelectorAll(leftOut) ?? []) element.remove();
    return body;
  };
  const indexed = htmlPages(SAMPLE_DIST)
    .filter((path) => !path.startsWith('/en/'))
    .map((path) => ({ path, body: indexedBody(path) }))
    .filter((page) => page.body)
    .map((page) => ({
      url: page.path,
      texts: textNodes(page.body!).map((t) => t.replace(/\s+/g, '')),
    }));
  const records = awardRecords(model, ['zh']).map((record) => ({
    url: record.url,
    texts: [record.content.replace(/\s+/g, '')],
  }));

  it.each([
    '创新',
    '劳模',
    '工作室',
    '考核',
    '结对共建',
    '合理化建议',
    '技术革新',
    '供热管网',
    '帮带孵化',
    '节能',
    '工匠',
    '数控车工',
    '渤海石化',
    '智慧装卸',
    '压缩机',
    '一等奖',
    '命名',
  ])('%s finds every page that contains it', async (word) => {
    const expected = [...indexed, ...records]
      .filter((page) => page.texts.some((text) => text.includes(word)))
      .map((page) => page.url);
    expect(expected.length).toBeGreaterThan(0);
    const found = new Set(urls(await search('zh', word)));
    expect(expected.filter((url) => !found.has(url))).toEqual([]);
  });
});

describe('the achievements register in search', () => {
  const entries = [...model.achievements.values()];
  it('puts an entry first for its exact title, in both languages', async () => {
    expect(urls(await search('zh', '换热器在线带压堵漏技术'))[0]).toBe(
      '/achievements/heat-exchanger-leak-sealing/',
    );
    expect(urls(await search('zh', '往复式压缩机振动在线监测装置'))[0]).toBe(
      '/achievements/compressor-vibration-monitor/',
    );
    expect(urls(await search('en', 'Portable valve-lapping tool'))[0]).toBe(
      '/en/achievements/valve-lapping-tool/',
    );
  });
  it('finds a named method by its name, and by the words of it', async () => {
    expect(urls(await search('zh', '张铁柱机车故障快速判断法'))[0]).toBe(
      '/achievements/locomotive-fault-diagnosis-method/',
    );
    expect(urls(await search('zh', '快速判断法')).slice(0, 3)).toContain(
      '/achievements/locomotive-fault-diagnosis-method/',
    );
    expect(urls(await search('zh', '叠合板快速安装工法')).slice(0, 3)).toContain(
      '/achievements/prefab-slab-installation-method/',
    );
  });
  it('finds the entry that lists a patent by the patent number', async () => {
    const patented = entries.flatMap((entry) =>
      entry.data.patents.map((patent) => ({ id: entry.id, number: patent.number })),
    );
    expect(patented.length).toBeGreaterThanOrEqual(5);
    for (const { id, number } of patented) {
      expect(urls(await search('zh', number)).slice(0, 3), number).toContain(
        `/achievements/${id}/`,
      );
      expect(urls(await search('en', number)).slice(0, 3), number).toContain(
        `/en/achievements/${id}/`,
      );
    }
  });
  it('finds the entry by its patent number however it is written: with ZL, with spaces, or bare', async () => {
    const patented = entries.flatMap((entry) =>
      entry.data.patents.map((patent) => ({ id: entry.id, number: patent.number })),
    );
    // One number in the sample is printed as on a certificate ("ZL 2020 2 0163308.9"), the others bare.
    expect(patented.some(({ number }) => number.startsWith('ZL '))).toBe(true);
    for (const { id, number } of patented) {
      const bare = normalisePatentNumber(number);
      const [, year, type, serial, check] = /^(\d{4})(\d)(\d{7})\.(.)$/.exec(bare)!;
      for (const written of [
        bare,
        `ZL${bare}`,
        `ZL ${year} ${type} ${serial}.${check}`,
        `zl${bare}`,
      ]) {
        expect(urls(await search('zh', written))[0], written).toBe(`/achievements/${id}/`);
        expect(urls(await search('en', written))[0], written).toBe(`/en/achievements/${id}/`);
      }
    }
  });
  it('counts every entry under the Achievement filter, in both languages', async () => {
    expect(await search('zh', null, { filters: { type: '成果' } })).toHaveLength(entries.length);
    expect(await search('en', null, { filters: { type: 'Achievement' } })).toHaveLength(
      entries.length,
    );
  });
});
