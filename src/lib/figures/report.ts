/**
 * The key figures of a year's report, each with the previous year's value and the change, all
 * computed from the content.
 */
import type { Quantity } from '../../schemas/common.ts';
import {
  ASSESSMENT_GRADES,
  LEVEL_TIERS,
  type AssessmentGrade,
  type LevelTier,
} from '../../schemas/vocabulary.ts';
import { inYear } from '../model/dates.ts';
import {
  programmeYear,
  studioYears,
  type ReportedKey,
  type YearFigures,
} from './yearly-figures.ts';
import type { SiteModel } from '../model/model.ts';
import { namingsByTier } from './namings.ts';
import { inForceAtYearEnd, unionDocuments } from '../model/stats.ts';
import { sumStated } from '../model/quantity.ts';

export const KEY_FIGURES = [
  'namedTotal',
  'named-national',
  'named-provincial',
  'named-industry',
  'named-municipal',
  'named-district',
  'named-enterprise',
  'named-unstated',
  'studiosAtYearEnd',
  'documents',
  'assessed',
  'grade-excellent',
  'grade-good',
  'grade-pass',
  'grade-basic-pass',
  'grade-fail',
  'pairings',
  'jointProjects',
  'proposalsSubmitted',
  'proposalsAdopted',
  'proposalsImplemented',
  'adoptionRate',
  'patents',
  'benefit',
  'trained',
  'awards',
] as const;
export type KeyFigureName = (typeof KEY_FIGURES)[number];

export interface KeyFigure {
  /** Stable key, also the i18n key suffix `report.kpi.<key>`. */
  key: KeyFigureName;
  value: Quantity;
  previous?: Quantity;
  /** Unit suffix key, for percentages. */
  unit?: 'percent';
  /** True when the figures of the year (or the year before) cover only part of it: no change is computed. */
  partial?: boolean;
  /** A figure the studios report: how many studios' reports of the year it adds up. */
  studios?: number;
  /**
   * True when the year before adds up other studios' reports (some reported it one year and not
   * the other): the two are shown, but no change is computed between them.
   */
  otherStudios?: boolean;
}

const exact = (value: number): Quantity => ({ value, qualifier: 'exact' });

function gradesInYear(
  model: SiteModel,
  year: number,
): Record<AssessmentGrade, number> & { total: number } {
  const results = [...model.documents.values()].flatMap((entry) =>
    entry.data.type === 'assessment-notice' && inYear(entry.data.date, year)
      ? entry.data.results
      : [],
  );
  const counts = Object.fromEntries(
    ASSESSMENT_GRADES.map((grade) => [grade, results.filter((r) => r.grade === grade).length]),
  ) as Record<AssessmentGrade, number>;
  return { ...counts, total: results.length };
}

function figuresOf(model: SiteModel, year: number) {
  const figures = programmeYear(model, year);
  const named = namingsByTier(model, year);
  const grades = gradesInYear(model, year);
  const pairings = model.pairings.filter((p) => inYear(p.date, year));
  const values: Record<KeyFigureName, Quantity | undefined> = {
    namedTotal: exact(named.total),
    ...(Object.fromEntries(
      LEVEL_TIERS.map((tier) => [`named-${tier}`, exact(named[tier])]),
    ) as Record<`named-${LevelTier}`, Quantity>),
    // Namings no source gives a level: a row of their own, so the tiers add up to the total (none in most years).
    'named-unstated': named.unstated > 0 ? exact(named.unstated) : undefined,
    // A lower bound while a studio's naming is dated only by a bound the year end falls within.
    studiosAtYearEnd: inForceAtYearEnd(model, year),
    // Documents a union issued that year: an agreement between studios is not issued by the union that brokered it.
    documents: exact(unionDocuments(model).filter((doc) => inYear(doc.data.date, year)).length),
    assessed: exact(grades.total),
    ...(Object.fromEntries(
      ASSESSMENT_GRADES.map((grade) => [`grade-${grade}`, exact(grades[grade])]),
    ) as Record<`grade-${AssessmentGrade}`, Quantity>),
    pairings: exact(pairings.length),
    // Unknown when no notice states it, "at least" when some do not: never 0 for a number not given.
    jointProjects: sumStated(pairings.map((p) => p.jointProjects)),
    proposalsSubmitted: figures?.proposalsSubmitted,
    proposalsAdopted: figures?.proposalsAdopted,
    proposalsImplemented: figures?.proposalsImplemented,
    // Both derived once (./derived-figures.ts); a part-year rate is marked partial below and never compared.
    adoptionRate: figures?.adoptionRate,
    patents: figures?.patents,
    benefit: figures?.benefit,
    trained: figures?.trained,
    awards: exact([...model.awards.values()].filter((award) => award.data.year === year).length),
  };
  // Stryker disable next-line BooleanLiteral: a year without figures has no reported figure, the only kind that is partial
  return { values, partial: figures?.partial ?? false, reporting: figures?.reporting ?? {} };
}

/** Figures that come from the studios' reported periods, which may cover part of a year. */
const REPORTED: ReadonlySet<KeyFigureName> = new Set([
  'proposalsSubmitted',
  'proposalsAdopted',
  'proposalsImplemented',
  'adoptionRate',
  'patents',
  'benefit',
  'trained',
]);

/** How many studios a reported figure adds up, and whether the year before adds up the same ones. */
function reportingOf(
  key: ReportedKey,
  current: ReturnType<typeof figuresOf>,
  previous: ReturnType<typeof figuresOf>,
): Pick<KeyFigure, 'studios' | 'otherStudios'> {
  // Stryker disable next-line ArrayDeclaration: a figure shown has a value, and the periods that give it a value are its studios'
  const now = current.reporting[key] ?? [];
  const before = previous.reporting[key];
  return {
    studios: now.length,
    ...(before !== undefined && before.join() !== now.join() ? { otherStudios: true } : {}),
  };
}

/** The key figures of a year, with the year before for comparison. */
export function reportKeyFigures(model: SiteModel, year: number): KeyFigure[] {
  const current = figuresOf(model, year);
  const previous = figuresOf(model, year - 1);
  return KEY_FIGURES.flatMap((key) => {
    const value = current.values[key];
    if (!value) return [];
    // Part of a year is not compared with a year: such a figure has no previous value and no change.
    const partial = REPORTED.has(key) && (current.partial || previous.partial);
    return [
      {
        key,
        value,
        previous: partial ? undefined : previous.values[key],
        unit: key === 'adoptionRate' ? ('percent' as const) : undefined,
        partial: REPORTED.has(key) && current.partial,
        ...(REPORTED.has(key) ? reportingOf(key as ReportedKey, current, previous) : {}),
      },
    ];
  });
}

/** Each studio's figures in the year, for the report's table of studios. */
export function studioFiguresInYear(
  model: SiteModel,
  year: number,
): Array<{ studio: string; figures: YearFigures }> {
  return [...model.studios.keys()]
    .flatMap((studio) => {
      const figures = studioYears(model, studio).find((y) => y.year === year);
      return figures ? [{ studio, figures }] : [];
    })
    .toSorted(
      (a, b) =>
        (b.figures.proposalsSubmitted?.value ?? 0) - (a.figures.proposalsSubmitted?.value ?? 0),
    );
}

/** The change from the previous year, as a signed number, when both are known and add up the same studios' reports. */
export const change = (figure: KeyFigure): number | undefined =>
  figure.previous === undefined ||
  figure.otherStudios === true ||
  figure.value.qualifier !== 'exact' ||
  figure.previous.qualifier !== 'exact'
    ? undefined
    : Math.round((figure.value.value - figure.previous.value) * 100) / 100;
