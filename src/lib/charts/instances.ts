/**
 * Chart instances: a chart definition in a context (a page, a report year, a studio) and a
 * language, with its data, its summary and a content hash that names its files, so that a chart
 * is drawn again only when its definition or its data change.
 */
import { createHash } from 'node:crypto';
import type { ChartDefinition } from '../../schemas/chart.ts';
import { LOCALES, type ChartPlacement, type Locale } from '../../schemas/vocabulary.ts';
import { toCsv } from '../site/csv.ts';
import { formatQuantity } from '../site/format.ts';
import { DRAWING_LAYOUTS, planDrawing, type DrawingLayout } from './chart-layout.ts';
import { drawnChart, type DrawnChart } from './chart-rules.ts';
import { t, text } from '../site/i18n.ts';
import {
  METRIC_FUNCTIONS,
  ownData,
  type ChartData,
  type ChartSeries,
  type MetricContext,
  type ReportScope,
} from './metrics.ts';
import type { SiteModel } from '../model/model.ts';
import type { Entry } from '../content/types.ts';
import { studioYears } from '../figures/yearly-figures.ts';
import { contentYears } from '../model/years.ts';
import { combinedQualifier } from '../model/quantity.ts';

/** Bumped when the drawing changes, so that cached drawings are not reused. */
export const RENDERER_VERSION = 'chartjs-4.6.1/napi-canvas-1.1.1/v6';

/** A chart of at most this many values is told in a sentence: one or two bars say nothing a sentence does not. */
export const SENTENCE_MAX_VALUES = 2;

/** One drawing of a chart: its cache name (a hash of what it shows and its layout) and its size. */
export interface Drawing {
  hash: string;
  width: number;
  height: number;
}

export interface ChartInstance {
  /**
   * A drawn chart; a sentence for a chart of one or two values; or its table, for a chart of more
   * series than one drawing may show (src/lib/charts/chart-rules.ts). A sentence and a table have
   * no drawing; their CSV stays.
   */
  kind: 'chart' | 'sentence' | 'table';
  /** What is drawn: the type and the data after the drawing rules (src/lib/charts/chart-rules.ts). */
  drawn: DrawnChart;
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
  /** The narrow (phone) and wide drawings, each named by its own hash. */
  drawings: Record<DrawingLayout, Drawing>;
  title: string;
  description?: string;
  /** On a report, what the chart covers: the year alone, the state at its end, or each year up to it. */
  scope?: string;
  data: ChartData;
  summary: string;
}

/** What a report's chart covers, in words: its metric's scope, or the year a chart with its own data is of. */
function scopeOf(definition: ChartDefinition, context: MetricContext): string | undefined {
  if (context.placement !== 'report' || context.year === undefined) return undefined;
  const scope: ReportScope | undefined = definition.metric
    ? METRIC_FUNCTIONS[definition.metric].reportScope
    : definition.year !== undefined
      ? 'year'
      : undefined;
  return scope && t(context.locale, `chart.scope.${scope}`).replace('{year}', String(context.year));
}

const contextKey = (context: MetricContext) =>
  context.studio
    ? `studio-${context.studio}`
    : context.year
      ? `year-${context.year}`
      : context.placement;

/** The chart's data in a context, or undefined when it has none there. */
export function chartData(
  model: SiteModel,
  definition: ChartDefinition,
  context: MetricContext,
): ChartData | undefined {
  if (definition.metric) return METRIC_FUNCTIONS[definition.metric].compute(model, context);
  if (
    definition.year !== undefined &&
    context.year !== undefined &&
    definition.year !== context.year
  )
    return undefined;
  return ownData(context.locale, definition.labels ?? [], definition.series ?? []);
}

/** A total or a value, with the qualifier its parts' qualifiers make (combinedQualifier). */
function qualified(
  locale: Locale,
  value: number,
  qualifiers: ChartSeries['qualifiers'],
  indexes?: number[],
): string {
  const relevant = qualifiers ? (indexes ? indexes.map((i) => qualifiers[i]) : qualifiers) : [];
  return formatQuantity(locale, { value, qualifier: combinedQualifier(relevant) });
}

/**
 * One sentence per series: its total (not for running totals or rates, which do not add up) and its
 * largest categories, every tied one named. Categories that cover only part of a period are left out
 * of the comparison and named as such.
 */
export function summarise(locale: Locale, data: ChartData): string {
  const zh = locale === 'zh';
  const comparable = data.labels.map((_, i) => !data.partial?.[i]);
  const partialLabels = data.labels.filter((_, i) => !comparable[i]);
  const list = (items: string[]) => items.join(zh ? '、' : ', ');
  const sentences = data.series.map((series) => {
    // A value the sources do not state is no value: never the highest, never added as 0.
    const known = (i: number) => !series.unknown?.[i];
    const indexes = series.values.map((_, i) => i).filter((i) => comparable[i] && known(i));
    const max = indexes.length ? Math.max(...indexes.map((i) => series.values[i]!)) : undefined;
    const top = max === undefined ? [] : indexes.filter((i) => series.values[i] === max);
    const topText = max === undefined ? '' : qualified(locale, max, series.qualifiers, top);
    const at = list(top.map((i) => data.labels[i]!));
    // A rate is highest; a count or an amount is most (最多), never "highest", which over levels or
    // ranks would read as the highest level reached rather than the one with the most.
    const rate = series.kind === 'rate' || series.axis === 'y2';
    const [word, wordEn] = rate ? ['最高为', 'highest'] : ['最多为', 'largest'];
    const highest =
      top.length === 0 ? '' : zh ? `${word}${at}（${topText}）` : `${wordEn} ${at} (${topText})`;
    if (series.kind === 'in-force') {
      const lastIndex = series.values.length - 1;
      const last = qualified(locale, series.values[lastIndex] ?? 0, series.qualifiers, [lastIndex]);
      return zh
        ? `${series.label}：${data.labels[lastIndex]}年末为${last}（各年末在册数，逐年不相加）`
        : `${series.label}: ${last} at the end of ${data.labels[lastIndex]} (the number in force at each year end, not added up)`;
    }
    const unknown = data.labels.filter((_, i) => !known(i));
    const unstated = unknown.length
      ? zh
        ? `，${list(unknown)}未注明`
        : `, not stated for ${list(unknown)}`
      : '';
    if (series.kind === 'rate' || series.axis === 'y2')
      return zh ? `${series.label}${highest}${unstated}` : `${series.label}: ${highest}${unstated}`;
    // Where some values are not stated, the total of the others is a lower bound.
    const total = qualified(
      locale,
      series.values.filter((_, i) => known(i)).reduce((a, b) => a + b, 0),
      [...(series.qualifiers ?? []), ...(unknown.length ? (['at-least'] as const) : [])],
    );
    return zh
      ? `${series.label}合计${total}${highest ? `，${highest}` : ''}${unstated}`
      : `${series.label}: ${total} in all${highest ? `, ${highest}` : ''}${unstated}`;
  });
  if (partialLabels.length)
    sentences.push(
      zh
        ? `${list(partialLabels)}含部分月份数据，未与整年比较`
        : `${list(partialLabels)}: figures for part of the year, not compared with whole years`,
    );
  return sentences.join(zh ? '；' : '; ').concat(zh ? '。' : '.');
}

const notStated = (locale: Locale) => (locale === 'zh' ? '未注明' : 'not stated');

/** How many values a chart shows: one per slice of a pie, one per category and series otherwise. */
export function valueCount(type: ChartDefinition['type'], data: ChartData): number {
  return type === 'pie' || type === 'doughnut'
    ? data.labels.length
    : data.labels.length * data.series.length;
}

/** A chart of one or two values, said in words: "命名工作室：2019为4，2020为7。", "Named studios — 2019: 4, 2020: 7." */
export function sentenceOf(locale: Locale, data: ChartData): string {
  const zh = locale === 'zh';
  const parts = data.series.map((series) => {
    const values = data.labels.map(
      (label, i) =>
        `${label}${zh ? '为' : ': '}${series.unknown?.[i] ? notStated(locale) : formatQuantity(locale, { value: series.values[i] ?? 0, qualifier: series.qualifiers?.[i] ?? 'exact' })}`,
    );
    return `${series.label}${zh ? '：' : ' — '}${values.join(zh ? '，' : ', ')}`;
  });
  return parts.join(zh ? '；' : '; ').concat(zh ? '。' : '.');
}

export function chartInstance(
  model: SiteModel,
  definition: Entry<ChartDefinition>,
  context: MetricContext,
): ChartInstance | undefined {
  const computed = chartData(model, definition.data, context);
  // A count of zero in every category (a kind of result nobody recorded) would only clutter the
  // legend and the summary; a quantity a source states is kept, a reported 0 included.
  const data = computed && {
    ...computed,
    series: computed.series.filter((series) =>
      series.values.some((value, i) => (value !== 0 || series.stated) && !series.unknown?.[i]),
    ),
  };
  // A rate alone (every count it was computed from dropped) says nothing.
  if (data && data.series.every((series) => series.kind === 'rate')) return undefined;
  if (!data || data.series.length === 0) return undefined;
  const key = `${definition.id}--${contextKey(context)}--${context.locale}`;
  const digest = (value: unknown) =>
    createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);
  const hash = digest({
    definition: definition.data,
    data,
    locale: context.locale,
    RENDERER_VERSION,
  });
  const drawn = drawnChart(definition.data.type, data);
  const shown = {
    type: drawn.type,
    labels: drawn.data.labels,
    partial: drawn.data.partial,
    series: drawn.data.series.map((series) => [
      series.values,
      series.unknown,
      series.axis ?? 'y',
      series.swatch,
    ]),
    swatches: drawn.data.categorySwatches,
    RENDERER_VERSION,
  };
  const drawing = digest(shown);
  const kind =
    valueCount(definition.data.type, data) <= SENTENCE_MAX_VALUES
      ? 'sentence'
      : drawn.type === 'table'
        ? 'table'
        : 'chart';
  const drawings = Object.fromEntries(
    DRAWING_LAYOUTS.map((layout) => {
      const plan = planDrawing(drawn.type, drawn.data, layout);
      return [
        layout,
        { hash: digest({ ...shown, layout }), width: plan.width, height: plan.height },
      ];
    }),
  ) as Record<DrawingLayout, Drawing>;
  return {
    kind,
    drawn,
    definition,
    locale: context.locale,
    context,
    key,
    hash,
    drawing,
    drawings,
    title: text(context.locale, definition.data.title),
    description: definition.data.description
      ? text(context.locale, definition.data.description)
      : undefined,
    scope: scopeOf(definition.data, context),
    data,
    summary:
      kind === 'sentence' ? sentenceOf(context.locale, data) : summarise(context.locale, data),
  };
}

/** The charts of a page, in order. */
export function chartsFor(
  model: SiteModel,
  placement: ChartPlacement,
  context: Omit<MetricContext, 'placement'>,
): ChartInstance[] {
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
    ...chartsFor(model, 'achievements', { locale }),
    ...[...model.studios.keys()]
      .filter((studio) => studioYears(model, studio).length)
      .flatMap((studio) => chartsFor(model, 'studio', { locale, studio })),
    ...contentYears(model).flatMap((year) => chartsFor(model, 'report', { locale, year })),
  ]);
}

/**
 * URL paths of a chart's files: each drawing is shared by the languages that draw the same; a
 * chart told as a sentence has no drawing, only its CSV. In a build, a page's chart comes from the
 * model the build process built and draws from (content/build-manifest.ts), so these are the names
 * of the files it writes; outside a build, the dev server draws them on demand under the same names.
 */
export const chartFiles = (instance: ChartInstance) => ({
  svg: Object.fromEntries(
    DRAWING_LAYOUTS.map((layout) => [
      layout,
      `/charts/${instance.definition.id}--${contextKey(instance.context)}.${instance.drawings[layout].hash}.svg`,
    ]),
  ) as Record<DrawingLayout, string>,
  csv: `/charts/${instance.key}.${instance.hash}.csv`,
});

/** The instances that are drawn (not told as a sentence). */
export const drawnCharts = (instances: ChartInstance[]): ChartInstance[] =>
  instances.filter((instance) => instance.kind === 'chart');

/**
 * The CSV of exactly the numbers drawn: one row per category, one column per series, and beside a
 * series whose values carry qualifiers ("at least", "about") a column with each value's qualifier.
 */
export function chartCsv(instance: ChartInstance): string {
  const qualifierHeader = instance.locale === 'zh' ? '（限定）' : ' (qualifier)';
  const header = [
    '',
    ...instance.data.series.flatMap((series) =>
      series.qualifiers ? [series.label, `${series.label}${qualifierHeader}`] : [series.label],
    ),
  ];
  const rows = instance.data.labels.map((label, i) => [
    label,
    // A value not stated is an empty cell, never 0.
    ...instance.data.series.flatMap((series) => {
      const value = series.unknown?.[i] ? null : (series.values[i] ?? 0);
      return series.qualifiers
        ? [value, value === null ? null : (series.qualifiers[i] ?? 'exact')]
        : [value];
    }),
  ]);
  return toCsv(header, rows);
}
