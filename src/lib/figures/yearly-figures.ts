/**
 * Yearly figures per studio and across the programme, summed from the reported periods that lie
 * within one calendar year; and cumulative reports (several years, or "since founding"), kept
 * apart: they are never added to yearly figures.
 */
import type { Quantity } from '../../schemas/common.ts';
import type { PeriodFigures } from '../../schemas/figures.ts';
import type { SkillGrade } from '../../schemas/vocabulary.ts';
import type { SiteModel } from '../model/model.ts';
import { sumQuantities } from '../model/quantity.ts';
import { adoptionRate, periodPatents } from './derived-figures.ts';
import { isYearly } from '../model/dates.ts';
import { oncePerModel } from '../model/per-model.ts';

/** One year of figures, summed over the periods reported in it. */
export interface YearFigures {
  year: number;
  /** The periods summed, such as ["2021-08–2021-10"]; a whole year is written as the year. */
  periods: string[];
  /**
   * True when some figures cover only part of the year (a studio reported August to October): such
   * a year is labelled with its months and never compared with whole years for peaks or rates.
   */
  partial: boolean;
  proposalsSubmitted?: Quantity;
  proposalsAdopted?: Quantity;
  proposalsImplemented?: Quantity;
  patentsInvention?: Quantity;
  patentsUtilityModel?: Quantity;
  patentsDesign?: Quantity;
  innovations?: Quantity;
  breakthroughs?: Quantity;
  fiveSmall?: Quantity;
  benefit?: Quantity;
  trained?: Quantity;
  promoted: Partial<Record<SkillGrade, Quantity>>;
  papers?: Quantity;
  patentsTotal?: Quantity;
  incubated?: Quantity;
  /** Patents of the year: each period's total where stated, else its types summed (./derived-figures.ts). */
  patents?: Quantity;
  /** The adoption rate in percent, over the periods that state both counts (./derived-figures.ts). */
  adoptionRate?: Quantity;
  /**
   * Programme figures only: the studios whose reports each figure adds up, by id. A studio whose
   * periods leave a figure out is not in its sum (its value is unknown, not 0): the pages say how
   * many studios a figure covers, and compare two years only over the same studios.
   */
  reporting?: Partial<Record<ReportedKey, readonly string[]>>;
}

export const FIGURE_KEYS = [
  'proposalsSubmitted',
  'proposalsAdopted',
  'proposalsImplemented',
  'patentsInvention',
  'patentsUtilityModel',
  'patentsDesign',
  'innovations',
  'breakthroughs',
  'fiveSmall',
  'benefit',
  'trained',
  'papers',
  'patentsTotal',
  'incubated',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

/** Figures derived from the reported ones (./derived-figures.ts), carried on each year beside them. */
export const DERIVED_FIGURE_KEYS = ['patents', 'adoptionRate'] as const;
/** Every figure a year carries, reported or derived. */
export type ReportedKey = FigureKey | (typeof DERIVED_FIGURE_KEYS)[number];

/** The studios whose figures state each figure, from each studio's figures. */
function reportingStudios(
  studios: ReadonlyArray<{ studio: string; y: YearFigures }>,
): Partial<Record<ReportedKey, readonly string[]>> {
  const reporting: Partial<Record<ReportedKey, readonly string[]>> = {};
  for (const key of [...FIGURE_KEYS, ...DERIVED_FIGURE_KEYS]) {
    const stating = studios.filter(({ y }) => y[key] !== undefined).map(({ studio }) => studio);
    // In the model's order of studios, the same every year: two years' lists compare as they are.
    if (stating.length > 0) reporting[key] = stating;
  }
  return reporting;
}

const pick: Record<FigureKey, (period: PeriodFigures) => Quantity | undefined> = {
  proposalsSubmitted: (p) => p.proposals?.submitted,
  proposalsAdopted: (p) => p.proposals?.adopted,
  proposalsImplemented: (p) => p.proposals?.implemented,
  patentsInvention: (p) => p.patents?.invention,
  patentsUtilityModel: (p) => p.patents?.utilityModel,
  patentsDesign: (p) => p.patents?.design,
  innovations: (p) => p.innovations,
  breakthroughs: (p) => p.breakthroughs,
  fiveSmall: (p) => p.fiveSmall,
  benefit: (p) => p.benefit,
  trained: (p) => p.trained,
  papers: (p) => p.papers,
  patentsTotal: (p) => p.patents?.total,
  incubated: (p) => p.incubated,
};

/** Months a yearly period covers, such as 8, 9, 10. */
const monthsOf = (period: PeriodFigures & { from: string; to: string }) => {
  const first = Number(period.from.slice(5, 7));
  const last = Number(period.to.slice(5, 7));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
};

/** A period as written: the year when whole, else YYYY-MM–YYYY-MM. */
const periodLabel = (period: PeriodFigures & { from: string; to: string }) =>
  period.from.endsWith('-01') && period.to.endsWith('-12')
    ? period.from.slice(0, 4)
    : `${period.from}–${period.to}`;

/** Sums a list of periods into one year's figures. */
export function sumPeriods(
  year: number,
  periods: Array<PeriodFigures & { from: string; to: string }>,
  partial = false,
): YearFigures {
  const figures: YearFigures = { year, periods: periods.map(periodLabel), partial, promoted: {} };
  for (const key of FIGURE_KEYS) figures[key] = sumQuantities(periods.map(pick[key]));
  figures.patents = sumQuantities(periods.map(periodPatents));
  figures.adoptionRate = adoptionRate(periods);
  const grades = new Set(periods.flatMap((p) => p.promoted.map((row) => row.grade)));
  for (const grade of grades) {
    const total = sumQuantities(
      periods.flatMap((p) =>
        p.promoted.filter((row) => row.grade === grade).map((row) => row.count),
      ),
    );
    // Stryker disable next-line ConditionalExpression: a grade is listed only from a row with a count, so its total is always defined
    if (total) figures.promoted[grade] = total;
  }
  return figures;
}

/**
 * A studio's figures per year (only periods within one year), oldest first. Computed once per
 * model and studio (programme years and every chart of every report ask for them); read-only.
 */
export const studioYears = oncePerModel(computeStudioYears);

function computeStudioYears(model: SiteModel, studio: string): YearFigures[] {
  const entry = model.figuresByStudio.get(studio);
  if (!entry) return [];
  const byYear = Map.groupBy(entry.data.periods.filter(isYearly), (period) =>
    Number(period.from.slice(0, 4)),
  );
  return [...byYear.entries()]
    .toSorted(([a], [b]) => a - b)
    .map(([year, periods]) =>
      sumPeriods(year, periods, new Set(periods.flatMap(monthsOf)).size < 12),
    );
}

/**
 * The whole programme's figures for one year (all studios), or undefined when nothing was
 * reported; partial when any studio's figures for it cover only part of the year. Computed once
 * per model and year: every report page and every programme chart asks for them (1.4 s of Astro's
 * process at 1,000 studios, recomputed per chart, before). Read-only.
 */
export const programmeYear = oncePerModel(computeProgrammeYear);

function computeProgrammeYear(model: SiteModel, year: number): YearFigures | undefined {
  const studios = [...model.figuresByStudio.keys()].flatMap((studio) =>
    studioYears(model, studio)
      .filter((y) => y.year === year)
      .map((y) => ({ studio, y })),
  );
  if (studios.length === 0) return undefined;
  const periods = model.content.figures.flatMap((entry) =>
    entry.data.periods.filter(isYearly).filter((p) => p.from.startsWith(`${year}-`)),
  );
  return {
    ...sumPeriods(
      year,
      periods,
      studios.some(({ y }) => y.partial),
    ),
    reporting: reportingStudios(studios),
  };
}

/** Every year with reported yearly figures. */
export function figureYears(model: SiteModel): number[] {
  return [
    ...new Set(
      model.content.figures.flatMap((entry) =>
        entry.data.periods.filter(isYearly).map((p) => Number(p.from.slice(0, 4))),
      ),
    ),
  ].toSorted();
}

/** A cumulative or multi-year report of a studio, as the source gives it. */
export interface CumulativeReport {
  studio: string;
  /** First month, or "founding"; undefined when the source does not say from when. */
  from?: string;
  /** Last month, when the source dates the report. */
  to?: string;
  figures: YearFigures;
  source?: PeriodFigures['source'];
}

/** Every report over several years or since founding, by studio, oldest end first. */
export function cumulativeReports(model: SiteModel, studio?: string): CumulativeReport[] {
  const entries = studio
    ? [model.figuresByStudio.get(studio)].filter((entry) => entry !== undefined)
    : model.content.figures;
  return entries
    .flatMap((entry) =>
      entry.data.periods
        .filter((period) => !isYearly(period))
        // Summed alone: the figures of one report as given; its label is never used.
        .map((period: PeriodFigures) => ({
          studio: entry.data.studio,
          from: period.from,
          to: period.to,
          // Stryker disable next-line StringLiteral: the label of a cumulative report's figures is never shown (its own from and to are)
          figures: sumPeriods(0, [{ ...period, from: '0000-01', to: '0000-12' }]),
          source: period.source,
        })),
    )
    .toSorted((a, b) => (a.to ?? '').localeCompare(b.to ?? '') || a.studio.localeCompare(b.studio));
}

/** The programme's totals over all yearly periods (cumulative reports are not added in). */
export function programmeTotals(model: SiteModel): YearFigures {
  // A studio counts once towards a figure when any of its years states it.
  const studios = model.content.figures.map((entry) => ({
    studio: entry.data.studio,
    y: sumPeriods(0, entry.data.periods.filter(isYearly)),
  }));
  return {
    ...sumPeriods(
      0,
      model.content.figures.flatMap((entry) => entry.data.periods.filter(isYearly)),
    ),
    reporting: reportingStudios(studios),
  };
}
