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

const HTML_LANG = /<html[^>]*\slang="([^"]+)"/;

/** The bundle of a built page, by its <html lang>. */
export function bundleOfPage(html: string): Locale {
  const lang = HTML_LANG.exec(html)?.[1] ?? '';
  return LOCALES.find((locale) => (locale === 'zh' ? lang.startsWith('zh') : lang.startsWith(locale))) ?? 'zh';
}

/** Whether a built page is indexed at all (it marks its main content for Pagefind). */
export const isIndexed = (html: string): boolean => html.includes('data-pagefind-body');
