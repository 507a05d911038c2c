/**
 * Every page type of the site and the views of its pages: one list, read by the pages'
 * getStaticPaths (through src/data/site-model.ts) and by the tests that compare keys with builds.
 * A route is the page file's path under src/pages/[...lang]/, without `.astro`.
 */
import type { Locale } from '../../schemas/vocabulary.ts';
import type { SiteModel } from '../model/model.ts';
import { localeParams } from '../site/paths.ts';
import { contentYears } from '../model/years.ts';
import { achievementFacetViews, achievementsIndexView, achievementView } from './achievements.ts';
import { awardFacetViews, awardLevelRankViews, awardsIndexView } from './awards.ts';
import type { PageView } from './chrome.ts';
import {
  chromeOnlyView,
  dataIndexView,
  documentFacetViews,
  documentsDirectoryView,
  peopleDirectoryView,
  reportsIndexView,
  studioFacetViews,
  studiosDirectoryView,
} from './directories.ts';
import { documentView } from './document.ts';
import { homeView } from './home.ts';
import type { SiteImages } from './images.ts';
import { viewPage } from './key.ts';
import { newsArticleView, newsPageViews, topicView } from './news.ts';
import { personView } from './person.ts';
import { reportView } from './report.ts';
import { studioView } from './studio.ts';

type Params = Record<string, string>;
type RouteViews = (
  model: SiteModel,
  locale: Locale,
  images: SiteImages,
) => Array<{ params: Params; view: PageView }>;

const one = (view: PageView) => [{ params: {}, view }];
const each = <T>(items: Iterable<T>, page: (item: T) => { params: Params; view: PageView }) =>
  [...items].map(page);

export const PAGE_ROUTES = {
  index: (model, locale) => one(homeView(model, locale)),
  'studios/index': (model, locale) => one(studiosDirectoryView(model, locale)),
  'studios/[facet]/[value]': (model, locale) =>
    each(studioFacetViews(model, locale), (view) => ({
      params: { facet: view.facet, value: view.value },
      view,
    })),
  'studios/[id]': (model, locale, images) =>
    each(model.studios.keys(), (id) => ({
      params: { id },
      view: studioView(model, locale, id, images),
    })),
  'people/index': (model, locale) => one(peopleDirectoryView(model, locale)),
  'people/[id]': (model, locale, images) =>
    each(model.people.keys(), (id) => ({
      params: { id },
      view: personView(model, locale, id, images),
    })),
  'documents/index': (model, locale) => one(documentsDirectoryView(model, locale)),
  'documents/[facet]/[value]': (model, locale) =>
    each(documentFacetViews(model, locale), (view) => ({
      params: { facet: view.facet, value: view.value },
      view,
    })),
  'documents/[id]': (model, locale) =>
    each(model.documents.keys(), (id) => ({
      params: { id },
      view: documentView(model, locale, id),
    })),
  'news/index': (model, locale) => one(newsPageViews(model, locale)[0]!),
  'news/page/[n]': (model, locale) =>
    each(newsPageViews(model, locale).slice(1), (view) => ({
      params: { n: String(view.page) },
      view,
    })),
  'news/[slug]': (model, locale, images) =>
    each(model.newsZh.keys(), (slug) => ({
      params: { slug },
      view: newsArticleView(model, locale, slug, images),
    })),
  'news/topics/[id]': (model, locale) =>
    each(model.topics.keys(), (id) => ({ params: { id }, view: topicView(model, locale, id) })),
  'awards/index': (model, locale) => one(awardsIndexView(model, locale)),
  'awards/[facet]/[value]': (model, locale) =>
    each(awardFacetViews(model, locale), (view) => ({
      params: { facet: view.facet, value: view.value },
      view,
    })),
  'awards/level/[level]/rank/[rank]': (model, locale) =>
    each(awardLevelRankViews(model, locale), (view) => ({
      params: { level: view.level, rank: view.rank },
      view,
    })),
  'achievements/index': (model, locale) => one(achievementsIndexView(model, locale)),
  'achievements/[facet]/[value]': (model, locale) =>
    each(achievementFacetViews(model, locale), (view) => ({
      params: { facet: view.facet, value: view.value },
      view,
    })),
  'achievements/[id]': (model, locale, images) =>
    each(model.achievements.keys(), (id) => ({
      params: { id },
      view: achievementView(model, locale, id, images),
    })),
  'reports/index': (model, locale) => one(reportsIndexView(model, locale)),
  'reports/[year]': (model, locale) =>
    each(contentYears(model), (year) => ({
      params: { year: String(year) },
      view: reportView(model, locale, year),
    })),
  'data/index': (model, locale) => one(dataIndexView(model, locale)),
  'search/index': (model, locale) => one(chromeOnlyView(model, locale)),
} satisfies Record<string, RouteViews>;

export type PageRoute = keyof typeof PAGE_ROUTES;

/** The static paths of a route in both languages, each with its view and the key derived from it. */
export const routePaths = (route: PageRoute, model: SiteModel, images: SiteImages) =>
  localeParams().flatMap(({ lang, locale }) =>
    PAGE_ROUTES[route](model, locale, images).map(({ params, view }) =>
      viewPage({ lang, ...params }, view),
    ),
  );
