/** Writes every chart's drawing and CSV into the built site, under the names the pages link. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chartCsv, chartFiles, type ChartInstance } from '../lib/charts.ts';
import { verifiedCachedSvg } from './cache.ts';
import { drawChart } from './draw.ts';

export async function writeChartFiles(siteDir: string, instances: ChartInstance[]): Promise<number> {
  mkdirSync(join(siteDir, 'charts'), { recursive: true });
  const written = new Set<string>();
  for (const instance of instances) {
    const files = chartFiles(instance);
    // Both languages link one drawing where they draw the same.
    if (!written.has(files.svg)) {
      // Drawn already by the worker pool; drawChart draws only what is missing or failed its check.
      // The verified bytes are written, not linked: the site and the cache never share a file.
      const svg = verifiedCachedSvg(instance.drawing) ?? (await drawChart(instance));
      writeFileSync(join(siteDir, files.svg), svg);
      written.add(files.svg);
    }
    writeFileSync(join(siteDir, files.csv), chartCsv(instance));
  }
  return written.size;
}
