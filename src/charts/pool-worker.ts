/** A drawing worker: draws its share of chart instances and share cards into their caches. */
import { workerData } from 'node:worker_threads';
import type { ChartInstance } from '../lib/charts.ts';
import type { ShareCard } from '../lib/share-cards.ts';

const job = workerData as { instances: ChartInstance[]; cards: ShareCard[]; cacheDir: string; cardCacheDir: string };
process.env.STUDIO_CHART_CACHE = job.cacheDir;
process.env.STUDIO_CARD_CACHE = job.cardCacheDir;
const { drawChart } = await import('./draw.ts');
const { drawCard } = await import('./card-cache.ts');
for (const instance of job.instances) await drawChart(instance);
for (const card of job.cards) await drawCard(card);
