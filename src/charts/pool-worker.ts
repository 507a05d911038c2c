/** A drawing worker: draws its share of chart drawings (a chart instance and a layout) and share cards into their caches. */
import { workerData } from 'node:worker_threads';
import type { ChartInstance } from '../lib/figures/charts.ts';
import type { DrawingLayout } from '../lib/figures/chart-layout.ts';
import type { ShareCard } from '../lib/site/share-cards.ts';

const job = workerData as { drawings: Array<{ instance: ChartInstance; layout: DrawingLayout }>; cards: ShareCard[]; cacheDir: string; cardCacheDir: string };
process.env.STUDIO_CHART_CACHE = job.cacheDir;
process.env.STUDIO_CARD_CACHE = job.cardCacheDir;
const { drawChart } = await import('./draw.ts');
const { drawCard } = await import('./card-cache.ts');
for (const { instance, layout } of job.drawings) await drawChart(instance, layout);
for (const card of job.cards) await drawCard(card);
