/** Headline counts computed from the model, for the home page, reports and tests. */
import { LEVEL_TIERS, type LevelTier } from '../schemas/vocabulary.ts';
import { levelTier } from './levels.ts';
import { highestLevel, type SiteModel } from './model.ts';

/** Studios counted once each, at the tier of their highest active level on a date. */
export function studiosByTier(model: SiteModel, onDate?: string): Record<LevelTier, number> {
  const counts = Object.fromEntries(LEVEL_TIERS.map((tier) => [tier, 0])) as Record<LevelTier, number>;
  for (const id of model.studios.keys()) {
    const level = highestLevel(model, id, onDate);
    if (level) counts[levelTier(level)] += 1;
  }
  return counts;
}

/** Studios holding at least one active designation. */
export const namedStudioCount = (model: SiteModel, onDate?: string): number =>
  Object.values(studiosByTier(model, onDate)).reduce((total, count) => total + count, 0);

/** Documents newest first. */
export const documentsByDate = (model: SiteModel) => [...model.documents.values()].toSorted((a, b) => b.data.date.localeCompare(a.data.date));

/** Chinese news newest first, as [slug, entry]. */
export const newsByDate = (model: SiteModel) => [...model.newsZh.entries()].toSorted((a, b) => b[1].data.date.localeCompare(a[1].data.date));
