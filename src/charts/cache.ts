/**
 * Drawn charts kept between builds, named by the hash of what they draw (src/lib/charts.ts):
 * a chart is drawn again only when its type, categories, values or the renderer change.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const CHART_CACHE_DIR = process.env.STUDIO_CHART_CACHE || join('node_modules', '.cache', 'studio-showcase', 'charts');

/** Drawings taken from the cache and drawn, in this process (the tests read them). */
export const cacheStats = { hits: 0, drawn: 0 };

/** Where the drawing of a chart with this hash is kept. */
export const cachedSvgFile = (hash: string): string => join(CHART_CACHE_DIR, `${hash}.svg`);

export async function cachedSvg(hash: string, draw: () => Promise<string>): Promise<string> {
  const file = cachedSvgFile(hash);
  if (existsSync(file)) {
    cacheStats.hits += 1;
    return readFileSync(file, 'utf8');
  }
  const svg = await draw();
  cacheStats.drawn += 1;
  mkdirSync(CHART_CACHE_DIR, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, svg);
  renameSync(temporary, file);
  return svg;
}
