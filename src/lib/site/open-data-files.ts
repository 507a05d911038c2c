/**
 * The open-data files as published, /data/<name>.json and /data/<name>.csv: their text is made here once, for the
 * files themselves and for the data page, which states each file's size (the bytes a reader downloads).
 * A dataset with no rows is not published: neither its files nor a section on the data page.
 */
import type { SiteModel } from '../model/model.ts';
import { toCsv } from './csv.ts';
import { DATASETS, datasetTable, type Dataset } from './open-data.ts';

export const DATA_FORMATS = ['json', 'csv'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

export const DATA_MEDIA_TYPES: Record<DataFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** The text of one file of a dataset. */
export function datasetFileText(model: SiteModel, dataset: Dataset, format: DataFormat): string {
  const rows = dataset.rows(model);
  if (format === 'json') return JSON.stringify({ name: dataset.name, fields: dataset.fields, rows }, null, 1);
  return toCsv(Object.keys(dataset.fields), datasetTable(dataset, rows));
}

/** The datasets that have rows, with their row count and the size in bytes of each file. */
export function publishedDatasets(model: SiteModel): Array<{ dataset: Dataset; rows: number; bytes: Record<DataFormat, number> }> {
  return DATASETS.map((dataset) => ({ dataset, rows: dataset.rows(model).length }))
    .filter(({ rows }) => rows > 0)
    .map(({ dataset, rows }) => ({
      dataset,
      rows,
      bytes: { json: Buffer.byteLength(datasetFileText(model, dataset, 'json')), csv: Buffer.byteLength(datasetFileText(model, dataset, 'csv')) },
    }));
}
