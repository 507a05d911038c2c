/**
 * The achievements register (成果库): the year an entry is filed under, where it stands, the
 * facets the register is browsed by, and the register's own counts per studio and year, kept
 * apart from the figures studios report in content/figures/ (never added to them).
 */
import type { Achievement, BenefitPeriod } from '../../schemas/achievement.ts';
import type { PartialDate, Quantity } from '../../schemas/common.ts';
import {
  ACHIEVEMENT_STAGES,
  ACHIEVEMENT_TYPES,
  ADMIN_LEVELS,
  NOT_STATED,
  type AchievementStage,
  type AchievementType,
  type AdminLevel,
} from '../../schemas/vocabulary.ts';
import { compareDates, yearOf } from './dates.ts';
import type { SiteModel } from './model.ts';
import type { Entry } from '../content/types.ts';

export type AchievementEntry = Entry<Achievement>;

/**
 * The year the register files an entry under: the year of its date, else of its first dated
 * step; undefined when neither states a year.
 */
export function achievementYear(achievement: Achievement): number | undefined {
  return (
    yearOf(achievement.date) ??
    achievement.status.map((step) => yearOf(step.date)).find((year) => year !== undefined)
  );
}

/** The date it is filed and found by: its own date, else that of its first dated step; undefined when none is stated. */
export const achievementDate = (achievement: Achievement): PartialDate | undefined =>
  achievement.date ?? achievement.status.find((step) => step.date)?.date;

/** The stage it has reached: the last step of its history, or undefined when none is recorded. */
export const currentStage = (achievement: Achievement): AchievementStage | undefined =>
  achievement.status.at(-1)?.stage;

/** The levels of the awards it won, highest first. */
export function awardLevels(model: SiteModel, id: string): AdminLevel[] {
  const levels = new Set(
    (model.awardsByAchievement.get(id) ?? []).map((award) => award.data.level),
  );
  return ADMIN_LEVELS.filter((level) => levels.has(level));
}

/** The ways to browse the register; each value gets a static page at /achievements/<facet>/<value>/. */
export const ACHIEVEMENT_FACETS = ['type', 'studio', 'year', 'status', 'level'] as const;
export type AchievementFacet = (typeof ACHIEVEMENT_FACETS)[number];

/** The values of an entry under a facet (several studios, several award levels); NOT_STATED when none. */
export function facetValues(
  model: SiteModel,
  entry: AchievementEntry,
  facet: AchievementFacet,
): string[] {
  const values =
    facet === 'type'
      ? [entry.data.type]
      : facet === 'studio'
        ? entry.data.studios
        : facet === 'year'
          ? [achievementYear(entry.data)].filter((year) => year !== undefined).map(String)
          : facet === 'status'
            ? [currentStage(entry.data)].filter((stage) => stage !== undefined)
            : awardLevels(model, entry.id);
  // An entry without awards has no award level: that is a fact ("none"), not an unknown.
  if (values.length === 0) return facet === 'level' ? ['none'] : [NOT_STATED];
  return values;
}

/** Entries grouped by their values under a facet, in the facet's order (years newest first, not stated last). */
export function groupAchievements(
  model: SiteModel,
  entries: AchievementEntry[],
  facet: AchievementFacet,
): Map<string, AchievementEntry[]> {
  const groups = new Map<string, AchievementEntry[]>();
  for (const entry of entries)
    for (const value of facetValues(model, entry, facet))
      groups.set(value, [...(groups.get(value) ?? []), entry]);
  const order = (value: string): number => {
    if (value === NOT_STATED || value === 'none') return Number.MAX_SAFE_INTEGER;
    if (facet === 'year') return -Number(value);
    if (facet === 'type') return ACHIEVEMENT_TYPES.indexOf(value as AchievementType);
    if (facet === 'status') return ACHIEVEMENT_STAGES.indexOf(value as AchievementStage);
    if (facet === 'level') return ADMIN_LEVELS.indexOf(value as AdminLevel);
    return [...model.studios.keys()].indexOf(value);
  };
  return new Map([...groups].toSorted(([a], [b]) => order(a) - order(b)));
}

/** The register, newest first (undated last), then by id. */
export function registerOrder(entries: AchievementEntry[]): AchievementEntry[] {
  return entries.toSorted(
    (a, b) =>
      (achievementYear(b.data) ?? -Infinity) - (achievementYear(a.data) ?? -Infinity) ||
      compareDates(b.data.date, a.data.date) ||
      a.id.localeCompare(b.id),
  );
}

/** The calendar year a benefit's period lies in, when it lies in one; undefined for a period over several years. */
export function benefitYear(period: BenefitPeriod): number | undefined {
  const from = yearOf(period.from);
  const to = period.to ? yearOf(period.to) : from;
  return from !== undefined && from === to ? from : undefined;
}

/** How many results an entry stands for: its count for a batch entry, else one. */
export const resultCount = (achievement: Achievement): Quantity =>
  achievement.count ?? { value: 1, qualifier: 'exact' };
