/**
 * Namings per year by tier, counted once for the report's key figures, the charts and the
 * report's list of namings. A naming is listed under its cycle year (年度) where stated, else
 * the year of its date; one whose source states neither is listed under no year (undefined).
 */
import { LEVEL_TIERS, type LevelTier } from '../../schemas/vocabulary.ts';
import { levelTier } from '../model/levels.ts';
import { allNamings, namingYear, type SiteModel, type StudioDesignation } from '../model/model.ts';

/** The namings listed under a year; `undefined` gives those of no stated year. */
export const namingsOfYear = (model: SiteModel, year: number | undefined): StudioDesignation[] =>
  allNamings(model).filter((designation) => namingYear(designation) === year);

/** A year's namings counted by tier, those whose level the source does not state, and all of them. */
export type NamingsByTier = Record<LevelTier, number> & { unstated: number; total: number };

export function namingsByTier(model: SiteModel, year: number | undefined): NamingsByTier {
  const namings = namingsOfYear(model, year);
  const counts = Object.fromEntries(
    LEVEL_TIERS.map((tier) => [tier, namings.filter((d) => levelTier(d.level) === tier).length]),
  );
  const unstated = namings.filter((d) => levelTier(d.level) === undefined).length;
  return { ...(counts as Record<LevelTier, number>), unstated, total: namings.length };
}
