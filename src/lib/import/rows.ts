/**
 * From grids to the annex's rows: the header row found and its columns recognised, group heading
 * rows ("安亭镇（2个）") turned into the group of the rows below them, merged cells and blank
 * continuation rows (a unit name wrapped onto a second row, a second leader) joined to their row,
 * repeated header rows and total rows (合计) dropped.
 */
import type { Message } from '../content/validation-messages.ts';
import { splitBracketedEmployer } from '../content/bracketed-employer.ts';
import { HEADER_WORDS, recogniseHeader, type ColumnField, type ColumnIndex } from './columns.ts';
import { cellText, type Grid } from './grid.ts';
import { levelInText } from './levels.ts';
import type { StudioLevel } from '../../schemas/vocabulary.ts';

/** One row of the annex as written, every field as the text of its cell. */
export interface AnnexRow {
  /** The row's number in the file (spreadsheet row, table row, line), as messages and --choose name it. */
  row: number;
  seq?: string;
  title?: string;
  employer?: string;
  leader?: string;
  level?: string;
  region?: string;
  funding?: string;
  designation?: string;
  /** The group heading above the row, or its group column. */
  group?: string;
  /** The level a group heading states (市级劳模创新工作室（12个）), for rows with no level of their own. */
  groupLevel?: StudioLevel;
}

export interface AnnexTable {
  /** Where the rows come from, for the report. */
  label: string;
  /** The header as written, and the field each recognised column holds. */
  header: Array<{ text: string; field?: ColumnField }>;
  /** Headers not recognised (their columns are not read), and columns dropped on purpose. */
  unknown: string[];
  ignored: string[];
  rows: AnnexRow[];
}

/** Header rows are looked for among the first rows of a table (above them: a title, 附件1 …). */
const HEADER_SEARCH_ROWS = 15;
const COUNT_SUFFIX = /\s*[(（]\s*(共\s*)?\d+\s*(个|家|项)?\s*[)）]\s*[:：]?$/;
const ENUMERATOR =
  /^\s*([一二三四五六七八九十]+\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]+\s*[)）]|\d+\s*[、.．](?!\d))\s*/;
const TOTAL_ROW = /^(合\s*计|总\s*计|共\s*计|小\s*计)/;
/** What only a heading carries: a colon at its end (省级劳模工作室：), or a Chinese enumerator (一、, （二）). */
const HEADING_MARK =
  /[:：]\s*$|^\s*([一二三四五六七八九十]+\s*[、.．]|[(（]\s*[一二三四五六七八九十]+\s*[)）])/;

/** A group heading as the decision shows it: without its count (（2个）), enumerator (一、) or colon. */
export const groupName = (heading: string): string =>
  heading
    .replace(COUNT_SUFFIX, '')
    .replace(ENUMERATOR, '')
    .replace(/[:：]\s*$/, '')
    .trim();

/**
 * A table under another annex heading than the list's (附件2 under 附件1's columns: 新命名 and
 * 复审合格): which list this import is, is not guessed.
 */
function otherAnnex(grid: Grid, listLabel: string, listAnnex: string | undefined): Message {
  const list = listLabel.replace(/^.* › /, '');
  return {
    en: `${grid.label} is under "${grid.annex ?? 'no 附件 heading'}", ${list} under "${listAnnex ?? 'no 附件 heading'}": two lists with the same columns; expected one list per import: save the list to import in a file of its own (or delete the other) and import that file`,
    zh: `${grid.label} 属于“${grid.annex ?? '无附件标题'}”，${list} 属于“${listAnnex ?? '无附件标题'}”：两个名单的列相同；一次只导入一个名单：请将要导入的名单另存为单独的文件（或删除另一个名单）后导入`,
  };
}

/** Finds the header row of a grid: its index among the rows, and the columns. */
function findHeader(grid: Grid, map: ReadonlyMap<string, ColumnField>) {
  for (let i = 0; i < Math.min(grid.rows.length, HEADER_SEARCH_ROWS); i++) {
    const cells = grid.rows[i]!.cells.map((cell) => cell.text);
    const found = recogniseHeader(cells, map);
    if (found) return { index: i, cells, ...found };
  }
  return undefined;
}

type RowFields = Omit<AnnexRow, 'row' | 'group' | 'groupLevel'>;
const FIELDS: Array<keyof RowFields> = [
  'seq',
  'title',
  'employer',
  'leader',
  'level',
  'region',
  'funding',
  'designation',
];

/**
 * The annex's rows from the grids of a file. Tables without a header row of their own that follow
 * one with the same number of columns continue it (a Word table broken over pages).
 */
/**
 * A studio's name and its employer in one cell: read as the title and the employer, so that the
 * studio matches the one already in the archive instead of becoming a second studio whose title
 * carries the bracket (src/lib/content/bracketed-employer.ts).
 */
function splitEmployer(fields: AnnexRow): void {
  const parts = fields.employer || !fields.title ? undefined : splitBracketedEmployer(fields.title);
  if (!parts) return;
  fields.title = parts.title;
  fields.employer = parts.body;
}

export function readAnnexRows(
  grids: Grid[],
  map: ReadonlyMap<string, ColumnField>,
): { table?: AnnexTable; problems: Message[] } {
  let table: AnnexTable | undefined;
  let columns: ColumnIndex = {};
  let width = 0;
  let headerTexts: string[] = [];
  let group: { name: string; level?: StudioLevel } | undefined;
  let renumber = 0;
  let annex: string | undefined;
  const problems: Message[] = [];
  const used = grids.filter((grid) => grid.rows.some((row) => row.cells.some((cell) => cell.text)));
  // Several tables are numbered one after another (rows of table 2 go on from table 1's), so that a row number names one row.
  const numberAcross = used.length > 1;

  for (const grid of used) {
    const header = findHeader(grid, map);
    let startAt = 0;
    if (header) {
      if (!table) {
        table = {
          label: grid.label,
          header: header.cells.map((text, i) => ({
            text,
            field:
              (Object.entries(header.columns) as Array<[ColumnField, number]>).find(
                ([, at]) => at === i,
              )?.[0] ?? (header.ignored.includes(text) ? 'ignore' : undefined),
          })),
          unknown: header.unknown,
          ignored: header.ignored,
          rows: [],
        };
        columns = header.columns;
        width = header.cells.length;
        headerTexts = header.cells;
        annex = grid.annex;
      } else if (header.cells.join('|') !== headerTexts.join('|')) {
        continue; // another list (附件2) with other columns: not this one
      } else if (grid.annex !== annex) {
        problems.push(otherAnnex(grid, table.label, annex));
        continue;
      }
      startAt = header.index + 1;
      if (numberAcross) renumber += header.index + 1;
    } else if (!table || grid.rows[0]!.cells.length !== width) {
      if (numberAcross) renumber += grid.rows.length;
      continue;
    } else if (grid.annex !== annex) {
      problems.push(otherAnnex(grid, table.label, annex));
      continue;
    }
    for (const { number, cells } of grid.rows.slice(startAt)) {
      const rowNumber = numberAcross ? ++renumber : number;
      const own = cells.filter((cell) => cell.text && cell.mergedFrom !== 'above');
      if (!cells.some((cell) => cell.text)) continue;
      const texts = cells.map((cell) => cell.text);
      if (texts.join('|') === headerTexts.join('|')) continue; // the header repeated on a new page
      const at = (field: keyof RowFields) =>
        columns[field] === undefined ? undefined : cells[columns[field]!];
      const titleCell = at('title');
      const seqCell = at('seq');
      const distinct = [...new Set(own.map((cell) => cell.text))];

      // A group heading: one text, spread across the row, or counted (（2个）), or standing where the number goes.
      if (distinct.length === 1) {
        const text = distinct[0]!;
        const spread = cells.some((cell) => cell.mergedFrom === 'left' && cell.text === text);
        const inSeqColumn = seqCell?.text === text && !/^\d+$/.test(text) && !titleCell?.text;
        const firstColumnOnly = cells[0]?.text === text && !titleCell?.text && columns.title !== 0;
        if (
          spread ||
          COUNT_SUFFIX.test(text) ||
          HEADING_MARK.test(text) ||
          inSeqColumn ||
          (firstColumnOnly && !/^\d+$/.test(text))
        ) {
          if (TOTAL_ROW.test(text)) continue;
          group = { name: groupName(text), level: levelInText(text) };
          continue;
        }
      }
      if (TOTAL_ROW.test(titleCell?.text ?? '') || TOTAL_ROW.test(seqCell?.text ?? '')) continue;

      const previous = table!.rows.at(-1);
      const titleOwn =
        titleCell && titleCell.text && titleCell.mergedFrom !== 'above'
          ? titleCell.text
          : undefined;
      const seqOwn =
        seqCell && seqCell.text && seqCell.mergedFrom !== 'above' ? seqCell.text : undefined;
      // A continuation: no number and no name of its own, only more text for the row above.
      if (!titleOwn && !seqOwn && previous) {
        for (const field of FIELDS) {
          const cell = at(field);
          if (!cell?.text || cell.mergedFrom === 'above') continue;
          const before = previous[field];
          previous[field] = before
            ? field === 'leader'
              ? `${before}、${cell.text}`
              : cellText([before, cell.text])
            : cell.text;
        }
        continue;
      }
      const fields: AnnexRow = { row: rowNumber };
      for (const field of FIELDS) {
        const text = at(field)?.text;
        if (text) fields[field] = text;
      }
      splitEmployer(fields);
      const groupColumn = columns.group === undefined ? undefined : cells[columns.group]?.text;
      if (groupColumn) fields.group = groupColumn;
      else if (group) {
        fields.group = group.name;
        if (group.level) fields.groupLevel = group.level;
      }
      table!.rows.push(fields);
    }
  }
  if (!table) {
    const firstRow = used[0]?.rows.find((row) => row.cells.some((cell) => cell.text));
    const seen = firstRow
      ? firstRow.cells
          .map((cell) => cell.text)
          .filter(Boolean)
          .join(' | ')
      : '';
    return {
      problems: [
        {
          en: `no column of studio names: found no header such as ${HEADER_WORDS.title.slice(0, 3).join(' / ')} in the first ${HEADER_SEARCH_ROWS} rows${seen ? ` (the first row reads: ${seen})` : ' (the file holds no table)'}; expected a header row, or --map "<header>=title"`,
          zh: `找不到工作室名称列：前 ${HEADER_SEARCH_ROWS} 行中没有 ${HEADER_WORDS.title.slice(0, 3).join(' / ')} 等表头${seen ? `（第一行为：${seen}）` : '（文件中没有表格）'}；应有表头行，或用 --map "表头=title" 指定`,
        },
      ],
    };
  }
  return { table, problems };
}
