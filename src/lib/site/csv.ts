/**
 * The one CSV writer of the site: the open data sets (/data/*.csv) and every chart's CSV.
 * RFC 4180 quoting and CRLF line ends, UTF-8 with a byte-order mark so that spreadsheet programs
 * read Chinese. csv-stringify does the quoting and the neutralising of formulas.
 */
import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | boolean | null;

export function toCsv(header: string[], rows: CsvCell[][]): string {
  return stringify([header, ...rows], {
    bom: true,
    record_delimiter: 'windows',
    // Also quote a lone \n or \r in a cell (by default only the record delimiter is).
    quote_record_delimiter: true,
    // A text cell starting with = + - @ (or their full-width forms), a tab or a carriage return is
    // read as a formula by spreadsheet programs (=HYPERLINK(…) runs in Excel): it gets a leading
    // apostrophe, as OWASP recommends. Numbers are left alone, negative ones too.
    escape_formulas: true,
    // true/false as words (csv-stringify writes 1 and an empty cell).
    cast: { boolean: (value) => String(value) },
  });
}
