/**
 * /rss.xml and /en/rss.xml, only with a configured public address (SITE_URL): a feed's links must be
 * absolute, and a made-up host would send readers nowhere.
 */
import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site-model.ts';
import { rssFeed } from '../../lib/outputs/feeds.ts';
import { localeFromParam, localeParams } from '../../lib/site/paths.ts';
import { configuredSiteUrl } from '../../lib/site/site-url.ts';

export const getStaticPaths = () =>
  configuredSiteUrl() ? localeParams().map(({ lang }) => ({ params: { lang } })) : [];

export const GET: APIRoute = async ({ params }) => {
  const { model } = await loadSite();
  return new Response(await rssFeed(model, localeFromParam(params.lang), configuredSiteUrl()!), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
};
