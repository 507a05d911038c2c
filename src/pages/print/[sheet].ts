/**
 * /print/<locale>.css: the A4 page rules of pages printed without a running header of their own
 * (documents): margins and page numbers. A file rather than an inline style, for the Content-Security-Policy.
 */
import type { APIRoute } from 'astro';
import { pageRules } from '../../lib/site/print.ts';
import { LOCALES, type Locale } from '../../schemas/vocabulary.ts';

export function getStaticPaths() {
  return LOCALES.map((locale) => ({ params: { sheet: `${locale}.css` }, props: { locale } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(pageRules((props as { locale: Locale }).locale), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
