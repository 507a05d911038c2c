/** Draws a chart instance (through the cache). */
import type { ChartInstance } from '../lib/charts.ts';
import { text } from '../lib/i18n.ts';
import { cachedSvg } from './cache.ts';
import { renderChart } from './render.ts';

export function drawChart(instance: ChartInstance): Promise<string> {
  const { definition, locale } = instance;
  const label = (value: { zh: string; en?: string } | undefined) => (value ? text(locale, value) : undefined);
  return cachedSvg(instance.hash, () =>
    renderChart({
      type: definition.data.type,
      title: instance.title,
      data: instance.data,
      xLabel: label(definition.data.xLabel),
      yLabel: label(definition.data.yLabel),
      y2Label: label(definition.data.y2Label),
      idPrefix: `c${instance.hash}`,
    }),
  );
}
