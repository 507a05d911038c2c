/**
 * Prints a page of the site (an annual report, a document) to an A4 PDF with Chromium, as a
 * reader's print dialog would, with the page's own print rules (margins, running header, page numbers).
 */
import type { Browser } from 'playwright-core';

export async function printReportPdf(browser: Browser, url: string): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    await page.emulateMedia({ media: 'print' });
    // Charts load lazily: make them load now and wait for every image and font.
    await page.evaluate(
      `Promise.all([...document.images].map((img) => { img.loading = 'eager'; return img.complete ? null : new Promise((resolve) => { img.onload = img.onerror = resolve; }); })).then(() => document.fonts.ready)`,
    );
    // The PDF's Title is the document's title at print time: the page's own heading (the report's
    // title), not "title | site name". Its language (/Lang) comes from <html lang> in a tagged PDF.
    const heading = await page.evaluate(
      `document.querySelector('main h1')?.textContent.trim() ?? ''`,
    );
    if (!heading) throw new Error(`${url} has no heading to title its PDF with`);
    await page.evaluate(`document.title = ${JSON.stringify(heading)}`);
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      tagged: true,
      outline: true,
    });
  } finally {
    await page.close();
  }
}
