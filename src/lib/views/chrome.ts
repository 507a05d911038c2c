/** What the layout shows around every page: the site's name, tagline, navigation and publisher. */
import type { Locale } from '../../schemas/vocabulary.ts';
import { text } from '../site/i18n.ts';
import type { SiteModel } from '../model/model.ts';
import { organisationName } from '../model/names.ts';
import { CARD_DESIGN } from '../site/share-cards.ts';
import { configuredSiteUrl } from '../site/site-url.ts';

export interface ChromeView {
  locale: Locale;
  siteName: string;
  tagline: string;
  /** Main navigation: locale-free paths and their labels. */
  navigation: Array<{ path: string; label: string }>;
  /** The publishing union's name, for the footer. */
  publisher: string;
  /** The site's public address (SITE_URL), when configured: share images need it; undefined otherwise. */
  siteUrl?: string;
  /** The design of the share cards (a new design changes every page that names a card). */
  cardDesign: string;
}

export function chromeView(model: SiteModel, locale: Locale): ChromeView {
  const { settings } = model;
  return {
    locale,
    siteName: text(locale, settings.siteName),
    tagline: text(locale, settings.tagline),
    navigation: settings.navigation.map((item) => ({ path: item.path, label: text(locale, item.label) })),
    publisher: organisationName(locale, model, settings.publisher),
    ...(configuredSiteUrl() ? { siteUrl: configuredSiteUrl()!.href } : {}),
    cardDesign: CARD_DESIGN,
  };
}

/** Every page's view carries the layout's. */
export interface PageView {
  chrome: ChromeView;
}
