/**
 * The search index comes as one Pagefind bundle per language: Chinese at /pagefind/, English at
 * /en/pagefind/. Pagefind keeps a separate index per language anyway, so ranking is unchanged;
 * what the split buys is that each run holds one language in memory, and that a rebuild
 * re-indexes only a language whose pages changed (scripts/lib/search-index.ts).
 * No Node imports: the search page uses it too.
 */
import { LOCALES, type Locale } from '../schemas/vocabulary.ts';
import { localePath } from './paths.ts';

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

/** Whether a built page is indexed at all (it marks its main content for Pagefind). */
export const isIndexed = (html: string): boolean => html.includes('data-pagefind-body');
