/**
 * What a reader of the built sample meets first: the public's content before the statistics,
 * people in the navigation, English that never pretends, an English 404, feeds that name themselves.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/lib/model/model.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { page, textOf } from '../helpers/html.ts';
import { ROOT, SAMPLE_DIST } from '../helpers/paths.ts';

const model = buildModel(validateContent(join(ROOT, 'content')).content);
const untranslatedSlug = [...model.newsZh.keys()].find((slug) => !model.newsEn.has(slug))!;
const translatedSlug = [...model.newsZh.keys()].find((slug) => model.newsEn.has(slug))!;

describe('the home page', () => {
  it('puts the latest news, featured studios and documents above the statistics', () => {
    const html = readFileSync(join(SAMPLE_DIST, 'index.html'), 'utf8');
    const news = html.indexOf('id="latest-news"');
    expect(news).toBeGreaterThan(0);
    for (const later of ['id="key-figures"', '<figure class="chart"'])
      expect(html.indexOf(later), later).toBeGreaterThan(news);
    expect(html.indexOf('id="featured"')).toBeLessThan(html.indexOf('<figure class="chart"'));
    expect(page(SAMPLE_DIST, '/').querySelectorAll('figure.chart').length).toBeLessThanOrEqual(3);
  });

  it('has people in the main navigation, in both languages', () => {
    expect(page(SAMPLE_DIST, '/').querySelector('nav.main-nav a[href="/people/"]')).not.toBeNull();
    expect(
      page(SAMPLE_DIST, '/en/').querySelector('nav.main-nav a[href="/en/people/"]'),
    ).not.toBeNull();
  });
});

describe('English that never pretends', () => {
  it('marks Chinese-only news on the English home page, and only those', () => {
    const items = page(SAMPLE_DIST, '/en/').querySelectorAll('[data-testid="latest-news"] li');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const slug = item.querySelector('a')!.getAttribute('href')!.split('/').at(-2)!;
      expect(item.querySelector('[data-untranslated]') !== null, slug).toBe(
        !model.newsEn.has(slug),
      );
    }
  });

  it('keeps an untranslated English page out of the index, pointing to its Chinese page', () => {
    const english = page(SAMPLE_DIST, `/en/news/${untranslatedSlug}/`);
    expect(english.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe(
      'noindex, follow',
    );
    expect(english.querySelector('link[rel="canonical"]')!.getAttribute('href')).toMatch(
      new RegExp(`/news/${untranslatedSlug}/$`),
    );
    expect(english.querySelector('link[rel="canonical"]')!.getAttribute('href')).not.toMatch(
      /\/en\//,
    );
    expect(english.querySelector('link[hreflang="en"]')).toBeNull();
    const translated = page(SAMPLE_DIST, `/en/news/${translatedSlug}/`);
    expect(translated.querySelector('meta[name="robots"]')).toBeNull();
    expect(translated.querySelector('link[rel="canonical"]')!.getAttribute('href')).toMatch(
      /\/en\/news\//,
    );
  });

  it('marks Chinese-only items in the English feed, which names itself and its last change', () => {
    const feed = readFileSync(join(SAMPLE_DIST, 'en/rss.xml'), 'utf8');
    expect(feed).toMatch(
      /<atom:link href="[^"]+\/en\/rss\.xml" rel="self" type="application\/rss\+xml"\/>/,
    );
    expect(feed).toMatch(/<lastBuildDate>[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4}/);
    const untranslatedTitle = model.newsZh.get(untranslatedSlug)!.data.title;
    if (feed.includes(untranslatedTitle)) expect(feed).toContain(`[中文] ${untranslatedTitle}`);
    expect(feed).not.toContain(`[中文] ${model.newsEn.get(translatedSlug)!.data.title}`);
  });

  it('has an English page not found at /en/404.html', () => {
    const notFound = page(SAMPLE_DIST, '/en/404.html');
    expect(notFound.querySelector('html')!.getAttribute('lang')).toBe('en');
    expect(textOf(notFound.querySelector('h1'))).toBe('Page not found');
  });
});
