/**
 * Drawn charts kept between builds, named by their content hash: a chart is drawn again only
 * when its definition, its data, its language or the renderer change.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const CHART_CACHE_DIR = process.env.STUDIO_CHART_CACHE || join('node_modules', '.cache', 'studio-showcase', 'charts');

export interface CacheStats {
  hits: number;
  drawn: number;
  drawMs: number;
}

/** Kept on globalThis: the chart endpoints and scripts/build.ts share the process, not the module instance. */
export const cacheStats: CacheStats = ((globalThis as { __studioChartStats?: CacheStats }).__studioChartStats ??= { hits: 0, drawn: 0, drawMs: 0 });

/** Where the drawing of a chart with this hash is kept. */
export const cachedSvgFile = (hash: string): string => join(CHART_CACHE_DIR, `${hash}.svg`);

export async function cachedSvg(hash: string, draw: () => Promise<string>): Promise<string> {
  const file = cachedSvgFile(hash);
  if (existsSync(file)) {
    cacheStats.hits += 1;
    return readFileSync(file, 'utf8');
  }
  const started = performance.now();
  const svg = await draw();
  cacheStats.drawMs += performance.now() - started;
  cacheStats.drawn += 1;
  mkdirSync(CHART_CACHE_DIR, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, svg);
  renameSync(temporary, file);
  return svg;
}
