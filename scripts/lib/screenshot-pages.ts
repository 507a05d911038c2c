/**
 * One page of every page type of a built site, for screenshots: the directories, indexes and fixed
 * pages by their address, and "a studio", "a news item" … as the first one its directory links to,
 * so that any built archive (the sample, a generated one, the real one) has its own examples.
 */
import { parse } from 'node-html-parser';

export interface ScreenshotPage {
  /** A short name, used in file names: home, studio, news-item … */
  name: string;
  /** The address of the Chinese page; the English one is the same under /en. */
  path: string;
}

/**
 * Every page type in the order of the site's navigation: a fixed address, or the first link on
 * another page (`on`) whose address matches `link`.
 */
const PAGE_TYPES: Array<
  { name: string; path: string } | { name: string; on: string; link: RegExp }
> = [
  { name: 'home', path: '/' },
  { name: 'studios', path: '/studios/' },
  { name: 'studio', on: '/studios/', link: /^\/studios\/[^/]+\/$/ },
  { name: 'people', path: '/people/' },
  { name: 'person', on: '/people/', link: /^\/people\/[^/]+\/$/ },
  { name: 'documents', path: '/documents/' },
  { name: 'document', on: '/documents/', link: /^\/documents\/[^/]+\/$/ },
  { name: 'news', path: '/news/' },
  { name: 'news-item', on: '/news/', link: /^\/news\/(?!topics\/|page\/)[^/]+\/$/ },
  { name: 'topic', on: '/news/', link: /^\/news\/topics\/[^/]+\/$/ },
  { name: 'awards', path: '/awards/' },
  { name: 'award-facet', on: '/awards/', link: /^\/awards\/(?!level\/)[^/]+\/[^/]+\/$/ },
  { name: 'achievements', path: '/achievements/' },
  { name: 'achievement', on: '/achievements/', link: /^\/achievements\/[^/]+\/$/ },
  { name: 'reports', path: '/reports/' },
  { name: 'report', on: '/reports/', link: /^\/reports\/\d{4}\/$/ },
  { name: 'data', path: '/data/' },
  // A query that the sample and any real archive answer.
  { name: 'search', path: `/search/?q=${encodeURIComponent('创新')}` },
  { name: '404', path: '/404.html' },
];

/** The main content's links of a page, as site paths. */
function mainLinks(html: string): string[] {
  const main = parse(html).querySelector('main');
  return (main?.querySelectorAll('a[href]') ?? [])
    .map((a) => a.getAttribute('href')!)
    .filter((href) => href.startsWith('/'));
}

/**
 * Every page type of the site served at `siteUrl`, in the order of the site's navigation. A type
 * with no example (an archive without achievements, say) is named in `missing`, not invented.
 */
export async function screenshotPages(
  siteUrl: string,
): Promise<{ pages: ScreenshotPage[]; missing: string[] }> {
  const htmlOf = new Map<string, Promise<string>>();
  const fetchHtml = (path: string) => {
    if (!htmlOf.has(path))
      htmlOf.set(
        path,
        fetch(`${siteUrl}${path}`).then((response) => (response.ok ? response.text() : '')),
      );
    return htmlOf.get(path)!;
  };
  const pages: ScreenshotPage[] = [];
  const missing: string[] = [];
  for (const type of PAGE_TYPES) {
    if ('path' in type) {
      pages.push(type);
      continue;
    }
    const path = mainLinks(await fetchHtml(type.on)).find((href) => type.link.test(href));
    if (path) pages.push({ name: type.name, path });
    else missing.push(type.name);
  }
  return { pages, missing };
}

/** The English page of a Chinese page's address; the English search asks in English. */
export const englishPath = (path: string): string =>
  path.startsWith('/search/') ? `/en/search/?q=${encodeURIComponent('innovation')}` : `/en${path}`;
