/**
 * Red-team round: `npm run import` on what real workbooks and Word decisions hold besides plain
 * values. Before, a workbook's formula errors became studios named "[object Object]" or "#N/A", a
 * formula saved without its value fell back to the decision's --level and --funding, Excel's binary
 * noise (3.3000000000000003) became an amount shown with every digit, a hidden row or a hidden old
 * sheet was imported as part of the list, "1,5" was read as 15 万元, a printed "2022年2月0日" crashed
 * the import and "2022年2月四十日" became "2022-02". Each is now read as Excel or the page shows it,
 * or refused naming the file, the sheet and the cell (or the flag to give), and nothing is written.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDecision } from '../../scripts/lib/import-decision.ts';
import { readFrontPage, readPrintedDate } from '../../src/lib/import/front-page.ts';
import { readAmount } from '../../src/lib/import/levels.ts';
import { docxDecision } from '../helpers/annex-fixtures.ts';
import { copySampleContent } from '../helpers/build.ts';

let contentDir: string;
let annexDir: string;
beforeAll(() => {
  contentDir = copySampleContent('red-team-import');
  annexDir = `${contentDir}-annexes`;
  mkdirSync(annexDir);
});
afterAll(() => {
  for (const dir of [contentDir, annexDir]) rmSync(dir, { recursive: true, force: true });
});

const FLAGS = [
  '--issuer',
  '锦州市总工会',
  '--date',
  '2026-10-20',
  '--title',
  '关于命名2026年度锦州市职工创新工作室的决定',
  '--level',
  '市级',
  '--funding',
  '2',
];
const HEADER = ['序号', '工作室名称', '级别', '资助金额'];

/** The import as `npm run import -- decision <file> …` runs it (a dry run), in English. */
async function runImport(file: string, args: string[] = FLAGS) {
  let out = '';
  const status = await importDecision({
    args: ['decision', file, ...args],
    contentDir,
    locale: 'en',
    readStdin: () => Promise.resolve(''),
    output: { stdout: (text) => void (out += text), stderr: (text) => void (out += text) },
  });
  return { status, out };
}

/** Writes a workbook made with `fill` and returns its path. */
async function workbook(name: string, fill: (book: ExcelJS.Workbook) => void): Promise<string> {
  const book = new ExcelJS.Workbook();
  fill(book);
  const path = join(annexDir, `${name}.xlsx`);
  writeFileSync(path, Buffer.from(await book.xlsx.writeBuffer()));
  return path;
}
const listSheet = (book: ExcelJS.Workbook, rows: unknown[][]) => {
  const sheet = book.addWorksheet('附件');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return sheet;
};

describe('cells that are not values', () => {
  it('formula errors and error values are refused by their cell, never made studios', async () => {
    const file = await workbook('errors', (book) =>
      listSheet(book, [
        [1, { formula: 'Z1', result: { error: '#REF!' } }, '市级', 3],
        [2, { error: '#N/A' }, '市级', 3],
        [3, '真实职工创新工作室', '市级', 3],
      ]),
    );
    const { status, out } = await runImport(file);
    expect(status).not.toBe(0);
    expect(out).toMatch(/errors\.xlsx › 附件, cell B2 \(row 2, column B\) shows the error #REF!/);
    expect(out).toMatch(/cell B3 \(row 3, column B\) shows the error #N\/A/);
    expect(out).not.toMatch(/\[object Object\]/);
  });

  it("a formula saved without its value is refused, not replaced by the decision's level and funding", async () => {
    const file = await workbook('uncalculated', (book) =>
      listSheet(book, [[1, '甲职工创新工作室', { formula: '"省级"' }, { formula: '1+4' }]]),
    );
    const { status, out } = await runImport(file);
    expect(status).not.toBe(0);
    expect(out).toMatch(/cell C2 \(row 2, column C\) holds a formula whose value was not saved/);
    expect(out).toMatch(/cell D2 \(row 2, column D\) holds a formula/);
  });

  it('numbers are read as Excel shows them (15 digits), dates as days', async () => {
    const file = await workbook('numbers', (book) =>
      listSheet(book, [
        [1, '甲职工创新工作室', '市级', { formula: '1.1+2.2', result: 3.3000000000000003 }],
        [2, '乙职工创新工作室', '市级', 0.1 + 0.2],
        [3, '丙职工创新工作室', '市级', new Date('2021-12-07T00:00:00Z')],
      ]),
    );
    const { status, out } = await runImport(file);
    expect(status).not.toBe(0); // row 4: a date is not an amount
    expect(out).not.toMatch(/3\.30000|0\.30000/);
    expect(out).toMatch(/甲职工创新工作室 .* 3\.3万元/);
    expect(out).toMatch(/乙职工创新工作室 .* 0\.3万元/);
    // The row in the file, and the 序号 the clerk sees in the list beside it.
    expect(out).toMatch(/row 4 \(序号 3\) 丙职工创新工作室: funding "2021-12-07" is not an amount/);
  });
});

describe('numbers shown through a format', () => {
  it('refuses an amount whose format shows another number (30000 as 3.0000万元), naming the cell and format', async () => {
    const file = await workbook('scaled', (book) => {
      const sheet = listSheet(book, [
        [1, '甲职工创新工作室', '市级', 30000],
        [2, '乙职工创新工作室', '市级', 3000],
        [3, '丙职工创新工作室', '市级', 0.5],
      ]);
      sheet.getCell('D2').numFmt = '0!.0000"万元"';
      sheet.getCell('D3').numFmt = '#,##0,';
      sheet.getCell('D4').numFmt = '0%';
    });
    const { status, out } = await runImport(file);
    expect(status).not.toBe(0);
    expect(out).toMatch(
      /cell D2 \(row 2, column D\) holds 30000 but shows it through the number format 0!\.0000"万元"/,
    );
    expect(out).toMatch(
      /cell D3 \(row 3, column D\) holds 3000 but shows it through the number format #,##0,/,
    );
    expect(out).toMatch(
      /cell D4 \(row 4, column D\) holds 0\.5 but shows it through the number format 0%/,
    );
    expect(out).not.toMatch(/30000万元/);
  });

  it('held: formats that only add text or separators read the number as it is', async () => {
    const file = await workbook('formatted', (book) => {
      const sheet = listSheet(book, [
        [1, '甲职工创新工作室', '市级', 3],
        [2, '乙职工创新工作室', '市级', 1200],
      ]);
      sheet.getCell('A2').numFmt = '0"、"';
      sheet.getCell('D2').numFmt = '0.0"万元"';
      sheet.getCell('D3').numFmt = '#,##0.00';
    });
    const { status, out } = await runImport(file);
    expect(out).toMatch(/甲职工创新工作室 .* 3万元/);
    expect(out).toMatch(/乙职工创新工作室 .* 1200万元/);
    expect(status).toBe(0);
  });
});

describe('what a reader of the workbook does not see', () => {
  it('a hidden row holding a studio is refused, naming the row', async () => {
    const file = await workbook('hidden-row', (book) => {
      const sheet = listSheet(book, [
        [1, '甲职工创新工作室', '市级', 3],
        [2, '落选职工创新工作室', '市级', 3],
      ]);
      sheet.getRow(3).hidden = true;
    });
    const { status, out } = await runImport(file);
    expect(status).not.toBe(0);
    expect(out).toMatch(/hidden-row\.xlsx › 附件, row 3 is hidden and holds text/);
  });

  it('a hidden sheet with the same columns is refused, not read as more of the list', async () => {
    const file = await workbook('hidden-sheet', (book) => {
      listSheet(book, [[1, '甲职工创新工作室', '市级', 3]]);
      const old = book.addWorksheet('旧名单', { state: 'hidden' });
      old.addRow(HEADER);
      old.addRow([1, '旧稿职工创新工作室', '市级', 3]);
    });
    const { status, out } = await runImport(file);
    expect(status).not.toBe(0);
    expect(out).toMatch(/hidden-sheet\.xlsx › 旧名单 is a hidden sheet/);
  });

  it('a hidden column holding text is refused', async () => {
    const file = await workbook('hidden-column', (book) => {
      const sheet = listSheet(book, [[1, '甲职工创新工作室', '市级', 3]]);
      sheet.getColumn(3).hidden = true;
    });
    const { status, out } = await runImport(file);
    expect(status).not.toBe(0);
    expect(out).toMatch(/hidden-column\.xlsx › 附件, column C is hidden and holds text/);
  });

  it('held: a clean workbook of the same shape imports (dry run), and nothing is written', async () => {
    const before = readdirSync(join(contentDir, 'studios')).length;
    const file = await workbook('clean', (book) =>
      listSheet(book, [[1, '甲职工创新工作室', '市级', { formula: '1+2', result: 3 }]]),
    );
    const { status, out } = await runImport(file);
    expect(out).toMatch(/甲职工创新工作室 .* municipal +3万元/);
    expect(status).toBe(0);
    expect(readdirSync(join(contentDir, 'studios')).length).toBe(before);
  });
});

describe('a Word list marked up by hand', () => {
  it('refuses a studio whose name is struck through, naming the table, row and column', async () => {
    const cell = (runs: TextRun[]) =>
      new TableCell({ children: [new Paragraph({ children: runs })] });
    const row = (seq: string, title: TextRun) =>
      new TableRow({
        children: [cell([new TextRun(seq)]), cell([title]), cell([new TextRun('市级')])],
      });
    const document = new Document({
      sections: [
        {
          children: [
            new Table({
              rows: [
                new TableRow({
                  children: ['序号', '工作室名称', '级别'].map((t) => cell([new TextRun(t)])),
                }),
                row('1', new TextRun('甲职工创新工作室')),
                row('2', new TextRun({ text: '撤回职工创新工作室', strike: true })),
              ],
            }),
          ],
        },
      ],
    });
    const file = join(annexDir, 'struck.docx');
    writeFileSync(file, await Packer.toBuffer(document));
    const { status, out } = await runImport(file);
    expect(status).not.toBe(0);
    expect(out).toMatch(
      /struck\.docx › table 1, row 3, column 2: "撤回职工创新工作室" is struck through/,
    );
  });
});

describe('a Word list with hidden text', () => {
  it('refuses a studio hidden in the list (隐藏文字), which Word does not show, naming the file and the text', async () => {
    const cell = (runs: TextRun[]) =>
      new TableCell({ children: [new Paragraph({ children: runs })] });
    const document = new Document({
      sections: [
        {
          children: [
            new Table({
              rows: [
                new TableRow({
                  children: ['序号', '工作室名称', '级别'].map((t) => cell([new TextRun(t)])),
                }),
                new TableRow({
                  children: [
                    cell([new TextRun('1')]),
                    cell([new TextRun('甲职工创新工作室')]),
                    cell([new TextRun('市级')]),
                  ],
                }),
                new TableRow({
                  children: [
                    cell([new TextRun({ text: '2', vanish: true })]),
                    cell([new TextRun({ text: '隐藏职工创新工作室', vanish: true })]),
                    cell([new TextRun({ text: '市级', vanish: true })]),
                  ],
                }),
              ],
            }),
          ],
        },
      ],
    });
    const file = join(annexDir, 'hidden.docx');
    writeFileSync(file, await Packer.toBuffer(document));
    const { status, out } = await runImport(file);
    expect(status).not.toBe(0);
    expect(out).toMatch(/hidden\.docx: "隐藏职工创新工作室" is hidden text \(Font › Hidden\)/);
    expect(readdirSync(join(contentDir, 'studios')).filter((f) => f.includes('隐藏'))).toEqual([]);
  });
});

describe('a Word decision with two annexes of the same columns', () => {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const table = (rows: string[][]) =>
    new Table({ rows: rows.map((row) => new TableRow({ children: row.map(cell) })) });
  const header = ['序号', '工作室名称', '级别'];
  const decision = (between: string[]) =>
    new Document({
      sections: [
        {
          children: [
            new Paragraph('附件1'),
            new Paragraph('新命名的职工创新工作室名单'),
            table([header, ['1', '甲职工创新工作室', '市级']]),
            ...between.map((text) => new Paragraph(text)),
            table([header, ['2', '乙职工创新工作室', '市级']]),
          ],
        },
      ],
    });

  it('refuses to read 附件2 as more of 附件1 (a re-assessed list is not a naming)', async () => {
    const file = join(annexDir, 'two-annexes.docx');
    writeFileSync(
      file,
      await Packer.toBuffer(decision(['附件 2', '复审合格的职工创新工作室名单'])),
    );
    const { status, out } = await runImport(file);
    expect(status).not.toBe(0);
    expect(out).toMatch(
      /two-annexes\.docx › table 2 is under "附件2", table 1 under "附件1": two lists with the same columns/,
    );
  });

  it('held: a table continued without a new 附件 heading is one list', async () => {
    const file = join(annexDir, 'continued.docx');
    writeFileSync(file, await Packer.toBuffer(decision(['（续表）'])));
    const { status, out } = await runImport(file);
    expect(out).toMatch(/甲职工创新工作室/);
    expect(out).toMatch(/乙职工创新工作室/);
    expect(status).toBe(0);
  });
});

describe('text files in other encodings', () => {
  it("reads Excel's Unicode Text export (UTF-16 with its byte-order mark)", async () => {
    const text = '序号\t工作室名称\t级别\r\n1\t甲职工创新工作室\t市级\r\n';
    const file = join(annexDir, 'unicode-text.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const { status, out } = await runImport(file);
    expect(out).toMatch(/row 2 \(序号 1\) +甲职工创新工作室/);
    expect(status).toBe(0);
  });

  it('refuses bytes that are no text of UTF-8, GB18030 or UTF-16, naming the file', async () => {
    const file = join(annexDir, 'binary.csv');
    writeFileSync(file, Buffer.from([0x81, 0x20, 0x41, 0x2c, 0x42, 0x0a]));
    const { status, out } = await runImport(file);
    expect(status).not.toBe(0);
    expect(out).toMatch(/binary\.csv: its text is neither UTF-8, GB18030 \(GBK\) nor UTF-16/);
  });
});

describe('amounts and printed dates', () => {
  it('a comma groups thousands only: "1,5" and "1，5" are not amounts', () => {
    expect(readAmount('1,5')).toBeUndefined();
    expect(readAmount('1，5万元')).toBeUndefined();
    expect(readAmount('1,200')).toEqual({ value: 1200, qualifier: 'exact' });
    expect(readAmount('12,345.5万元')).toEqual({ value: 12345.5, qualifier: 'exact' });
  });

  it('a day or month printed but unreadable makes no date (no crash, no shorter date)', () => {
    expect(readPrintedDate('2022年2月0日')).toBeUndefined();
    expect(readPrintedDate('2022年2月四十日')).toBeUndefined();
    expect(readPrintedDate('2022年四十月')).toBeUndefined();
    expect(readPrintedDate('２０２２年２月１０日')).toBe('2022-02-10');
    expect(readFrontPage([{ kind: 'paragraph', text: '2022年2月0日' }]).date).toBeUndefined();
  });

  it('a Word decision whose printed date is broken asks for --date instead of crashing', async () => {
    const docx = join(annexDir, 'broken-date.docx');
    writeFileSync(
      docx,
      await docxDecision(
        [
          '锦工发〔2026〕41号',
          '关于命名2026年度锦州市职工创新工作室的决定',
          '锦州市总工会',
          '2026年9月0日',
        ],
        [],
        ['序号', '工作室名称'],
        [['1', '甲职工创新工作室']],
      ),
    );
    const { status, out } = await runImport(docx, ['--level', '市级']);
    expect(status).not.toBe(0);
    expect(out).toMatch(/the date of issue is missing: give --date/);
  });
});

describe('a commendation given a cycle year or batch', () => {
  it('is refused, saying the flag would not be kept (a probe lost its 年度 without a word)', async () => {
    const csv = join(annexDir, 'commended.csv');
    writeFileSync(csv, '工作室名称\n王伟职工创新工作室\n');
    let out = '';
    const status = await importDecision({
      args: ['commendation', csv, ...FLAGS, '--cycle-year', '2024'],
      contentDir,
      locale: 'en',
      readStdin: () => Promise.resolve(''),
      output: { stdout: (text) => void (out += text), stderr: (text) => void (out += text) },
    });
    expect(status).not.toBe(0);
    expect(out).toContain('--cycle-year is not kept for a commendation');
  });
});
