/**
 * The drawing pool: workers take chart drawings and share cards from one queue, a worker added
 * while they work (as the build does when Astro has finished) shares what is left, and everything
 * ends up in the caches exactly once.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { allChartInstances, drawnCharts } from '../../src/lib/charts/instances.ts';
import { DRAWING_LAYOUTS } from '../../src/lib/charts/chart-layout.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { allShareCards, type ShareCard } from '../../src/lib/outputs/share-cards.ts';
import { smallArchive } from '../helpers/small-archive.ts';

describe('the drawing pool', () => {
  it('draws every missing drawing and card once, with a worker added while it works, and nothing on a second run', async () => {
    const chartCache = mkdtempSync(join(tmpdir(), 'pool-charts-'));
    vi.stubEnv('STUDIO_CHART_CACHE', chartCache);
    vi.stubEnv('STUDIO_CARD_CACHE', mkdtempSync(join(tmpdir(), 'pool-cards-')));
    vi.resetModules();
    const { startDrawing } = await import('../../src/drawing/pool.ts');
    const { isCached } = await import('../../src/drawing/cache.ts');
    const { isCardCached } = await import('../../src/drawing/card-cache.ts');
    const model = buildModel(smallArchive());
    const instances = allChartInstances(model);
    const cards = allShareCards(model);
    const drawings = new Set(
      drawnCharts(instances).flatMap((instance) =>
        DRAWING_LAYOUTS.map((layout) => instance.drawings[layout].hash),
      ),
    );
    expect(drawings.size + cards.length).toBeGreaterThan(30);

    const pool = startDrawing(instances, cards, 1);
    pool.addWorkers(1);
    const first = await pool.result;
    expect(first).toMatchObject({ drawn: drawings.size, cardsDrawn: cards.length, workers: 2 });
    expect([...drawings].filter((hash) => !isCached(hash))).toEqual([]);
    expect(cards.filter((card) => !isCardCached(card.hash))).toEqual([]);
    expect(readdirSync(chartCache).filter((name) => name.endsWith('.svg'))).toHaveLength(
      drawings.size,
    );

    const again = startDrawing(instances, cards, 1);
    again.addWorkers(1);
    expect(await again.result).toMatchObject({ drawn: 0, cardsDrawn: 0, workers: 0 });
  }, 120_000);

  it('fails, and does not hang, when a drawing fails in a worker', async () => {
    vi.stubEnv('STUDIO_CARD_CACHE', mkdtempSync(join(tmpdir(), 'pool-cards-')));
    vi.resetModules();
    const { startDrawing } = await import('../../src/drawing/pool.ts');
    const broken = { hash: 'f'.repeat(24) } as unknown as ShareCard;
    await expect(startDrawing([], [broken], 1).result).rejects.toThrow();
  }, 60_000);
});
