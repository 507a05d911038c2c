/**
 * Search records for entries that have no page of their own: each award becomes a result that
 * links to its row on the award year page, with the same filters as pages.
 */
import type { Source } from '../../schemas/common.ts';
import { LOCALES, type Locale } from '../../schemas/vocabulary.ts';
import { rankLabel } from '../site/award-labels.ts';
import { label, t, text } from '../site/i18n.ts';
import { facetValue } from '../model/awards.ts';
import { latestDay } from '../model/dates.ts';
import { organisationTitle } from '../model/names.ts';
import { formatPartialDate } from '../site/format.ts';
import { adminTier } from '../model/levels.ts';
import type { SiteModel } from '../model/model.ts';
import { localePath } from '../site/paths.ts';
import { chineseNameWords, ZH_NAMES_META } from './search-names.ts';

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

/** How fields are joined in a record's text, as each language writes a list and a sentence. */
const JOIN = {
  zh: { list: '、', clause: '，', sentence: '。' },
  en: { list: ', ', clause: ', ', sentence: '. ' },
} as const;

/**
 * The text of an award's record, as sentences: its title (the achievement and rank), the
 * competition with its level and family, then who received it and the studio it counts for. The
 * studio is left out when a recipient already says its leader's name ("赵鹏达劳模创新工作室" after
 * 赵鹏达 or 赵鹏达创新团队): it is still found, by its metadata.
 */
function awardText(
  locale: Locale,
  title: string,
  facts: string[],
  recipients: string[],
  studio: { title: string; leader: string },
): string {
  const join = JOIN[locale];
  const names = [...new Set(recipients.filter(Boolean))];
  const said = (name: string) => names.some((recipient) => recipient.includes(name));
  const withStudio =
    studio.title && !said(studio.title) && !(studio.leader && said(studio.leader))
      ? [...names, studio.title]
      : names;
  return [title, facts.filter(Boolean).join(join.clause), withStudio.join(join.list)]
    .filter(Boolean)
    .map((sentence) => `${sentence}${join.sentence}`)
    .join('')
    .trim();
}

/** A source in one line: its title (or number), with its number and publisher where stated, and its address. */
const sourceText = (locale: Locale, source: Source): string =>
  [
    source.title ? text(locale, source.title) : source.number,
    source.title && source.number,
    source.publisher && text(locale, source.publisher),
    source.url,
  ]
    .filter(Boolean)
    .join(JOIN[locale].clause);

export function awardRecords(
  model: SiteModel,
  locales: readonly Locale[] = LOCALES,
): SearchRecord[] {
  return locales.flatMap((locale) =>
    [...model.awards.values()].map(({ id, data }) => {
      const names = (language: Locale) => ({
        recipients: data.recipients.map((recipient) =>
          recipient.type === 'person'
            ? text(language, model.people.get(recipient.person)?.data.name)
            : recipient.type === 'studio'
              ? text(language, model.studios.get(recipient.studio)?.data.title)
              : recipient.type === 'organisation'
                ? text(language, organisationTitle(model, recipient.organisation))
                : text(language, recipient.name),
        ),
        studio: data.studio ? text(language, model.studios.get(data.studio)?.data.title) : '',
        leader: text(
          language,
          model.people.get(model.studios.get(data.studio ?? '')?.data.leader ?? '')?.data.name,
        ),
      });
      const { recipients, studio, leader } = names(locale);
      // An award whose source names no winning entry is titled by its competition.
      const title = `${text(locale, data.achievement ?? data.competition)} · ${rankLabel(locale, data)}`;
      const facts = [
        text(locale, data.competition),
        label(locale, 'adminLevel', data.level),
        label(locale, 'awardFamily', data.family),
      ];
      // Shown at the precision known (the round's year when no date is given); sorted by the last day it can be.
      const date =
        data.date ??
        (data.year === undefined
          ? undefined
          : { value: String(data.year), precision: 'year' as const });
      // The studio, found even when the text leaves it out; outside Chinese, the Chinese names too (search-names.ts).
      const chinese = names('zh');
      const otherNames: Record<string, string> = {
        ...(studio ? { studio } : {}),
        ...(locale === 'zh'
          ? {}
          : {
              [ZH_NAMES_META]: chineseNameWords([
                text('zh', data.achievement),
                text('zh', data.competition),
                ...chinese.recipients,
                chinese.studio,
              ]).join(' '),
            }),
      };
      return {
        url: `${localePath(locale, `/awards/year/${facetValue(data, 'year')}/`)}#award-${id}`,
        language: pagefindLanguage(locale),
        content: awardText(locale, title, facts, recipients, { title: studio, leader }),
        // The published source the award is recorded from, as its row shows it.
        meta: {
          title,
          type: t(locale, 'type.award'),
          ...(date ? { date: formatPartialDate(locale, date) } : {}),
          ...otherNames,
          ...(data.source ? { source: sourceText(locale, data.source) } : {}),
        },
        filters: {
          type: [t(locale, 'type.award')],
          level: [searchLevel(locale, data.level)],
          // An award of no stated year or date is in no year and no date order, as an undated page is.
          ...(data.year === undefined ? {} : { year: [String(data.year)] }),
        },
        sort: date ? { date: latestDay(date) } : ({} as Record<string, string>),
      };
    }),
  );
}

/** The level filter value of an administrative level: its tier label. */
export function searchLevel(locale: Locale, level: Parameters<typeof adminTier>[0]): string {
  return label(locale, 'levelTier', adminTier(level));
}
