/**
 * A table as read from an annex, before its columns and rows are understood: a grid of cell texts,
 * with where each cell's text came from when the file merged it from a neighbour. Every reader
 * (spreadsheet, Word, CSV, pasted text) produces this, and everything after works on it alone.
 */

/** One cell of the grid. */
export interface GridCell {
  /** Text of the cell with line breaks inside it joined (see cellText). */
  text: string;
  /**
   * Set when the file merged this cell into a neighbour's: `left` when the merge runs across the
   * row (a heading spread over the table), `above` when it runs down a column (one employer for
   * several rows). The text is the merged cell's text.
   */
  mergedFrom?: 'left' | 'above';
}

/** A table: its rows, each numbered as a reader finds it in the file (spreadsheet row, CSV line). */
export interface Grid {
  /** Where it came from, for messages: "附件 (sheet 1)", "table 2", "standard input". */
  label: string;
  /** In a Word document, the numbered annex heading the table stands under (附件2), when there is one. */
  annex?: string;
  rows: Array<{ number: number; cells: GridCell[] }>;
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/**
 * The text of a cell whose content was broken over lines (a long unit name wrapped in Word, or
 * typed with Alt+Enter in Excel): lines are joined without a space between Chinese characters
 * and with one space between other words, and runs of spaces collapse.
 */
export function cellText(lines: string | string[]): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this pattern finds
  const parts = (Array.isArray(lines) ? lines : lines.split(/\r?\n|\r|\u000b/))
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter(Boolean);
  return parts.reduce((joined, part) => {
    if (!joined) return part;
    const glue = CJK.test(joined.at(-1)!) || CJK.test(part[0]!) ? '' : ' ';
    return `${joined}${glue}${part}`;
  }, '');
}

/** A grid from plain rows of text (CSV, pasted tables), numbered from `firstNumber`. */
export function gridOfRows(label: string, rows: string[][], firstNumber = 1): Grid {
  return {
    label,
    rows: rows.map((cells, i) => ({
      number: firstNumber + i,
      cells: cells.map((text) => ({ text: cellText(text) })),
    })),
  };
}
