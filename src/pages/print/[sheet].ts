/**
 * /print/<locale>.css: the A4 page rules of pages printed without a running header of their own
 * (documents): margins, page numbers, the document's number and address, and the page's QR code.
 * A file rather than an inline style, for the Content-Security-Policy.
 */
import type { APIRoute } from 'astro';
import { printSheet } from '../../lib/outputs/print.ts';
import printedDocument from '../../styles/print-document.css?raw';
import printedPage from '../../styles/print-page.css?raw';
import { LOCALES, type Locale } from '../../schemas/vocabulary.ts';

export function getStaticPaths() {
  return LOCALES.map((locale) => ({ params: { sheet: `${locale}.css` }, props: { locale } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(printSheet((props as { locale: Locale }).locale, [printedPage, printedDocument]), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
