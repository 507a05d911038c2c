/**
 * Headline counts computed from the model, for the home page, the reports, the charts and the
 * data files alike: one function per count, so that every page states the same number.
 */
import { LEVEL_TIERS, type LevelTier } from '../../schemas/vocabulary.ts';
import type { PartialDate } from '../../schemas/common.ts';
import { isUnionDocument } from '../../schemas/document.ts';
import { compareDates, latestDay } from './dates.ts';
import { levelTier } from './levels.ts';
import { activeDesignations, highestLevel, type SiteModel } from './model.ts';

/**
 * Studios counted once each, at the tier of their highest active level on a day (the publishing
 * date by default): revocations and mergers by then are subtracted, and a naming whose date the
 * source does not give counts only for "now".
 */
export function studiosByTier(model: SiteModel, onDay?: string): Record<LevelTier, number> {
  const counts = Object.fromEntries(LEVEL_TIERS.map((tier) => [tier, 0])) as Record<LevelTier, number>;
  for (const id of model.studios.keys()) {
    const level = highestLevel(model, id, onDay);
    if (level) counts[levelTier(level)] += 1;
  }
  return counts;
}

/** Studios holding at least one active naming on a day (the publishing date by default). */
export const namedStudioCount = (model: SiteModel, onDay?: string): number =>
  Object.values(studiosByTier(model, onDay)).reduce((total, count) => total + count, 0);

/**
 * Studios named now whose namings all lack a date: they are in the count of today but in no
 * year-end count, and reports say so beside year-end counts.
 */
export const undatedNamedStudios = (model: SiteModel): number =>
  [...model.studios.keys()].filter((id) => {
    const active = activeDesignations(model, id);
    return active.length > 0 && active.every((d) => d.date === undefined);
  }).length;

/** The last day of a year, for year-end counts. */
export const yearEnd = (year: number): string => `${year}-12-31`;

/** The latest day a document's date can mean, or '' for an undated document (which sorts last, newest first). */
const latestDayOf = (date: PartialDate | undefined): string => (date ? latestDay(date) : '');

/** Documents newest first (a document dated to a month or year sorts by the latest day it can be; undated ones last). */
export const documentsByDate = (model: SiteModel) =>
  [...model.documents.values()].toSorted((a, b) => latestDayOf(b.data.date).localeCompare(latestDayOf(a.data.date)) || compareDates(b.data.date, a.data.date));

/** The documents a union issued (工会文件): every one but an agreement, which its signatories made even when a union brokered it. */
export const unionDocuments = (model: SiteModel) => [...model.documents.values()].filter((doc) => isUnionDocument(doc.data));

/** Chinese news newest first, as [slug, entry]. */
export const newsByDate = (model: SiteModel) => [...model.newsZh.entries()].toSorted((a, b) => b[1].data.date.localeCompare(a[1].data.date));
