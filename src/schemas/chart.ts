import { z } from 'astro/zod';
import { localizedSchema } from './common.ts';
import { CHART_PLACEMENTS, CHART_TYPES, METRICS } from './vocabulary.ts';

/** A series the chart carries itself, when no metric computes it. */
export const ownSeriesSchema = z.strictObject({
  /** Legend label. */
  label: localizedSchema,
  /** One value per category label. */
  values: z.array(z.number()),
  /** y2 puts the series on the second axis of a bar-line chart. */
  axis: z.enum(['y', 'y2']).default('y'),
});

/** A chart: a metric computed from the content, or its own data; drawn at build time. */
export const chartSchema = z
  .strictObject({
    /** Title above the chart. */
    title: localizedSchema,
    /** What the chart is for; shown under it. */
    description: localizedSchema.optional(),
    /** How it is drawn. */
    type: z.enum(CHART_TYPES),
    /** The metric that computes the data (see src/lib/figures/metrics.ts); or use labels and series. */
    metric: z.enum(METRICS).optional(),
    /** Category labels of the chart's own data. */
    labels: z.array(localizedSchema).optional(),
    /** The chart's own data. */
    series: z.array(ownSeriesSchema).optional(),
    /** For a chart with its own data: the report year it belongs to (it appears in that year's report only). */
    year: z.number().int().min(1949).max(2100).optional(),
    /** Pages it appears on. */
    placements: z.array(z.enum(CHART_PLACEMENTS)).min(1),
    /** Title of the category axis. */
    xLabel: localizedSchema.optional(),
    /** Title of the value axis. */
    yLabel: localizedSchema.optional(),
    /** Title of the second value axis (bar-line). */
    y2Label: localizedSchema.optional(),
    /** Position among the charts of a page; lower first. */
    order: z.number().int().default(100),
  })
  .refine((chart) => (chart.metric === undefined) !== (chart.series === undefined && chart.labels === undefined), {
    message: 'give either metric, or labels and series (not both)',
    path: ['metric'],
  })
  .refine((chart) => !chart.series || chart.series.every((series) => series.values.length === chart.labels?.length), {
    message: 'every series needs one value per label',
    path: ['series'],
  });
export type ChartDefinition = z.output<typeof chartSchema>;
export type ChartType = (typeof CHART_TYPES)[number];
