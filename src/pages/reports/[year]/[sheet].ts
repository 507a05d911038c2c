/**
 * /reports/<year>/print-<locale>.css: the print rules of one report, with the year in the running
 * header of every A4 page, the report's layout on paper and its QR code. A file rather than an
 * inline style, for the Content-Security-Policy; loaded for print only, so no screen waits for it.
 */
import type { APIRoute } from 'astro';
import { loadSite } from '../../../data/site-model.ts';
import { t, text } from '../../../lib/site/i18n.ts';
import { printSheet } from '../../../lib/outputs/print.ts';
import printedPage from '../../../styles/print-page.css?raw';
import printedReport from '../../../styles/print-report.css?raw';
import { LOCALES } from '../../../schemas/vocabulary.ts';
import { contentYears } from '../../../lib/model/years.ts';

export async function getStaticPaths() {
  const { model } = await loadSite();
  return contentYears(model).flatMap((year) =>
    LOCALES.map((locale) => ({
      params: { year: String(year), sheet: `print-${locale}.css` },
      props: { year, locale },
    })),
  );
}

export const GET: APIRoute = async ({ props }) => {
  const { model } = await loadSite();
  const { year, locale } = props as { year: number; locale: 'zh' | 'en' };
  const header = t(locale, 'print.reportHeader')
    .replace('{site}', text(locale, model.settings.siteName))
    .replace('{year}', String(year));
  return new Response(printSheet(locale, [printedPage, printedReport], header), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
};
