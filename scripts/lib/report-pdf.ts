/** Prints a report page to an A4 PDF with Chromium, as a reader's print dialog would. */
import type { Browser } from 'playwright-core';

export async function printReportPdf(browser: Browser, url: string): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    await page.emulateMedia({ media: 'print' });
    // Charts load lazily: make them load now and wait for every image.
    await page.evaluate(`Promise.all([...document.images].map((img) => { img.loading = 'eager'; return img.complete ? null : new Promise((resolve) => { img.onload = img.onerror = resolve; }); }))`);
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
  } finally {
    await page.close();
  }
}
