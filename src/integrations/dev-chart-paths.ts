/**
 * In `astro dev`: every chart's drawing and CSV under the names chartFiles gives them
 * (src/lib/charts.ts), drawn on demand. Two routes, /charts/[name].svg and /charts/[name].csv
 * (chart-svg.ts, chart-csv.ts): with the extension in the pattern Astro serves them as files,
 * not as pages that want a trailing slash.
 */
import { loadSite } from '../data/site-model.ts';
import { allChartInstances, chartFiles, type ChartInstance } from '../lib/charts.ts';

/** The chart files of one format, one path per file (languages that draw the same share a drawing). */
export async function chartPaths(format: 'svg' | 'csv') {
  const { model } = await loadSite();
  const paths = new Map<string, { params: { name: string }; props: { instance: ChartInstance } }>();
  for (const instance of allChartInstances(model)) {
    const name = chartFiles(instance)[format].slice('/charts/'.length, -`.${format}`.length);
    if (!paths.has(name)) paths.set(name, { params: { name }, props: { instance } });
  }
  return [...paths.values()];
}
