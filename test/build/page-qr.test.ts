/**
 * The QR code of a printed page (src/components/PageQr.astro): on every report and document page
 * of a build with a public address (SITE_URL), in both languages, and on no page of a build without
 * one, where a path alone would open nothing on a phone. (That the code reads back as the page's
 * address is checked on the printed PDF: test/e2e/print.test.ts.)
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, page } from '../helpers/html.ts';
import { ROOT, SAMPLE_DIST } from '../helpers/paths.ts';
import { sharedBuild } from '../helpers/shared-builds.ts';

/** Report and document pages: /reports/2021/, /en/documents/jz-2021-31/ … */
const PRINTED = /^(\/en)?\/(reports\/\d{4}|documents\/[^/]+)\/$/;

const qrCodes = (dist: string, path: string) => page(dist, path).querySelectorAll('figure.page-qr');

describe('with SITE_URL (the sample)', () => {
  const printedPages = htmlPages(SAMPLE_DIST).filter(
    (path) => PRINTED.test(path) && !/\/documents\/(type|year|level)\//.test(path),
  );

  it('has report and document pages in both languages', () => {
    expect(printedPages.filter((path) => path.startsWith('/en/')).length).toBeGreaterThan(5);
    expect(printedPages.filter((path) => !path.startsWith('/en/')).length).toBeGreaterThan(5);
  });

  it('puts one QR code, drawn as inline SVG paths for print only, on each', () => {
    for (const path of printedPages) {
      const codes = qrCodes(SAMPLE_DIST, path);
      expect(codes.length, path).toBe(1);
      const code = codes[0]!;
      expect(code.classList.contains('print-only'), path).toBe(true);
      expect(code.querySelector('svg')?.getAttribute('aria-hidden'), path).toBe('true');
      expect(code.querySelectorAll('svg path').length, path).toBeGreaterThan(0);
      expect(code.querySelector('img, image, use, [href], [style]'), path).toBeNull();
    }
  });

  it('puts none on other pages', () => {
    for (const path of ['/', '/studios/zhao-pengda/', '/en/news/', '/reports/', '/documents/'])
      expect(qrCodes(SAMPLE_DIST, path).length, path).toBe(0);
  });
});

describe('without SITE_URL (the real-records fixture)', () => {
  let dist: string;
  beforeAll(async () => {
    dist = await sharedBuild('real-records', join(ROOT, 'test/fixtures/real-records'));
  });

  it('has report and document pages and prints no QR code on any page', () => {
    const pages = htmlPages(dist);
    expect(pages.filter((path) => PRINTED.test(path)).length).toBeGreaterThan(5);
    expect(pages.filter((path) => qrCodes(dist, path).length > 0)).toEqual([]);
  });
});
