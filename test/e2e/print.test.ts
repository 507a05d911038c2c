/**
 * Reports and documents on A4 paper, printed by Chromium as a reader's print dialog would
 * (scripts/lib/report-pdf.ts) and read back with pdfjs: the 2021 report on at most 10 pages, the
 * page's address as a QR code that a phone can read (decoded with jsqr from the rendered PDF page),
 * charts drawn at one scale in their share of the page, notes no larger than what they qualify, and
 * no link text printed as if it could be followed.
 */
import jsQR from 'jsqr';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { printReportPdf } from '../../scripts/lib/report-pdf.ts';
import { DRAWINGS } from '../../src/lib/charts/chart-layout.ts';
import { t } from '../../src/lib/site/i18n.ts';
import { documentPath, localePath, reportPath } from '../../src/lib/site/paths.ts';
import { printedAddress } from '../../src/lib/outputs/print.ts';
import { LOCALES, type Locale } from '../../src/schemas/vocabulary.ts';
import { SAMPLE_SITE_URL } from '../helpers/paths.ts';
import { servedSite } from '../helpers/served-site.ts';

const site = servedSite();

type PdfDocument = Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
/** pdfjs's own canvas for Node (its @napi-rs/canvas), as its document exposes it. */
interface CanvasFactory {
  create(width: number, height: number): { canvas: unknown; context: CanvasRenderingContext2D };
}

const printed = new Map<string, Promise<PdfDocument>>();
/** A page of the built sample printed once to PDF and opened with pdfjs. */
function printedPdf(path: string): Promise<PdfDocument> {
  if (!printed.has(path))
    printed.set(
      path,
      printReportPdf(site.browser, `${site.server.url}${path}`).then(
        (pdf) => pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise,
      ),
    );
  return printed.get(path)!;
}

/** The text of every QR code jsqr finds on the PDF's pages, each page rendered at 3× (216 dpi). */
async function qrCodesOf(document: PdfDocument): Promise<string[]> {
  const found: string[] = [];
  const factory = document.canvasFactory as CanvasFactory;
  for (let n = 1; n <= document.numPages; n += 1) {
    const page = await document.getPage(n);
    const viewport = page.getViewport({ scale: 3 });
    const { canvas, context } = factory.create(viewport.width, viewport.height);
    await page.render({ canvas: canvas as HTMLCanvasElement, canvasContext: context, viewport })
      .promise;
    const image = context.getImageData(0, 0, viewport.width, viewport.height);
    const code = jsQR(image.data, image.width, image.height);
    // jsqr now and then takes a hatched chart for a code and reads nothing from it: only a code with data counts.
    if (code?.data) found.push(code.data);
  }
  return found;
}

async function pdfText(document: PdfDocument): Promise<string> {
  let text = '';
  for (let n = 1; n <= document.numPages; n += 1)
    text += (await (await document.getPage(n)).getTextContent()).items
      .map((item) => ('str' in item ? item.str : ''))
      .join('');
  return text.replace(/\s+/g, '');
}

/** A page of the sample laid out for print (A4 less the margins: 178 mm wide), with the console errors it logs. */
async function printView(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await site.browser.newPage({ viewport: { width: 673, height: 980 } });
  const errors: string[] = [];
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  await page.goto(`${site.server.url}${path}`, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print' });
  return { page, errors };
}

const MM = 96 / 25.4;
/** The height of an A4 page less its top and bottom margins (src/lib/outputs/print.ts: 20 mm and 18 mm). */
const A4_CONTENT_HEIGHT = (297 - 20 - 18) * MM;

// The tests run at once (vitest's concurrent tests, each with its own expect): Chromium prints and
// lays out pages while this process reads the PDFs' QR codes.
describe.concurrent.each(LOCALES)('printed pages (%s)', (locale: Locale) => {
  const report = localePath(locale, reportPath(2021));
  const document = localePath(locale, documentPath('jz-2021-31'));

  it('prints the 2021 report on at most 10 A4 pages', async ({ expect }) => {
    const pdf = await printedPdf(report);
    expect(pdf.numPages).toBeLessThanOrEqual(10);
    const { view } = await pdf.getPage(1);
    expect(view.map(Math.round)).toEqual([0, 0, 595, 842]);
  });

  for (const path of [report, document]) {
    it(`prints the address of ${path} as a QR code a phone reads`, async ({ expect }) => {
      const codes = await qrCodesOf(await printedPdf(path));
      expect(codes).toEqual([printedAddress(path, SAMPLE_SITE_URL)]);
      expect(codes[0]).toMatch(/^https:\/\//);
    });
  }

  it('draws the QR code into the page itself: no image, no request, nothing the CSP refuses, and nothing on screen', async ({
    expect,
  }) => {
    const { page, errors } = await printView(document);
    const qr = page.locator('figure.page-qr');
    expect(await qr.locator('svg path').count()).toBeGreaterThan(0);
    expect(await qr.locator('img').count()).toBe(0);
    expect(await qr.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await qr.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints no link text as if it were a link: no CSV download, no link colour or underline', async ({
    expect,
  }) => {
    const text = await pdfText(await printedPdf(report));
    expect(text).not.toContain(t(locale, 'chart.csv').replace(/\s+/g, ''));
    const { page } = await printView(report);
    const links =
      await page.evaluate(`[...document.querySelectorAll('main a')].filter((a) => a.checkVisibility()).map((a) => {
      const style = getComputedStyle(a);
      return { text: a.textContent.trim(), line: style.textDecorationLine, colour: style.color, body: getComputedStyle(a.parentElement).color };
    })`);
    const shown = links as { text: string; line: string; colour: string; body: string }[];
    expect(shown.length).toBeGreaterThan(10);
    expect(
      shown
        .filter((link) => link.line !== 'none' || link.colour !== link.body)
        .map((link) => link.text),
    ).toEqual([]);
    expect(shown.map((link) => link.text)).not.toContain(t(locale, 'chart.csv'));
    await page.close();
  });

  it('prints notes no larger than the numbers they qualify: a period beside its figures, a chart’s notes beside its drawing', async ({
    expect,
  }) => {
    const { page } = await printView(report);
    const sizes = (await page.evaluate(`[...document.querySelectorAll('main tr')].flatMap((row) => {
      const numbers = [...row.querySelectorAll('td.num')].filter((cell) => cell.textContent.trim());
      if (!numbers.length) return [];
      const figure = parseFloat(getComputedStyle(numbers[0]).fontSize);
      return [...row.querySelectorAll('.meta')].map((note) => ({ note: note.textContent.trim(), size: parseFloat(getComputedStyle(note).fontSize), figure }));
    })`)) as { note: string; size: number; figure: number }[];
    expect(sizes.length).toBeGreaterThan(3);
    for (const { note, size, figure } of sizes) expect(size, note).toBeLessThanOrEqual(figure);

    const charts =
      (await page.evaluate(`[...document.querySelectorAll('figure.chart:has(img)')].map((chart) => ({
      id: chart.id,
      drawn: chart.querySelector('img').getBoundingClientRect().width,
      notes: [...chart.querySelectorAll('.chart-key, .chart-axes, .chart-summary')].map((note) => parseFloat(getComputedStyle(note).fontSize)),
    }))`)) as { id: string; drawn: number; notes: number[] }[];
    expect(charts.length).toBeGreaterThan(4);
    for (const { id, drawn, notes } of charts) {
      // The drawing's text on paper: its font size scaled with the drawing (src/lib/charts/chart-layout.ts).
      const drawnText = (DRAWINGS.wide.fontPx * drawn) / DRAWINGS.wide.width;
      for (const size of notes) expect(size, id).toBeLessThanOrEqual(drawnText + 0.01);
    }
    await page.close();
  });

  it('sizes every chart to its share of the page: one scale for all, no drawing stretched, three full charts to a page', async ({
    expect,
  }) => {
    const { page } = await printView(report);
    const charts =
      (await page.evaluate(`[...document.querySelectorAll('figure.chart:has(img)')].map((chart) => {
      const img = chart.querySelector('img');
      const box = img.getBoundingClientRect();
      return { id: chart.id, width: box.width, height: box.height, drawingWidth: +img.getAttribute('width'), drawingHeight: +img.getAttribute('height'), figure: chart.getBoundingClientRect().height };
    })`)) as {
        id: string;
        width: number;
        height: number;
        drawingWidth: number;
        drawingHeight: number;
        figure: number;
      }[];
    expect(charts.length).toBeGreaterThan(4);
    const scale = charts[0]!.width / charts[0]!.drawingWidth;
    for (const chart of charts) {
      expect(chart.width / chart.drawingWidth, `${chart.id}: drawn at another scale`).toBeCloseTo(
        scale,
        3,
      );
      expect(chart.height / chart.width, `${chart.id}: stretched`).toBeCloseTo(
        chart.drawingHeight / chart.drawingWidth,
        2,
      );
      // A full-height drawing (the tallest kind) and its caption and notes take at most a third of the page.
      if (chart.drawingHeight >= DRAWINGS.wide.height)
        expect(chart.figure, chart.id).toBeLessThanOrEqual(A4_CONTENT_HEIGHT / 3);
    }
    // The chart text prints at no less than 7.5 pt (10 CSS px).
    expect(DRAWINGS.wide.fontPx * scale).toBeGreaterThanOrEqual(10);
    await page.close();
  });
});
