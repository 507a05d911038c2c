/**
 * Which built pages belong in the sitemap. A page that asks search engines not to index it (an
 * English page that only shows the Chinese text: src/layouts/Base.astro, `pretends`) has no place
 * there, not even as another page's language alternate. Whether a page does so is a fact its view
 * states (`translated`, decided in src/lib/views/indexing.ts); the same functions list those
 * pages from the model, so the sitemap never reads the built HTML (and a page an incremental
 * build copied unrendered is judged the same as one it rendered).
 */
import type { AstroIntegration } from 'astro';
import { performance } from 'node:perf_hooks';
import { buildFacts } from '../lib/content/build-manifest.ts';
import { buildModel, publishedOnly, publishingDate } from '../lib/model/model.ts';
import { readVariable } from '../lib/site/environment.ts';
import { validateContent } from '../lib/validation/index.ts';
import { unindexedPaths } from '../lib/views/indexing.ts';
import { htmlLang, localePath, otherLocale } from '../lib/site/paths.ts';
import type { Locale } from '../schemas/vocabulary.ts';
import type { SitemapItem } from '@astrojs/sitemap';

/**
 * The pages that ask not to be indexed: in `npm run build`, as scripts/build.ts listed them from
 * its model (src/lib/content/build-manifest.ts); in a bare `astro build`, from a model made here
 * from the content folder as src/data/site-model.ts makes it (published entries only, as of today).
 */
function unindexedPages(): string[] {
  const build = buildFacts();
  if (build) return build.unindexedPaths;
  const asOf = publishingDate();
  return unindexedPaths(
    buildModel(
      publishedOnly(validateContent(readVariable('STUDIO_CONTENT_DIR')).content, false, asOf),
      asOf,
    ),
  );
}

export interface SitemapPages {
  /** Lists the pages that ask not to be indexed once the pages are built, before @astrojs/sitemap runs (it comes after it in the config). */
  integration: AstroIntegration;
  /** For @astrojs/sitemap's filter: the pages only (not the 404 pages), and none that asks not to be indexed. */
  isListed: (url: string) => boolean;
  /** For @astrojs/sitemap's serialize: a page with its counterpart in the other language, when that is listed too. */
  withAlternates: (item: SitemapItem) => SitemapItem;
}

/** A page's path in the site, without the language folder, and its language. */
function pageOf(url: URL): { locale: Locale; path: string } {
  const locale = url.pathname.startsWith('/en/') ? 'en' : 'zh';
  return { locale, path: locale === 'zh' ? url.pathname : url.pathname.slice('/en'.length) };
}

/** In the sitemap's order of addresses (as @astrojs/sitemap sorts them). */
const byAddress = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });

export function sitemapPages(): SitemapPages {
  let unindexed: Set<string> | undefined;
  /** The addresses listed, in full, as the filter let them through (it runs for every page first). */
  const listed = new Set<string>();
  return {
    integration: {
      name: 'studio-showcase:sitemap-pages',
      hooks: {
        'astro:build:done': ({ logger }) => {
          const start = performance.now();
          unindexed = new Set(unindexedPages());
          logger.info(
            `${unindexed.size} pages ask not to be indexed (${Math.round(performance.now() - start)} ms)`,
          );
        },
      },
    },
    isListed: (url) => {
      if (!unindexed)
        throw new Error(
          'sitemap-pages: the pages that ask not to be indexed are not known yet (the integration must come before the sitemap).',
        );
      const keep =
        url.endsWith('/') &&
        !url.endsWith('/404/') &&
        !unindexed.has(decodeURIComponent(new URL(url).pathname));
      if (keep) listed.add(url);
      return keep;
    },
    // @astrojs/sitemap's own `i18n` option finds a page's counterpart by comparing it with every
    // other page: 3 s at 25,000 pages. The counterpart's address is known: the same path in the
    // other language's folder.
    withAlternates: (item) => {
      const page = new URL(item.url);
      const { locale, path } = pageOf(page);
      const counterpart = new URL(localePath(otherLocale(locale), path), page).href;
      if (!listed.has(counterpart)) return item;
      const links = [item.url, counterpart]
        .toSorted(byAddress)
        .map((url) => ({ url, lang: htmlLang(pageOf(new URL(url)).locale) }));
      return { ...item, links };
    },
  };
}
