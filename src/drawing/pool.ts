/**
 * Draws many charts and share cards in worker threads while Astro builds the pages: each worker
 * draws its share into the caches, from which scripts/build.ts then copies the files into the output.
 * The threads are piscina's; what is ours is the queue of batches, shared by lanes (one thread each),
 * so that a lane added while the pool works (Astro's cores are free) takes its share of what is left.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { drawnCharts, type ChartInstance } from '../lib/charts/instances.ts';
import { DRAWING_LAYOUTS } from '../lib/charts/chart-layout.ts';
import type { ShareCard } from '../lib/outputs/share-cards.ts';
import { CHART_CACHE_DIR, isCached } from './cache.ts';
import { CARD_CACHE_DIR, isCardCached } from './card-cache.ts';
import { removeStaleTemporaries } from '../lib/content/owned-temporaries.ts';
import type { DrawingJob } from './pool-worker.ts';

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

/**
 * Starts drawing the drawings and cards not yet in the caches, in worker threads that take batches
 * from one queue. By default one core is left to Astro's page build, which runs meanwhile; the
 * build adds a worker when Astro has finished, so the rest is drawn on every core.
 */
export function startDrawing(
  instances: ChartInstance[],
  cards: ShareCard[] = [],
  workers = Math.max(1, availableParallelism() - 1),
): DrawingPool {
  try {
    return drawingPool(instances, cards, workers);
  } catch (error) {
    // A cache that cannot be read: the build reports it where it awaits the result.
    return {
      result: Promise.reject(error instanceof Error ? error : new Error(String(error))),
      addWorkers: () => undefined,
    };
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
  const jobs: DrawingJob[] = [
    ...missing.map((drawing) => ({ drawing })),
    ...missingCards.map((card) => ({ card })),
  ];
  let next = 0;
  let threadsStarted = 0;
  let settled = false;
  // A lane hands its thread one batch at a time, so piscina starts a thread for each lane and no more.
  const threads = new Piscina<DrawingJob[], number>({
    filename: new URL('./pool-worker.ts', import.meta.url).href,
    minThreads: 0,
    maxThreads: workers + availableParallelism(),
    // The threads draw into the caches this process checked (the variables are read once each thread starts).
    env: { ...process.env, STUDIO_CHART_CACHE: CHART_CACHE_DIR, STUDIO_CARD_CACHE: CARD_CACHE_DIR },
  });
  threads.on('workerCreate', () => (threadsStarted += 1));
  let fail!: (error: Error) => void;
  // A thread that fails while it holds no batch is reported on the pool, not on a batch: that fails the drawing too.
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => undefined);
  threads.on('error', (error: Error) => fail(error));
  const lane = async (): Promise<void> => {
    for (
      let batch = jobs.slice(next, next + BATCH);
      batch.length > 0 && !settled;
      batch = jobs.slice(next, next + BATCH)
    ) {
      next += batch.length;
      // A batch whose drawing fails, or whose thread dies (exits, crashes), rejects here.
      await threads.run(batch);
    }
  };
  const running: Promise<void>[] = [];
  const startLane = () => {
    if (settled || next >= jobs.length) return;
    running.push(lane());
  };
  // A few jobs do not pay for a second thread's start.
  for (let i = 0; i < Math.max(1, Math.min(workers, Math.ceil(jobs.length / 20))); i += 1)
    startLane();
  const result = (async (): Promise<PoolResult> => {
    try {
      // Lanes added while this waits are waited for too.
      for (let waitedFor = 0; waitedFor < running.length;) {
        waitedFor = running.length;
        await Promise.race([Promise.all(running), failed]);
      }
      if (next < jobs.length)
        throw new Error(
          `the chart workers ended with ${jobs.length - next} drawings not handed out`,
        );
      return {
        drawn: missing.length,
        cardsDrawn: missingCards.length,
        seconds: (performance.now() - started) / 1000,
        workers: threadsStarted,
      };
    } finally {
      settled = true;
      await threads.destroy();
    }
  })();
  return {
    result,
    addWorkers: (count) => {
      for (let i = 0; i < count && jobs.length - next > BATCH; i += 1) startLane();
    },
  };
}

/** Draws the drawings and cards not yet in the caches, and waits for them. */
export const drawAll = (
  instances: ChartInstance[],
  cards: ShareCard[] = [],
  workers?: number,
): Promise<PoolResult> => startDrawing(instances, cards, workers).result;
