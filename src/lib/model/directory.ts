/** Rows of the studio directory and the values its filters offer. */
import type { StandingStatus, StudioLevel } from '../../schemas/vocabulary.ts';
import { firstNamingYear, studioStanding, type SiteModel, type StudioStanding } from './model.ts';

export interface DirectoryRow {
  id: string;
  /** Highest active level, if any. */
  level?: StudioLevel;
  /** Industry, when stated. */
  industry?: string;
  /** Where it stands now, from its whole history (computed once per studio, for the filter and the label). */
  standing: StudioStanding;
  status: StandingStatus;
  /** Year first named at any level, when what the sources say settles it. */
  yearNamed?: number;
}

export function directoryRows(model: SiteModel): DirectoryRow[] {
  return [...model.studios.values()]
    .map((studio) => {
      const standing = studioStanding(model, studio.id);
      return {
        id: studio.id,
        level: standing.status === 'named' ? standing.level : undefined,
        industry: studio.data.industry,
        standing,
        status: standing.status,
        yearNamed: firstNamingYear(model, studio.id),
      };
    })
    .toSorted((a, b) => (a.yearNamed ?? 9999) - (b.yearNamed ?? 9999) || a.id.localeCompare(b.id));
}

/** The distinct values of a field present in the rows, in a given order. */
export function presentValues<T>(
  rows: DirectoryRow[],
  pick: (row: DirectoryRow) => T | undefined,
  order?: readonly T[],
): T[] {
  const present = new Set(rows.map(pick).filter((value): value is T => value !== undefined));
  return order ? order.filter((value) => present.has(value)) : [...present].toSorted();
}
