/**
 * Views of the awards section: the index (facets, level × rank table, charts, every award with the
 * filter form), a facet page (/awards/<facet>/<value>/) and a level × rank page
 * (/awards/level/<level>/rank/<rank>/, the page of a cell of the table, for readers without JavaScript).
 * Every list is newest first: by year, then by date at the precision given (src/lib/model/dates.ts).
 */
import type { AdminLevel, AwardRank, Locale } from '../../schemas/vocabulary.ts';
import {
  byYearNewestFirst,
  groupAwards,
  levelRankMatrix,
  type AwardFacet,
} from '../model/awards.ts';
import { facetLabel } from '../site/award-labels.ts';
import { chartsFor, type ChartInstance } from '../charts/instances.ts';
import { compareDates } from '../model/dates.ts';
import { label, t, text } from '../site/i18n.ts';
import type { ResolvedAward, SiteModel } from '../model/model.ts';
import type { Entry } from '../content/types.ts';
import { chromeView, type PageView } from './chrome.ts';
import type { FilterView } from './directories.ts';
import {
  awardFacets,
  awardRows,
  type AwardColumn,
  type AwardRowView,
  type FacetView,
} from './parts.ts';

/** Newest first: by year, then by date, then by id (a stable order for equal dates). */
export const awardsNewestFirst = <T extends Entry<ResolvedAward>>(awards: T[]): T[] =>
  awards.toSorted(
    (a, b) =>
      byYearNewestFirst(a.data, b.data) ||
      compareDates(b.data.date, a.data.date) ||
      a.id.localeCompare(b.id),
  );

/** The link of a level × rank cell: the static page, and the query of the filter form on /awards/. */
export interface MatrixCellView {
  count: number;
  path?: string;
  query?: string;
}

export interface AwardsIndexView extends PageView {
  count: number;
  facets: Array<FacetView<AwardFacet>>;
  /** Counts by level (rows) and rank (columns); an empty cell has no link. */
  /** Awards by level and rank, with each level's total over its ranks. */
  matrix: { levels: AdminLevel[]; ranks: AwardRank[]; cells: MatrixCellView[][]; totals: number[] };
  charts: ChartInstance[];
  /** The filters of the table of every award: year, level, rank, kind, studio. */
  filters: FilterView[];
  /** Every award, newest first. */
  awards: AwardRowView[];
}

/** The path of the page of one level × rank cell. */
export const levelRankPath = (level: string, rank: string): string =>
  `/awards/level/${level}/rank/${rank}/`;

export function awardsIndexView(model: SiteModel, locale: Locale): AwardsIndexView {
  const awards = awardsNewestFirst([...model.awards.values()]);
  const matrix = levelRankMatrix(awards);
  const facets = awardFacets(locale, awards);
  const studios = [...model.awardsByStudio.keys()].map((id) => ({
    value: id,
    label: text(locale, model.studios.get(id)?.data.title),
  }));
  const collator = new Intl.Collator(locale === 'zh' ? 'zh-CN' : 'en');
  const headings = {
    year: 'col.year',
    level: 'col.level',
    rank: 'col.rank',
    family: 'col.family',
  } as const;
  return {
    chrome: chromeView(model, locale),
    count: awards.length,
    facets,
    matrix: {
      levels: matrix.levels,
      ranks: matrix.ranks,
      cells: matrix.levels.map((level) =>
        matrix.ranks.map((rank) => {
          const count = matrix.count(level, rank);
          return count
            ? { count, path: levelRankPath(level, rank), query: `?level=${level}&rank=${rank}` }
            : { count };
        }),
      ),
      totals: matrix.levels.map((level) =>
        matrix.ranks.reduce((total, rank) => total + matrix.count(level, rank), 0),
      ),
    },
    charts: chartsFor(model, 'awards', { locale }),
    filters: [
      ...facets.map(({ facet, values }) => ({
        name: facet,
        label: t(locale, headings[facet]),
        options: values.map(({ value, label }) => ({ value, label })),
      })),
      {
        name: 'studio',
        label: t(locale, 'col.studio'),
        options: studios.toSorted((a, b) => collator.compare(a.label, b.label)),
      },
    ],
    awards: awardRows(model, locale, awards),
  };
}

export interface AwardFacetView extends PageView {
  facet: AwardFacet;
  value: string;
  label: string;
  facets: Array<FacetView<AwardFacet>>;
  /** The column every row would repeat (the year on a year's page): left out. */
  hide: AwardColumn[];
  awards: AwardRowView[];
}

/**
 * The columns a page of one facet value leaves out, as every row would repeat them; never the rank
 * while a row's announcement words it its own way (rankAs: 优秀组织单位 filed under 其他奖项).
 */
const hiddenBy = (facets: AwardColumn[], awards: Array<Entry<ResolvedAward>>): AwardColumn[] =>
  facets.filter(
    (facet) => facet !== 'rank' || !awards.some((award) => award.data.rankAs !== undefined),
  );

/** Every facet page of the awards, in both their facet and value order. */
export function awardFacetViews(model: SiteModel, locale: Locale): AwardFacetView[] {
  const awards = awardsNewestFirst([...model.awards.values()]);
  const facets = awardFacets(locale, awards);
  const chrome = chromeView(model, locale);
  return facets.flatMap(({ facet, values }) => {
    // Grouped once per facet, not once per value.
    const groups = groupAwards(awards, facet);
    return values.map(({ value, label }) => {
      const listed = groups.get(value) ?? [];
      return {
        chrome,
        facet,
        value,
        label,
        facets,
        hide: hiddenBy(facet === 'family' ? [] : [facet], listed),
        awards: awardRows(model, locale, listed),
      };
    });
  });
}

export interface AwardLevelRankView extends PageView {
  level: AdminLevel;
  rank: AwardRank;
  label: string;
  facets: Array<FacetView<AwardFacet>>;
  hide: AwardColumn[];
  awards: AwardRowView[];
}

/** A page per level × rank cell that has awards: the same list as /awards/?level=…&rank=… with JavaScript. */
export function awardLevelRankViews(model: SiteModel, locale: Locale): AwardLevelRankView[] {
  const awards = awardsNewestFirst([...model.awards.values()]);
  const facets = awardFacets(locale, awards);
  const chrome = chromeView(model, locale);
  const matrix = levelRankMatrix(awards);
  return matrix.levels.flatMap((level) =>
    matrix.ranks
      .filter((rank) => matrix.count(level, rank) > 0)
      .map((rank) => {
        const listed = awards.filter(({ data }) => data.level === level && data.rank === rank);
        return {
          chrome,
          level,
          rank,
          facets,
          hide: hiddenBy(['level', 'rank'], listed),
          label: `${label(locale, 'adminLevel', level)} · ${facetLabel(locale, 'rank', rank)}`,
          awards: awardRows(model, locale, listed),
        };
      }),
  );
}
