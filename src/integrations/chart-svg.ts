/** In `astro dev`: /charts/<name>.svg (see dev-chart-paths.ts). */
import type { APIRoute } from 'astro';
import { drawChart } from '../drawing/draw.ts';
import type { ChartInstance } from '../lib/charts/instances.ts';
import type { DrawingLayout } from '../lib/charts/chart-layout.ts';
import { chartPaths } from './dev-chart-paths.ts';

export const getStaticPaths = () => chartPaths('svg');

export const GET: APIRoute<{ instance: ChartInstance; layout: DrawingLayout }> = async ({
  props,
}) =>
  new Response(await drawChart(props.instance, props.layout), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
