/** News in a locale: the English version where there is one, else the Chinese original. */
import type { Locale } from '../../schemas/vocabulary.ts';
import type { SiteModel } from './model.ts';
import type { DataOf, Entry } from '../content/types.ts';

export interface NewsItem {
  slug: string;
  /** The version shown. */
  entry: Entry<DataOf<'news'>>;
  /** Whether the version shown is in the reader's language. */
  translated: boolean;
}

export function newsItem(model: SiteModel, locale: Locale, slug: string): NewsItem {
  const english = locale === 'en' ? model.newsEn.get(slug) : undefined;
  return {
    slug,
    entry: english ?? model.newsZh.get(slug)!,
    translated: locale === 'zh' || english !== undefined,
  };
}

/** Every article, newest first. */
export function allNews(model: SiteModel, locale: Locale): NewsItem[] {
  return [...model.newsZh.values()]
    .toSorted((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id))
    .map((entry) => newsItem(model, locale, entry.id.slice(3)));
}

/** Splits a list into pages of `size`. */
export function paginate<T>(items: T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}
