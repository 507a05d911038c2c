/** In `astro dev`: /charts/<name>.csv (see dev-chart-paths.ts). */
import type { APIRoute } from 'astro';
import { chartCsv, type ChartInstance } from '../lib/charts/instances.ts';
import { chartPaths } from './dev-chart-paths.ts';

export const getStaticPaths = () => chartPaths('csv');

export const GET: APIRoute<{ instance: ChartInstance }> = ({ props }) =>
  new Response(chartCsv(props.instance), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
