/** In `astro dev`: every chart's drawing and CSV under the names chartFiles gives them (src/lib/charts.ts). */
import type { APIRoute } from 'astro';
import { drawChart } from '../charts/draw.ts';
import { loadSite } from '../data/site-model.ts';
import { allChartInstances, chartCsv, chartFiles, type ChartInstance } from '../lib/charts.ts';

export async function getStaticPaths() {
  const { model } = await loadSite();
  const paths = new Map<string, { params: { file: string }; props: { instance: ChartInstance; format: 'svg' | 'csv' } }>();
  for (const instance of allChartInstances(model)) {
    const files = chartFiles(instance);
    // Languages that draw the same share one drawing, so one path.
    for (const [format, path] of [['svg', files.svg], ['csv', files.csv]] as const) {
      const file = path.slice('/charts/'.length);
      if (!paths.has(file)) paths.set(file, { params: { file }, props: { instance, format } });
    }
  }
  return [...paths.values()];
}

export const GET: APIRoute<{ instance: ChartInstance; format: 'svg' | 'csv' }> = async ({ props }) =>
  props.format === 'svg'
    ? new Response(await drawChart(props.instance), { headers: { 'Content-Type': 'image/svg+xml' } })
    : new Response(chartCsv(props.instance), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
