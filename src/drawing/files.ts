/** Writes every chart's drawings and CSV into a folder of the site, under the names the pages link. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { chartCsv, chartFiles, type ChartInstance } from '../lib/charts/instances.ts';
import { DRAWING_LAYOUTS } from '../lib/charts/chart-layout.ts';
import { verifiedCachedSvg } from './cache.ts';
import { drawChart } from './draw.ts';

export async function writeChartFiles(
  siteDir: string,
  instances: ChartInstance[],
): Promise<number> {
  mkdirSync(join(siteDir, 'charts'), { recursive: true });
  const written = new Set<string>();
  for (const [i, instance] of instances.entries()) {
    // Written while Astro renders (scripts/build.ts): the event loop keeps the build's locks fresh.
    if (i % 50 === 49) await yieldToEventLoop();
    const files = chartFiles(instance);
    // A chart told as a sentence has no drawing, only its CSV.
    for (const layout of instance.kind === 'chart' ? DRAWING_LAYOUTS : []) {
      // Both languages link one drawing where they draw the same.
      if (written.has(files.svg[layout])) continue;
      // Drawn already by the worker pool; drawChart draws only what is missing or failed its check.
      // The verified bytes are written, not linked: the site and the cache never share a file.
      const svg =
        verifiedCachedSvg(instance.drawings[layout].hash) ?? (await drawChart(instance, layout));
      writeFileSync(join(siteDir, files.svg[layout]), svg);
      written.add(files.svg[layout]);
    }
    writeFileSync(join(siteDir, files.csv), chartCsv(instance));
  }
  return written.size;
}
