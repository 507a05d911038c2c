import { join } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { servedSite } from '../helpers/served-site.ts';
import { printReportPdf } from '../../scripts/lib/report-pdf.ts';
import { formatQuantity } from '../../src/lib/site/format.ts';
import { t, text } from '../../src/lib/site/i18n.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { documentPath, localePath } from '../../src/lib/site/paths.ts';
import { printedAddress } from '../../src/lib/outputs/print.ts';
import { reportKeyFigures } from '../../src/lib/figures/report.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { LOCALES, type Locale } from '../../src/schemas/vocabulary.ts';
import { ROOT, SAMPLE_SITE_URL } from '../helpers/paths.ts';

const site = servedSite();
const model = buildModel(validateContent(join(ROOT, 'content')).content);

/** CJK Radicals Supplement characters the font's glyphs map back to, which NFKC leaves alone. */
const RADICALS: Record<string, string> = { '⻚': '页' };
/** Text as the tests compare it: NFKC folds the Kangxi radical forms some fonts map their glyphs to (and full-width
 * punctuation), white space is dropped, and dashes are folded to '-'. */
const folded = (value: string): string =>
  value
    .normalize('NFKC')
    .replace(/[\u2E80-\u2EFF]/g, (char) => RADICALS[char] ?? char)
    .replace(/\s+/g, '')
    .replace(/[‐-―]/g, '-');

type PdfDocument = Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
const openPdf = (pdf: Buffer): Promise<PdfDocument> =>
  pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;

/** Every page's text, folded. */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const document = await openPdf(pdf);
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(folded(content.items.map((item) => ('str' in item ? item.str : '')).join('')));
  }
  return pages;
}

/** The PDF's Info /Title and catalog /Lang. */
async function pdfMetadata(pdf: Buffer): Promise<{ title: string; lang: string }> {
  const { info } = await (await openPdf(pdf)).getMetadata();
  const fields = info as { Title?: string; Language?: string };
  return { title: fields.Title ?? '', lang: fields.Language ?? '' };
}

/** A node of a tagged PDF's structure tree; content leaves name the page they are drawn on (p<ref>R_mc<n>). */
interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}
const contentIds = (node: StructNode): string[] =>
  node.type === 'content' ? [node.id!] : (node.children ?? []).flatMap(contentIds);
const elements = (node: StructNode, role: string): StructNode[] =>
  node.role === role ? [node] : (node.children ?? []).flatMap((child) => elements(child, role));

interface TableOnPage {
  page: number;
  headerRows: number;
  bodyRows: number;
  bodyRowsInAll: number;
  headerRowsInAll: number;
}
interface PageLayout {
  /** Every table drawn on a page, with the rows drawn there. */
  tables: TableOnPage[];
  /** The role of the element drawn last on each page and of its ancestors. */
  lastDrawn: string[][];
}

/**
 * The marked-content ids of a page that draw something (text, a path or an image). Chromium also
 * tags an empty text object where a heading moved to the next page begins: it draws nothing there.
 */
async function drawingIds(page: pdfjs.PDFPageProxy): Promise<Set<string>> {
  const names = Object.fromEntries(Object.entries(pdfjs.OPS).map(([name, code]) => [code, name]));
  const { fnArray, argsArray } = await page.getOperatorList();
  const open: string[] = [];
  const drawing = new Set<string>();
  fnArray.forEach((code, i) => {
    const name = names[code] ?? '';
    if (name === 'beginMarkedContentProps')
      open.push(`p${page.ref!.num}R_mc${(argsArray[i] as [string, number])[1]}`);
    else if (name === 'beginMarkedContent') open.push('');
    else if (name === 'endMarkedContent') open.pop();
    else if (
      /^(show|paint)|^(constructPath|fill|stroke|eoFill|fillStroke|eoFillStroke)$/.test(name)
    )
      open.forEach((id) => id && drawing.add(id));
  });
  return drawing;
}

/** Where the tagged PDF draws its tables' rows and what each page ends with, from its structure tree. */
async function pageLayout(pdf: Buffer): Promise<PageLayout> {
  const document = await openPdf(pdf);
  const layout: PageLayout = { tables: [], lastDrawn: [] };
  for (let n = 1; n <= document.numPages; n += 1) {
    const page = await document.getPage(n);
    const onPage = `p${page.ref!.num}R_`;
    const drawnHere = (node: StructNode) => contentIds(node).some((id) => id.startsWith(onPage));
    const tree = (await page.getStructTree()) as StructNode;
    for (const table of elements(tree, 'Table').filter(drawnHere)) {
      const rows = elements(table, 'TR');
      const isBody = (row: StructNode) => (row.children ?? []).some((cell) => cell.role === 'TD');
      const here = rows.filter(drawnHere);
      layout.tables.push({
        page: n,
        headerRows: here.filter((row) => !isBody(row)).length,
        bodyRows: here.filter(isBody).length,
        bodyRowsInAll: rows.filter(isBody).length,
        headerRowsInAll: rows.filter((row) => !isBody(row)).length,
      });
    }
    const drawing = await drawingIds(page);
    let last: string[] = [];
    const walk = (node: StructNode, ancestors: string[]) => {
      if (node.type === 'content' && drawing.has(node.id!)) last = ancestors;
      for (const child of node.children ?? [])
        walk(child, node.role ? [...ancestors, node.role] : ancestors);
    };
    walk(tree, []);
    layout.lastDrawn.push(last);
  }
  return layout;
}

/** Each language's 2021 report printed once for the tests that read it. */
const reportPdfs = new Map<string, Promise<Buffer>>();
const report2021Pdf = (locale: Locale): Promise<Buffer> => {
  const path = localePath(locale, '/reports/2021/');
  if (!reportPdfs.has(path))
    reportPdfs.set(path, printReportPdf(site.browser, `${site.server.url}${path}`));
  return reportPdfs.get(path)!;
};

describe('the PDF of a report', () => {
  it('prints the 2021 report on A4 pages with its headline figures and the year in the running header', async () => {
    const pdf = await report2021Pdf('zh');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const all = pages.join('');
    const figures = new Map(reportKeyFigures(model, 2021).map((figure) => [figure.key, figure]));
    expect(all).toContain(
      `本年命名(各级合计)${formatQuantity('zh', figures.get('namedTotal')!.value)}`,
    );
    // 2021's figures include a part of the year (the seed's August to October), and the row says so,
    // and how many studios' reports it adds up.
    const proposals = figures.get('proposalsSubmitted')!;
    expect(all).toContain(
      `合理化建议提出(部分月份)(据${proposals.studios}个工作室报送)${formatQuantity('zh', proposals.value)}`,
    );
    expect(all).toContain('赵鹏达劳模创新工作室2021-08-2021-10222222');
    expect(pages[1]).toContain('2021年度报告');
    expect(pages.at(-1)).toMatch(new RegExp(`第${pages.length}.,共${pages.length}`));
  });

  for (const locale of LOCALES) {
    it(`prints the 2021 report (${locale}) on at most 10 A4 pages, its charts sharing pages, titled with the report's title in its language`, async () => {
      const url = `${site.server.url}${localePath(locale, '/reports/2021/')}`;
      const pdf = await report2021Pdf(locale);
      const pages = await pdfPages(pdf);
      expect(pages.length).toBeLessThanOrEqual(10);

      const page = await site.browser.newPage();
      await page.goto(url);
      const heading = (await page.locator('main h1').textContent())!.trim();
      const captions = await page.locator('figure.chart figcaption').allTextContents();
      await page.close();
      expect(await pdfMetadata(pdf)).toEqual({
        title: heading,
        lang: locale === 'zh' ? 'zh-CN' : 'en',
      });

      // Every chart is printed once, and the charts share pages: never one alone on a page of its own.
      expect(captions.length).toBeGreaterThan(4);
      const chartPages = captions.map((caption) =>
        pages.findIndex((text) => text.includes(folded(caption))),
      );
      expect(chartPages, 'a chart missing from the PDF').not.toContain(-1);
      expect(new Set(chartPages).size).toBeLessThanOrEqual(Math.ceil(captions.length / 2) + 1);
    });

    it(`breaks the 2021 report (${locale}) between rows and sections, never leaving a table's first or last row or a heading alone`, async () => {
      const pdf = await report2021Pdf(locale);
      const { tables, lastDrawn } = await pageLayout(pdf);
      expect(tables.length).toBeGreaterThan(4);
      // The key figures (more rows than a page holds) run onto a second page, which repeats the header row.
      expect(tables.some((table) => table.bodyRows < table.bodyRowsInAll)).toBe(true);
      for (const table of tables) {
        // A table with a header row repeats it on every page (one of row headers alone, such as the reconciliation, has none).
        if (table.headerRowsInAll > 0)
          expect(table.headerRows, `a table on page ${table.page} without its header row`).toBe(1);
        if (table.bodyRowsInAll > 1)
          expect(table.bodyRows, `a lone row of a table on page ${table.page}`).toBeGreaterThan(1);
      }
      lastDrawn.forEach((roles, i) =>
        expect(
          roles.filter((role) => /^H[1-6]$/.test(role)),
          `page ${i + 1} ends with a heading`,
        ).toEqual([]),
      );
    });
  }
});

describe('the PDF of a document page', () => {
  const doc = model.documents.get('jz-2021-31')!.data;

  for (const locale of LOCALES) {
    it(`prints a document (${locale}) with its number at the top, its address as source, page numbers and its title`, async () => {
      const path = localePath(locale, documentPath('jz-2021-31'));
      const pdf = await printReportPdf(site.browser, `${site.server.url}${path}`);
      const pages = await pdfPages(pdf);
      const colon = locale === 'zh' ? '：' : ': ';
      // The number before the title, as on the paper original.
      const numberLine = folded(`${t(locale, 'doc.number')}${colon}${doc.number}`);
      const first = pages[0]!;
      expect(first).toContain(numberLine);
      expect(first.indexOf(numberLine)).toBeLessThan(
        first.indexOf(folded(text(locale, doc.title))),
      );
      // The address from SITE_URL when the build had one (the sample is built with SAMPLE_SITE_URL), else the path.
      const address = printedAddress(path, SAMPLE_SITE_URL);
      expect(pages.at(-1)).toContain(
        folded(t(locale, 'print.source').replace('{address}', address)),
      );
      // No other host than the configured one ever names the page.
      for (const host of pages.join('').match(new RegExp(`https?://[^/]+${path}`, 'g')) ?? [])
        expect(host).toBe(new URL(path, SAMPLE_SITE_URL).href);
      pages.forEach((page, i) =>
        expect(page).toContain(
          folded(
            t(locale, 'print.pageOf')
              .replace('{page}', String(i + 1))
              .replace('{pages}', String(pages.length)),
          ),
        ),
      );
      expect(await pdfMetadata(pdf)).toEqual({
        title: text(locale, doc.title),
        lang: locale === 'zh' ? 'zh-CN' : 'en',
      });
    });
  }
});
