/** Ordering and grouping of designation levels. */
import {
  STUDIO_LEVELS,
  type AdminLevel,
  type LevelTier,
  type StudioLevel,
} from '../../schemas/vocabulary.ts';

/** Rank of a level: 0 is the highest. */
export const levelRank = (level: StudioLevel): number => STUDIO_LEVELS.indexOf(level);

/** The higher of two levels. */
export const higherLevel = (a: StudioLevel, b: StudioLevel): StudioLevel =>
  levelRank(a) <= levelRank(b) ? a : b;

/** The coarse tier a level belongs to; none for a level the source does not state (never counted in any tier). */
export function levelTier(level: StudioLevel): LevelTier;
export function levelTier(level: StudioLevel | undefined): LevelTier | undefined;
export function levelTier(level: StudioLevel | undefined): LevelTier | undefined {
  if (level === undefined) return undefined;
  // An industry union's title is its own tier, never national or provincial.
  if (level.endsWith('-industry')) return 'industry';
  if (level.startsWith('national')) return 'national';
  if (level.startsWith('provincial')) return 'provincial';
  if (level.startsWith('municipal')) return 'municipal';
  return level as 'district' | 'enterprise';
}

/** The tier of an administrative level (organisations, awards). */
export const adminTier = (level: AdminLevel): LevelTier => level;
