/** Award helpers: rank labels and ordering. */
import type { Award } from '../schemas/award.ts';
import { AWARD_RANKS, type Locale } from '../schemas/vocabulary.ts';
import { label } from './i18n.ts';

/** 一等奖 / First prize; 第2名 / 2nd place. */
export function rankLabel(locale: Locale, award: Pick<Award, 'rank' | 'place'>): string {
  if (award.rank !== 'place') return label(locale, 'awardRank', award.rank);
  const place = award.place ?? 0;
  if (locale === 'zh') return `第${place}名`;
  const suffix = place % 100 >= 11 && place % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[place % 10] ?? 'th';
  return `${place}${suffix} place`;
}

/** Best rank first. */
export const rankOrder = (award: Pick<Award, 'rank' | 'place'>): number => AWARD_RANKS.indexOf(award.rank) * 1000 + (award.place ?? 0);
