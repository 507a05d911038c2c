/** In `astro dev`: every chart as /charts/<key>.<hash>.svg and the numbers drawn as /charts/<key>.<hash>.csv. */
import type { APIRoute } from 'astro';
import { drawChart } from '../charts/draw.ts';
import { loadSite } from '../data/site-model.ts';
import { allChartInstances, chartCsv, chartFiles, type ChartInstance } from '../lib/charts.ts';

export async function getStaticPaths() {
  const { model } = await loadSite();
  return allChartInstances(model).flatMap((instance) => {
    const files = chartFiles(instance);
    return [
      { params: { file: files.svg.slice('/charts/'.length) }, props: { instance, format: 'svg' as const }, cacheKey: instance.hash },
      { params: { file: files.csv.slice('/charts/'.length) }, props: { instance, format: 'csv' as const }, cacheKey: instance.hash },
    ];
  });
}

export const GET: APIRoute<{ instance: ChartInstance; format: 'svg' | 'csv' }> = async ({ props }) =>
  props.format === 'svg'
    ? new Response(await drawChart(props.instance), { headers: { 'Content-Type': 'image/svg+xml' } })
    : new Response(chartCsv(props.instance), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
