/**
 * Draws many charts and share cards in worker threads while Astro builds the pages: each worker
 * draws its share into the caches, from which scripts/build.ts then copies the files into the output.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { drawnCharts, type ChartInstance } from '../lib/figures/charts.ts';
import { DRAWING_LAYOUTS } from '../lib/figures/chart-layout.ts';
import type { ShareCard } from '../lib/site/share-cards.ts';
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

/** Draws the drawings and cards not yet in the caches, in worker threads: by default one core is left to Astro's page build, which runs meanwhile. */
export async function drawAll(instances: ChartInstance[], cards: ShareCard[] = [], workers = Math.max(1, availableParallelism() - 1)): Promise<PoolResult> {
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
  const count = Math.max(1, Math.min(workers, Math.ceil((missing.length + missingCards.length) / 20)));
  const shares = Array.from({ length: count }, (_, i) => ({
    drawings: missing.filter((_, j) => j % count === i),
    cards: missingCards.filter((_, j) => j % count === i),
  }));
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          if (share.drawings.length === 0 && share.cards.length === 0) return resolve();
          const worker = new Worker(new URL('./pool-worker.ts', import.meta.url), {
            workerData: { ...share, cacheDir: CHART_CACHE_DIR, cardCacheDir: CARD_CACHE_DIR },
          });
          worker.once('error', reject);
          worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`chart worker exited with ${code}`))));
        }),
    ),
  );
  return { drawn: missing.length, cardsDrawn: missingCards.length, seconds: (performance.now() - started) / 1000, workers: count };
}
