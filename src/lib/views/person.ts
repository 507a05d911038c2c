/** The view of a person's page: facts, honours, studios, register entries, awards, news. */
import type { Source } from '../../schemas/common.ts';
import type { Locale } from '../../schemas/vocabulary.ts';
import { registerOrder } from '../model/achievements.ts';
import { label, text } from '../site/i18n.ts';
import type { SiteModel } from '../model/model.ts';
import { namePinyinForms } from '../search/name-pinyin.ts';
import { organisationName } from './names.ts';
import { shareImageOf, type ShareImage } from '../outputs/share-cards.ts';
import { shareOf } from './images.ts';
import { chromeView, type PageView } from './chrome.ts';
import { pageTranslated } from './indexing.ts';
import type { SiteImage, SiteImages } from './images.ts';
import {
  achievementRows,
  awardRows,
  newsLink,
  studioLink,
  type AchievementRowView,
  type AwardRowView,
  type EntryLink,
  type NewsLinkView,
} from './parts.ts';

export interface PersonView extends PageView {
  /** What the page shows when shared: its photo or a card drawn from its title (src/lib/outputs/share-cards.ts). */
  share?: ShareImage;
  id: string;
  name: string;
  /** Other spellings search finds the person by: the pinyin of the Chinese name. */
  aliases: string[];
  translated: boolean;
  employer: string;
  jobTitle: string;
  skillGrade: string;
  photo?: SiteImage;
  photoAlt: string;
  bio: string;
  /** Public sources of the entry itself. */
  sources: Source[];
  /** Newest first; honours whose year the source does not give come last, never with an invented year. */
  honours: Array<{ year?: number; title: string; level: string }>;
  studios: EntryLink[];
  achievements: AchievementRowView[];
  awards: AwardRowView[];
  news: NewsLinkView[];
}

export function personView(
  model: SiteModel,
  locale: Locale,
  id: string,
  images: SiteImages,
): PersonView {
  const person = model.people.get(id)!.data;
  const photo = images.get(`people:${id}`);
  return {
    chrome: chromeView(model, locale),
    ...shareOf(shareImageOf(model, locale, { type: 'person', id: id })),
    id,
    name: text(locale, person.name),
    aliases: namePinyinForms(text('zh', person.name)),
    translated: pageTranslated.person(model, locale, id),
    employer: organisationName(locale, model, person.employer),
    jobTitle: text(locale, person.jobTitle),
    skillGrade: person.skillGrade ? label(locale, 'skillGrade', person.skillGrade) : '',
    ...(photo ? { photo } : {}),
    photoAlt: text(locale, person.photoAlt),
    bio: text(locale, person.bio),
    sources: person.sources,
    honours: person.honours
      .toSorted((a, b) => (b.year ?? -Infinity) - (a.year ?? -Infinity))
      .map((honour) => ({
        ...(honour.year !== undefined ? { year: honour.year } : {}),
        title: text(locale, honour.title),
        level: honour.level ? label(locale, 'adminLevel', honour.level) : '',
      })),
    studios: (model.studiosByPerson.get(id) ?? []).map((studio) =>
      studioLink(model, locale, studio),
    ),
    achievements: achievementRows(
      model,
      locale,
      registerOrder(model.achievementsByPerson.get(id) ?? []),
    ),
    awards: awardRows(model, locale, model.awardsByPerson.get(id) ?? []),
    news: (model.newsByPerson.get(id) ?? []).map((slug) => newsLink(model, locale, slug)),
  };
}
