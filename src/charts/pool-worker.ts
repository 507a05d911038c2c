/** A chart-drawing worker: draws its share of drawings (a chart instance and a layout) into the cache. */
import { workerData } from 'node:worker_threads';
import type { ChartInstance } from '../lib/charts.ts';
import type { DrawingLayout } from '../lib/chart-layout.ts';

process.env.STUDIO_CHART_CACHE = (workerData as { cacheDir: string }).cacheDir;
const { drawChart } = await import('./draw.ts');
for (const { instance, layout } of (workerData as { drawings: Array<{ instance: ChartInstance; layout: DrawingLayout }> }).drawings) await drawChart(instance, layout);
