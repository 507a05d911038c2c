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
import { buildFacts, manifestModel } from '../lib/content/build-manifest.ts';
import { buildModel, publishedOnly, publishingDate, type SiteModel } from '../lib/model/model.ts';
import { readVariable } from '../lib/site/environment.ts';
import { validateContent } from '../lib/validation/index.ts';
import { unindexedPaths } from '../lib/views/indexing.ts';

/**
 * The model the pages were built from: in `npm run build`, the one scripts/build.ts built and
 * handed over (src/lib/content/build-manifest.ts); in a bare `astro build`, one made here from
 * the content folder as src/data/site-model.ts makes it (published entries only, as of today).
 */
function pagesModel(): SiteModel {
  const build = buildFacts();
  if (build) return manifestModel<SiteModel>(build);
  const asOf = publishingDate();
  return buildModel(
    publishedOnly(validateContent(readVariable('STUDIO_CONTENT_DIR')).content, false, asOf),
    asOf,
  );
}

export interface SitemapPages {
  /** Lists the pages that ask not to be indexed once the pages are built, before @astrojs/sitemap runs (it comes after it in the config). */
  integration: AstroIntegration;
  /** For @astrojs/sitemap's filter: false for a page that asks not to be indexed. */
  isIndexable: (url: string) => boolean;
}

export function sitemapPages(): SitemapPages {
  let unindexed: Set<string> | undefined;
  return {
    integration: {
      name: 'studio-showcase:sitemap-pages',
      hooks: {
        'astro:build:done': ({ logger }) => {
          const start = performance.now();
          unindexed = new Set(unindexedPaths(pagesModel()));
          logger.info(
            `${unindexed.size} pages ask not to be indexed (${Math.round(performance.now() - start)} ms)`,
          );
        },
      },
    },
    isIndexable: (url) => {
      if (!unindexed)
        throw new Error(
          'sitemap-pages: the pages that ask not to be indexed are not known yet (the integration must come before the sitemap).',
        );
      return !unindexed.has(decodeURIComponent(new URL(url).pathname));
    },
  };
}
