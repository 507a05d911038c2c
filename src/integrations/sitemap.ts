/**
 * Writes /sitemap-index.xml and /sitemap-0.xml after the build, from the pages Astro wrote.
 * Every page exists in both languages at the same path (English under /en/), so each URL
 * lists its counterpart as an hreflang alternate.
 */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

const counterpart = (pathname: string) => (pathname.startsWith('en/') ? pathname.slice(3) : `en/${pathname}`);

export default function sitemap(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'studio-showcase:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': ({ dir, pages }) => {
        if (!site) throw new Error('sitemap: set `site` in astro.config.mjs (or SITE_URL)');
        const paths = new Set(pages.map((page) => page.pathname).filter((path) => path === '' || path.endsWith('/')).filter((path) => path !== '404/'));
        const url = (path: string) => new URL(`/${path}`, site).href;
        const entries = [...paths].toSorted().map((path) => {
          const zh = path.startsWith('en/') ? counterpart(path) : path;
          const en = path.startsWith('en/') ? path : counterpart(path);
          const alternates = paths.has(zh) && paths.has(en)
            ? `<xhtml:link rel="alternate" hreflang="zh-CN" href="${url(zh)}"/><xhtml:link rel="alternate" hreflang="en" href="${url(en)}"/>`
            : '';
          return `<url><loc>${url(path)}</loc>${alternates}</url>`;
        });
        writeFileSync(new URL('sitemap-0.xml', dir), `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`);
        writeFileSync(new URL('sitemap-index.xml', dir), `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${url('sitemap-0.xml')}</loc></sitemap></sitemapindex>\n`);
        writeFileSync(new URL('robots.txt', dir), `User-agent: *\nAllow: /\nSitemap: ${url('sitemap-index.xml')}\n`);
      },
    },
  };
}
