/**
 * Other names a page is found by, besides its text: a patent number written bare, and on an
 * English page the Chinese names of what it shows (issue 24: a reader of the English site who
 * types 赵鹏达 or 嘉定 finds Zhao Pengda's pages and the studios of 上海市嘉定区). They are search
 * metadata only (Pagefind indexes metadata): never shown, never read out, never in an excerpt.
 */
import { parse } from 'node-html-parser';
import { normalisePatentNumber } from '../../schemas/achievement.ts';
import { indexedElement } from './search-bundles.ts';

/** The metadata keys: the Chinese title of an English page (put first when typed in full), and the words of its Chinese names. */
export const ZH_TITLE_META = 'zh_title';
export const ZH_NAMES_META = 'zh_names';

/** A patent number bare (202120214587.1) when the page prints it otherwise ("ZL 2021 2 0214587.1"): searchQuery looks for that form. */
export const patentSearchNames = (patents: ReadonlyArray<{ number: string }>): string[] =>
  patents
    .map((patent) => normalisePatentNumber(patent.number))
    .filter((bare, i) => bare !== patents[i]!.number);

const HAN = /\p{Script=Han}/u;
/** The runs of a name that search can match: letters and digits, split at spaces and punctuation (〔〕、（） …). */
const RUN_SEPARATOR = /[^\p{L}\p{N}]+/u;
/** Names longer than this are sentences (a news headline), not names: their runs are still indexed, but not their suffixes. */
const LONGEST_RUN = 24;

/**
 * The words under which Chinese names are indexed in the English bundle: each run of a name with
 * Chinese characters, and every ending of it that starts with a Chinese character. The English index
 * does not segment Chinese and matches a query word against the start of indexed words, so
 * 上海市嘉定区马陆镇 is found by 上海, and by 嘉定 through its ending 嘉定区马陆镇.
 */
export function chineseNameWords(names: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const name of names)
    for (const run of name.split(RUN_SEPARATOR)) {
      if (!HAN.test(run)) continue;
      const chars = [...run];
      if (chars.length > LONGEST_RUN) {
        words.add(run);
        continue;
      }
      chars.forEach((char, i) => {
        if (HAN.test(char)) words.add(chars.slice(i).join(''));
      });
    }
  return [...words];
}

/**
 * The Chinese names a Chinese page shows in its indexed content: its title (h1), its facts' values
 * (dd), its links (studios, people, documents, organisations, achievements, news) and table cells.
 */
export function chineseNamesOfPage(html: string): { title: string; names: string[] } {
  // Only the indexed element is parsed (a third of the time of the whole page, the same names).
  const body = parse(indexedElement(html) ?? '').querySelector('[data-pagefind-body]');
  if (!body) return { title: '', names: [] };
  for (const element of body.querySelectorAll('[data-pagefind-ignore], figure.chart, [hidden]'))
    element.remove();
  const title = body.querySelector('h1')?.text.trim() ?? '';
  const names = body
    .querySelectorAll('h1, dd, a, td, th[scope="row"]')
    .map((element) => element.text.replace(/\s+/g, ' ').trim())
    .filter((name) => HAN.test(name));
  return { title, names: [...new Set(names)] };
}

/** The Chinese page of an English page, by its path in the site (en/studios/x/index.html → studios/x/index.html). */
export const chineseTwinPath = (sourcePath: string): string | undefined =>
  sourcePath.startsWith('en/') ? sourcePath.slice(3) : undefined;

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * An English page's HTML with the Chinese names of its twin (chineseNamesOfPage) as search metadata, inside its
 * indexed content (Pagefind reads metadata there). The words hold no comma, Pagefind's separator
 * of metadata in one attribute; the title is given in an element of its own for the same reason.
 */
export function withChineseNames(
  html: string,
  { title, names }: { title: string; names: string[] },
): string {
  const words = chineseNameWords([title, ...names]);
  if (!words.length) return html;
  const tags = [
    `<span data-pagefind-meta="${ZH_NAMES_META}:${escapeAttribute(words.join(' '))}"></span>`,
    title && !title.includes(',')
      ? `<span data-pagefind-meta="${ZH_TITLE_META}:${escapeAttribute(title)}"></span>`
      : '',
  ].join('');
  return html.replace(
    /<[^>]*\sdata-pagefind-body\b[^>]*>/,
    (opening) => `${opening}<div hidden>${tags}</div>`,
  );
}
