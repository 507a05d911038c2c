/** The achievements register in words: the labels of its facet values and a benefit's period. */
import type { BenefitPeriod } from '../../schemas/achievement.ts';
import type {
  AchievementStage,
  AchievementType,
  AdminLevel,
  Locale,
} from '../../schemas/vocabulary.ts';
import type { AchievementFacet } from '../model/achievements.ts';
import { NOT_STATED } from '../../schemas/vocabulary.ts';
import type { SiteModel } from '../model/model.ts';
import { formatPartialDate } from '../site/format.ts';
import { label, t, text } from '../site/i18n.ts';

/** The label of a facet value. */
export function achievementFacetLabel(
  locale: Locale,
  model: SiteModel,
  facet: AchievementFacet,
  value: string,
): string {
  if (value === NOT_STATED)
    return facet === 'year' ? t(locale, 'common.yearNotStated') : t(locale, 'common.notStated');
  if (facet === 'level' && value === 'none') return t(locale, 'achievement.noAward');
  if (facet === 'type') return label(locale, 'achievementType', value as AchievementType);
  if (facet === 'status') return label(locale, 'achievementStage', value as AchievementStage);
  if (facet === 'level') return label(locale, 'adminLevel', value as AdminLevel);
  if (facet === 'studio') return text(locale, model.studios.get(value)?.data.title);
  return locale === 'zh' ? `${value}年` : value;
}

/** A benefit's period in words: 2022年, 2022年1月 – 2023年6月. */
export function benefitPeriodText(locale: Locale, period: BenefitPeriod): string {
  return period.to
    ? `${formatPartialDate(locale, period.from)} – ${formatPartialDate(locale, period.to)}`
    : formatPartialDate(locale, period.from);
}
