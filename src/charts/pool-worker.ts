/** A chart-drawing worker: draws its share of chart instances into the cache. */
import { workerData } from 'node:worker_threads';
import type { ChartInstance } from '../lib/charts.ts';

process.env.STUDIO_CHART_CACHE = (workerData as { cacheDir: string }).cacheDir;
const { drawChart } = await import('./draw.ts');
for (const instance of (workerData as { instances: ChartInstance[] }).instances) await drawChart(instance);
