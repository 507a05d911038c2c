/**
 * The sitemap of the built sample lists the pages search engines may index, and no page that asks
 * not to be (an English page that only shows the Chinese text), not even as another page's
 * language alternate. The sitemap takes those pages from the model (src/lib/views/indexing.ts):
 * here the built HTML of the sample and of the real-records fixture says noindex on exactly them.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel, publishedOnly, publishingDate } from '../../src/lib/model/model.ts';
import { newsItem } from '../../src/lib/model/news.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { unindexedPaths } from '../../src/lib/views/indexing.ts';
import { htmlPages, page } from '../helpers/html.ts';
import { ROOT, SAMPLE_DIST } from '../helpers/paths.ts';
import { sharedBuild } from '../helpers/shared-builds.ts';
import { descendants, readXml } from '../helpers/xml.ts';

/** The model a build of `contentDir` publishes (as of the publishing date the shared builds use). */
const publishedModel = (contentDir: string) =>
  buildModel(
    publishedOnly(validateContent(contentDir).content, false, publishingDate()),
    publishingDate(),
  );
/** Pages whose head says noindex, read with an HTML parser. */
const noindexPagesOf = (dist: string) =>
  htmlPages(dist).filter(
    (path) =>
      path.endsWith('/') &&
      (
        page(dist, path).querySelector('meta[name="robots"]')?.getAttribute('content') ?? ''
      ).includes('noindex'),
  );

const REAL_RECORDS = join(ROOT, 'test/fixtures/real-records');
let realRecordsDist = '';
// The sample (SAMPLE_DIST) is the shared build the layer's global setup makes (sharedSampleBuild); the fixture's is shared too.
beforeAll(async () => {
  realRecordsDist = await sharedBuild('real-records', REAL_RECORDS);
}, 600_000);

const model = publishedModel(join(ROOT, 'content'));
const sitemapFiles = readdirSync(SAMPLE_DIST).filter((file) => /^sitemap-\d+\.xml$/.test(file));
const entries = sitemapFiles.flatMap((file) =>
  descendants(readXml(join(SAMPLE_DIST, file)), 'url'),
);
const listed = new Set(
  entries.map((entry) => new URL(descendants(entry, 'loc')[0]!.text).pathname),
);
const alternates = new Set(
  entries.flatMap((entry) =>
    descendants(entry, 'xhtml:link').map((link) => new URL(link.attributes.href!).pathname),
  ),
);
const noindexPages = noindexPagesOf(SAMPLE_DIST);

describe('the sitemap', () => {
  it('leaves out the English pages of untranslated news', () => {
    const untranslated = [...model.newsZh.keys()]
      .filter((slug) => !newsItem(model, 'en', slug).translated)
      .map((slug) => `/en/news/${slug}/`);
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
    const indexable = htmlPages(SAMPLE_DIST).filter(
      (path) => path.endsWith('/') && path !== '/404/' && !noindexPages.includes(path),
    );
    expect(indexable.filter((path) => !listed.has(path))).toEqual([]);
  });
});

describe('the pages that ask not to be indexed, listed from the model', () => {
  it('are exactly the pages whose built HTML says noindex, in the sample', () => {
    expect(unindexedPaths(model).toSorted()).toEqual(noindexPages.toSorted());
  });

  it('are exactly the pages whose built HTML says noindex, in the real-records fixture', () => {
    const built = noindexPagesOf(realRecordsDist);
    expect(built.length).toBeGreaterThan(0);
    expect(unindexedPaths(publishedModel(REAL_RECORDS)).toSorted()).toEqual(built.toSorted());
  });
});
