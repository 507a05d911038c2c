/** Ranking rules applied on top of Pagefind's scores, and query helpers. Runs in the browser. */

const normalise = (value: string) => value.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/**
 * Moves results whose title is exactly the query (a studio's or a person's name), or one of its
 * other names (a document's number, a person's name in pinyin: "zhao pengda", "zpd"), to the
 * front; then those with another name that starts with the query (锦工发〔2021〕: the documents of
 * that year). Pagefind's order is kept otherwise.
 */
export function promoteExactTitles<T extends { title: string; aliases?: string[] }>(
  results: T[],
  query: string,
): T[] {
  const wanted = normalise(searchQuery(query));
  if (!wanted) return results;
  const exact = results.filter((result) =>
    [result.title, ...(result.aliases ?? [])].some((name) => normalise(name) === wanted),
  );
  const starting =
    [...wanted].length < MIN_PREFIX
      ? []
      : results.filter(
          (result) =>
            !exact.includes(result) &&
            (result.aliases ?? []).some((name) => normalise(name).startsWith(wanted)),
        );
  const promoted = [...exact, ...starting];
  return promoted.length
    ? [...promoted, ...results.filter((result) => !promoted.includes(result))]
    : results;
}

/** A Chinese patent number as written on certificates and in text: ZL or not, spaces or not (ZL 2021 2 0214587.1). */
const PATENT_NUMBER = /^(?:zl)?(\d{4})([123])(\d{7})\.([\dx])$/i;

/**
 * The query as the index holds it: a patent number however written is searched bare
 * (202120214587.1), the form the achievement pages carry besides the number as printed
 * (their aliases); any other query as typed.
 */
export function searchQuery(query: string): string {
  const match = PATENT_NUMBER.exec(query.replace(/\s+/g, ''));
  return match ? `${match[1]}${match[2]}${match[3]}.${match[4]!.toUpperCase()}` : query;
}

/** The shortest query that promotes the names it starts (one or two letters start too many). */
const MIN_PREFIX = 3;

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

/** Whether a query holds Chinese characters. */
export const hasCjk = (query: string): boolean => CJK.test(query);

/**
 * The query with every Chinese character as its own term. Pagefind segments the index with its
 * dictionary and the query with the browser's Intl.Segmenter; where they disagree (pagefind#1237,
 * e.g. 和合理化建议 indexed as 和合 / 理化 / 建议), the query as typed misses pages that contain it.
 */
export function characterTerms(query: string): string {
  return [...query]
    .map((char) => (CJK.test(char) ? ` ${char} ` : char))
    .join('')
    .replace(/[〔〕（）()《》“”"、，,。]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface SearchOutcome<R extends { id: string }> {
  results: R[];
  filters: Record<string, Record<string, number>>;
}

/** Pagefind's search (or a stand-in that runs it elsewhere, as the tests do in a browser). */
export type SearchFunction<R extends { id: string }> = (
  terms: string | null,
  options: Record<string, unknown>,
) => Promise<SearchOutcome<R>>;

/**
 * The site's search, as the search page runs it: the query as typed, joined for Chinese with the
 * search by characters (pagefind#1237, see characterTerms).
 */
export async function siteSearch<R extends { id: string }>(
  search: SearchFunction<R>,
  query: string,
  options: Record<string, unknown>,
): Promise<SearchOutcome<R>> {
  query = searchQuery(query);
  const typed = await search(query || null, options);
  return query && hasCjk(query)
    ? mergeCharacterSearch(typed, await search(characterTerms(query), options))
    : typed;
}

/**
 * Joins the search as typed with the search by single characters (see characterTerms): the
 * results as typed keep their order, then come those only the character search found. The facet
 * counts are the character search's when its results include every result as typed (then they
 * count exactly the joined list), else those of the search as typed.
 */
export function mergeCharacterSearch<R extends { id: string }>(
  typed: SearchOutcome<R>,
  characters: SearchOutcome<R>,
): SearchOutcome<R> {
  const typedIds = new Set(typed.results.map((result) => result.id));
  const characterIds = new Set(characters.results.map((result) => result.id));
  const extra = characters.results.filter((result) => !typedIds.has(result.id));
  if (extra.length === 0) return typed;
  const covered = typed.results.every((result) => characterIds.has(result.id));
  return {
    results: [...typed.results, ...extra],
    filters: covered ? characters.filters : typed.filters,
  };
}
