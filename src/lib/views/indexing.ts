/**
 * Which pages show their text in the reader's language, and so which pages ask search engines not
 * to index them: an English page of an entry with no English text shows the Chinese original,
 * points to the Chinese page as canonical and says noindex (src/layouts/Base.astro). Decided here
 * once per kind of page: each view carries the answer as `translated`, and the sitemap
 * (src/integrations/sitemap-pages.ts) leaves out the pages `unindexedPaths` lists, from the same
 * functions, without making a view.
 */
import { LOCALES, type Locale } from '../../schemas/vocabulary.ts';
import type { SiteModel } from '../model/model.ts';
import { newsItem } from '../model/news.ts';
import { contentYears } from '../model/years.ts';
import { hasLocale } from '../site/i18n.ts';
import {
  achievementPath,
  documentPath,
  localePath,
  newsPath,
  personPath,
  reportPath,
  studioPath,
} from '../site/paths.ts';

/** A year's report narrative: the one in the reader's language, else the Chinese one, else none. */
export const reportNarrative = (model: SiteModel, locale: Locale, year: number) =>
  model.reports.get(`${locale}/${year}`) ?? model.reports.get(`zh/${year}`);

/** Whether a page of each kind shows text of its own in `locale` (a Chinese page always does). */
export const pageTranslated = {
  studio: (model: SiteModel, locale: Locale, id: string) => {
    const studio = model.studios.get(id)!.data;
    return hasLocale(locale, studio.summary ?? studio.title);
  },
  person: (model: SiteModel, locale: Locale, id: string) =>
    hasLocale(locale, model.people.get(id)!.data.name),
  news: (model: SiteModel, locale: Locale, slug: string) =>
    newsItem(model, locale, slug).translated,
  achievement: (model: SiteModel, locale: Locale, id: string) =>
    hasLocale(locale, model.achievements.get(id)!.data.title),
  document: (model: SiteModel, locale: Locale, id: string) =>
    locale === 'zh' || model.documentTranslations.has(id),
  /** A year with no narrative shows words made from its figures, in every language. */
  report: (model: SiteModel, locale: Locale, year: number) => {
    const narrative = reportNarrative(model, locale, year);
    return !narrative || narrative.id.startsWith(`${locale}/`);
  },
} satisfies Record<string, (model: SiteModel, locale: Locale, key: never) => boolean>;

/**
 * Whether a page asks not to be indexed: a page with no text of its own in its language, on the
 * English side (the Chinese text is the original). src/layouts/Base.astro writes the meta by the
 * same rule from the `translated` its page passes.
 */
export const asksNoindex = (locale: Locale, translated: boolean): boolean =>
  !translated && locale === 'en';

/** The languages whose untranslated pages ask not to be indexed (the list asks no predicate of the others). */
const NOINDEX_LOCALES = LOCALES.filter((locale) => asksNoindex(locale, false));

/**
 * The path (as built: /en/studios/x/) of every page that asks not to be indexed. Reads the
 * predicates above only, never a whole view, so it costs milliseconds on a large archive.
 */
export function unindexedPaths(model: SiteModel): string[] {
  const paths: string[] = [];
  const add = <K>(
    translated: (model: SiteModel, locale: Locale, key: K) => boolean,
    keys: Iterable<K>,
    path: (key: K) => string,
  ) => {
    for (const key of keys)
      for (const locale of NOINDEX_LOCALES)
        if (asksNoindex(locale, translated(model, locale, key)))
          paths.push(localePath(locale, path(key)));
  };
  add(pageTranslated.studio, model.studios.keys(), studioPath);
  add(pageTranslated.person, model.people.keys(), personPath);
  add(pageTranslated.news, model.newsZh.keys(), newsPath);
  add(pageTranslated.achievement, model.achievements.keys(), achievementPath);
  add(pageTranslated.document, model.documents.keys(), documentPath);
  add(pageTranslated.report, contentYears(model), reportPath);
  return paths;
}
