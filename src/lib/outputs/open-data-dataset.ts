/** What one open-data file is: its name, title, fields with their meaning, and its rows from the model. */
import type { SiteModel } from '../model/model.ts';
import type { CsvCell } from '../site/csv.ts';

/** One row of a dataset: field name → cell. */
export type Row = Record<string, CsvCell>;

export interface Dataset {
  name:
    | 'studios'
    | 'documents'
    | 'awards'
    | 'figures'
    | 'cumulative-figures'
    | 'achievements'
    | 'year-end-counts'
    | 'counted-elsewhere'
    | 'cumulative-facts';
  title: { zh: string; en: string };
  /** Field name → description. */
  fields: Record<string, { zh: string; en: string }>;
  rows: (model: SiteModel) => Row[];
}
