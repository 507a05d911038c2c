/**
 * Chart instances: a chart definition in a context (a page, a report year, a studio) and a
 * language, with its data, its summary and a content hash that names its files, so that a chart
 * is drawn again only when its definition or its data change.
 */
import { createHash } from 'node:crypto';
import type { ChartDefinition } from '../schemas/chart.ts';
import { LOCALES, type ChartPlacement, type Locale } from '../schemas/vocabulary.ts';
import { toCsv } from './csv.ts';
import { formatNumber } from './format.ts';
import { text } from './i18n.ts';
import { METRIC_FUNCTIONS, ownData, type ChartData, type MetricContext } from './metrics.ts';
import type { SiteModel } from './model.ts';
import type { Entry } from './types.ts';
import { studioYears } from './figures.ts';
import { contentYears } from './years.ts';

/** Bumped when the drawing changes, so that cached drawings are not reused. */
export const RENDERER_VERSION = 'chartjs-4.6.1/napi-canvas-1.1.1/v4';

export interface ChartInstance {
  definition: Entry<ChartDefinition>;
  locale: Locale;
  context: MetricContext;
  /** Stable name: <chart>--<context>--<locale>. */
  key: string;
  /** Content hash of the definition, the data, the language and the renderer: of all the figure shows. */
  hash: string;
  /**
   * Hash of what the drawing shows (type, categories, values, renderer): it names the drawing, so
   * that a chart whose categories are numbers has one drawing for both languages.
   */
  drawing: string;
  title: string;
  description?: string;
  data: ChartData;
  summary: string;
}

const contextKey = (context: MetricContext) => (context.studio ? `studio-${context.studio}` : context.year ? `year-${context.year}` : context.placement);

/** The chart's data in a context, or undefined when it has none there. */
export function chartData(model: SiteModel, definition: ChartDefinition, context: MetricContext): ChartData | undefined {
  if (definition.metric) return METRIC_FUNCTIONS[definition.metric].compute(model, context);
  if (definition.year !== undefined && context.year !== undefined && definition.year !== context.year) return undefined;
  return ownData(context.locale, definition.labels ?? [], definition.series ?? []);
}

/** One sentence per series: its total and its largest category. */
export function summarise(locale: Locale, data: ChartData): string {
  return data.series
    .map((series) => {
      const total = series.values.reduce((a, b) => a + b, 0);
      const max = Math.max(...series.values);
      const at = data.labels[series.values.indexOf(max)];
      if (series.axis === 'y2') return locale === 'zh' ? `${series.label}最高为${at}的${formatNumber(locale, max)}` : `${series.label} peaks at ${formatNumber(locale, max)} (${at})`;
      return locale === 'zh'
        ? `${series.label}合计${formatNumber(locale, total)}，最高为${at}（${formatNumber(locale, max)}）`
        : `${series.label}: ${formatNumber(locale, total)} in all, highest ${at} (${formatNumber(locale, max)})`;
    })
    .join(locale === 'zh' ? '；' : '; ')
    .concat(locale === 'zh' ? '。' : '.');
}

export function chartInstance(model: SiteModel, definition: Entry<ChartDefinition>, context: MetricContext): ChartInstance | undefined {
  const computed = chartData(model, definition.data, context);
  // A series of zeros (a kind of result nobody reported) would only clutter the legend and the summary.
  const data = computed && { ...computed, series: computed.series.filter((series) => series.values.some((value) => value !== 0)) };
  if (!data || data.series.length === 0) return undefined;
  const key = `${definition.id}--${contextKey(context)}--${context.locale}`;
  const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);
  const hash = digest({ definition: definition.data, data, locale: context.locale, RENDERER_VERSION });
  const drawing = digest({ type: definition.data.type, labels: data.labels, series: data.series.map((series) => [series.values, series.axis ?? 'y']), RENDERER_VERSION });
  return {
    definition,
    locale: context.locale,
    context,
    key,
    hash,
    drawing,
    title: text(context.locale, definition.data.title),
    description: definition.data.description ? text(context.locale, definition.data.description) : undefined,
    data,
    summary: summarise(context.locale, data),
  };
}

/** The charts of a page, in order. */
export function chartsFor(model: SiteModel, placement: ChartPlacement, context: Omit<MetricContext, 'placement'>): ChartInstance[] {
  return model.content.charts
    .filter((chart) => chart.data.placements.includes(placement))
    .toSorted((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
    .flatMap((chart) => chartInstance(model, chart, { ...context, placement }) ?? []);
}

/** Every chart of the site, for writing their files. */
export function allChartInstances(model: SiteModel): ChartInstance[] {
  return LOCALES.flatMap((locale) => [
    ...chartsFor(model, 'home', { locale }),
    ...chartsFor(model, 'awards', { locale }),
    ...[...model.studios.keys()].filter((studio) => studioYears(model, studio).length).flatMap((studio) => chartsFor(model, 'studio', { locale, studio })),
    ...contentYears(model).flatMap((year) => chartsFor(model, 'report', { locale, year })),
  ]);
}

/** URL paths of a chart's files: the drawing is shared by the languages that draw the same. */
export const chartFiles = (instance: ChartInstance) => ({
  svg: `/charts/${instance.definition.id}--${contextKey(instance.context)}.${instance.drawing}.svg`,
  csv: `/charts/${instance.key}.${instance.hash}.csv`,
});

/** The CSV of exactly the numbers drawn: one row per category, one column per series. */
export function chartCsv(instance: ChartInstance): string {
  const header = ['', ...instance.data.series.map((series) => series.label)];
  const rows = instance.data.labels.map((label, i) => [label, ...instance.data.series.map((series) => series.values[i] ?? 0)]);
  return toCsv(header, rows);
}
