/**
 * English that reads as English: no full-width punctuation (，：；（）、。《》〔〕 …) in the visible
 * text of any built English page. Chinese quoted inside English text keeps its own marks: a mark is
 * Chinese when the word it sits in (the run of text between spaces) holds a CJK character, as in
 * 锦工发〔2021〕31号 or 赵鹏达（市级）, and any text inside an element marked lang="zh-CN" (a body
 * shown untranslated) is Chinese as a whole.
 */
import { describe, expect, it } from 'vitest';
import { parse, type HTMLElement, type Node, NodeType } from 'node-html-parser';
import { labels, ui } from '../../src/lib/site/i18n.ts';
import { htmlPages, page } from '../helpers/html.ts';
import { SAMPLE_DIST } from '../helpers/paths.ts';

/**
 * Full-width punctuation: CJK Symbols and Punctuation (U+3000–303F, the ideographic space included),
 * the full-width forms of ASCII punctuation (U+FF01–FF0F, FF1A–FF20, FF3B–FF40, FF5B–FF65),
 * the katakana middle dot, and the vertical and compatibility forms (U+FE10–FE19, FE30–FE4F).
 */
export const FULL_WIDTH_PUNCTUATION =
  /[\u3000-\u303f\u30fb\ufe10-\ufe19\ufe30-\ufe4f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/u;
/** Han, kana and Hangul: the characters that make a word Chinese (or CJK). */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Elements whose text no reader sees on the page. */
const UNSEEN = new Set(['script', 'style', 'template']);
/** Attributes whose text is shown: a stacked table's column names (CSS content: attr(data-label)), a search field's hint. */
const SHOWN_ATTRIBUTES = ['data-label', 'placeholder'];

/** The visible text of an element, as text runs, leaving out Chinese-marked subtrees and unseen elements. */
function englishText(node: Node, out: string[] = []): string[] {
  if (node.nodeType === NodeType.TEXT_NODE) {
    out.push(node.text);
    return out;
  }
  if (node.nodeType !== NodeType.ELEMENT_NODE) return out;
  const element = node as HTMLElement;
  const tag = element.rawTagName?.toLowerCase();
  if (tag && UNSEEN.has(tag)) return out;
  if (element.hasAttribute('hidden')) return out;
  const lang = element.getAttribute('lang');
  if (lang && !lang.toLowerCase().startsWith('en')) return out;
  // Text the stylesheet or the browser shows from attributes: a table card's column names, a field's hint.
  for (const name of SHOWN_ATTRIBUTES)
    if (element.hasAttribute(name)) out.push(` ${element.getAttribute(name)} `);
  // Block boundaries split words: a cell's text never runs into the next one's.
  for (const child of element.childNodes) englishText(child, out);
  out.push(' ');
  return out;
}

/** The words of the text (runs between spaces) that hold a full-width mark and no CJK character. */
export function fullWidthInEnglish(text: string): string[] {
  return text.split(/\s+/u).filter((word) => FULL_WIDTH_PUNCTUATION.test(word) && !CJK.test(word));
}

/** The English words of a built page with a full-width mark in them (none when the page is not English). */
function pageFindings(root: HTMLElement): string[] {
  if (root.querySelector('html')?.getAttribute('lang') !== 'en') return [];
  const words = [
    root.querySelector('title')?.text ?? '',
    ' ',
    ...englishText(root.querySelector('body') ?? root),
  ].join('');
  return fullWidthInEnglish(words);
}

describe('the rule', () => {
  it('finds a full-width mark in English words, and leaves Chinese names alone', () => {
    expect(fullWidthInEnglish('Total：10 the company’s (named) studios，and more')).toEqual([
      'Total：10',
      'studios，and',
    ]);
    expect(
      fullWidthInEnglish('Named in 锦工发〔2021〕31号 with 赵鹏达（市级） and 《通知》'),
    ).toEqual([]);
    expect(fullWidthInEnglish('Merged into 刘洪伟劳模创新工作室 （2024）')).toEqual(['（2024）']);
  });

  it('reads a page as a reader sees it: text, table-card labels and hints, not Chinese-marked text or scripts', () => {
    const html = `<html lang="en"><head><title>Studios：list</title></head><body>
      <p>Named：<b>3</b></p><td data-label="Year（named）">2021</td><input placeholder="Search，here">
      <p lang="zh-CN">全文，中文。</p><script>var a = '，';</script><p>Number 锦工发〔2021〕31号</p></body></html>`;
    expect(pageFindings(parse(html))).toEqual([
      'Studios：list',
      'Named：3',
      'Year（named）',
      'Search，here',
    ]);
    expect(pageFindings(parse(html.replace('lang="en"', 'lang="zh-CN"')))).toEqual([]);
  });
});

describe('the dictionary', () => {
  it('has no full-width punctuation in its English strings and labels, shown on a page or not', () => {
    const english = [
      ...Object.entries(ui),
      ...Object.values(labels).flatMap((table) =>
        Object.entries(table as Record<string, { en: string }>),
      ),
    ];
    expect(english.length).toBeGreaterThan(300);
    expect(
      english.flatMap(([key, { en }]) => fullWidthInEnglish(en).map((word) => `${key}: ${word}`)),
    ).toEqual([]);
  });
});

const englishPages = htmlPages(SAMPLE_DIST).filter(
  (path) => path.startsWith('/en/') && !path.startsWith('/en/admin/'),
);

describe('English pages', () => {
  it('are there to scan', () => expect(englishPages.length).toBeGreaterThan(50));

  it('have no full-width punctuation in their English text', () => {
    const found: string[] = [];
    for (const path of englishPages) {
      for (const word of pageFindings(page(SAMPLE_DIST, path))) found.push(`${path}: ${word}`);
    }
    expect(found).toEqual([]);
  });
});
