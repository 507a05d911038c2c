/**
 * The pieces several pages show: a studio card, a news link, award and register rows, facet lists.
 * Each is resolved to what is shown (names, labels) in one language, so a page's view holds
 * every name it prints and its key changes when one of them does.
 */
import { ADMIN_LEVELS, AWARD_RANKS, NOT_STATED, type Locale } from '../../schemas/vocabulary.ts';
import type { Quantity, Source } from '../../schemas/common.ts';
import {
  ACHIEVEMENT_FACETS,
  facetValues,
  groupAchievements,
  resultCount,
  type AchievementEntry,
  type AchievementFacet,
} from '../model/achievements.ts';
import { achievementFacetLabel, benefitPeriodText } from './achievement-labels.ts';
import {
  AWARD_FACETS,
  awardStudios,
  facetValue,
  groupAwards,
  type AwardFacet,
} from '../model/awards.ts';
import { facetLabel, rankLabel } from '../site/award-labels.ts';
import { dateSortKey } from '../model/dates.ts';
import { label, t, text, textLang } from '../site/i18n.ts';
import { studioStanding, type ResolvedAward } from '../model/model.ts';
import type { SiteModel } from '../model/model.ts';
import { organisationName } from './names.ts';
import { newsItem } from '../model/news.ts';
import { standingLabel } from './standing.ts';
import type { Entry } from '../content/types.ts';

/** A link to an entry: its id and the name shown. */
export interface EntryLink {
  id: string;
  name: string;
}

export const studioLink = (model: SiteModel, locale: Locale, id: string): EntryLink => ({
  id,
  name: text(locale, model.studios.get(id)?.data.title),
});
export const personLink = (model: SiteModel, locale: Locale, id: string): EntryLink => ({
  id,
  name: text(locale, model.people.get(id)?.data.name),
});

/** Joins names as a list in the reader's language. */
export const listSeparator = (locale: Locale): string => (locale === 'zh' ? '、' : ', ');

export interface StudioCardView {
  id: string;
  title: string;
  employer: string;
  standing: string;
  summary: string;
}

export function studioCard(model: SiteModel, locale: Locale, id: string): StudioCardView {
  const studio = model.studios.get(id)!.data;
  return {
    id,
    title: text(locale, studio.title),
    employer: organisationName(locale, model, studio.employer),
    standing: standingLabel(locale, model, studioStanding(model, id)),
    summary: text(locale, studio.summary),
  };
}

/** An article in a list, in the reader's language where it is translated. */
export interface NewsLinkView {
  slug: string;
  title: string;
  date: string;
  summary: string;
  /** False when only the Chinese original exists (the item is marked 中文). */
  translated: boolean;
}

export function newsLink(model: SiteModel, locale: Locale, slug: string): NewsLinkView {
  const { entry, translated } = newsItem(model, locale, slug);
  return {
    slug,
    title: entry.data.title,
    date: entry.data.date,
    summary: entry.data.summary,
    translated,
  };
}

/** The facets an award list can be filtered by, as row attributes (src/client/table-filter.ts). */
export const AWARD_FILTERS = ['year', 'level', 'rank', 'family', 'studio'] as const;
export type AwardFilter = (typeof AWARD_FILTERS)[number];

/** The columns of an award list. */
export type AwardColumn = 'year' | 'competition' | 'level' | 'rank' | 'achievement' | 'recipients';

/** One award as a table row. */
export interface AwardRowView {
  id: string;
  /** The round's year, when a source states it. */
  year?: number;
  /** Its date (or year) as a sort key, oldest smallest (src/lib/model/dates.ts). */
  sortDate: string;
  /** Facet values, space-separated where several (the studios it counts for). */
  facets: Record<AwardFilter, string>;
  /** Sort keys of the level and the rank: their place in the vocabulary, highest first (a place by its number). */
  order: { level: number; rank: number };
  competition: string;
  level: string;
  rank: string;
  achievement: { title: string; id?: string };
  recipients: Array<{ type: 'person' | 'studio' | 'other'; id?: string; name: string }>;
  /** The published source the award is recorded from, when the content names one. */
  source?: Source;
}

export function awardRows(
  model: SiteModel,
  locale: Locale,
  awards: Array<Entry<ResolvedAward>>,
): AwardRowView[] {
  return awards.map(({ id, data }) => ({
    id,
    year: data.year,
    sortDate: dateSortKey(
      data.date ??
        (data.year === undefined ? undefined : { value: String(data.year), precision: 'year' }),
    ),
    facets: {
      year: facetValue(data, 'year'),
      level: data.level,
      rank: data.rank,
      family: data.family,
      studio: awardStudios(data).join(' '),
    },
    order: {
      level: ADMIN_LEVELS.indexOf(data.level),
      rank: AWARD_RANKS.indexOf(data.rank) * 1000 + (data.place ?? 0),
    },
    competition: text(locale, data.competition),
    level: label(locale, 'adminLevel', data.level),
    rank: rankLabel(locale, data),
    achievement: {
      title: text(locale, data.achievement),
      ...(data.achievementId && model.achievements.has(data.achievementId)
        ? { id: data.achievementId }
        : {}),
    },
    recipients: data.recipients.map((recipient) =>
      recipient.type === 'person'
        ? { type: 'person' as const, ...personLink(model, locale, recipient.person) }
        : recipient.type === 'studio'
          ? { type: 'studio' as const, ...studioLink(model, locale, recipient.studio) }
          : recipient.type === 'organisation'
            ? {
                type: 'other' as const,
                name: organisationName(locale, model, recipient.organisation),
              }
            : { type: 'other' as const, name: text(locale, recipient.name) },
    ),
    ...(data.source ? { source: data.source } : {}),
  }));
}

/** The columns of a register table. */
export type AchievementColumn =
  'title' | 'type' | 'studios' | 'year' | 'stage' | 'awards' | 'benefit';

/** One register entry as a table row, with its facet values for the table filter. */
export interface AchievementRowView {
  id: string;
  title: string;
  count?: Quantity;
  type: string;
  studios: EntryLink[];
  /** Facet values, space-separated, for src/client/table-filter.ts. */
  facets: Record<AchievementFacet, string>;
  /** The year, or undefined when the entry states none. */
  year?: string;
  stage: string;
  awards: string[];
  benefit?: { amount: Quantity; period: string };
}

export function achievementRows(
  model: SiteModel,
  locale: Locale,
  entries: AchievementEntry[],
): AchievementRowView[] {
  return entries.map((entry) => {
    const facets = Object.fromEntries(
      ACHIEVEMENT_FACETS.map((facet) => [facet, facetValues(model, entry, facet).join(' ')]),
    ) as Record<AchievementFacet, string>;
    return {
      id: entry.id,
      title: text(locale, entry.data.title),
      ...(entry.data.count ? { count: resultCount(entry.data) } : {}),
      type: label(locale, 'achievementType', entry.data.type),
      studios: entry.data.studios.map((studio) => studioLink(model, locale, studio)),
      facets,
      ...(facets.year === NOT_STATED ? {} : { year: facets.year }),
      stage: achievementFacetLabel(locale, model, 'status', facets.status),
      awards: (model.awardsByAchievement.get(entry.id) ?? []).map(
        (award) =>
          `${label(locale, 'adminLevel', award.data.level)} ${award.data.year ?? t(locale, 'common.notStated')}`,
      ),
      ...(entry.data.benefit
        ? {
            benefit: {
              amount: entry.data.benefit.amount,
              period: benefitPeriodText(locale, entry.data.benefit.period),
            },
          }
        : {}),
    };
  });
}

/** A facet of a list: its values with their labels and counts, each a page of its own. */
export interface FacetView<F extends string> {
  facet: F;
  values: Array<{ value: string; label: string; count: number }>;
}

export const achievementFacets = (
  model: SiteModel,
  locale: Locale,
): Array<FacetView<AchievementFacet>> =>
  ACHIEVEMENT_FACETS.map((facet) => ({
    facet,
    values: [...groupAchievements(model, [...model.achievements.values()], facet)].map(
      ([value, list]) => ({
        value,
        label: achievementFacetLabel(locale, model, facet, value),
        count: list.length,
      }),
    ),
  }));

export const awardFacets = (
  locale: Locale,
  awards: Array<{ data: ResolvedAward }>,
): Array<FacetView<AwardFacet>> =>
  AWARD_FACETS.map((facet) => ({
    facet,
    values: [...groupAwards(awards, facet)].map(([value, list]) => ({
      value,
      label: facetLabel(locale, facet, value),
      count: list.length,
    })),
  }));

/** A document cited in a table: its number, else its title. */
export interface DocumentRef {
  id: string;
  label: string;
  numbered?: true;
  /** The label's language when it is not the page's: a title shown in Chinese on an English page. */
  lang?: 'zh-CN';
}

/** A document as a table cites it (studio history, report namings): its number (`numbered`, never broken across lines), else its title. */
export function documentRef(model: SiteModel, locale: Locale, id: string): DocumentRef {
  const doc = model.documents.get(id)?.data;
  return doc?.number
    ? { id, label: doc.number, numbered: true }
    : {
        id,
        label: text(locale, doc?.title),
        ...(doc && textLang(locale, doc.title) ? { lang: 'zh-CN' } : {}),
      };
}

/** An attached file as a page lists it: its title, its download name and address, its size and type. */
export interface AttachmentView {
  title: string;
  fileName: string;
  path: string;
  bytes: number;
  typeLabel: string;
  mime: string;
}
