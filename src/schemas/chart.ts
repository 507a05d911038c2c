import { z } from 'astro/zod';
import { localizedSchema, chartNumberSchema } from './common.ts';
import { CHART_AXES, CHART_PLACEMENTS, CHART_TYPES, METRICS } from './vocabulary.ts';
import { described } from './field-meta.ts';

/** A series the chart carries itself, when no metric computes it. */
export const ownSeriesSchema = z.strictObject({
  /** Legend label. */
  label: described(localizedSchema, {
    label: { zh: '图例名称', en: 'Legend label' },
    example: '命名数量',
  }),
  /** One value per category label. */
  values: described(z.array(chartNumberSchema), {
    label: { zh: '数值', en: 'Values' },
    hint: {
      zh: '每个分类一个数字，顺序与分类名称一致。',
      en: 'One number per category, in the order of the category labels.',
    },
    example: '12',
  }),
  /** y2 puts the series on the second axis of a bar-line chart. */
  axis: described(z.enum(CHART_AXES).default('y'), {
    label: { zh: '坐标轴', en: 'Axis' },
    hint: {
      zh: '写 y2 表示另一度量：图中不设第二纵轴，它与其他系列共用一个数值轴画成折线。',
      en: 'y2 marks another measure: a chart has no second axis, so it is drawn as a line against the one value axis.',
    },
    example: 'y',
  }),
});

/** A chart: a metric computed from the content, or its own data; drawn at build time. */
export const chartSchema = z
  .strictObject({
    /** Title above the chart. */
    title: described(localizedSchema, {
      label: { zh: '图表标题', en: 'Title' },
      example: '历年新命名工作室数量',
    }),
    /** What the chart is for; shown under it. */
    description: described(localizedSchema.optional(), {
      label: { zh: '图表说明', en: 'Description' },
      hint: {
        zh: '图表下方的说明：这张图说明什么。',
        en: 'Shown under the chart: what it is for.',
      },
      example: '按命名年度统计各级新命名的工作室。',
    }),
    /** How it is drawn. */
    type: described(z.enum(CHART_TYPES), {
      label: { zh: '图表类型', en: 'Chart type' },
      hint: {
        zh: '柱状图、折线图、饼图等。饼图只用于一个整体的至多5个部分，否则画成柱状图；一张图至多5个系列，否则以数据表列出；年份总是沿横向排列。',
        en: 'Bar, line, pie and so on. A pie only for at most 5 shares of one whole, else it is drawn as bars; at most 5 series in a chart, else it is shown as a table; years always run along the bottom.',
      },
      example: 'bar',
    }),
    /** The metric that computes the data (see src/lib/charts/metrics.ts); or use labels and series. */
    metric: described(z.enum(METRICS).optional(), {
      label: { zh: '统计指标', en: 'Metric' },
      hint: {
        zh: '由网站自动计算数据的指标；选了指标就不要再填分类和数据。',
        en: 'A measure the site computes from the content; with a metric, leave labels and series empty.',
      },
      example: 'cumulative-studios',
    }),
    /** Category labels of the chart's own data. */
    labels: described(z.array(localizedSchema).optional(), {
      label: { zh: '分类名称', en: 'Category labels' },
      hint: {
        zh: '图表自带数据时的分类（横轴）名称。',
        en: "The categories (along the axis) of the chart's own data.",
      },
      example: '2021',
    }),
    /** The chart's own data. */
    series: described(z.array(ownSeriesSchema).optional(), {
      label: { zh: '数据系列', en: 'Series' },
      hint: {
        zh: '图表自带的数据，每个系列的数值个数与分类相同。',
        en: "The chart's own data; each series has one value per category.",
      },
    }),
    /** For a chart with its own data: the report year it belongs to (it appears in that year's report only). */
    year: described(z.number().int().min(1949).max(2100).optional(), {
      label: { zh: '所属年度', en: 'Report year' },
      hint: {
        zh: '自带数据的图表只出现在这一年的年度报告中，四位年份。',
        en: "A chart with its own data appears only in this year's report; four digits.",
      },
      example: '2023',
    }),
    /** Pages it appears on. */
    placements: described(z.array(z.enum(CHART_PLACEMENTS)).min(1), {
      label: { zh: '显示位置', en: 'Pages' },
      hint: { zh: '图表出现在哪些页面。', en: 'The pages it appears on.' },
      example: 'home',
    }),
    /** Title of the category axis. */
    xLabel: described(localizedSchema.optional(), {
      label: { zh: '横轴标题', en: 'Category axis title' },
      example: '年度',
    }),
    /** Title of the value axis. */
    yLabel: described(localizedSchema.optional(), {
      label: { zh: '纵轴标题', en: 'Value axis title' },
      example: '工作室数量（个）',
    }),
    /** Title of the second value axis (bar-line). */
    y2Label: described(localizedSchema.optional(), {
      label: { zh: '第二纵轴标题', en: 'Second axis title' },
      hint: {
        zh: '标有 y2 的系列的度量，写在图下的数值说明中。',
        en: 'The measure of the series marked y2, named under the chart.',
      },
      example: '经济效益（万元）',
    }),
    /** Position among the charts of a page; lower first. */
    order: described(z.number().int().default(100), {
      label: { zh: '排序', en: 'Order' },
      hint: { zh: '同一页面中数字小的排在前面。', en: 'Lower numbers come first on a page.' },
      example: '100',
    }),
  })
  .refine(
    (chart) =>
      (chart.metric === undefined) !== (chart.series === undefined && chart.labels === undefined),
    {
      message: 'give either metric, or labels and series (not both)',
      path: ['metric'],
    },
  )
  .refine(
    (chart) =>
      !chart.series ||
      chart.series.every((series) => series.values.length === chart.labels?.length),
    {
      message: 'every series needs one value per label',
      path: ['series'],
    },
  );
export type ChartDefinition = z.output<typeof chartSchema>;
export type ChartType = (typeof CHART_TYPES)[number];
