/** Draws a chart instance (through the cache): each of its two drawings has its own cache entry. */
import type { ChartInstance } from '../lib/charts/instances.ts';
import type { DrawingLayout } from '../lib/charts/chart-layout.ts';
import { cachedSvg } from './cache.ts';
import { renderChart } from './render.ts';

export function drawChart(
  instance: ChartInstance,
  layout: DrawingLayout = 'wide',
): Promise<string> {
  const { hash } = instance.drawings[layout];
  return cachedSvg(hash, () => {
    const { type, data } = instance.drawn;
    if (type === 'table')
      throw new Error(`chart ${instance.key} is shown as its table and has no drawing`);
    return renderChart({ type, data, layout, idPrefix: `c${hash}` });
  });
}
