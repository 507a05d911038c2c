/**
 * How a year's count of studios in force reconciles: the count at the end of the year before,
 * plus the studios in force from this year, minus those revoked or merged in it, equals the count
 * at this year end. Each studio whose naming is listed under one year but counted at another year
 * end (or at none) is named with the reason, so that "本年命名" and the change in the year-end
 * count can be read together. Computed once, for the reports, the home page and the open data.
 */
import type { RecordedDate } from '../../schemas/common.ts';
import { certainlyBy, isYearless, latestKnownDay, yearOf } from '../model/dates.ts';
import {
  activeDesignations,
  namingYear,
  studioStanding,
  type SiteModel,
  type StudioDesignation,
} from '../model/model.ts';
import { oncePerModel } from '../model/per-model.ts';
import { studiosInForce, yearEnd } from '../model/stats.ts';
import { namingsOfYear } from './namings.ts';

/**
 * Why a studio is counted at another year end than the year its naming is listed in:
 * - `already-in-force`: it held a naming at the end of the year before (a studio is counted once);
 * - `decided-later`: listed under its cycle year (年度), decided in a later year, counted at that year's end;
 * - `cycle-year-differs`: decided this year for another cycle year, so counted from this year end;
 * - `before-date`: dated only by a bound ("before" a day, "reported by" a day), counted from the first year end certainly after it;
 * - `undated`: the source gives no date (or no year), counted now but at no year end;
 * - `ended-in-year`: named and revoked or merged by the same year end;
 * - `end-undated`: revoked or merged at a date not stated, so counted at no year end.
 */
export type ElsewhereReason =
  | 'already-in-force'
  | 'decided-later'
  | 'cycle-year-differs'
  | 'before-date'
  | 'undated'
  | 'ended-in-year'
  | 'end-undated';

export interface CountedElsewhere {
  studio: string;
  reason: ElsewhereReason;
  /** The naming's date and cycle year, as the source gives them. */
  date?: RecordedDate;
  cycleYear?: number;
  cycleFrom?: number;
  /** The year end the studio is first counted at, when one is certain. */
  countedAt?: number;
}

export interface LeftInYear {
  studio: string;
  reason: 'revoked' | 'merged';
  date?: RecordedDate;
}

export interface YearReconciliation {
  year: number;
  /** Studios in force at the end of the year before, and at this year end. */
  previousYearEnd: number;
  yearEnd: number;
  /** Studios in force at this year end that were not at the end of the year before. */
  entered: string[];
  /** Studios in force at the end of the year before that are not at this year end. */
  left: LeftInYear[];
  /** Namings listed under this year (by cycle year where stated, else by date), and the studios they name. */
  namingsListed: number;
  studiosListed: string[];
  /** Studios listed this year but not among those entered, and studios entered but not listed, each with its reason. */
  countedElsewhere: CountedElsewhere[];
}

/** The first year end a dated naming is certainly reached by; undefined when the source gives no year. */
function firstYearEnd(date: RecordedDate | undefined): number | undefined {
  const latest = date && latestKnownDay(date);
  return latest ? Number(latest.slice(0, 4)) : undefined;
}

/** Whether the source gives only a bound (before, reported by), which states no year of its own. */
// Only called with a naming in force at a year end, whose date has a year: the first two guards
// cannot change a result.
// Stryker disable ConditionalExpression,LogicalOperator: equivalent, as above
const onlyBound = (date: RecordedDate | undefined): boolean =>
  date !== undefined && !isYearless(date) && Boolean(date.before || date.reportedBy);
// Stryker restore ConditionalExpression,LogicalOperator

/** Why a studio listed under the year is not among the studios it adds. */
function whyNotEntered(
  model: SiteModel,
  year: number,
  studio: string,
  listed: StudioDesignation[],
  before: Set<string>,
): CountedElsewhere {
  const naming = listed[0]!;
  const facts = {
    studio,
    date: naming.date,
    cycleYear: naming.cycleYear,
    cycleFrom: naming.cycleFrom,
  };
  if (before.has(studio)) return { ...facts, reason: 'already-in-force' };
  const dated = listed.find((d) => firstYearEnd(d.date) !== undefined);
  if (!dated) return { ...facts, reason: 'undated' };
  const datedFacts = {
    studio,
    date: dated.date,
    cycleYear: dated.cycleYear,
    cycleFrom: dated.cycleFrom,
    countedAt: firstYearEnd(dated.date),
  };
  if (!certainlyBy(dated.date, yearEnd(year)))
    return { ...datedFacts, reason: onlyBound(dated.date) ? 'before-date' : 'decided-later' };
  const standing = studioStanding(model, studio);
  const ended =
    standing.status === 'revoked' || standing.status === 'merged' ? standing : undefined;
  if (ended && !ended.date) return { ...facts, reason: 'end-undated' };
  return { ...datedFacts, reason: 'ended-in-year' };
}

/** Why a studio entered at this year end is not listed under the year. */
function whyNotListed(model: SiteModel, year: number, studio: string): CountedElsewhere {
  // A studio not listed under the year has no naming of that year, so every naming passes.
  // Stryker disable ConditionalExpression: equivalent, as above
  const naming = activeDesignations(model, studio, yearEnd(year)).find(
    (d) => namingYear(d) !== year,
  )!;
  // Stryker restore ConditionalExpression
  const facts = {
    studio,
    date: naming.date,
    cycleYear: naming.cycleYear,
    cycleFrom: naming.cycleFrom,
    countedAt: year,
  };
  return { ...facts, reason: onlyBound(naming.date) ? 'before-date' : 'cycle-year-differs' };
}

/** Why a studio in force at the end of the year before is not at this year end. */
function whyLeft(model: SiteModel, year: number, studio: string): LeftInYear {
  const standing = studioStanding(model, studio);
  if (standing.status === 'merged' || standing.status === 'revoked')
    return { studio, reason: standing.status, date: standing.date };
  // Revoked by an assessment, named again since: the revocation of this year.
  // Stryker disable next-line ArrayDeclaration: a studio that was in force has namings, so the fallback is never used
  const revocation = (model.designationsByStudio.get(studio) ?? []).find(
    (d) => d.revokedOn && yearOf(d.revokedOn) === year,
  );
  return { studio, reason: 'revoked', date: revocation?.revokedOn };
}

/** The reconciliation of a year's count of studios in force (computed once per model and year). */
export const yearReconciliation = oncePerModel(computeYearReconciliation);

function computeYearReconciliation(model: SiteModel, year: number): YearReconciliation {
  const before = studiosInForce(model, yearEnd(year - 1));
  const after = studiosInForce(model, yearEnd(year));
  const listed = namingsOfYear(model, year);
  const byStudio = Map.groupBy(listed, (d) => d.studio);
  const entered = [...after].filter((id) => !before.has(id));
  const countedElsewhere = [
    ...[...byStudio]
      .filter(([id]) => !after.has(id) || before.has(id))
      .map(([id, namings]) => whyNotEntered(model, year, id, namings, before)),
    ...entered.filter((id) => !byStudio.has(id)).map((id) => whyNotListed(model, year, id)),
  ];
  return {
    year,
    previousYearEnd: before.size,
    yearEnd: after.size,
    entered,
    left: [...before].filter((id) => !after.has(id)).map((id) => whyLeft(model, year, id)),
    namingsListed: listed.length,
    studiosListed: [...byStudio.keys()],
    countedElsewhere,
  };
}

/** The numbers of a year's reconciliation, as the report page and the open data both show them. */
export interface ReconciliationCounts {
  previousYearEnd: number;
  entered: number;
  revoked: number;
  merged: number;
  yearEnd: number;
  namingsListed: number;
  studiosListed: number;
}

export function reconciliationCounts(model: SiteModel, year: number): ReconciliationCounts {
  const r = yearReconciliation(model, year);
  return {
    previousYearEnd: r.previousYearEnd,
    entered: r.entered.length,
    revoked: r.left.filter((row) => row.reason === 'revoked').length,
    merged: r.left.filter((row) => row.reason === 'merged').length,
    yearEnd: r.yearEnd,
    namingsListed: r.namingsListed,
    studiosListed: r.studiosListed.length,
  };
}

/** Studios listed under the year whose naming has no date: the report's note beside the year-end count. */
export const undatedInYear = (model: SiteModel, year: number): number =>
  yearReconciliation(model, year).countedElsewhere.filter((row) => row.reason === 'undated').length;

/**
 * Studios in force now whose every naming in force has neither a date nor a cycle year: they are
 * in the count of today and in no year's report, and the home page says so beside its count.
 */
export const studiosOfNoYear = (model: SiteModel): number =>
  [...model.studios.keys()].filter((id) => {
    const active = activeDesignations(model, id);
    return (
      active.length > 0 && active.every((d) => d.date === undefined && namingYear(d) === undefined)
    );
  }).length;
