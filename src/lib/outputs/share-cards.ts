/**
 * What a page shows when it is shared (og:image): its photo when it has one, else a card drawn at
 * build time from its title, the site name and the page type (src/drawing/card.ts). One helper for
 * the pages (through their views and Base.astro) and for the build, which draws every card the pages
 * will name while Astro renders them (scripts/build.ts).
 *
 * Cards are drawn per subject, not per page: a studio, a person, a document, a report and the site
 * itself. A news item without a photo of its own shares its first studio's image (that studio's
 * photo or card), or the site's card when it names no studio; every other page (lists, facets,
 * search) shares the site's card, through the chrome of its view. At 10,000 news that is about
 * 4,000 cards instead of 16,365, and a new news item draws none.
 *
 * A card's file name is the hash of everything drawn on it: safe in a URL and a file system
 * whatever the title holds, and the cache key between builds.
 */
import { createHash } from 'node:crypto';
import type { Locale } from '../../schemas/vocabulary.ts';
import { LOCALES } from '../../schemas/vocabulary.ts';
import { t, text } from '../site/i18n.ts';
import type { SiteModel } from '../model/model.ts';
import { organisationTitle } from '../model/names.ts';
import { newsItem } from '../model/news.ts';
import { contentYears } from '../model/years.ts';

/** Bump when the card's drawing changes (layout, colours, fonts): every card is drawn again. */
export const CARD_DESIGN = 'card-3';
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** The widest photo derivative a share image is made at (no source is enlarged). */
export const SHARE_PHOTO_WIDTH = 1200;
/** Where the cards are published. */
export const CARD_FOLDER = 'share-cards';

export type SharedPageType = 'home' | 'studio' | 'person' | 'news' | 'document' | 'report';

/** A page that has a share image: its type and its id (a studio, person or document id, a news slug, a report year; '' for home). */
export interface SharedPage {
  type: SharedPageType;
  id: string;
}

/** A page with a card of its own (when it has no photo): every shared page but a news item, which borrows one. */
type CardPage = SharedPage & { type: Exclude<SharedPageType, 'news'> };

/** A card to draw: the words on it, and its hash (its file name). */
export interface ShareCard {
  locale: Locale;
  title: string;
  siteName: string;
  typeLabel: string;
  hash: string;
}

export type ShareImage =
  /** `image` is the key of the photo in the site's image map (src/data/site-model.ts). */
  { kind: 'photo'; image: string; alt: string } | { kind: 'card'; card: ShareCard; alt: string };

interface PageFacts {
  title: string;
  /** What the card says above the title when it is more than the page type: a document's number (文号), the home page's tagline. */
  label?: string;
  /** What the card says at its foot when it is not the site name (the home page's card has the name as its title): the publisher. */
  footer?: string;
  photo?: { image: string; alt: string };
}

/** The title of a page and its photo, if it has one, as the page itself shows them. */
function pageFacts(model: SiteModel, locale: Locale, page: CardPage): PageFacts | undefined {
  switch (page.type) {
    case 'home':
      return {
        title: text(locale, model.settings.siteName),
        label: text(locale, model.settings.tagline),
        footer: text(locale, organisationTitle(model, model.settings.publisher)),
      };
    case 'studio': {
      const studio = model.studios.get(page.id)?.data;
      if (!studio) return undefined;
      const title = text(locale, studio.title);
      return {
        title,
        photo: studio.photo
          ? { image: `studios:${page.id}`, alt: text(locale, studio.photoAlt) }
          : undefined,
      };
    }
    case 'person': {
      const person = model.people.get(page.id)?.data;
      if (!person) return undefined;
      const name = text(locale, person.name);
      return {
        title: name,
        photo: person.photo
          ? { image: `people:${page.id}`, alt: text(locale, person.photoAlt) || name }
          : undefined,
      };
    }
    case 'document': {
      const document = model.documents.get(page.id)?.data;
      if (!document) return undefined;
      const typeLabel = t(locale, 'type.document');
      return {
        title: text(locale, document.title),
        ...(document.number ? { label: `${typeLabel} · ${document.number}` } : {}),
      };
    }
    case 'report': {
      const narrative =
        model.reports.get(`${locale}/${page.id}`) ?? model.reports.get(`zh/${page.id}`);
      return {
        title: narrative?.data.title ?? t(locale, 'reports.yearTitle').replace('{year}', page.id),
      };
    }
  }
}

/** The card of a page: drawn from its title, the site name and the page type (or its own label) in the page's language. */
function cardOf(
  model: SiteModel,
  locale: Locale,
  type: CardPage['type'],
  facts: PageFacts,
): ShareCard {
  const { title } = facts;
  const siteName = facts.footer ?? text(locale, model.settings.siteName);
  const typeLabel = facts.label ?? (type === 'home' ? siteName : t(locale, `type.${type}`));
  const hash = createHash('sha256')
    .update(JSON.stringify([CARD_DESIGN, locale, title, siteName, typeLabel]))
    .digest('hex')
    .slice(0, 24);
  return { locale, title, siteName, typeLabel, hash };
}

/** What a page shows when shared, or undefined for a page the model does not hold. */
export function shareImageOf(
  model: SiteModel,
  locale: Locale,
  page: SharedPage,
): ShareImage | undefined {
  if (page.type === 'news') return newsShareImage(model, locale, page.id);
  const own: CardPage = { type: page.type, id: page.id };
  const facts = pageFacts(model, locale, own);
  if (!facts) return undefined;
  if (facts.photo) return { kind: 'photo', ...facts.photo };
  // An English page whose title has no English (a name known only in Chinese) shares the Chinese
  // page's card: the same words, drawn once.
  const zhFacts = pageFacts(model, 'zh', own);
  const sameAsChinese = locale === 'en' && zhFacts !== undefined && facts.title === zhFacts.title;
  const card = sameAsChinese
    ? cardOf(model, 'zh', own.type, zhFacts)
    : cardOf(model, locale, own.type, facts);
  return { kind: 'card', card, alt: [card.typeLabel, card.title, card.siteName].join(' · ') };
}

/** The site's own share image (the home page's card): what lists, facets and search pages show when shared. */
export const siteShareImage = (model: SiteModel, locale: Locale): ShareImage =>
  shareImageOf(model, locale, { type: 'home', id: '' })!;

/**
 * A news item's share image: its cover; else its first studio's (photo or card: the studio the
 * article is about, drawn once for all its news); else the site's card. Its own title is the shared
 * link's og:title beside it.
 */
function newsShareImage(model: SiteModel, locale: Locale, slug: string): ShareImage | undefined {
  if (!model.newsZh.has(slug)) return undefined;
  const { entry } = newsItem(model, locale, slug);
  if (entry.data.cover)
    return { kind: 'photo', image: `news:${entry.id}`, alt: entry.data.coverAlt ?? '' };
  const studio = entry.data.studios.find((id) => model.studios.has(id));
  return studio === undefined
    ? siteShareImage(model, locale)
    : shareImageOf(model, locale, { type: 'studio', id: studio });
}

/** The path a card is published at. */
export const cardPath = (card: ShareCard): string => `/${CARD_FOLDER}/${card.hash}.png`;

/** What a page's head says about its share image. */
export interface ShareImageMeta {
  /** Absolute. */
  url: string;
  type: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
  /** Empty when a photo has no alternative text (the tag is then left out). */
  alt: string;
}

/** The share image of a page with a card, at the site's address; undefined for a page with a photo (src/data/share-image.ts). */
export function cardShareMeta(share: ShareImage, site: URL): ShareImageMeta | undefined {
  if (share.kind !== 'card') return undefined;
  return {
    url: new URL(cardPath(share.card), site).href,
    type: 'image/png',
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    alt: share.alt,
  };
}

/**
 * Every page with a card of its own, in both languages: the home page (the site's card), and each
 * studio, person, document and report. News borrow these, other pages the site's card. That this
 * is every card the views of PAGE_ROUTES name, and only those, is tested (test/unit/share-cards.test.ts):
 * deriving it from the views at build time would compute every view of the site a second time.
 */
function cardPages(model: SiteModel): Array<{ locale: Locale; page: CardPage }> {
  const pages: CardPage[] = [
    { type: 'home', id: '' },
    ...[...model.studios.keys()].map((id) => ({ type: 'studio' as const, id })),
    ...[...model.people.keys()].map((id) => ({ type: 'person' as const, id })),
    ...[...model.documents.keys()].map((id) => ({ type: 'document' as const, id })),
    ...contentYears(model).map((year) => ({ type: 'report' as const, id: String(year) })),
  ];
  return LOCALES.flatMap((locale) => pages.map((page) => ({ locale, page })));
}

/** Every card the pages will name (each once), for the build to draw while Astro renders the pages. */
export function allShareCards(model: SiteModel): ShareCard[] {
  const cards = new Map<string, ShareCard>();
  for (const { locale, page } of cardPages(model)) {
    const image = shareImageOf(model, locale, page);
    if (image?.kind === 'card') cards.set(image.card.hash, image.card);
  }
  return [...cards.values()];
}

/** A report's description when its editors wrote no summary: what the page holds (its sections), which its title does not say. */
export const reportDescription = (locale: Locale, year: number, sections: string[]): string =>
  t(locale, 'reports.description')
    .replace('{year}', String(year))
    .replace(
      '{sections}',
      sections
        .join(locale === 'zh' ? '、' : ', ')
        .toLocaleLowerCase(locale === 'zh' ? 'zh-CN' : 'en-GB'),
    );
