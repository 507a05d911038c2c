/**
 * Annex files made the way a clerk's software makes them: an .xlsx workbook written by exceljs (with
 * merged cells) and a .docx document written by the docx package (a front page, a table with
 * spanning headings and a unit merged down a column). Used by the unit and build tests of the import.
 */
import ExcelJS from 'exceljs';
import {
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  VerticalMergeType,
  AlignmentType,
} from 'docx';

/** A row of an annex: cells, or a group heading spread across the table. */
export type FixtureRow = string[] | { heading: string };

/** An .xlsx annex: a title row, the header, then rows; headings are merged across; `mergeDown` merges a column's cells. */
export async function xlsxAnnex(
  header: string[],
  rows: FixtureRow[],
  options: { title?: string; mergeDown?: Array<{ column: number; from: number; to: number }> } = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('附件');
  const width = header.length;
  const letter = (column: number) => String.fromCharCode(64 + column);
  if (options.title) {
    sheet.addRow([options.title]);
    sheet.mergeCells(`A1:${letter(width)}1`);
  }
  sheet.addRow(header);
  for (const row of rows) {
    if (Array.isArray(row)) {
      sheet.addRow(
        row.map((cell) =>
          /^\d+$/.test(cell) && cell.length < 4 ? Number(cell) : cell === '' ? null : cell,
        ),
      );
    } else {
      const added = sheet.addRow([row.heading]);
      sheet.mergeCells(`A${added.number}:${letter(width)}${added.number}`);
    }
  }
  for (const merge of options.mergeDown ?? [])
    sheet.mergeCells(`${letter(merge.column)}${merge.from}:${letter(merge.column)}${merge.to}`);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A .docx decision: paragraphs of its front page and text, then the annex table (headings span the row; `mergeDown` rows continue the cell above). */
export async function docxDecision(
  paragraphs: string[],
  afterText: string[],
  header: string[],
  rows: Array<FixtureRow | { cells: string[]; continueColumn: number }>,
): Promise<Buffer> {
  const cell = (text: string, extra: Record<string, unknown> = {}) =>
    new TableCell({ children: text.split('\n').map((line) => new Paragraph(line)), ...extra });
  const tableRows = [new TableRow({ children: header.map((text) => cell(text)) })];
  rows.forEach((row, i) => {
    if (Array.isArray(row)) {
      const next = rows[i + 1];
      const startsMerge = next && !Array.isArray(next) && 'continueColumn' in next;
      tableRows.push(
        new TableRow({
          children: row.map((text, c) =>
            cell(
              text,
              startsMerge && next.continueColumn === c
                ? { verticalMerge: VerticalMergeType.RESTART }
                : {},
            ),
          ),
        }),
      );
    } else if ('heading' in row) {
      tableRows.push(
        new TableRow({ children: [cell(row.heading, { columnSpan: header.length })] }),
      );
    } else {
      tableRows.push(
        new TableRow({
          children: row.cells.map((text, c) =>
            c === row.continueColumn
              ? cell('', { verticalMerge: VerticalMergeType.CONTINUE })
              : cell(text),
          ),
        }),
      );
    }
  });
  const document = new Document({
    sections: [
      {
        children: [
          ...paragraphs.map((text) => new Paragraph({ text, alignment: AlignmentType.LEFT })),
          ...afterText.map((text) => new Paragraph(text)),
          new Table({ rows: tableRows }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
