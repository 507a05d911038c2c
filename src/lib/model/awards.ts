/** Award facts: the studios an award counts for, the facets to browse by, ordering and counts (their words: site/award-labels.ts). */
import type { Award } from '../../schemas/award.ts';
import type { Localized } from '../../schemas/common.ts';
import {
  ADMIN_LEVELS,
  AWARD_FAMILIES,
  AWARD_RANKS,
  NOT_STATED,
  type AdminLevel,
  type AwardFamily,
  type AwardRank,
} from '../../schemas/vocabulary.ts';

/** An award with its competition resolved: the competition's name, level, family and organiser. */
export type ResolvedAward = Omit<Award, 'competition'> & {
  competitionId: string;
  /** The competition's name. */
  competition: Localized;
  level: AdminLevel;
  family: AwardFamily;
  organiser?: string;
};

/** Awards newest first by year, an award of no stated year after every year; 0 when the years are the same. */
export const byYearNewestFirst = (a: { year?: number }, b: { year?: number }): number =>
  (b.year ?? 0) - (a.year ?? 0);

/** The studios an award counts for: the studio it is credited to and every studio among its recipients. */
export function awardStudios(award: Pick<ResolvedAward, 'studio' | 'recipients'>): string[] {
  const studios = new Set<string>(award.studio ? [award.studio] : []);
  for (const recipient of award.recipients)
    if (recipient.type === 'studio') studios.add(recipient.studio);
  return [...studios];
}

/** The ways to browse awards; each value gets a page at /awards/<facet>/<value>/. */
export const AWARD_FACETS = ['year', 'level', 'rank', 'family'] as const;
export type AwardFacet = (typeof AWARD_FACETS)[number];

/** The value of an award under a facet, as used in its URL. */
export function facetValue(award: ResolvedAward, facet: AwardFacet): string {
  if (facet !== 'year') return award[facet];
  return award.year === undefined ? NOT_STATED : String(award.year);
}

/** Awards grouped by the values of a facet. Years newest first; other facets in vocabulary order. */
export function groupAwards<T extends { data: ResolvedAward }>(
  awards: T[],
  facet: AwardFacet,
): Map<string, T[]> {
  const groups = Map.groupBy(awards, (award) => facetValue(award.data, facet));
  const keys = [...groups.keys()];
  const sorted =
    facet === 'year'
      ? keys.toSorted((a, b) => yearOrder(b) - yearOrder(a))
      : keys.toSorted((a, b) => vocabularyIndex(facet, a) - vocabularyIndex(facet, b));
  return new Map(sorted.map((key) => [key, groups.get(key)!]));
}

/** A year facet's value as a number to sort by, newest first: an award of no stated year last. */
const yearOrder = (value: string) => (value === NOT_STATED ? -Infinity : Number(value));

function vocabularyIndex(facet: Exclude<AwardFacet, 'year'>, value: string): number {
  const lists = { level: ADMIN_LEVELS, rank: AWARD_RANKS, family: AWARD_FAMILIES } as const;
  return (lists[facet] as readonly string[]).indexOf(value);
}

/** Counts by level (rows) and rank (columns), only the levels and ranks that occur. */
export function levelRankMatrix(awards: Array<{ data: ResolvedAward }>): {
  levels: AdminLevel[];
  ranks: AwardRank[];
  count: (level: AdminLevel, rank: AwardRank) => number;
} {
  const counts = new Map<string, number>();
  for (const { data } of awards)
    counts.set(`${data.level}|${data.rank}`, (counts.get(`${data.level}|${data.rank}`) ?? 0) + 1);
  const levels = ADMIN_LEVELS.filter((level) => awards.some((award) => award.data.level === level));
  const ranks = AWARD_RANKS.filter((rank) => awards.some((award) => award.data.rank === rank));
  return { levels, ranks, count: (level, rank) => counts.get(`${level}|${rank}`) ?? 0 };
}
