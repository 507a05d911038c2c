/** Views of the achievements register (成果库): the index, a facet page, an entry's page. */
import type { PartialDate } from '../../schemas/common.ts';
import type { Locale } from '../../schemas/vocabulary.ts';
import type { DataOf } from '../content/types.ts';
import {
  ACHIEVEMENT_FACETS,
  achievementDate,
  achievementYear,
  awardLevels,
  currentStage,
  groupAchievements,
  registerOrder,
  type AchievementFacet,
} from '../model/achievements.ts';
import { achievementFacetLabel } from './achievement-labels.ts';
import { achievementAttachment } from '../content/attachments.ts';
import { chartsFor, type ChartInstance } from '../charts/instances.ts';
import { exactDay } from '../model/dates.ts';
import { formatPartialDate, inTitleMarks } from '../site/format.ts';
import { hasLocale, inParentheses, label, text } from '../site/i18n.ts';
import type { SiteModel } from '../model/model.ts';
import { searchLevel } from '../search/search-records.ts';
import { printedAddress } from '../outputs/print.ts';
import { configuredSiteUrl } from '../site/site-url.ts';
import { achievementPath, localePath } from '../site/paths.ts';
import { chromeView, type PageView } from './chrome.ts';
import { pageTranslated } from './indexing.ts';
import { bodyDigest, type SiteImage, type SiteImages } from './images.ts';
import {
  achievementFacets,
  achievementRows,
  awardRows,
  newsLink,
  personLink,
  studioLink,
  type AchievementColumn,
  type AchievementRowView,
  type AttachmentView,
  type AwardRowView,
  type EntryLink,
  type FacetView,
  type NewsLinkView,
} from './parts.ts';

export interface AchievementsIndexView extends PageView {
  facets: Array<FacetView<AchievementFacet>>;
  charts: ChartInstance[];
  rows: AchievementRowView[];
}

export function achievementsIndexView(model: SiteModel, locale: Locale): AchievementsIndexView {
  return {
    chrome: chromeView(model, locale),
    facets: achievementFacets(model, locale),
    charts: chartsFor(model, 'achievements', { locale }),
    rows: achievementRows(model, locale, registerOrder([...model.achievements.values()])),
  };
}

export interface AchievementFacetView extends PageView {
  facet: AchievementFacet;
  value: string;
  label: string;
  facets: Array<FacetView<AchievementFacet>>;
  /** The column every row would repeat (the type on a type's page): left out. */
  hide: AchievementColumn[];
  rows: AchievementRowView[];
}

const HIDDEN_BY: Record<AchievementFacet, AchievementColumn[]> = {
  type: ['type'],
  year: ['year'],
  status: ['stage'],
  studio: [],
  level: [],
};

export function achievementFacetViews(model: SiteModel, locale: Locale): AchievementFacetView[] {
  const entries = [...model.achievements.values()];
  const facets = achievementFacets(model, locale);
  const chrome = chromeView(model, locale);
  return ACHIEVEMENT_FACETS.flatMap((facet) =>
    [...groupAchievements(model, entries, facet)].map(([value, list]) => ({
      chrome,
      facet,
      value,
      label: achievementFacetLabel(locale, model, facet, value),
      facets,
      hide: HIDDEN_BY[facet],
      rows: achievementRows(model, locale, registerOrder(list)),
    })),
  );
}

export interface AchievementView extends PageView {
  id: string;
  title: string;
  /** How to cite it, in the reader's language: who made it, its title, type and date as stated (the address follows). */
  citation: string;
  /** The date the search finds it by: its own, else its first dated step's (undefined when none is stated). */
  searchDate?: PartialDate;
  /** Its structured data (schema.org CreativeWork): a creation day only when the source states the day. */
  jsonLd: Record<string, unknown>;
  /** The address the citation gives: absolute under SITE_URL, else the path (never a placeholder host). */
  citedUrl: string;
  data: DataOf<'achievements'>;
  /** Digest of the body text, and whether there is one. */
  body: string;
  hasBody: boolean;
  translated: boolean;
  studios: EntryLink[];
  people: EntryLink[];
  otherPeople: string[];
  year?: number;
  stage?: ReturnType<typeof currentStage>;
  /** The highest award level, for the search filter. */
  searchLevel?: string;
  awards: AwardRowView[];
  /** The documents it cites: title, whether the title is in the reader's language, number. */
  documents: Array<{ id: string; title: string; translated: boolean; number?: string }>;
  news: NewsLinkView[];
  photos: Array<{ image?: SiteImage; alt: string; caption?: string }>;
  attachments: AttachmentView[];
}

export function achievementView(
  model: SiteModel,
  locale: Locale,
  id: string,
  images: SiteImages,
): AchievementView {
  const entry = model.achievements.get(id)!;
  const data = entry.data;
  const levels = awardLevels(model, id);
  const year = achievementYear(data);
  const stage = currentStage(data);
  const studios = data.studios.map((studio) => studioLink(model, locale, studio));
  const people = data.people.map((person) => personLink(model, locale, person));
  const otherPeople = data.otherPeople.map((name) => text(locale, name));
  const title = text(locale, data.title);
  const citedUrl = printedAddress(
    localePath(locale, achievementPath(id)),
    configuredSiteUrl()?.href,
  );
  const chrome = chromeView(model, locale);
  const searchDate = achievementDate(data);
  return {
    chrome,
    id,
    title,
    citation: citationOf(locale, data, title, [
      studios.map((studio) => studio.name),
      [...people.map((person) => person.name), ...otherPeople],
    ]),
    ...(searchDate ? { searchDate } : {}),
    jsonLd: {
      '@type': 'CreativeWork',
      name: title,
      genre: label(locale, 'achievementType', data.type),
      ...(exactDay(data.date) ? { dateCreated: exactDay(data.date) } : {}),
      // Absolute only on the configured public address (a JSON-LD url is not resolved against the page).
      ...(chrome.siteUrl ? { url: citedUrl } : {}),
    },
    data,
    body: bodyDigest(entry.body),
    hasBody: (entry.body ?? '').trim().length > 0,
    translated: pageTranslated.achievement(model, locale, id),
    studios,
    people,
    otherPeople,
    ...(year !== undefined ? { year } : {}),
    ...(stage ? { stage } : {}),
    ...(levels[0] ? { searchLevel: searchLevel(locale, levels[0]) } : {}),
    awards: awardRows(model, locale, model.awardsByAchievement.get(id) ?? []),
    documents: data.documents.map((doc) => {
      const d = model.documents.get(doc)?.data;
      return {
        id: doc,
        title: text(locale, d?.title),
        translated: d === undefined || hasLocale(locale, d.title),
        ...(d?.number ? { number: d.number } : {}),
      };
    }),
    news: data.news.map((slug) => newsLink(model, locale, slug)),
    photos: data.photos.map((photo, n) => {
      const image = images.get(`achievements:${id}:${n}`);
      return {
        ...(image ? { image } : {}),
        alt: text(locale, photo.alt),
        ...(photo.caption ? { caption: text(locale, photo.caption) } : {}),
      };
    }),
    citedUrl,
    attachments: data.attachments.map((attachment) => {
      const { fileName, path, bytes, typeLabel, mime } = achievementAttachment(
        id,
        entry.file,
        attachment.file,
      );
      return { title: text(locale, attachment.title), fileName, path, bytes, typeLabel, mime };
    }),
  };
}

/**
 * The citation of a register entry: credited to its studios, else its team with its makers named
 * after it (张文斌团队（张文斌）), else its team or its makers; the date only where the source
 * states one.
 */
function citationOf(
  locale: Locale,
  data: DataOf<'achievements'>,
  title: string,
  [studioNames, makers]: [string[], string[]],
): string {
  const sep = locale === 'zh' ? '、' : ', ';
  const team = text(locale, data.team);
  const credit = studioNames.length
    ? studioNames.join(sep)
    : team && makers.length
      ? `${team}${inParentheses(locale, makers.join(sep))}`
      : team || makers.join(sep);
  const type = label(locale, 'achievementType', data.type);
  return locale === 'zh'
    ? `${credit}：${inTitleMarks(title)}，${type}${data.date ? `，${formatPartialDate(locale, data.date)}` : ''}。`
    : `${credit}. ${title}. ${type}${data.date ? `, ${formatPartialDate(locale, data.date)}` : ''}. `;
}
