/** Where a changed content file shows on the live site: the page of its entry (site paths from src/lib/site/paths.ts). */
import {
  achievementPath,
  documentPath,
  localePath,
  newsPath,
  personPath,
  reportPath,
  studioPath,
  topicPath,
} from '../site/paths.ts';

/** Folder patterns of content files that have a page of their own, and the page. */
const PAGES: Array<[RegExp, (match: RegExpMatchArray) => string]> = [
  [/^studios\/([^/]+)\.ya?ml$/, (m) => studioPath(m[1]!)],
  [/^people\/([^/]+)\.ya?ml$/, (m) => personPath(m[1]!)],
  [/^documents\/([^/]+)\.mdx?$/, (m) => documentPath(m[1]!)],
  [/^documents\/en\/([^/]+)\.mdx?$/, (m) => localePath('en', documentPath(m[1]!))],
  [/^news\/zh\/([^/]+)\.mdx?$/, (m) => newsPath(m[1]!)],
  [/^news\/en\/([^/]+)\.mdx?$/, (m) => localePath('en', newsPath(m[1]!))],
  [/^topics\/([^/]+)\.ya?ml$/, (m) => topicPath(m[1]!)],
  [/^reports\/zh\/(\d{4})\.mdx?$/, (m) => reportPath(Number(m[1]))],
  [/^reports\/en\/(\d{4})\.mdx?$/, (m) => localePath('en', reportPath(Number(m[1])))],
  [/^achievements\/([^/]+)\.mdx?$/, (m) => achievementPath(m[1]!)],
];

/** The live pages of changed content paths (relative to the content folder); the home page when none has a page of its own. */
export function liveUrls(contentPaths: string[]): string[] {
  const urls = contentPaths.flatMap((path) =>
    PAGES.flatMap(([pattern, page]) => (path.match(pattern) ? [page(path.match(pattern)!)] : [])),
  );
  return urls.length > 0 ? [...new Set(urls)] : ['/'];
}
