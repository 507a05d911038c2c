/** Awards in words: a rank and a facet value as a page says them. The model keeps the facts (model/awards.ts). */
import type { Award } from '../../schemas/award.ts';
import {
  NOT_STATED,
  type AdminLevel,
  type AwardFamily,
  type AwardRank,
  type Locale,
} from '../../schemas/vocabulary.ts';
import { label, t, text } from './i18n.ts';

/** 一等奖 / First prize; 第2名 / 2nd place; the announcement's own words where given (一等成果). */
export function rankLabel(
  locale: Locale,
  award: Pick<Award, 'rank' | 'place'> & { rankAs?: Award['rankAs'] },
): string {
  if (award.rankAs) return text(locale, award.rankAs);
  if (award.rank !== 'place') return label(locale, 'awardRank', award.rank);
  const place = award.place ?? 0;
  if (locale === 'zh') return `第${place}名`;
  const suffix =
    place % 100 >= 11 && place % 100 <= 13
      ? 'th'
      : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[place % 10] ?? 'th');
  return `${place}${suffix} place`;
}

/** The label of a value of an award facet (year, level, rank or family; model/awards.ts `AWARD_FACETS`). */
export function facetLabel(
  locale: Locale,
  facet: 'year' | 'level' | 'rank' | 'family',
  value: string,
): string {
  if (value === NOT_STATED) return t(locale, 'common.notStated');
  if (facet === 'year') return locale === 'zh' ? `${value}年` : value;
  if (facet === 'level') return label(locale, 'adminLevel', value as AdminLevel);
  if (facet === 'rank') return label(locale, 'awardRank', value as AwardRank);
  return label(locale, 'awardFamily', value as AwardFamily);
}
