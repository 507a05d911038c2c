/** RSS 2.0 feeds of news and documents, newest first. */
import type { Locale } from '../schemas/vocabulary.ts';
import { exactDay, latestDay } from './dates.ts';
import { text } from './i18n.ts';
import type { SiteModel } from './model.ts';
import { allNews } from './news.ts';
import { documentPath, localePath, newsPath } from './paths.ts';

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const rfc822 = (iso: string) => new Date(`${iso}T00:00:00+08:00`).toUTCString();

export function rssFeed(model: SiteModel, locale: Locale, site: URL, limit = 50): string {
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
  const home = new URL(localePath(locale, '/'), site).href;
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>${escape(text(locale, model.settings.siteName))}</title>
<link>${home}</link>
<description>${escape(text(locale, model.settings.description))}</description>
<language>${locale === 'zh' ? 'zh-cn' : 'en'}</language>
${items
  .map((item) => {
    const url = new URL(localePath(locale, item.path), site).href;
    return `<item><title>${escape(item.title)}</title><link>${url}</link><guid isPermaLink="true">${url}</guid>${item.date ? `<pubDate>${rfc822(item.date)}</pubDate>` : ''}<description>${escape(item.summary)}</description></item>`;
  })
  .join('\n')}
</channel>
</rss>
`;
}
