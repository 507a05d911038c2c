/**
 * Where each metric can be computed (src/lib/charts/metrics.ts): a per-year metric on the home page, a
 * studio's page and a report; a programme metric on the home page and a report; a register or awards
 * metric on its own page. A fact of the vocabulary, known before any content: the validator refuses a
 * chart placed where its metric has nothing to compute, and the metrics never see such a chart.
 */
import type { ChartPlacement, MetricName } from './vocabulary.ts';

export const METRIC_PLACEMENTS: Record<MetricName, readonly ChartPlacement[]> = {
  'register-by-type-per-year': ['achievements', 'report'],
  'register-benefit-by-studio': ['achievements'],
  'studios-by-level': ['home', 'report'],
  'named-per-year-by-level': ['home', 'report'],
  'cumulative-studios': ['home', 'report'],
  proposals: ['home', 'studio', 'report'],
  benefit: ['home', 'studio', 'report'],
  'patents-by-type': ['home', 'studio', 'report'],
  'achievements-by-type': ['home', 'studio', 'report'],
  'people-trained': ['home', 'studio', 'report'],
  'people-promoted': ['home', 'studio', 'report'],
  'awards-by-level-rank': ['home', 'awards', 'report'],
  'awards-by-family': ['awards', 'report'],
  'awards-per-year': ['awards', 'home'],
  'assessment-grades': ['home', 'report'],
  pairings: ['home', 'report'],
  'funding-by-level': ['home', 'report'],
  'studios-by-industry': ['home', 'report'],
};
