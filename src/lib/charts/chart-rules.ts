/**
 * The rules every drawing keeps, after the ONS and GOV.UK data-visualisation guidance, applied
 * when a chart is drawn so that no chart definition can break them (the definition says what the
 * editor wants; this says what is drawn):
 * - a pie only for the shares of one whole in at most five parts, never a doughnut; any other
 *   pie is drawn as bars;
 * - at most five series in one drawing (stacked or side by side); more are shown as the table;
 * - one value axis: a rate beside counts is not drawn against a second axis but told in the
 *   summary and the table; other series of a second axis share the one axis as a line;
 * - time series run along the bottom (src/lib/charts/chart-layout.ts), every year labelled or at
 *   least the first, the last and each part year;
 * - colours in one drawing differ from each other by CIEDE2000 ≥ 15 (src/lib/charts/chart-distinct.ts).
 */
import type { ChartType } from '../../schemas/chart.ts';
import type { ChartData } from './metrics.ts';
import type { DrawnType } from './drawn-type.ts';

/** Most slices of a pie and most series of one drawing. */
export const MAX_PARTS = 5;

export type { DrawnType } from './drawn-type.ts';

export interface DrawnChart {
  type: DrawnType;
  /** The data drawn: the chart's data less any series the drawing leaves to the summary and the table. */
  data: ChartData;
}

/** Categories that are years (2021, 2021（8–10月）) or cycles of years (2019–2021): a time series. */
export const isTimeSeries = (labels: string[]): boolean =>
  labels.length > 1 && labels.every((label) => /^\d{4}/.test(label));

/** A pie is a whole in shares: one series of at most five known, positive parts. */
function isShareOfWhole(data: ChartData): boolean {
  const [series, ...others] = data.series;
  return (
    series !== undefined &&
    others.length === 0 &&
    data.labels.length <= MAX_PARTS &&
    series.kind !== 'rate' &&
    series.kind !== 'in-force' &&
    series.values.every((value, i) => value >= 0 && !series.unknown?.[i])
  );
}

/** What is drawn of a chart of this type and data. */
export function drawnChart(type: ChartType, data: ChartData): DrawnChart {
  if (type === 'pie' || type === 'doughnut')
    return isShareOfWhole(data) ? { type: 'pie', data } : { type: 'bar', data };
  // No second value axis: a rate is left to the summary and the table when there are counts to draw.
  const counts = data.series.filter((series) => series.kind !== 'rate');
  const drawn = counts.length > 0 ? { ...data, series: counts } : data;
  if (drawn.series.length > MAX_PARTS) return { type: 'table', data: drawn };
  return { type, data: drawn };
}

/** The series of a chart that its drawing leaves out (a rate beside counts). */
export const undrawnSeries = (data: ChartData, drawn: DrawnChart): ChartData['series'] =>
  drawn.type === 'table' ? [] : data.series.filter((series) => !drawn.data.series.includes(series));
