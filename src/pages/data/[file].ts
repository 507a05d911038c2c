/** /data/<set>.json and /data/<set>.csv, of every dataset that has rows (src/lib/outputs/open-data-files.ts). */
import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site-model.ts';
import {
  DATA_FORMATS,
  DATA_MEDIA_TYPES,
  publishedDatasets,
  type DataFormat,
} from '../../lib/outputs/open-data-files.ts';

export async function getStaticPaths() {
  const { model } = await loadSite();
  return publishedDatasets(model).flatMap(({ dataset }) =>
    DATA_FORMATS.map((format) => ({
      params: { file: `${dataset.name}.${format}` },
      props: { name: dataset.name, format },
    })),
  );
}

export const GET: APIRoute = async ({ props }) => {
  const { model } = await loadSite();
  const format = props.format as DataFormat;
  const file = publishedDatasets(model).find(({ dataset }) => dataset.name === props.name)!;
  return new Response(file.text[format], { headers: { 'Content-Type': DATA_MEDIA_TYPES[format] } });
};
