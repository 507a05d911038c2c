/**
 * A drawing worker: asks the pool for batches of chart drawings (a chart instance and a layout) and
 * share cards, and draws them into their caches one batch after another, until it is given an empty batch.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ChartInstance } from '../lib/charts/instances.ts';
import type { DrawingLayout } from '../lib/charts/chart-layout.ts';
import type { ShareCard } from '../lib/outputs/share-cards.ts';

type Job = { drawing: { instance: ChartInstance; layout: DrawingLayout } } | { card: ShareCard };

const { cacheDir, cardCacheDir } = workerData as { cacheDir: string; cardCacheDir: string };
process.env.STUDIO_CHART_CACHE = cacheDir;
process.env.STUDIO_CARD_CACHE = cardCacheDir;
const { drawChart } = await import('./draw.ts');
const { drawCard } = await import('./card-cache.ts');
const pool = parentPort!;
const waiting: Job[][] = [];
let ended = false;
let working = false;

async function work(): Promise<void> {
  if (working) return;
  working = true;
  for (let batch = waiting.shift(); batch; batch = waiting.shift()) {
    for (const job of batch) {
      if ('card' in job) await drawCard(job.card);
      else await drawChart(job.drawing.instance, job.drawing.layout);
    }
    pool.postMessage('ready');
  }
  working = false;
  if (ended) pool.close();
}

pool.on('message', (batch: Job[]) => {
  if (batch.length === 0) ended = true;
  else waiting.push(batch);
  // A failed drawing ends the worker with an error, which fails the build.
  void work();
});
pool.postMessage('ready');
pool.postMessage('ready');
