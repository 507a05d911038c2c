import { describe, expect, it } from 'vitest';
import { pageQrSvg } from '../../src/lib/outputs/page-qr.ts';
import { pageRules, printedAddress, printSheet } from '../../src/lib/outputs/print.ts';

describe('the A4 page rules of a printout', () => {
  it("numbers the pages in the page's language, with the words as strings and the numbers as counters", () => {
    expect(pageRules('zh')).toContain(
      '@bottom-center { content: "第 " counter(page) " 页，共 " counter(pages) " 页";',
    );
    expect(pageRules('en')).toContain(
      '@bottom-center { content: "Page " counter(page) " of " counter(pages);',
    );
    expect(pageRules('zh')).toMatch(/size: A4;\s+margin: 20mm 16mm 18mm;/);
  });

  it('gives a running header only when asked, on every page but the first, escaped as a CSS string', () => {
    expect(pageRules('zh')).not.toContain('@top-center');
    const rules = pageRules('en', 'A "quoted" name · Report 2021');
    expect(rules).toContain('@top-center { content: "A \\"quoted\\" name · Report 2021";');
    expect(rules).toContain('@page :first { @top-center { content: none; } }');
  });
});

describe('the address a printout gives as its source', () => {
  it('is absolute under the configured public address', () => {
    expect(printedAddress('/documents/jz-2021-31/', 'https://studios.example.org')).toBe(
      'https://studios.example.org/documents/jz-2021-31/',
    );
    expect(printedAddress('/en/documents/jz-2021-31/', 'https://studios.example.org/')).toBe(
      'https://studios.example.org/en/documents/jz-2021-31/',
    );
  });

  it('is the path alone when no public address is configured, never a made-up host', () => {
    expect(printedAddress('/documents/jz-2021-31/', undefined)).toBe('/documents/jz-2021-31/');
    expect(printedAddress('/documents/jz-2021-31/', '  ')).toBe('/documents/jz-2021-31/');
  });
});

describe('a print sheet', () => {
  it("holds the page rules and the page type's rules, minified, its words kept as written", () => {
    const sheet = printSheet(
      'zh',
      ['/* a comment */\n.page-qr {\n  float: right;\n}\n'],
      '锦州 · 2021年度报告',
    );
    expect(sheet).toContain(
      '@page{size:A4;margin:20mm 16mm 18mm;@top-center{content:"锦州 · 2021年度报告"',
    );
    expect(sheet).toContain('counter(pages)');
    expect(sheet).toContain('.page-qr{float:right}');
    expect(sheet).not.toContain('a comment');
  });
});

describe("a printed page's QR code", () => {
  it('is an SVG of paths, hidden from screen readers (the address is printed in words beside it)', async () => {
    const svg = (await pageQrSvg('https://studios.example.org/reports/2021/'))!;
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" aria-hidden="true" focusable="false" viewBox="0 0 (\d+) \1"/,
    );
    expect(svg).toMatch(/<path [^>]*d="M/);
    expect(svg).not.toMatch(/style|script|href|<image/);
  });

  it('is not drawn for a path alone (a build without SITE_URL)', async () => {
    expect(await pageQrSvg('/reports/2021/')).toBeUndefined();
    expect(await pageQrSvg(printedAddress('/reports/2021/', undefined))).toBeUndefined();
  });
});
