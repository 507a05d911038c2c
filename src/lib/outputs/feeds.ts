/** RSS 2.0 feeds of news and documents, newest first, written by @astrojs/rss (which escapes the text). */
import { getRssString } from '@astrojs/rss';
import type { Locale } from '../../schemas/vocabulary.ts';
import { exactDay, latestDay } from '../model/dates.ts';
import { hasLocale, text } from '../site/i18n.ts';
import type { SiteModel } from '../model/model.ts';
import { allNews } from '../model/news.ts';
import { documentPath, localePath, newsPath } from '../site/paths.ts';
import { xmlText } from '../site/xml-text.ts';

/** The mark of an item in Chinese in the English feed. */
const CHINESE_ONLY = '[中文] ';

/** A date of the content (a day in China) as the moment it began. */
const chinaDay = (iso: string) => new Date(`${iso}T00:00:00+08:00`);

export function rssFeed(model: SiteModel, locale: Locale, site: URL, limit = 50): Promise<string> {
  const items = [
    // In the English feed an article or document shown in Chinese says so in its title.
    ...allNews(model, locale).map(({ slug, entry, translated }) => ({
      title: `${translated ? '' : CHINESE_ONLY}${entry.data.title}`,
      summary: entry.data.summary,
      order: entry.data.date,
      date: entry.data.date as string | undefined,
      path: newsPath(slug),
    })),
    // A document dated only to a month or a year is ordered by the last day it can be and has no pubDate: no day is invented.
    ...[...model.documents.values()].map((doc) => ({
      title: `${hasLocale(locale, doc.data.title) ? '' : CHINESE_ONLY}${[doc.data.number, text(locale, doc.data.title)].filter(Boolean).join(' ')}`,
      summary: text(locale, doc.data.summary),
      order: doc.data.date ? latestDay(doc.data.date) : '',
      date: exactDay(doc.data.date),
      path: documentPath(doc.id),
    })),
  ]
    .toSorted((a, b) => b.order.localeCompare(a.order))
    .slice(0, limit);
  const newest = items.find((item) => item.date)?.date;
  return getRssString({
    title: xmlText(text(locale, model.settings.siteName)),
    description: xmlText(text(locale, model.settings.description)),
    site: new URL(localePath(locale, '/'), site),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // The feed's own address, and the day of its newest dated item as its last change (a build on another day
    // with the same content writes the same feed).
    customData: [
      `<language>${locale === 'zh' ? 'zh-cn' : 'en'}</language>`,
      `<atom:link href="${new URL(localePath(locale, '/rss.xml'), site).href}" rel="self" type="application/rss+xml"/>`,
      ...(newest ? [`<lastBuildDate>${chinaDay(newest).toUTCString()}</lastBuildDate>`] : []),
    ].join(''),
    items: items.map((item) => ({
      title: xmlText(item.title),
      link: new URL(localePath(locale, item.path), site).href,
      // Only a known day becomes a pubDate: a document dated to a month or a year has none.
      ...(item.date ? { pubDate: chinaDay(item.date) } : {}),
      description: xmlText(item.summary),
    })),
  });
}
