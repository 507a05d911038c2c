/** Yearly figures per studio and across the programme, summed from the reported periods. */
import type { Quantity } from '../schemas/common.ts';
import type { PeriodFigures } from '../schemas/figures.ts';
import type { SkillGrade } from '../schemas/vocabulary.ts';
import type { SiteModel } from './model.ts';
import { sumQuantities } from './quantity.ts';

/** One year of figures, summed over the periods reported in it. */
export interface YearFigures {
  year: number;
  /** The periods summed, such as ["2021-08–2021-10"]. */
  periods: string[];
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
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

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
};

/** Sums a list of periods into one year's figures. */
export function sumPeriods(year: number, periods: PeriodFigures[]): YearFigures {
  const figures: YearFigures = { year, periods: periods.map((p) => (p.from.endsWith('-01') && p.to.endsWith('-12') ? String(year) : `${p.from}–${p.to}`)), promoted: {} };
  for (const key of FIGURE_KEYS) figures[key] = sumQuantities(periods.map(pick[key]));
  const grades = new Set(periods.flatMap((p) => p.promoted.map((row) => row.grade)));
  for (const grade of grades) {
    const total = sumQuantities(periods.flatMap((p) => p.promoted.filter((row) => row.grade === grade).map((row) => row.count)));
    if (total) figures.promoted[grade] = total;
  }
  return figures;
}

/** A studio's figures per year, oldest first. */
export function studioYears(model: SiteModel, studio: string): YearFigures[] {
  const entry = model.figuresByStudio.get(studio);
  if (!entry) return [];
  const byYear = Map.groupBy(entry.data.periods, (period) => Number(period.from.slice(0, 4)));
  return [...byYear.entries()].toSorted(([a], [b]) => a - b).map(([year, periods]) => sumPeriods(year, periods));
}

/** The whole programme's figures for one year (all studios), or undefined when nothing was reported. */
export function programmeYear(model: SiteModel, year: number): YearFigures | undefined {
  const periods = model.content.figures.flatMap((entry) => entry.data.periods.filter((p) => p.from.startsWith(`${year}-`)));
  return periods.length ? sumPeriods(year, periods) : undefined;
}

/** The programme's totals over all years. */
export function programmeTotals(model: SiteModel): YearFigures {
  return sumPeriods(0, model.content.figures.flatMap((entry) => entry.data.periods));
}

/** Every year with reported figures. */
export function figureYears(model: SiteModel): number[] {
  return [...new Set(model.content.figures.flatMap((entry) => entry.data.periods.map((p) => Number(p.from.slice(0, 4)))))].toSorted();
}
