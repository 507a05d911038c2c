/** /rss.xml and /en/rss.xml */
import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site-model.ts';
import { rssFeed } from '../../lib/site/feeds.ts';
import { localeFromParam, localeParams } from '../../lib/site/paths.ts';

export const getStaticPaths = () => localeParams().map(({ lang }) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params, site }) => {
  const { model } = await loadSite();
  return new Response(await rssFeed(model, localeFromParam(params.lang), site!), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
