/**
 * In `astro dev`: every chart's drawings and CSV under the names chartFiles gives them
 * (src/lib/charts/instances.ts), drawn on demand. Two routes, /charts/[name].svg and /charts/[name].csv
 * (chart-svg.ts, chart-csv.ts): with the extension in the pattern Astro serves them as files,
 * not as pages that want a trailing slash.
 */
import { loadSite } from '../data/site-model.ts';
import { allChartInstances, chartFiles, type ChartInstance } from '../lib/charts/instances.ts';
import { DRAWING_LAYOUTS, type DrawingLayout } from '../lib/charts/chart-layout.ts';

type ChartPath = {
  params: { name: string };
  props: { instance: ChartInstance; layout: DrawingLayout };
};

/** The chart files of one format, one path per file (languages that draw the same share a drawing). */
export async function chartPaths(format: 'svg' | 'csv') {
  const { model } = await loadSite();
  const paths = new Map<string, ChartPath>();
  const add = (path: string, instance: ChartInstance, layout: DrawingLayout) => {
    const name = path.slice('/charts/'.length, -`.${format}`.length);
    if (!paths.has(name)) paths.set(name, { params: { name }, props: { instance, layout } });
  };
  for (const instance of allChartInstances(model)) {
    const files = chartFiles(instance);
    if (format === 'csv') add(files.csv, instance, 'wide');
    else if (instance.kind === 'chart')
      for (const layout of DRAWING_LAYOUTS) add(files.svg[layout], instance, layout);
  }
  return [...paths.values()];
}
