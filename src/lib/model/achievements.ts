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
  type AchievementStage,
  type AchievementType,
  type AdminLevel,
  type Locale,
} from '../../schemas/vocabulary.ts';
import { compareDates, yearOf } from './dates.ts';
import { studioYears } from '../figures/figures.ts';
import { formatPartialDate } from '../site/format.ts';
import { label, t, text } from '../site/i18n.ts';
import type { SiteModel } from './model.ts';
import { sumQuantities } from './quantity.ts';
import type { Entry } from '../content/types.ts';

export type AchievementEntry = Entry<Achievement>;

/** The value of a facet for entries whose fact is not stated: a category of its own, never dropped. */
export const NOT_STATED = 'not-stated';

/**
 * The year the register files an entry under: the year of its date, else of its first dated
 * step; undefined when neither states a year.
 */
export function achievementYear(achievement: Achievement): number | undefined {
  return yearOf(achievement.date) ?? achievement.status.map((step) => yearOf(step.date)).find((year) => year !== undefined);
}

/** The date it is filed and found by: its own date, else that of its first dated step; undefined when none is stated. */
export const achievementDate = (achievement: Achievement): PartialDate | undefined => achievement.date ?? achievement.status.find((step) => step.date)?.date;

/** The stage it has reached: the last step of its history, or undefined when none is recorded. */
export const currentStage = (achievement: Achievement): AchievementStage | undefined => achievement.status.at(-1)?.stage;

/** The levels of the awards it won, highest first. */
export function awardLevels(model: SiteModel, id: string): AdminLevel[] {
  const levels = new Set((model.awardsByAchievement.get(id) ?? []).map((award) => award.data.level));
  return ADMIN_LEVELS.filter((level) => levels.has(level));
}

/** The ways to browse the register; each value gets a static page at /achievements/<facet>/<value>/. */
export const ACHIEVEMENT_FACETS = ['type', 'studio', 'year', 'status', 'level'] as const;
export type AchievementFacet = (typeof ACHIEVEMENT_FACETS)[number];

/** The values of an entry under a facet (several studios, several award levels); NOT_STATED when none. */
export function facetValues(model: SiteModel, entry: AchievementEntry, facet: AchievementFacet): string[] {
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
export function groupAchievements(model: SiteModel, entries: AchievementEntry[], facet: AchievementFacet): Map<string, AchievementEntry[]> {
  const groups = new Map<string, AchievementEntry[]>();
  for (const entry of entries) for (const value of facetValues(model, entry, facet)) groups.set(value, [...(groups.get(value) ?? []), entry]);
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

/** The label of a facet value. */
export function achievementFacetLabel(locale: Locale, model: SiteModel, facet: AchievementFacet, value: string): string {
  if (value === NOT_STATED) return facet === 'year' ? t(locale, 'common.yearNotStated') : t(locale, 'common.notStated');
  if (facet === 'level' && value === 'none') return t(locale, 'achievement.noAward');
  if (facet === 'type') return label(locale, 'achievementType', value as AchievementType);
  if (facet === 'status') return label(locale, 'achievementStage', value as AchievementStage);
  if (facet === 'level') return label(locale, 'adminLevel', value as AdminLevel);
  if (facet === 'studio') return text(locale, model.studios.get(value)?.data.title);
  return locale === 'zh' ? `${value}年` : value;
}

/** The register, newest first (undated last), then by id. */
export function registerOrder(entries: AchievementEntry[]): AchievementEntry[] {
  return entries.toSorted(
    (a, b) =>
      (achievementYear(b.data) ?? -Infinity) - (achievementYear(a.data) ?? -Infinity) || compareDates(b.data.date, a.data.date) || a.id.localeCompare(b.id),
  );
}

/** A benefit's period in words: 2022年, 2022年1月 – 2023年6月. */
export function benefitPeriodText(locale: Locale, period: BenefitPeriod): string {
  return period.to ? `${formatPartialDate(locale, period.from)} – ${formatPartialDate(locale, period.to)}` : formatPartialDate(locale, period.from);
}

/** The calendar year a benefit's period lies in, when it lies in one; undefined for a period over several years. */
export function benefitYear(period: BenefitPeriod): number | undefined {
  const from = yearOf(period.from);
  const to = period.to ? yearOf(period.to) : from;
  return from !== undefined && from === to ? from : undefined;
}

/** How many results an entry stands for: its count for a batch entry, else one. */
export const resultCount = (achievement: Achievement): Quantity => achievement.count ?? { value: 1, qualifier: 'exact' };

/**
 * A studio's register and its reported figures, year by year, side by side: patents granted,
 * benefit measured within the year, improvement proposals. The two are different records (the
 * register lists named results; the figures are the studio's own yearly report) and are never added.
 */
export interface RegisterComparison {
  year: number;
  patents: { figures?: Quantity; register: number };
  benefit: { figures?: Quantity; register?: Quantity };
  proposals: { figures?: Quantity; register?: Quantity };
  /** True where both records give a number for the year and the numbers differ. */
  differs: boolean;
}

export function registerAgainstFigures(model: SiteModel, studio: string): RegisterComparison[] {
  const entries = model.achievementsByStudio.get(studio) ?? [];
  if (entries.length === 0) return [];
  const years = studioYears(model, studio);
  const allYears = new Set<number>(years.map((year) => year.year));
  const granted = entries.flatMap((entry) => entry.data.patents.filter((patent) => patent.status === 'granted').map((patent) => yearOf(patent.granted)));
  granted.forEach((year) => year !== undefined && allYears.add(year));
  entries.forEach(
    (entry) => entry.data.benefit && benefitYear(entry.data.benefit.period) !== undefined && allYears.add(benefitYear(entry.data.benefit.period)!),
  );
  return [...allYears].toSorted().flatMap((year) => {
    const figures = years.find((y) => y.year === year);
    const registerPatents = granted.filter((y) => y === year).length;
    const registerBenefit = sumQuantities(
      entries.filter((entry) => entry.data.benefit && benefitYear(entry.data.benefit.period) === year).map((entry) => entry.data.benefit!.amount),
    );
    const registerProposals = sumQuantities(
      entries.filter((entry) => entry.data.type === 'proposal' && achievementYear(entry.data) === year).map((entry) => resultCount(entry.data)),
    );
    const row: RegisterComparison = {
      year,
      patents: {
        // The year's patents as decided once (figures/derived-figures.ts): each period's total where stated, else its types.
        figures: figures?.patents,
        register: registerPatents,
      },
      benefit: { figures: figures?.benefit, register: registerBenefit },
      proposals: { figures: figures?.proposalsSubmitted, register: registerProposals },
      differs: false,
    };
    const differ = (a: Quantity | undefined, b: Quantity | number | undefined) =>
      a !== undefined && b !== undefined && a.value !== (typeof b === 'number' ? b : b.value);
    row.differs =
      differ(row.patents.figures, registerPatents || undefined) ||
      differ(row.benefit.figures, registerBenefit) ||
      differ(row.proposals.figures, registerProposals);
    // A year with nothing in either record is not a row.
    return row.patents.figures || registerPatents || row.benefit.figures || registerBenefit || row.proposals.figures || registerProposals ? [row] : [];
  });
}
