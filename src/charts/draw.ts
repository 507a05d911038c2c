/** Draws a chart instance (through the cache). */
import type { ChartInstance } from '../lib/charts.ts';
import { cachedSvg } from './cache.ts';
import { renderChart } from './render.ts';

export function drawChart(instance: ChartInstance): Promise<string> {
  return cachedSvg(instance.drawing, () => renderChart({ type: instance.definition.data.type, data: instance.data, idPrefix: `c${instance.drawing}` }));
}
