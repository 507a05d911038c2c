/**
 * /reports/<year>/print-<locale>.css: the print rules of one report, with the year in the running
 * header of every A4 page. A file rather than an inline style, for the Content-Security-Policy.
 */
import type { APIRoute } from 'astro';
import { loadSite } from '../../../data/site-model.ts';
import { t, text } from '../../../lib/site/i18n.ts';
import { pageRules } from '../../../lib/site/print.ts';
import { LOCALES } from '../../../schemas/vocabulary.ts';
import { contentYears } from '../../../lib/model/years.ts';

export async function getStaticPaths() {
  const { model } = await loadSite();
  return contentYears(model).flatMap((year) =>
    LOCALES.map((locale) => ({ params: { year: String(year), sheet: `print-${locale}.css` }, props: { year, locale } })),
  );
}

export const GET: APIRoute = async ({ props }) => {
  const { model } = await loadSite();
  const { year, locale } = props as { year: number; locale: 'zh' | 'en' };
  const header = t(locale, 'print.reportHeader').replace('{site}', text(locale, model.settings.siteName)).replace('{year}', String(year));
  return new Response(pageRules(locale, header), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
