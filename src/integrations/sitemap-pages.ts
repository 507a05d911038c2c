/**
 * Which built pages belong in the sitemap. A page that asks search engines not to index it (an
 * English page that only shows the Chinese text: src/layouts/Base.astro, `pretends`) has no place
 * there. Whether a page does so is decided while it renders, and with incremental builds a page
 * may be copied from the previous build without rendering at all, so the sitemap's filter reads
 * the answer from the built HTML itself: the pages are all written when @astrojs/sitemap runs
 * (astro:build:done).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROBOTS_META = /<meta\b[^>]*>/gi;

/** Whether a page's HTML carries <meta name="robots" content="…noindex…"> in its head. */
export function hasNoindex(html: string): boolean {
  const end = html.search(/<\/head>/i);
  const head = end === -1 ? html : html.slice(0, end);
  return [...head.matchAll(ROBOTS_META)].some(([tag]) => /\bname\s*=\s*["']?robots\b/i.test(tag) && /\bcontent\s*=\s*["'][^"']*\bnoindex\b/i.test(tag));
}

export interface SitemapPages {
  integration: AstroIntegration;
  /** For @astrojs/sitemap's filter: false for a page whose built HTML says noindex. */
  isIndexable: (url: string) => boolean;
}

export function sitemapPages(): SitemapPages {
  let outDir: string | undefined;
  return {
    integration: {
      name: 'studio-showcase:sitemap-pages',
      hooks: {
        // The output folder is known only here: scripts/build.ts hands Astro a folder of its own.
        'astro:config:done': ({ config }) => {
          outDir = fileURLToPath(config.outDir);
        },
      },
    },
    isIndexable: (url) => {
      if (!outDir) throw new Error('sitemap-pages: the output folder is not known yet (the integration was not added).');
      const file = join(outDir, decodeURIComponent(new URL(url).pathname), 'index.html');
      return !existsSync(file) || !hasNoindex(readFileSync(file, 'utf8'));
    },
  };
}
