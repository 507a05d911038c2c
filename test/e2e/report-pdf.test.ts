import { join } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { servedSite } from '../helpers/served-site.ts';
import { printReportPdf } from '../../scripts/lib/report-pdf.ts';
import { formatQuantity } from '../../src/lib/format.ts';
import { buildModel } from '../../src/lib/model.ts';
import { reportKeyFigures } from '../../src/lib/report.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { ROOT } from '../helpers/paths.ts';

const site = servedSite();

/** Every page's text; NFKC folds the CJK radical forms some fonts map their glyphs to, and dashes are folded to '-'. */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const document = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('').normalize('NFKC').replace(/\s+/g, '').replace(/[‐-―]/g, '-'));
  }
  return pages;
}

describe('the PDF of a report', () => {
  it('prints the 2021 report on A4 pages with its headline figures and the year in the running header', async () => {
    const pdf = await printReportPdf(site.browser, `${site.server.url}/reports/2021/`);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages.length).toBeLessThan(40);
    const all = pages.join('');
    const model = buildModel(validateContent(join(ROOT, 'content')).content);
    const figures = new Map(reportKeyFigures(model, 2021).map((figure) => [figure.key, figure]));
    expect(all).toContain(`本年命名(各级合计)${formatQuantity('zh', figures.get('namedTotal')!.value)}`);
    // 2021's figures include a part of the year (the seed's August to October), and the row says so.
    expect(all).toContain(`合理化建议提出(部分月份)${formatQuantity('zh', figures.get('proposalsSubmitted')!.value)}`);
    expect(all).toContain('赵鹏达劳模创新工作室2021-08-2021-10222222');
    expect(pages[1]).toContain('2021年度报告');
    expect(pages.at(-1)).toMatch(new RegExp(`第${pages.length}.,共${pages.length}`));
  });
});
