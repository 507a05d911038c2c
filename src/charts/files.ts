/** Writes every chart's drawing and CSV into the built site, under the names the pages link. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chartCsv, chartFiles, type ChartInstance } from '../lib/charts.ts';
import { drawChart } from './draw.ts';

export async function writeChartFiles(siteDir: string, instances: ChartInstance[]): Promise<number> {
  mkdirSync(join(siteDir, 'charts'), { recursive: true });
  for (const instance of instances) {
    const files = chartFiles(instance);
    // Drawn already by the worker pool; drawChart only reads the cache (or draws what is missing).
    writeFileSync(join(siteDir, files.svg), await drawChart(instance));
    writeFileSync(join(siteDir, files.csv), chartCsv(instance));
  }
  return instances.length;
}
