/** /data/<set>.json and /data/<set>.csv */
import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site-model.ts';
import { toCsv } from '../../lib/site/csv.ts';
import { DATASETS, datasetTable } from '../../lib/site/open-data.ts';

export function getStaticPaths() {
  return DATASETS.flatMap((dataset) =>
    ['json', 'csv'].map((format) => ({ params: { file: `${dataset.name}.${format}` }, props: { name: dataset.name, format } })),
  );
}

export const GET: APIRoute = async ({ props }) => {
  const { model } = await loadSite();
  const dataset = DATASETS.find((d) => d.name === props.name)!;
  const rows = dataset.rows(model);
  if (props.format === 'json') {
    return new Response(JSON.stringify({ name: dataset.name, fields: dataset.fields, rows }, null, 1), {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
  }
  return new Response(toCsv(Object.keys(dataset.fields), datasetTable(dataset, rows)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
