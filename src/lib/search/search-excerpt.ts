/**
 * The text under a search result, cut from the page text Pagefind returns with a result (its
 * words, and where the query was found) instead of Pagefind's own excerpt, which starts a fixed
 * number of words before the match. In Chinese, where the index splits names into single
 * characters, that start falls inside words ("敏职工创新工作室并入…", "批4个劳模…"). Here an excerpt
 * starts at the beginning of the sentence or field holding the best match, else after the last
 * clause mark before it, else at the match itself; it never repeats the page title, and Chinese
 * fields that Pagefind joined with ". " are joined with "；". Runs in the browser (no Node imports).
 */

/** What Pagefind's result data holds for an excerpt (the fields are Pagefind's). */
export interface ExcerptSource {
  /** The page text, HTML-escaped (< and >), its words split by zero-width spaces (Chinese) or by white space. */
  raw_content?: string;
  /** The words where the query was found. */
  locations?: number[];
  weighted_locations?: Array<{ location: number; balanced_score: number }>;
}

const ZERO_WIDTH_SPACE = '\u200B';
/** A word that ends a sentence or a field: the next word starts one. */
const SENTENCE_END = /[。！？；!?;…]\s*$|\.\s*$|\s$/u;
/** A word that ends a clause. */
const CLAUSE_END = /[，、：,:]\s*$/u;
/** The separator Pagefind puts between blocks (a field and its neighbour) that end in no punctuation. */
const FIELD_BREAK = /^\.\s*$/;
const HAN = /\p{Script=Han}/u;
/** A word of punctuation alone (the sentence break after a title, Pagefind's ". "): never the first of an excerpt. */
const PUNCTUATION_ONLY = /^[\p{P}\s]+$/u;

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
const unescapeAngles = (text: string): string => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** The word the excerpt is about: the match Pagefind scored highest (the first of equals), after the title. */
function bestMatch(source: ExcerptSource, from: number): number | undefined {
  const scored = (source.weighted_locations ?? []).filter((word) => word.location >= from);
  if (scored.length)
    return scored.reduce((best, word) => (word.balanced_score > best.balanced_score ? word : best))
      .location;
  return (source.locations ?? []).find((location) => location >= from);
}

/** How many words the page title takes at the start of the text (0 when the text does not start with it). */
function titleWords(words: string[], title: string): number {
  const wanted = title.replace(/\s+/g, '');
  if (!wanted) return 0;
  let seen = '';
  for (let i = 0; i < words.length && seen.length < wanted.length; i++) {
    seen += unescapeAngles(words[i]!).replace(/\s+/g, '');
    // The title's last word may carry the punctuation after it ("奖。").
    if (seen.startsWith(wanted)) {
      let after = i + 1;
      while (after < words.length && PUNCTUATION_ONLY.test(words[after]!)) after++;
      return after;
    }
    if (!wanted.startsWith(seen)) return 0;
  }
  return 0;
}

/** Where to start: the sentence or field of the match, else its clause, else the match, within `reach` words back. */
function startOf(words: string[], match: number, first: number, reach: number): number {
  const limit = Math.max(first, match - reach);
  for (let i = match - 1; i >= limit; i--) if (SENTENCE_END.test(words[i]!)) return i + 1;
  if (limit === first) return first;
  for (let i = match - 1; i >= limit; i--) if (CLAUSE_END.test(words[i]!)) return i + 1;
  return match;
}

/**
 * The excerpt as HTML: escaped words, <mark> around those where the query was found, "…" where the
 * page text goes on before or after. Undefined when Pagefind gave no page text (then its own
 * excerpt is used).
 */
export function sentenceExcerpt(
  source: ExcerptSource,
  title: string,
  length: number,
): string | undefined {
  if (source.raw_content === undefined) return undefined;
  const chinese = source.raw_content.includes(ZERO_WIDTH_SPACE);
  const words = chinese
    ? source.raw_content.split(ZERO_WIDTH_SPACE)
    : source.raw_content.split(/[^\S\uFEFF]+/);
  const joiner = chinese ? '' : ' ';
  const first = titleWords(words, title);
  const match = bestMatch(source, first);
  let start = match === undefined ? first : startOf(words, match, first, Math.floor(length / 2));
  while (start < words.length - 1 && start !== match && PUNCTUATION_ONLY.test(words[start]!))
    start++;
  const end = Math.min(words.length, start + length);
  const marked = new Set(source.locations ?? []);
  const shown: string[] = [];
  for (let i = start; i < end; i++) {
    let word = unescapeAngles(words[i]!);
    // Pagefind's ". " between two Chinese fields reads as "；" in Chinese.
    if (chinese && FIELD_BREAK.test(word)) {
      if (i === end - 1 || i === start) continue;
      const before = shown.at(-1) ?? '';
      word =
        HAN.test(before.replace(/<\/?mark>/g, '').slice(-1)) ||
        /[）)”\d]$/.test(before.replace(/<\/?mark>/g, ''))
          ? '；'
          : ' ';
      shown.push(word);
      continue;
    }
    const html = escapeHtml(word);
    shown.push(marked.has(i) && word.trim() ? `<mark>${html}</mark>` : html);
  }
  const body = shown
    .join(joiner)
    .trim()
    .replace(/[；\s]+$/u, '');
  if (!body) return undefined;
  return `${start > first ? '…' : ''}${body}${end < words.length ? '…' : ''}`;
}
