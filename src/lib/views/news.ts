/** Views of the news pages: an article, the paginated list, a topic's list. */
import type { Locale } from '../../schemas/vocabulary.ts';
import { dayDate } from '../model/dates.ts';
import { text } from '../site/i18n.ts';
import { isUnpublished, type SiteModel } from '../model/model.ts';
import { allNews, newsItem, paginate } from '../model/news.ts';
import { shareImageOf, type ShareImage } from '../outputs/share-cards.ts';
import { shareOf } from './images.ts';
import { chromeView, type PageView } from './chrome.ts';
import { pageTranslated } from './indexing.ts';
import { bodyDigest, type SiteImage, type SiteImages } from './images.ts';
import { newsLink, personLink, studioLink, type EntryLink, type NewsLinkView } from './parts.ts';

export interface NewsArticleView extends PageView {
  /** What the page shows when shared: its cover, else its first studio's photo or card, else the site's card (src/lib/outputs/share-cards.ts). */
  share?: ShareImage;
  /** The photo a photo share image is made from: the cover or the studio's photo. */
  sharePhoto?: SiteImage;
  slug: string;
  /** The entry rendered as the article's body (`zh/<slug>` or `en/<slug>`), and a digest of its text. */
  entryId: string;
  body: string;
  translated: boolean;
  title: string;
  summary: string;
  date: string;
  /** Search sorts and filters on the day it was published. */
  searchDate: ReturnType<typeof dayDate>;
  topics: EntryLink[];
  cover?: SiteImage;
  coverAlt: string;
  studios: EntryLink[];
  people: EntryLink[];
  unpublished: boolean;
}

export function newsArticleView(
  model: SiteModel,
  locale: Locale,
  slug: string,
  images: SiteImages,
): NewsArticleView {
  const { entry } = newsItem(model, locale, slug);
  const translated = pageTranslated.news(model, locale, slug);
  const article = entry.data;
  const cover = images.get(`news:${entry.id}`);
  const share = shareImageOf(model, locale, { type: 'news', id: slug });
  const sharePhoto = share?.kind === 'photo' ? images.get(share.image) : undefined;
  return {
    chrome: chromeView(model, locale),
    ...shareOf(share),
    ...(sharePhoto ? { sharePhoto } : {}),
    slug,
    entryId: entry.id,
    body: bodyDigest(entry.body),
    translated,
    title: article.title,
    summary: article.summary,
    date: article.date,
    searchDate: dayDate(article.date),
    topics: article.tags.map((tag) => ({
      id: tag,
      name: text(locale, model.topics.get(tag)?.data.name),
    })),
    ...(cover ? { cover } : {}),
    coverAlt: article.coverAlt ?? '',
    studios: article.studios.map((id) => studioLink(model, locale, id)),
    people: article.people.map((id) => personLink(model, locale, id)),
    unpublished: isUnpublished(article, model.asOf),
  };
}

export interface NewsPageView extends PageView {
  items: NewsLinkView[];
  /** 1-based page number, and how many pages there are. */
  page: number;
  pages: number;
  topics: EntryLink[];
}

/** Every page of the news list, in order. */
export function newsPageViews(model: SiteModel, locale: Locale): NewsPageView[] {
  const pages = paginate(allNews(model, locale), model.settings.newsPerPage);
  const chrome = chromeView(model, locale);
  const topics = [...model.topics.values()].map((topic) => ({
    id: topic.id,
    name: text(locale, topic.data.name),
  }));
  return pages.map((items, i) => ({
    chrome,
    items: items.map((item) => newsLink(model, locale, item.slug)),
    page: i + 1,
    pages: pages.length,
    topics,
  }));
}

export interface TopicView extends PageView {
  id: string;
  name: string;
  description: string;
  items: NewsLinkView[];
}

export function topicView(model: SiteModel, locale: Locale, id: string): TopicView {
  const topic = model.topics.get(id)!.data;
  return {
    chrome: chromeView(model, locale),
    id,
    name: text(locale, topic.name),
    description: text(locale, topic.description),
    items: allNews(model, locale)
      .filter((item) => model.newsZh.get(item.slug)!.data.tags.includes(id))
      .map((item) => newsLink(model, locale, item.slug)),
  };
}
