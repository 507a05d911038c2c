/**
 * How the search page shows results and facets: the text under a result's title, and the values
 * of a facet in the vocabulary's order. Runs in the browser (no Node imports).
 */

/** The kinds of result, in the order the type facet offers them. */
export const SEARCH_TYPES = [
  'studio',
  'person',
  'achievement',
  'award',
  'document',
  'news',
  'report',
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** A facet's values in display order: the vocabulary's order, or years newest first. */
export type FacetOrder = readonly string[] | 'newest-first';

/**
 * The values worth offering: those with results in the current search, in the facet's order, plus
 * the chosen ones even at zero (so that they can be unticked). Values the order does not know come
 * last, in the page language's collation.
 */
export function facetValues(
  counts: Record<string, number>,
  chosen: ReadonlySet<string>,
  order: FacetOrder,
  collation: string,
): string[] {
  const values = [...new Set([...Object.keys(counts), ...chosen])].filter(
    (value) => (counts[value] ?? 0) > 0 || chosen.has(value),
  );
  if (order === 'newest-first')
    return values.toSorted((a, b) => b.localeCompare(a, 'en', { numeric: true }));
  const rank = (value: string) => {
    const index = order.indexOf(value);
    return index === -1 ? order.length : index;
  };
  return values.toSorted((a, b) => rank(a) - rank(b) || a.localeCompare(b, collation));
}

export interface ResultTexts {
  /** Pagefind's excerpt: escaped text with <mark> around the query's words. */
  excerpt: string;
  meta: Record<string, string>;
}

/** The separator of the spellings in a page's "aliases" metadata (src/layouts/Base.astro). */
export const ALIAS_SEPARATOR = ' · ';

/**
 * The other names of a result, from its metadata: a person's pinyin, a document's number, and on the
 * English site the Chinese title (zh_title, src/lib/search/search-names.ts).
 */
export const resultAliases = (meta: Record<string, string>): string[] => [
  ...(meta.aliases ? meta.aliases.split(ALIAS_SEPARATOR) : []),
  ...(meta.zh_title ? [meta.zh_title] : []),
];

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
const unescapeHtml = (html: string): string =>
  html.replace(/&(#\d+|#x[\da-f]+|amp|lt|gt|quot|apos);/gi, (entity, name: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (name.startsWith('#'))
      return String.fromCodePoint(
        name[1]!.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10),
      );
    return named[name.toLowerCase()] ?? entity;
  });

/** The words Pagefind marked in an excerpt, lower case. */
export const markedWords = (excerpt: string): string[] =>
  [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)]
    .map((match) => unescapeHtml(match[1]!).trim().toLowerCase())
    .filter(Boolean);

/**
 * The excerpt without the page title it starts with (the result's heading shows the title): the
 * title's characters are dropped from the front of the text, with the sentence break Pagefind put
 * after it, and marks left empty are removed.
 */
export function withoutLeadingTitle(excerpt: string, title: string): string {
  const wanted = title.replace(/\s+/g, ' ').trim();
  if (!wanted) return excerpt;
  const tokens = excerpt.split(/(<\/?mark>)/);
  const plain = tokens
    .filter((token) => token !== '<mark>' && token !== '</mark>')
    .map(unescapeHtml)
    .join('');
  const lead = plain.match(/^\s*/)![0];
  if (!plain.slice(lead.length).startsWith(wanted)) return excerpt;
  const after = plain.slice(lead.length + wanted.length);
  const rest = after.match(/^\.?\s*/)![0];
  if (after.length === rest.length) return excerpt; // the excerpt is only the title: keep it
  let drop = lead.length + wanted.length + rest.length;
  const kept = tokens.map((token) => {
    if (token === '<mark>' || token === '</mark>' || drop === 0) return token;
    const text = unescapeHtml(token);
    if (text.length <= drop) {
      drop -= text.length;
      return '';
    }
    const remainder = text.slice(drop);
    drop = 0;
    return escapeHtml(remainder);
  });
  return kept.join('').replace(/<mark><\/mark>/g, '');
}

/**
 * What a result shows under its title, as HTML. Browsing (no query) shows the page's summary when
 * it has one (a studio's summary, a news item's standfirst, a document's abstract), else the start
 * of its text. With a query, Pagefind's excerpt around the words found; when they were found only
 * in metadata (a person's name in pinyin), the excerpt marks nothing, and the summary is shown.
 */
export function resultExcerpt(result: ResultTexts, query: string): string {
  const { meta } = result;
  const summary = meta.summary ? escapeHtml(meta.summary) : undefined;
  const excerpt = withoutLeadingTitle(result.excerpt, meta.title ?? '');
  if (!query.trim() || markedWords(result.excerpt).length === 0) return summary ?? excerpt;
  return excerpt;
}
