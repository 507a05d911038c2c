/**
 * /reports/<year>/print-<locale>.css: the print rules of one report, with the year in the running
 * header of every A4 page. A file rather than an inline style, for the Content-Security-Policy.
 */
import type { APIRoute } from 'astro';
import { loadSite } from '../../../data/site-model.ts';
import { cssString } from '../../../lib/css-string.ts';
import { text } from '../../../lib/i18n.ts';
import { LOCALES } from '../../../schemas/vocabulary.ts';
import { contentYears } from '../../../lib/years.ts';

export async function getStaticPaths() {
  const { model } = await loadSite();
  return contentYears(model).flatMap((year) => LOCALES.map((locale) => ({ params: { year: String(year), sheet: `print-${locale}.css` }, props: { year, locale } })));
}

export const GET: APIRoute = async ({ props }) => {
  const { model } = await loadSite();
  const { year, locale } = props as { year: number; locale: 'zh' | 'en' };
  const header = locale === 'zh' ? `${text(locale, model.settings.siteName)} · ${year}年度报告` : `${text(locale, model.settings.siteName)} · Report ${year}`;
  const page = locale === 'zh' ? '"第 " counter(page) " 页，共 " counter(pages) " 页"' : '"Page " counter(page) " of " counter(pages)';
  const css = `@page {
  size: A4;
  margin: 20mm 16mm 18mm;
  @top-center { content: ${cssString(header)}; font-size: 9pt; color: #55606a; }
  @bottom-center { content: ${page}; font-size: 9pt; color: #55606a; }
}
@page :first { @top-center { content: none; } }
`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
