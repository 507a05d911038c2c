/**
 * Draws many charts and share cards in worker threads while Astro builds the pages: each worker
 * draws its share into the caches, from which scripts/build.ts then copies the files into the output.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { drawnCharts, type ChartInstance } from '../lib/charts/instances.ts';
import { DRAWING_LAYOUTS, type DrawingLayout } from '../lib/charts/chart-layout.ts';
import type { ShareCard } from '../lib/outputs/share-cards.ts';
import { CHART_CACHE_DIR, isCached } from './cache.ts';
import { CARD_CACHE_DIR, isCardCached } from './card-cache.ts';
import { removeStaleTemporaries } from '../lib/content/owned-temporaries.ts';

export interface PoolResult {
  drawn: number;
  /** Share cards drawn (not found in the cache). */
  cardsDrawn: number;
  seconds: number;
  workers: number;
}

/** A pool at work: its result, and a way to give it more workers (when the cores Astro used are free). */
export interface DrawingPool {
  result: Promise<PoolResult>;
  /** Starts `count` more workers on what is still waiting to be drawn (none once all is handed out). */
  addWorkers(count: number): void;
}

/** Jobs a worker takes at a time: small enough that a worker added late still finds work to share. */
const BATCH = 10;

type Job = { drawing: { instance: ChartInstance; layout: DrawingLayout } } | { card: ShareCard };

/**
 * Starts drawing the drawings and cards not yet in the caches, in worker threads that take jobs
 * from one queue. By default one core is left to Astro's page build, which runs meanwhile; the
 * build adds a worker when Astro has finished, so the rest is drawn on every core.
 */
export function startDrawing(instances: ChartInstance[], cards: ShareCard[] = [], workers = Math.max(1, availableParallelism() - 1)): DrawingPool {
  try {
    return drawingPool(instances, cards, workers);
  } catch (error) {
    // A cache that cannot be read: the build reports it where it awaits the result.
    return { result: Promise.reject(error instanceof Error ? error : new Error(String(error))), addWorkers: () => undefined };
  }
}

function drawingPool(instances: ChartInstance[], cards: ShareCard[], workers: number): DrawingPool {
  const started = performance.now();
  // What a killed build was writing (its process is gone) would otherwise stay for ever.
  removeStaleTemporaries(CHART_CACHE_DIR);
  removeStaleTemporaries(CARD_CACHE_DIR);
  const seen = new Set<string>();
  // Charts told as sentences are not drawn; each drawn chart has a narrow and a wide drawing.
  const missing = drawnCharts(instances).flatMap((instance) =>
    DRAWING_LAYOUTS.flatMap((layout) => {
      const { hash } = instance.drawings[layout];
      if (seen.has(hash) || isCached(hash)) return [];
      seen.add(hash);
      return [{ instance, layout }];
    }),
  );
  const missingCards = cards.filter((card) => !isCardCached(card.hash));
  const jobs: Job[] = [...missing.map((drawing) => ({ drawing })), ...missingCards.map((card) => ({ card }))];
  let next = 0;
  let running = 0;
  let workersStarted = 0;
  let settled = false;
  let settle!: { resolve: (result: PoolResult) => void; reject: (error: Error) => void };
  const result = new Promise<PoolResult>((resolve, reject) => (settle = { resolve, reject }));
  const finish = (error?: Error) => {
    if (settled) return;
    settled = true;
    if (error) settle.reject(error);
    else settle.resolve({ drawn: missing.length, cardsDrawn: missingCards.length, seconds: (performance.now() - started) / 1000, workers: workersStarted });
  };
  const startWorker = () => {
    if (settled || next >= jobs.length) return;
    workersStarted += 1;
    running += 1;
    const worker = new Worker(new URL('./pool-worker.ts', import.meta.url), { workerData: { cacheDir: CHART_CACHE_DIR, cardCacheDir: CARD_CACHE_DIR } });
    // The worker asks for work when it starts (twice, so that it has the next batch at hand while this
    // thread is busy) and after each batch; an empty batch tells it to end.
    worker.on('message', () => {
      const batch = settled ? [] : jobs.slice(next, next + BATCH);
      next += batch.length;
      worker.postMessage(batch);
    });
    worker.once('error', (error) => finish(error));
    worker.once('exit', (code) => {
      running -= 1;
      if (code !== 0) finish(new Error(`chart worker exited with ${code}`));
      else if (running === 0) finish(next >= jobs.length ? undefined : new Error(`the chart workers ended with ${jobs.length - next} drawings not handed out`));
    });
  };
  if (jobs.length === 0) finish();
  // A few jobs do not pay for a second worker's start.
  for (let i = 0; i < Math.max(1, Math.min(workers, Math.ceil(jobs.length / 20))); i += 1) startWorker();
  return {
    result,
    addWorkers: (count) => {
      for (let i = 0; i < count && jobs.length - next > BATCH; i += 1) startWorker();
    },
  };
}

/** Draws the drawings and cards not yet in the caches, and waits for them. */
export const drawAll = (instances: ChartInstance[], cards: ShareCard[] = [], workers?: number): Promise<PoolResult> =>
  startDrawing(instances, cards, workers).result;
