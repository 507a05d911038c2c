/**
 * The sitemap of the built sample lists the pages search engines may index, and no page that asks
 * not to be (an English page that only shows the Chinese text), not even as another page's
 * language alternate.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasNoindex } from '../../src/integrations/sitemap-pages.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { newsItem } from '../../src/lib/model/news.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { htmlPages, page } from '../helpers/html.ts';
import { ROOT, SAMPLE_DIST } from '../helpers/paths.ts';
import { descendants, readXml } from '../helpers/xml.ts';

const model = buildModel(validateContent(join(ROOT, 'content')).content);
const sitemapFiles = readdirSync(SAMPLE_DIST).filter((file) => /^sitemap-\d+\.xml$/.test(file));
const entries = sitemapFiles.flatMap((file) => descendants(readXml(join(SAMPLE_DIST, file)), 'url'));
const listed = new Set(entries.map((entry) => new URL(descendants(entry, 'loc')[0]!.text).pathname));
const alternates = new Set(entries.flatMap((entry) => descendants(entry, 'xhtml:link').map((link) => new URL(link.attributes.href!).pathname)));
/** Pages whose head says noindex, read with an HTML parser (not the sitemap filter's own check). */
const noindexPages = htmlPages(SAMPLE_DIST).filter(
  (path) => path.endsWith('/') && (page(SAMPLE_DIST, path).querySelector('meta[name="robots"]')?.getAttribute('content') ?? '').includes('noindex'),
);

describe('the sitemap', () => {
  it('leaves out the English pages of untranslated news', () => {
    const untranslated = [...model.newsZh.keys()].filter((slug) => !newsItem(model, 'en', slug).translated).map((slug) => `/en/news/${slug}/`);
    expect(untranslated.length).toBeGreaterThan(0);
    for (const path of untranslated) {
      expect(noindexPages, path).toContain(path);
      expect(listed.has(path), path).toBe(false);
      expect(alternates.has(path), `${path} as an alternate`).toBe(false);
      // Its Chinese page stays, with no English alternate.
      expect(listed.has(path.slice(3)), path.slice(3)).toBe(true);
    }
  });

  it('lists no page that says noindex, and every other page', () => {
    expect(noindexPages.length).toBeGreaterThan(0);
    expect(noindexPages.filter((path) => listed.has(path) || alternates.has(path))).toEqual([]);
    const indexable = htmlPages(SAMPLE_DIST).filter((path) => path.endsWith('/') && path !== '/404/' && !noindexPages.includes(path));
    expect(indexable.filter((path) => !listed.has(path))).toEqual([]);
  });
});

describe('the noindex check of the sitemap filter', () => {
  it('reads the robots meta of the head, in any attribute order', () => {
    expect(hasNoindex('<html><head><meta name="robots" content="noindex, follow"></head><body></body></html>')).toBe(true);
    expect(hasNoindex('<head><meta content="noindex" name="robots" /></head>')).toBe(true);
    expect(hasNoindex('<head><meta name="robots" content="index, follow"></head>')).toBe(false);
    expect(hasNoindex('<head><meta name="description" content="noindex"></head>')).toBe(false);
    expect(hasNoindex('<head></head><body><p>&lt;meta name="robots" content="noindex"&gt;</p><meta name="robots" content="noindex"></body>')).toBe(false);
  });
});
