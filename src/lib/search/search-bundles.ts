/**
 * The search index comes as one Pagefind bundle per language: Chinese at /pagefind/, English at
 * /en/pagefind/. Pagefind keeps a separate index per language anyway, so ranking is unchanged;
 * what the split buys is that each run holds one language in memory, and that a rebuild
 * re-indexes only a language whose pages changed (scripts/lib/search-index.ts).
 * No Node imports: the search page uses it too.
 */
import { LOCALES, type Locale } from '../../schemas/vocabulary.ts';
import { localePath } from '../site/paths.ts';

/** The URL folder of a language's Pagefind bundle. */
export const searchBundlePath = (locale: Locale): string => localePath(locale, '/pagefind/');

/** Options of Pagefind's JS API on the search page. baseUrl: result URLs are site paths, not under the bundle's folder (/en/). */
export const PAGEFIND_OPTIONS = { excerptLength: 40, baseUrl: '/' } as const;

/**
 * The bundle of a built page, by its path in the site (`en/…` is English): the same rule decides
 * what Pagefind reads for a bundle and what the bundle's fingerprint covers.
 */
export function bundleOfPath(sourcePath: string): Locale {
  return LOCALES.find((locale) => locale !== 'zh' && sourcePath.startsWith(`${locale}/`)) ?? 'zh';
}

/**
 * What Pagefind leaves out of a page's text (filters and meta set inside still count), so that
 * excerpts are sentences, not labels run into values ("所在单位锦州…") or runs of numbers
 * ("0. 69. 132."): the labels of fact lists (the values stay, one sentence each, since every
 * label and value pair sits in a <div>), table headers, numeric cells, charts (their numbers are
 * on the studio and report pages as tables), the type and date line above a title (the result
 * shows both) and notices about the page.
 */
export const SEARCH_EXCLUDED_SELECTORS = [
  'dt',
  'thead',
  '.num',
  'figure.chart',
  'p.meta',
  '.notice',
] as const;

/**
 * What a language's bundle leaves out: the above and, outside Chinese, text marked as Chinese (a
 * document's full text not yet translated). An English index does not segment Chinese, so that text
 * finds nothing there, and an excerpt of it would be one unbroken run of characters.
 */
export const searchExcludedSelectors = (locale: Locale): string[] => [
  ...SEARCH_EXCLUDED_SELECTORS,
  ...(locale === 'zh' ? [] : ['[lang|="zh"]']),
];

/** Whether a built page is indexed at all (it marks its main content for Pagefind). */
export const isIndexed = (html: string): boolean => html.includes('data-pagefind-body');

/** The opening tag of a page's indexed content. */
const INDEXED_OPENING = /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-body\b[^>]*>/i;

/**
 * A page's indexed element as HTML, from its opening tag to the last closing tag of its name (the
 * layout has one), or undefined when the page has none.
 */
export function indexedElement(html: string): string | undefined {
  const opening = INDEXED_OPENING.exec(html);
  if (!opening) return undefined;
  const closing = `</${opening[1]!.toLowerCase()}>`;
  const end = html.lastIndexOf(closing);
  return end < opening.index
    ? html.slice(opening.index)
    : html.slice(opening.index, end + closing.length);
}

/**
 * What Pagefind reads of a page: its `<html>` tag (the language) and its indexed element. Bundles
 * indexed from these and from whole pages were byte for byte the same (the large archive's 5,353
 * English pages, the sample, the real-records and the escaping fixtures); Pagefind reads less, and
 * a change elsewhere on the page (navigation, footer) is no change to the index.
 */
export function indexedDocument(html: string): string {
  const element = indexedElement(html);
  if (element === undefined) return html;
  const root = /<html\b[^>]*>/i.exec(html)?.[0] ?? '<html>';
  return `<!DOCTYPE html>${root}<head><meta charset="utf-8"></head><body>${element}</body></html>`;
}
