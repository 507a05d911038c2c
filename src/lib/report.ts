/**
 * The key figures of a year's report, each with the previous year's value and the change, all
 * computed from the content.
 */
import type { Quantity } from '../schemas/common.ts';
import { ASSESSMENT_GRADES, LEVEL_TIERS, type AssessmentGrade, type LevelTier } from '../schemas/vocabulary.ts';
import { programmeYear, studioYears, type YearFigures } from './figures.ts';
import { levelTier } from './levels.ts';
import type { SiteModel } from './model.ts';
import { percent, sumQuantities } from './quantity.ts';
import { namedStudioCount } from './stats.ts';

export interface KeyFigure {
  /** Stable key, also the i18n key suffix `report.kpi.<key>`. */
  key: string;
  value: Quantity;
  previous?: Quantity;
  /** Unit suffix key, for percentages. */
  unit?: 'percent';
}

const exact = (value: number): Quantity => ({ value, qualifier: 'exact' });

/** Designations made in a year, counted by tier. */
function namedInYear(model: SiteModel, year: number): Record<LevelTier, number> & { total: number } {
  const designations = [...model.designationsByStudio.values()].flat().filter((d) => d.date.startsWith(`${year}-`));
  const counts = Object.fromEntries(LEVEL_TIERS.map((tier) => [tier, designations.filter((d) => levelTier(d.level) === tier).length])) as Record<LevelTier, number>;
  return { ...counts, total: designations.length };
}

function gradesInYear(model: SiteModel, year: number): Record<AssessmentGrade, number> & { total: number } {
  const results = [...model.documents.values()].flatMap((entry) => (entry.data.type === 'assessment-notice' && entry.data.date.startsWith(`${year}-`) ? entry.data.results : []));
  const counts = Object.fromEntries(ASSESSMENT_GRADES.map((grade) => [grade, results.filter((r) => r.grade === grade).length])) as Record<AssessmentGrade, number>;
  return { ...counts, total: results.length };
}

function figuresOf(model: SiteModel, year: number) {
  const figures = programmeYear(model, year);
  const named = namedInYear(model, year);
  const grades = gradesInYear(model, year);
  const pairings = model.pairings.filter((p) => p.date.startsWith(`${year}-`));
  const rate = figures?.proposalsSubmitted && figures.proposalsAdopted ? percent(figures.proposalsAdopted.value, figures.proposalsSubmitted.value) : undefined;
  const values: Record<string, Quantity | undefined> = {
    namedTotal: exact(named.total),
    ...Object.fromEntries(LEVEL_TIERS.map((tier) => [`named-${tier}`, exact(named[tier])])),
    studiosAtYearEnd: exact(namedStudioCount(model, `${year}-12-31`)),
    documents: exact([...model.documents.values()].filter((doc) => doc.data.date.startsWith(`${year}-`)).length),
    assessed: exact(grades.total),
    ...Object.fromEntries(ASSESSMENT_GRADES.map((grade) => [`grade-${grade}`, exact(grades[grade])])),
    pairings: exact(pairings.length),
    jointProjects: sumQuantities(pairings.map((p) => p.jointProjects)),
    proposalsSubmitted: figures?.proposalsSubmitted,
    proposalsAdopted: figures?.proposalsAdopted,
    proposalsImplemented: figures?.proposalsImplemented,
    adoptionRate: rate === undefined ? undefined : exact(rate),
    patents: sumQuantities([figures?.patentsInvention, figures?.patentsUtilityModel, figures?.patentsDesign]),
    benefit: figures?.benefit,
    trained: figures?.trained,
    awards: exact([...model.awards.values()].filter((award) => award.data.year === year).length),
  };
  return values;
}

/** The key figures of a year, with the year before for comparison. */
export function reportKeyFigures(model: SiteModel, year: number): KeyFigure[] {
  const current = figuresOf(model, year);
  const previous = figuresOf(model, year - 1);
  return Object.entries(current)
    .filter((entry): entry is [string, Quantity] => entry[1] !== undefined)
    .map(([key, value]) => ({ key, value, previous: previous[key], unit: key === 'adoptionRate' ? 'percent' : undefined }));
}

/** Each studio's figures in the year, for the report's table of studios. */
export function studioFiguresInYear(model: SiteModel, year: number): Array<{ studio: string; figures: YearFigures }> {
  return [...model.studios.keys()]
    .flatMap((studio) => {
      const figures = studioYears(model, studio).find((y) => y.year === year);
      return figures ? [{ studio, figures }] : [];
    })
    .toSorted((a, b) => (b.figures.proposalsSubmitted?.value ?? 0) - (a.figures.proposalsSubmitted?.value ?? 0));
}

/** The change from the previous year, as a signed number, when both are known. */
export const change = (figure: KeyFigure): number | undefined =>
  figure.previous === undefined ? undefined : Math.round((figure.value.value - figure.previous.value) * 100) / 100;
