/**
 * Search records for entries that have no page of their own: each award becomes a result that
 * links to its row on the award year page, with the same filters as pages.
 */
import { LOCALES, type Locale } from '../../schemas/vocabulary.ts';
import { rankLabel } from '../model/awards.ts';
import { label, t, text } from '../site/i18n.ts';
import { latestDay } from '../model/dates.ts';
import { formatPartialDate } from '../site/format.ts';
import { adminTier } from '../model/levels.ts';
import type { SiteModel } from '../model/model.ts';
import { localePath } from '../site/paths.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The Pagefind language of a locale, as derived from the page's lang attribute. */
export const pagefindLanguage = (locale: Locale): string => (locale === 'zh' ? 'zh-cn' : 'en');

export function awardRecords(model: SiteModel, locales: readonly Locale[] = LOCALES): SearchRecord[] {
  return locales.flatMap((locale) =>
    [...model.awards.values()].map(({ id, data }) => {
      const recipients = data.recipients.map((recipient) =>
        recipient.type === 'person'
          ? text(locale, model.people.get(recipient.person)?.data.name)
          : recipient.type === 'studio'
            ? text(locale, model.studios.get(recipient.studio)?.data.title)
            : text(locale, recipient.name),
      );
      const studio = data.studio ? text(locale, model.studios.get(data.studio)?.data.title) : '';
      const title = `${text(locale, data.achievement)} · ${rankLabel(locale, data)}`;
      // Shown at the precision known (the round's year when no date is given); sorted by the last day it can be.
      const date = data.date ?? { value: String(data.year), precision: 'year' as const };
      return {
        url: `${localePath(locale, `/awards/year/${data.year}/`)}#award-${id}`,
        language: pagefindLanguage(locale),
        content: [
          title,
          text(locale, data.competition),
          label(locale, 'adminLevel', data.level),
          label(locale, 'awardFamily', data.family),
          ...recipients,
          studio,
          String(data.year),
        ]
          .filter(Boolean)
          .join(' '),
        meta: { title, type: t(locale, 'type.award'), date: formatPartialDate(locale, date) },
        filters: { type: [t(locale, 'type.award')], level: [searchLevel(locale, data.level)], year: [String(data.year)] },
        sort: { date: latestDay(date) },
      };
    }),
  );
}

/** The level filter value of an administrative level: its tier label. */
export function searchLevel(locale: Locale, level: Parameters<typeof adminTier>[0]): string {
  return label(locale, 'levelTier', adminTier(level));
}
