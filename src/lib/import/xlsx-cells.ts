/**
 * What a workbook's cell states, as text, or why it states nothing the import may use. Excel keeps
 * more than it shows: a formula's last result (or none, when a program wrote the file without
 * calculating it), an error (#REF!, #N/A), 17 digits where it shows 15, rows, columns and whole
 * sheets hidden from the reader. None of that may become a studio, a level or an amount: a value
 * is read as Excel shows it, and what Excel would not show, or shows as an error, is refused,
 * naming the cell.
 */
import type ExcelJS from 'exceljs';
import type { Message } from '../content/validation-messages.ts';

/** Excel calculates and shows numbers to 15 significant digits; the 17 of its file are binary noise (0.1+0.2). */
const EXCEL_DIGITS = 15;

type Stated = { text: string } | { problem: Message };

const isDate = (value: unknown): value is Date => value instanceof Date;

/** A value of the cell (its own, or its formula's result) as the text Excel shows. */
function shown(value: unknown, where: Message): Stated {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'number') return { text: String(Number(value.toPrecision(EXCEL_DIGITS))) };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  // Excel stores a date as a day number; exceljs gives the day at midnight UTC.
  if (isDate(value))
    return Number.isNaN(value.getTime())
      ? { problem: unreadable(where, 'an invalid date', '一个无效日期') }
      : { text: value.toISOString().slice(0, 10) };
  if (typeof value === 'object' && 'error' in value) {
    const error = String((value as { error: unknown }).error);
    return { problem: unreadable(where, `the error ${error}`, `错误值 ${error}`) };
  }
  if (typeof value === 'object' && 'richText' in value)
    return {
      text: ((value as { richText: Array<{ text?: string }> }).richText ?? [])
        .map((run) => run.text ?? '')
        .join(''),
    };
  if (typeof value === 'object' && 'text' in value)
    return shown((value as { text: unknown }).text, where);
  return { problem: unreadable(where, 'a value of an unknown kind', '一个无法识别的值') };
}

const unreadable = (where: Message, en: string, zh: string): Message => ({
  en: `${where.en} shows ${en}, not a value; expected the value itself: correct the cell (or its formula) in Excel or WPS and save the file again`,
  zh: `${where.zh} 显示的是${zh}，而不是数值或文字；请在 Excel 或 WPS 中更正该单元格（或其公式）后重新保存`,
});

/**
 * Whether a number format shows a number other than the cell holds: a decimal point or digit put in
 * as text before more digits (`0!.0000"万元"` shows 30000 as 3.0000万元, a known way to show 万), a
 * trailing comma (`#,##0,` divides by 1,000) or a percent sign. Text around the number (`0.0"万元"`,
 * `0"."` for "1.") is fine.
 */
export function formatChangesNumber(format: string | undefined): boolean {
  if (!format) return false;
  // A digit or point written as text before more digits: the number is shown split where it is not.
  if (/("[^"]*[\d.,][^"]*"|[\\!][\d.,])(?=.*[0#?])/.test(format)) return true;
  const code = format
    .replace(/"[^"]*"/g, '')
    .replace(/[\\!]./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[_*]./g, '');
  return code.includes('%') || /[0#?],+(?![0#?,])/.test(code);
}

/** What a cell states; `where` names it for messages (file › sheet, cell B7). */
export function cellStated(cell: ExcelJS.Cell, where: Message): Stated {
  const value = cell.value as unknown;
  const formula =
    value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value);
  const stated = formula ? (value as { result?: unknown }).result : value;
  if (formula && stated === undefined)
    return {
      problem: {
        en: `${where.en} holds a formula whose value was not saved in the file (a program wrote it without calculating); expected its value: open the file in Excel or WPS, let it calculate, and save it again`,
        zh: `${where.zh} 是公式，但文件中没有保存其计算结果（由未计算公式的程序生成）；请用 Excel 或 WPS 打开文件，计算后重新保存`,
      },
    };
  if (typeof stated === 'number' && formatChangesNumber(cell.numFmt))
    return {
      problem: {
        en: `${where.en} holds ${stated} but shows it through the number format ${cell.numFmt}, which moves its decimal point or scales it; expected the number as meant: type the amount itself (such as 3 for 3万元) and set the cell's format to General (常规)`,
        zh: `${where.zh} 的值是 ${stated}，但通过数字格式 ${cell.numFmt} 显示为另一个数（移动了小数点或按比例缩放）；请直接填写金额本身（例如 3万元 填 3），并将单元格格式设为“常规”`,
      },
    };
  return shown(stated, where);
}

/** Where a cell is, for messages: the file and sheet, the cell's address, its row and column. */
export function cellPlace(label: string, cell: ExcelJS.Cell): Message {
  const column = cell.address.replace(/\d+$/, '');
  return {
    en: `${label}, cell ${cell.address} (row ${cell.row}, column ${column})`,
    zh: `${label} 单元格 ${cell.address}（第 ${cell.row} 行第 ${column} 列）`,
  };
}

/** Hidden parts of a sheet that hold text: a reader of the sheet does not see them, so the import must not read them either. */
export function hiddenParts(sheet: ExcelJS.Worksheet, label: string): Message[] {
  const problems: Message[] = [];
  const holdsText = (cells: ExcelJS.Cell[]) => cells.some((cell) => cell.text?.trim());
  const all = (row: ExcelJS.Row) =>
    Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1));
  if (sheet.state !== 'visible' && sheet.rowCount > 0) {
    const rows: ExcelJS.Row[] = [];
    sheet.eachRow((row) => void rows.push(row));
    if (rows.some((row) => holdsText(all(row))))
      problems.push({
        en: `${label} is a hidden sheet; expected every sheet the import reads to be visible: unhide it if it belongs to the list, else delete it, and save the file again`,
        zh: `${label} 是隐藏的工作表；导入读取的工作表都应可见：如属于名单请取消隐藏，否则请删除，然后重新保存`,
      });
    return problems;
  }
  sheet.eachRow((row, number) => {
    if (row.hidden && holdsText(all(row)))
      problems.push({
        en: `${label}, row ${number} is hidden and holds text; expected no hidden rows: unhide it if it belongs to the list, else delete it, and save the file again`,
        zh: `${label} 第 ${number} 行被隐藏且有内容；不应有隐藏行：如属于名单请取消隐藏，否则请删除该行，然后重新保存`,
      });
  });
  for (let i = 1; i <= sheet.columnCount; i++) {
    const column = sheet.getColumn(i);
    const cells: ExcelJS.Cell[] = [];
    column.eachCell((cell) => void cells.push(cell));
    if (column.hidden && holdsText(cells))
      problems.push({
        en: `${label}, column ${column.letter} is hidden and holds text; expected no hidden columns: unhide it if it belongs to the list, else delete it, and save the file again`,
        zh: `${label} 第 ${column.letter} 列被隐藏且有内容；不应有隐藏列：如属于名单请取消隐藏，否则请删除该列，然后重新保存`,
      });
  }
  return problems;
}
