/**
 * Headline counts computed from the model, for the home page, the reports, the charts and the
 * data files alike: one function per count, so that every page states the same number.
 */
import { LEVEL_TIERS, type LevelTier } from '../../schemas/vocabulary.ts';
import type { PartialDate, Quantity } from '../../schemas/common.ts';
import { isUnionDocument } from '../../schemas/document.ts';
import { compareDates, latestDay } from './dates.ts';
import { levelTier } from './levels.ts';
import {
  activeDesignations,
  highestLevel,
  possibleNamings,
  type SiteModel,
  type StudioDesignation,
} from './model.ts';
import { oncePerModel } from './per-model.ts';

/**
 * Studios counted once each, at the tier of their highest active level on a day (the publishing
 * date by default): revocations and mergers by then are subtracted, and a naming whose date the
 * source does not give counts only for "now".
 */
export function studiosByTier(model: SiteModel, onDay?: string): StudiosByTier {
  const counts = Object.fromEntries(LEVEL_TIERS.map((tier) => [tier, 0])) as Record<
    LevelTier,
    number
  >;
  let unstated = 0;
  for (const id of studiosInForce(model, onDay)) {
    const level = highestLevel(model, id, onDay);
    // Named, but by namings none of which states a level: counted, under "level not stated".
    if (level) counts[levelTier(level)] += 1;
    else unstated += 1;
  }
  return { ...counts, unstated };
}

/** Studios in force by the tier of their highest level, and those none of whose namings states a level. */
export type StudiosByTier = Record<LevelTier, number> & { unstated: number };

/** The studios holding at least one active union naming on a day (the publishing date by default): the studios in force. */
export const studiosInForce = (model: SiteModel, onDay?: string): Set<string> =>
  new Set(
    [...model.studios.keys()].filter((id) => activeDesignations(model, id, onDay).length > 0),
  );

/**
 * The studios in force at the end of a year, as the reports, their summaries, the chart of studios
 * in force and the open data say it: a lower bound while a studio not counted may have been in
 * force then (possibleNamings). Computed once per model and year; read-only.
 */
export const inForceAtYearEnd = oncePerModel((model, year: number): Quantity => ({
  value: studiosInForce(model, yearEnd(year)).size,
  qualifier: possiblyInForceAtYearEnd(model, year).length > 0 ? 'at-least' : 'exact',
}));

/**
 * The studios not counted at a year end that may have been in force then, with the namings by
 * which they may have been: what makes that year end's counts lower bounds, and in which of their
 * categories (a level, an industry). Computed once per model and year; read-only.
 */
export const possiblyInForceAtYearEnd = oncePerModel(
  (model, year: number): Array<{ studio: string; namings: StudioDesignation[] }> => {
    const day = yearEnd(year);
    const counted = studiosInForce(model, day);
    return [...model.studios.keys()].flatMap((studio) => {
      const namings = counted.has(studio) ? [] : possibleNamings(model, studio, day);
      return namings.length > 0 ? [{ studio, namings }] : [];
    });
  },
);

/** How many studios are in force on a day (the publishing date by default): the one count behind the home page, reports, charts and open data. */
export const namedStudioCount = (model: SiteModel, onDay?: string): number =>
  studiosInForce(model, onDay).size;

/** The last day of a year, for year-end counts. */
export const yearEnd = (year: number): string => `${year}-12-31`;

/** The latest day a document's date can mean, or '' for an undated document (which sorts last, newest first). */
const latestDayOf = (date: PartialDate | undefined): string => (date ? latestDay(date) : '');

/** Documents newest first (a document dated to a month or year sorts by the latest day it can be; undated ones last). */
export const documentsByDate = (model: SiteModel) =>
  [...model.documents.values()].toSorted(
    (a, b) =>
      latestDayOf(b.data.date).localeCompare(latestDayOf(a.data.date)) ||
      compareDates(b.data.date, a.data.date),
  );

/** The documents a union issued (工会文件): every one but an agreement, which its signatories made even when a union brokered it. */
export const unionDocuments = (model: SiteModel) =>
  [...model.documents.values()].filter((doc) => isUnionDocument(doc.data));

/** Chinese news newest first, as [slug, entry]. */
export const newsByDate = (model: SiteModel) =>
  [...model.newsZh.entries()].toSorted((a, b) => b[1].data.date.localeCompare(a[1].data.date));
