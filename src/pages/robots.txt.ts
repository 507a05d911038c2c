/**
 * /robots.txt: everything may be crawled. With a configured public address (SITE_URL) it names the
 * sitemap index (written by @astrojs/sitemap, which needs absolute addresses); without one there is no sitemap.
 */
import type { APIRoute } from 'astro';
import { configuredSiteUrl } from '../lib/site/site-url.ts';

export const GET: APIRoute = () => {
  const site = configuredSiteUrl();
  const sitemap = site ? `Sitemap: ${new URL('/sitemap-index.xml', site).href}\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
