/** RSS 2.0 feeds of news and documents, newest first, written by @astrojs/rss (which escapes the text). */
import { getRssString } from '@astrojs/rss';
import type { Locale } from '../schemas/vocabulary.ts';
import { exactDay, latestDay } from './dates.ts';
import { text } from './i18n.ts';
import type { SiteModel } from './model.ts';
import { allNews } from './news.ts';
import { documentPath, localePath, newsPath } from './paths.ts';
import { xmlText } from './xml-text.ts';

/** A date of the content (a day in China) as the moment it began. */
const chinaDay = (iso: string) => new Date(`${iso}T00:00:00+08:00`);

export function rssFeed(model: SiteModel, locale: Locale, site: URL, limit = 50): Promise<string> {
  const items = [
    ...allNews(model, locale).map(({ slug, entry }) => ({ title: entry.data.title, summary: entry.data.summary, order: entry.data.date, date: entry.data.date as string | undefined, path: newsPath(slug) })),
    // A document dated only to a month or a year is ordered by the last day it can be and has no pubDate: no day is invented.
    ...[...model.documents.values()].map((doc) => ({
      title: [doc.data.number, text(locale, doc.data.title)].filter(Boolean).join(' '),
      summary: text(locale, doc.data.summary),
      order: latestDay(doc.data.date),
      date: exactDay(doc.data.date),
      path: documentPath(doc.id),
    })),
  ]
    .toSorted((a, b) => b.order.localeCompare(a.order))
    .slice(0, limit);
  return getRssString({
    title: xmlText(text(locale, model.settings.siteName)),
    description: xmlText(text(locale, model.settings.description)),
    site: new URL(localePath(locale, '/'), site),
    customData: `<language>${locale === 'zh' ? 'zh-cn' : 'en'}</language>`,
    items: items.map((item) => ({
      title: xmlText(item.title),
      link: new URL(localePath(locale, item.path), site).href,
      // Only a known day becomes a pubDate: a document dated to a month or a year has none.
      ...(item.date ? { pubDate: chinaDay(item.date) } : {}),
      description: xmlText(item.summary),
    })),
  });
}
