/**
 * Paper copies of pages: the A4 page rules (margins, page numbers, a running header), the print
 * sheets that carry them with a page type's own print rules, and the address a printout names as its source.
 */
import { transformSync } from 'esbuild';
import { cssString } from '../site/css-string.ts';
import { t } from '../site/i18n.ts';
import type { Locale } from '../../schemas/vocabulary.ts';

/** The print stylesheet of pages with no running header of their own (documents). */
export const pagePrintSheet = (locale: Locale): string => `/print/${locale}.css`;

/** "第 {page} 页，共 {pages} 页" as a CSS content value: the words as strings, the numbers as page counters. */
function pageNumberContent(locale: Locale): string {
  return t(locale, 'print.pageOf')
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) =>
      part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part),
    )
    .join(' ');
}

/**
 * The @page rules of an A4 printout: margins, the page number at the bottom of every page, and
 * the running header, when given, at the top of every page but the first (which has the title).
 */
export function pageRules(locale: Locale, runningHeader?: string): string {
  const header =
    runningHeader === undefined
      ? ''
      : `  @top-center { content: ${cssString(runningHeader)}; font-size: 9pt; color: #55606a; }\n`;
  return `@page {
  size: A4;
  margin: 20mm 16mm 18mm;
${header}  @bottom-center { content: ${pageNumberContent(locale)}; font-size: 9pt; color: #55606a; }
}
${runningHeader === undefined ? '' : '@page :first { @top-center { content: none; } }\n'}`;
}

/**
 * A print-only stylesheet: the page rules, then the print rules of the page type (the CSS of
 * src/styles/print-*.css, minified with esbuild as the site's other CSS is by the build).
 */
export function printSheet(
  locale: Locale,
  rules: readonly string[],
  runningHeader?: string,
): string {
  return transformSync([pageRules(locale, runningHeader), ...rules].join('\n'), {
    loader: 'css',
    minify: true,
    charset: 'utf8',
  }).code;
}

/**
 * The address a printout gives as its source: absolute under the site's public address when one is
 * configured (SITE_URL), else the path alone. The build's placeholder host is never printed, because
 * a reader would take it for the real address.
 */
export function printedAddress(path: string, siteUrl: string | undefined): string {
  const base = siteUrl?.trim();
  return base ? new URL(path, base).href : path;
}
