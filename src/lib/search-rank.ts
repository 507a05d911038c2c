/** Ranking rules applied on top of Pagefind's scores, and query helpers. Runs in the browser. */

const normalise = (value: string) => value.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/**
 * Moves results whose title is exactly the query (a studio's or a person's name, a document
 * number) to the front, keeping Pagefind's order otherwise.
 */
export function promoteExactTitles<T extends { title: string }>(results: T[], query: string): T[] {
  const wanted = normalise(query);
  if (!wanted) return results;
  const exact = results.filter((result) => normalise(result.title) === wanted);
  return exact.length ? [...exact, ...results.filter((result) => !exact.includes(result))] : results;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

/** Whether a query holds Chinese characters. */
export const hasCjk = (query: string): boolean => CJK.test(query);

/**
 * The query with every Chinese character as its own term, for the fallback search when the
 * browser's segmentation of the query and Pagefind's segmentation of the index disagree
 * (pagefind#1237) and the query as typed finds nothing.
 */
export function characterTerms(query: string): string {
  return [...query]
    .map((char) => (CJK.test(char) ? ` ${char} ` : char))
    .join('')
    .replace(/[〔〕（）()《》“”"、，,。]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
