/** In `astro dev`: /charts/<name>.svg (see chart-endpoint.ts). */
import type { APIRoute } from 'astro';
import { drawChart } from '../charts/draw.ts';
import type { ChartInstance } from '../lib/charts.ts';
import { chartPaths } from './chart-endpoint.ts';

export const getStaticPaths = () => chartPaths('svg');

export const GET: APIRoute<{ instance: ChartInstance }> = async ({ props }) =>
  new Response(await drawChart(props.instance), { headers: { 'Content-Type': 'image/svg+xml' } });
