/** Writes every chart's drawing and CSV into the built site, under the names the pages link. */
import { copyFileSync, existsSync, linkSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chartCsv, chartFiles, type ChartInstance } from '../lib/charts.ts';
import { cachedSvgFile } from './cache.ts';
import { drawChart } from './draw.ts';

export async function writeChartFiles(siteDir: string, instances: ChartInstance[]): Promise<number> {
  mkdirSync(join(siteDir, 'charts'), { recursive: true });
  for (const instance of instances) {
    const files = chartFiles(instance);
    const drawing = cachedSvgFile(instance.hash);
    // Drawn already by the worker pool; drawChart draws only what is missing.
    if (!existsSync(drawing)) await drawChart(instance);
    // A hard link to the cached drawing costs no copy; the cache replaces files, never rewrites them.
    try {
      linkSync(drawing, join(siteDir, files.svg));
    } catch {
      copyFileSync(drawing, join(siteDir, files.svg));
    }
    writeFileSync(join(siteDir, files.csv), chartCsv(instance));
  }
  return instances.length;
}
