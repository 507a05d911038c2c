/** Views of the awards section: the index (facets, level × rank table, charts, awards by year) and a facet page. */
import type { AdminLevel, AwardRank, Locale } from '../../schemas/vocabulary.ts';
import { groupAwards, levelRankMatrix, type AwardFacet } from '../awards.ts';
import { chartsFor, type ChartInstance } from '../charts.ts';
import { compareDates } from '../dates.ts';
import type { SiteModel } from '../model.ts';
import { chromeView, type PageView } from './chrome.ts';
import { awardFacets, awardRows, type AwardRowView, type FacetView } from './parts.ts';

export interface AwardsIndexView extends PageView {
  count: number;
  facets: Array<FacetView<AwardFacet>>;
  /** Counts by level (rows) and rank (columns); zero where none. */
  matrix: { levels: AdminLevel[]; ranks: AwardRank[]; counts: number[][] };
  charts: ChartInstance[];
  /** Newest year first. */
  years: Array<{ year: string; awards: AwardRowView[] }>;
}

export function awardsIndexView(model: SiteModel, locale: Locale): AwardsIndexView {
  const awards = [...model.awards.values()];
  const matrix = levelRankMatrix(awards);
  const byYear = groupAwards(awards.toSorted((a, b) => compareDates(b.data.date, a.data.date)), 'year');
  return {
    chrome: chromeView(model, locale),
    count: awards.length,
    facets: awardFacets(locale, awards),
    matrix: { levels: matrix.levels, ranks: matrix.ranks, counts: matrix.levels.map((level) => matrix.ranks.map((rank) => matrix.count(level, rank))) },
    charts: chartsFor(model, 'awards', { locale }),
    years: [...byYear].map(([year, list]) => ({ year, awards: awardRows(model, locale, list) })),
  };
}

export interface AwardFacetView extends PageView {
  facet: AwardFacet;
  value: string;
  label: string;
  facets: Array<FacetView<AwardFacet>>;
  awards: AwardRowView[];
}

/** Every facet page of the awards, in both their facet and value order. */
export function awardFacetViews(model: SiteModel, locale: Locale): AwardFacetView[] {
  const awards = [...model.awards.values()];
  const facets = awardFacets(locale, awards);
  const chrome = chromeView(model, locale);
  return facets.flatMap(({ facet, values }) =>
    values.map(({ value, label }) => ({ chrome, facet, value, label, facets, awards: awardRows(model, locale, groupAwards(awards, facet).get(value) ?? []) })),
  );
}

