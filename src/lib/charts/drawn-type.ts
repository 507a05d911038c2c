/**
 * How a chart is drawn once the rules (chart-rules.ts) have been applied: a chart type, or its table
 * when it has too many series for one drawing. Apart from the rules, so that the colours
 * (chart-colours.ts), which the metrics use, need not import the rules, which read the metrics' data.
 */
export type DrawnType = 'bar' | 'stacked-bar' | 'line' | 'pie' | 'bar-line' | 'table';
