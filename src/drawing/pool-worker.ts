/**
 * A drawing task, run by the pool's threads (piscina, src/drawing/pool.ts): draws one batch of chart drawings
 * (a chart instance and a layout) and share cards into their caches. A drawing that fails rejects the batch,
 * which fails the build.
 */
import type { ChartInstance } from '../lib/charts/instances.ts';
import type { DrawingLayout } from '../lib/charts/chart-layout.ts';
import type { ShareCard } from '../lib/outputs/share-cards.ts';
import { drawChart } from './draw.ts';
import { drawCard } from './card-cache.ts';

export type DrawingJob =
  { drawing: { instance: ChartInstance; layout: DrawingLayout } } | { card: ShareCard };

export default async function drawBatch(batch: DrawingJob[]): Promise<number> {
  for (const job of batch) {
    if ('card' in job) await drawCard(job.card);
    else await drawChart(job.drawing.instance, job.drawing.layout);
  }
  return batch.length;
}
