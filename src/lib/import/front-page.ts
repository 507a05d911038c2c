/**
 * What a Word decision states about itself on its front page (its number, title, addressees,
 * issuers and date, its cycle year, batch, level and per-studio funding when its words say so), and
 * its body as plain Markdown text. Nothing is guessed: a fact the page does not state stays unknown.
 */
import type { Quantity } from '../../schemas/common.ts';
import type { StudioLevel } from '../../schemas/vocabulary.ts';
import { levelInText, readAmount } from './levels.ts';
import type { DocumentBlock } from './read-annex.ts';

export interface FrontPage {
  number?: string;
  title?: string;
  addressees?: string;
  /** Signature lines above the date, in order: the issuer, then co-issuers. */
  issuerNames: string[];
  /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as printed. */
  date?: string;
  cycleYear?: number;
  /** The first year of a cycle of several years (2012 of 2012-2013年度). */
  cycleFrom?: number;
  batch?: string;
  level?: StudioLevel;
  funding?: Quantity;
  /** The paragraphs of the text (after the title and addressees, up to the date), for --body. */
  body: string[];
}

const NUMBER = /[\u4e00-\u9fffA-Za-z]{1,12}\s*[〔[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d+\s*号/;
const TITLE_END = /(决定|通知|通报|公示|公告|名单|批复)$/;
const CHINESE_DIGITS: Record<string, number> = Object.fromEntries(
  [...'〇零○ＯO一二三四五六七八九'].map((c, i) => [c, Math.max(0, i - 4)]),
);

/** 12, 十二, 二十三 → 12, 12, 23. */
function smallNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const match = text.match(/^([一二三])?(十)?([一二三四五六七八九])?$/);
  if (!match || (!match[2] && match[1])) return CHINESE_DIGITS[text];
  return (
    (match[1] ? CHINESE_DIGITS[match[1]]! : match[2] ? 1 : 0) * 10 +
    (match[3] ? CHINESE_DIGITS[match[3]]! : 0)
  );
}

/** A printed date (2022年2月10日, 二〇二二年二月十日, 2022年2月) as YYYY[-MM[-DD]]; undefined when the text is not just a date. */
export function readPrintedDate(text: string): string | undefined {
  const match = text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .match(
      /^([\d〇零○ＯO一二三四五六七八九]{4})年(?:([\d一二三四五六七八九十]{1,3})月(?:([\d一二三四五六七八九十]{1,3})日)?)?$/,
    );
  if (!match) return undefined;
  const year = /^\d{4}$/.test(match[1]!)
    ? match[1]!
    : [...match[1]!].map((c) => CHINESE_DIGITS[c] ?? '').join('');
  if (!/^\d{4}$/.test(year)) return undefined;
  const month = match[2] ? smallNumber(match[2]) : undefined;
  const day = match[3] ? smallNumber(match[3]) : undefined;
  // A month or day printed but unreadable (四十日, 0日) makes the whole date unreadable, never a shorter one.
  if ((match[2] && month === undefined) || (match[3] && day === undefined)) return undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (month === undefined) return year;
  if (day === undefined) return `${year}-${pad(month)}`;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : undefined;
}

/** Reads the front page from the paragraphs of a Word document (those before the annex table). */
export function readFrontPage(blocks: DocumentBlock[]): FrontPage {
  const firstTable = blocks.findIndex((block) => block.kind === 'table');
  const paragraphs = (firstTable < 0 ? blocks : blocks.slice(0, firstTable)).flatMap((block) =>
    block.kind === 'paragraph' ? [block.text] : [],
  );
  const page: FrontPage = { issuerNames: [], body: [] };

  const numberAt = paragraphs.findIndex((text) => text.length <= 40 && NUMBER.test(text));
  if (numberAt >= 0) page.number = paragraphs[numberAt]!.match(NUMBER)![0].replace(/\s+/g, '');

  // A long title may be printed over two or three lines.
  const titleStart = paragraphs.findIndex((text) => /^关于/.test(text) && text.length <= 120);
  let titleEnd = titleStart;
  if (titleStart >= 0) {
    let title = paragraphs[titleStart]!;
    while (!TITLE_END.test(title) && titleEnd + 1 < paragraphs.length && titleEnd - titleStart < 2)
      title += paragraphs[++titleEnd]!;
    if (TITLE_END.test(title)) page.title = title;
    else titleEnd = -1;
  }
  let bodyStart = titleEnd + 1;
  const next = paragraphs[bodyStart];
  if (page.title && next && /[:：]$/.test(next) && next.length <= 150) {
    page.addressees = next;
    bodyStart++;
  }

  // The date stands alone under the signature; the signature lines (one per issuer) stand just above it.
  let dateAt = -1;
  for (let i = paragraphs.length - 1; i >= bodyStart; i--) {
    const date = readPrintedDate(paragraphs[i]!);
    if (date) {
      page.date = date;
      dateAt = i;
      break;
    }
  }
  if (dateAt > 0) {
    const names: string[] = [];
    for (let i = dateAt - 1; i >= bodyStart && names.length < 4; i--) {
      const text = paragraphs[i]!;
      if (text.length > 30 || /[。；;，,:：]$/.test(text) || /^附件/.test(text)) break;
      names.unshift(text);
    }
    page.issuerNames = names;
  }

  if (page.title) {
    const cycle = page.title.match(/(?:(\d{4})\s*[-–—~至到]\s*)?(\d{4})\s*年度/);
    if (cycle) page.cycleYear = Number(cycle[2]);
    if (cycle?.[1] && Number(cycle[1]) < Number(cycle[2])) page.cycleFrom = Number(cycle[1]);
    const batch = page.title.match(/第[一二三四五六七八九十百\d]+批/);
    if (batch) page.batch = batch[0];
    page.level = levelInText(page.title);
  }
  const bodyEnd = dateAt >= 0 ? dateAt + 1 : paragraphs.length;
  page.body = paragraphs.slice(bodyStart, bodyEnd);
  const perStudio = page.body
    .join('')
    .match(/每个(创新)?(工作室|团队)[^。；]*?(约)?(\d+(?:\.\d+)?)\s*(多|余)?\s*万元/);
  if (perStudio)
    page.funding = readAmount(`${perStudio[3] ?? ''}${perStudio[4]}${perStudio[5] ?? ''}万元`);
  return page;
}

/**
 * One paragraph of a document as Markdown that shows exactly its text: every character Markdown
 * or MDX would read as syntax is escaped, so that `{…}` is never an expression, `<…>` never a tag
 * or a component, and a line starting with import or export is never a module statement.
 */
export function plainMarkdown(text: string): string {
  let out = text.replace(/[\\`*_{}[\]<>|~&!#]/g, (c) => `\\${c}`);
  // At the start of a line: block markers (list items, quotes, headings, numbered lists).
  out = out.replace(/^(\s*)([-+=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
  // ESM lines: letters cannot be escaped with a backslash, a character reference shows the same letter.
  out = out.replace(/^(\s*)(i)(mport\b)/, '$1&#105;$3').replace(/^(\s*)(e)(xport\b)/, '$1&#101;$3');
  return out;
}

/** The body paragraphs as the document's Markdown text. */
export const bodyMarkdown = (paragraphs: string[]): string =>
  `${paragraphs.map(plainMarkdown).join('\n\n')}\n`;
