/**
 * Reading an annex (附件) into grids: an .xlsx workbook (exceljs), the tables of a .docx document
 * (mammoth, which turns Word's merged cells into colspan and rowspan), .csv or .tsv (csv-parse), or
 * text pasted from Word, WPS or Excel (tab-separated). Old binary formats, password-protected and
 * damaged files get a message telling the editor how to save the file so that it can be read.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { hiddenWordText } from './word-hidden.ts';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import type { Message } from '../content/validation-messages.ts';
import { cellText, gridOfRows, type Grid, type GridCell } from './grid.ts';
import { cellPlace, cellStated, hiddenParts } from './xlsx-cells.ts';

/** A file that cannot be read as an annex, with what to do about it in both languages. */
export class AnnexFileError extends Error {
  readonly text: Message;
  constructor(text: Message) {
    super(text.en);
    this.text = text;
  }
}

/** What was read: the tables, and for a Word document its paragraphs in order and where each table sits among them. */
export interface Annex {
  grids: Grid[];
  /** Word documents only: the text of the document, paragraph by paragraph, tables marked. */
  paragraphs?: DocumentBlock[];
}

/** A block of a Word document: a paragraph of text, or the place of a table. */
export type DocumentBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; index: number };

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

const saveAs = (name: string, wanted: '.xlsx' | '.docx'): Message => ({
  en: `${name}: open it in Excel, WPS or Word, remove any password (File → Info / 文档加密), and save it as ${wanted === '.xlsx' ? 'an Excel workbook (.xlsx)' : 'a Word document (.docx)'}; then import the new file.`,
  zh: `${name}：请用 Excel、WPS 或 Word 打开，如有密码请先取消（文件 → 信息 / 文档加密），另存为 ${wanted === '.xlsx' ? 'Excel 工作簿（.xlsx）' : 'Word 文档（.docx）'}，再导入新文件。`,
});

function oldFormat(name: string, extension: string): AnnexFileError {
  const wanted = /\.(doc|wps)$/i.test(extension) ? '.docx' : '.xlsx';
  const how = saveAs(name, wanted);
  return new AnnexFileError({
    en: `cannot read ${name}: it is an old-format (${extension || 'binary Office'}) or password-protected file, which the import cannot open. ${how.en}`,
    zh: `无法读取 ${name}：这是旧格式（${extension || '二进制 Office'}）或加密的文件，导入无法打开。${how.zh}`,
  });
}

function damaged(name: string, wanted: '.xlsx' | '.docx', detail: string): AnnexFileError {
  const how = saveAs(name, wanted);
  return new AnnexFileError({
    en: `cannot read ${name} as ${wanted}: the file is damaged or is not really ${wanted} (${detail}). ${how.en}`,
    zh: `无法按 ${wanted} 读取 ${name}：文件已损坏，或实际不是 ${wanted} 文件（${detail}）。${how.zh}`,
  });
}

/**
 * Text of a delimited file: UTF-16 with its byte-order mark (Excel's "Unicode Text"), UTF-8 (with
 * or without a byte-order mark), else GB18030, the encoding Excel and WPS use for "CSV" on Chinese
 * Windows. Bytes that are none of these are refused: read as another encoding they would be other
 * characters, never the file's.
 */
export function decodeText(bytes: Uint8Array, name = 'the file'): string {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : undefined;
  for (const encoding of utf16 ? [utf16] : ['utf-8', 'gb18030']) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    } catch {
      // the next encoding
    }
  }
  throw new AnnexFileError({
    en: `cannot read ${name}: its text is neither UTF-8, GB18030 (GBK) nor UTF-16; expected a CSV saved by Excel or WPS: save it again as "CSV UTF-8" and import the new file`,
    zh: `无法读取 ${name}：文字编码既不是 UTF-8、GB18030（GBK），也不是 UTF-16；请用 Excel 或 WPS 另存为“CSV UTF-8”，再导入新文件`,
  });
}

/** Rows of delimited text; a pasted table is tab-separated, and quoted cells may hold line breaks. */
export function readDelimited(text: string, label: string, delimiter?: ',' | '\t'): Grid {
  const chosen = delimiter ?? (text.includes('\t') ? '\t' : ',');
  const rows = parseCsv(text.replace(/^\uFEFF/, ''), {
    delimiter: chosen,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
  // A trailing line break leaves one empty record behind.
  while (rows.length && rows.at(-1)!.every((cell) => cell.trim() === '')) rows.pop();
  return gridOfRows(label, rows);
}

/** Every worksheet of a workbook, merged cells marked. */
async function readXlsx(bytes: Buffer, name: string): Promise<Annex> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw damaged(name, '.xlsx', (error as Error).message);
  }
  const problems: Message[] = [];
  const grids: Grid[] = workbook.worksheets.map((sheet, i) => {
    const rows: Grid['rows'] = [];
    const width = sheet.columnCount;
    const label = `${name} › ${sheet.name || `sheet ${i + 1}`}`;
    problems.push(...hiddenParts(sheet, label));
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      const cells: GridCell[] = [];
      for (let column = 1; column <= width; column++) {
        const cell = row.getCell(column);
        const master = cell.isMerged ? cell.master : undefined;
        const stated = cellStated(cell, cellPlace(label, master ?? cell));
        if ('problem' in stated && (!master || master === cell)) problems.push(stated.problem);
        const text = cellText('text' in stated ? stated.text : '');
        const mergedFrom =
          master && master !== cell ? (master.row === cell.row ? 'left' : 'above') : undefined;
        cells.push(mergedFrom ? { text, mergedFrom } : { text });
      }
      rows.push({ number, cells });
    });
    return { label, rows };
  });
  if (problems.length) throw unusableParts(name, problems);
  return { grids };
}

/** The parts of a file the import must not read (an error cell, a hidden row, struck-out text), all at once. */
function unusableParts(name: string, problems: Message[]): AnnexFileError {
  // A sheet of thousands of #N/A is named by its first cells, not printed whole.
  const shown = (language: 'en' | 'zh') =>
    problems
      .slice(0, 20)
      .map((p) => `  - ${p[language]}`)
      .concat(problems.length > 20 ? [`  - … (+${problems.length - 20})`] : [])
      .join('\n');
  return new AnnexFileError({
    en: `cannot read ${name}: ${problems.length} part(s) of it state nothing the import may use:\n${shown('en')}`,
    zh: `无法读取 ${name}：其中 ${problems.length} 处不能作为导入的内容：\n${shown('zh')}`,
  });
}

/** A table of mammoth's HTML as a grid: colspan and rowspan spread the text to the cells they cover. */
function gridOfHtmlTable(table: HTMLElement, label: string, problems: Message[]): Grid {
  const rows: Grid['rows'] = [];
  // Cells spanning down into rows still to come; spent ones are dropped each row, so that a long table is read in linear time.
  let pending: Array<{ column: number; cell: GridCell; left: number }> = [];
  const rowElements = table.querySelectorAll('tr').filter((tr) => tr.closest('table') === table);
  rowElements.forEach((tr, r) => {
    pending = pending.filter((p) => p.left > 0);
    const cells: GridCell[] = [];
    const fillFromAbove = () => {
      for (
        let hit = pending.find((p) => p.column === cells.length && p.left > 0);
        hit;
        hit = pending.find((p) => p.column === cells.length && p.left > 0)
      ) {
        hit.left--;
        cells.push({ text: hit.cell.text, mergedFrom: 'above' });
      }
    };
    for (const td of tr.childNodes.filter(
      (node): node is HTMLElement =>
        (node as HTMLElement).tagName === 'TD' || (node as HTMLElement).tagName === 'TH',
    )) {
      fillFromAbove();
      const paragraphs = td.querySelectorAll('p');
      const text = cellText(
        paragraphs.length ? paragraphs.map((p) => p.textContent) : [td.textContent],
      );
      // Struck-out text (删除线) is what a marked-up list removes: never a studio of the list.
      const struck = cellText(td.querySelectorAll('s').map((element) => element.textContent));
      if (struck)
        problems.push({
          en: `${label}, row ${r + 1}, column ${cells.length + 1}: "${struck}" is struck through; expected a list without struck-out text: delete what is struck out (or remove the strikethrough if it stays) and save the file again`,
          zh: `${label} 第 ${r + 1} 行第 ${cells.length + 1} 列：“${struck}”带删除线；名单中不应有删除线文字：请删除带删除线的内容（如应保留则取消删除线）后重新保存`,
        });
      const span = Math.max(1, Number(td.getAttribute('colspan') ?? 1));
      const down = Math.max(1, Number(td.getAttribute('rowspan') ?? 1));
      for (let k = 0; k < span; k++) {
        const cell: GridCell = k === 0 ? { text } : { text, mergedFrom: 'left' };
        if (down > 1) pending.push({ column: cells.length, cell, left: down - 1 });
        cells.push(cell);
      }
    }
    fillFromAbove();
    rows.push({ number: r + 1, cells });
  });
  return { label, rows };
}

/** A numbered annex heading (附件2, 附件 2：…, 附件二), which starts another list. */
const ANNEX_HEADING = /^附\s*件\s*([0-9]+|[一二三四五六七八九十]+)(?![0-9])/;

/** The tables of a Word document, and its paragraphs in order (for the front page and the body). */
async function readDocx(bytes: Buffer, name: string): Promise<Annex> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch (error) {
    throw damaged(name, '.docx', (error as Error).message);
  }
  const root = parseHtml(html);
  const grids: Grid[] = [];
  const paragraphs: DocumentBlock[] = [];
  const problems: Message[] = (await hiddenWordText(bytes)).map((text) => ({
    en: `${name}: "${text}" is hidden text (Font › Hidden), which the document does not show; expected only text the document shows: delete it, or unhide it if it belongs, and save the file again`,
    zh: `${name}：“${text}”是隐藏文字（字体 › 隐藏），文件中不显示；只能导入文件中显示的内容：请删除它（如应保留则取消隐藏）后重新保存`,
  }));
  let annex: string | undefined;
  for (const node of root.childNodes as HTMLElement[]) {
    if (node.tagName === 'TABLE') {
      paragraphs.push({ kind: 'table', index: grids.length });
      const grid = gridOfHtmlTable(node, `${name} › table ${grids.length + 1}`, problems);
      grids.push(annex ? { ...grid, annex } : grid);
    } else if (node.tagName) {
      // Lists come as <ul>/<ol> of <li>: one block per item.
      const items =
        node.tagName === 'UL' || node.tagName === 'OL' ? node.querySelectorAll('li') : [node];
      for (const item of items) {
        const text = cellText(item.textContent);
        if (text) paragraphs.push({ kind: 'paragraph', text });
        const heading = ANNEX_HEADING.exec(text.normalize('NFKC'));
        if (heading) annex = `附件${heading[1]}`;
      }
    }
  }
  if (problems.length) throw unusableParts(name, problems);
  return { grids, paragraphs };
}

/**
 * Reads an annex file by its content and extension. `name` is how messages name it (its path).
 * Throws AnnexFileError with what to do when the file cannot be read.
 */
export async function readAnnexFile(bytes: Buffer, name: string): Promise<Annex> {
  const extension = (name.match(/\.[^./\\]+$/)?.[0] ?? '').toLowerCase();
  if (bytes.subarray(0, 8).equals(OLE_MAGIC) || ['.xls', '.doc', '.et', '.wps'].includes(extension))
    throw oldFormat(name, extension);
  if (extension === '.xlsx' || extension === '.docx') {
    if (!bytes.subarray(0, 4).equals(ZIP_MAGIC))
      throw damaged(name, extension, 'it does not start as an Office Open XML file does');
    return extension === '.xlsx' ? readXlsx(bytes, name) : readDocx(bytes, name);
  }
  if (extension === '.csv' || extension === '.tsv' || extension === '.txt') {
    return {
      grids: [
        readDelimited(
          decodeText(bytes, name),
          name,
          extension === '.tsv' ? '\t' : extension === '.csv' ? ',' : undefined,
        ),
      ],
    };
  }
  throw new AnnexFileError({
    en: `cannot read ${name}: expected an .xlsx, .docx, .csv or .tsv file, or a table pasted on standard input (use - as the file name).`,
    zh: `无法读取 ${name}：应为 .xlsx、.docx、.csv 或 .tsv 文件，或从标准输入粘贴的表格（文件名写 -）。`,
  });
}
