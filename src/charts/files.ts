/** Writes every chart's drawing and CSV into the built site, under the names the pages link. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chartCsv, chartFiles, type ChartInstance } from '../lib/charts.ts';
import { linkOrCopy } from '../lib/link-or-copy.ts';
import { cachedSvgFile } from './cache.ts';
import { drawChart } from './draw.ts';

export async function writeChartFiles(siteDir: string, instances: ChartInstance[]): Promise<number> {
  mkdirSync(join(siteDir, 'charts'), { recursive: true });
  const written = new Set<string>();
  for (const instance of instances) {
    const files = chartFiles(instance);
    // Both languages link one drawing where they draw the same.
    if (!written.has(files.svg)) {
      const drawing = cachedSvgFile(instance.drawing);
      // Drawn already by the worker pool; drawChart draws only what is missing.
      if (!existsSync(drawing)) await drawChart(instance);
      linkOrCopy(drawing, join(siteDir, files.svg));
      written.add(files.svg);
    }
    writeFileSync(join(siteDir, files.csv), chartCsv(instance));
  }
  return written.size;
}
