/**
 * The open-data files as published, /data/<name>.json and /data/<name>.csv: their text is made here once, for the
 * files themselves and for the data page, which states each file's size (the bytes a reader downloads).
 * A dataset with no rows is not published: neither its files nor a section on the data page.
 */
import type { SiteModel } from '../model/model.ts';
import { toCsv } from '../site/csv.ts';
import { DATASETS, datasetTable, type Dataset } from './open-data.ts';

export const DATA_FORMATS = ['json', 'csv'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

export const DATA_MEDIA_TYPES: Record<DataFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

export interface PublishedDataset {
  dataset: Dataset;
  /** How many rows it has (never 0: a dataset with none is not published). */
  rows: number;
  /** The text of each file, as published. */
  text: Record<DataFormat, string>;
  /** The size in bytes of each file, as a reader downloads it. */
  bytes: Record<DataFormat, number>;
}

/** Made once per model: the data page of each language and every file read the same texts. */
const publishedByModel = new WeakMap<SiteModel, PublishedDataset[]>();

/** The datasets that have rows, with the text and the size of each file. */
export function publishedDatasets(model: SiteModel): PublishedDataset[] {
  const known = publishedByModel.get(model);
  if (known) return known;
  const published = DATASETS.flatMap((dataset) => {
    const rows = dataset.rows(model);
    if (rows.length === 0) return [];
    const text: Record<DataFormat, string> = {
      json: JSON.stringify({ name: dataset.name, fields: dataset.fields, rows }, null, 1),
      csv: toCsv(Object.keys(dataset.fields), datasetTable(dataset, rows)),
    };
    return [
      {
        dataset,
        rows: rows.length,
        text,
        bytes: { json: Buffer.byteLength(text.json), csv: Buffer.byteLength(text.csv) },
      },
    ];
  });
  publishedByModel.set(model, published);
  return published;
}
