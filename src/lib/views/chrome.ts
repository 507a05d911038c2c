/** What the layout shows around every page: the site's name, tagline, navigation and publisher. */
import type { Locale } from '../../schemas/vocabulary.ts';
import { text } from '../i18n.ts';
import type { SiteModel } from '../model.ts';
import { organisationName } from '../names.ts';

export interface ChromeView {
  locale: Locale;
  siteName: string;
  tagline: string;
  /** Main navigation: locale-free paths and their labels. */
  navigation: Array<{ path: string; label: string }>;
  /** The publishing union's name, for the footer. */
  publisher: string;
}

export function chromeView(model: SiteModel, locale: Locale): ChromeView {
  const { settings } = model;
  return {
    locale,
    siteName: text(locale, settings.siteName),
    tagline: text(locale, settings.tagline),
    navigation: settings.navigation.map((item) => ({ path: item.path, label: text(locale, item.label) })),
    publisher: organisationName(locale, model, settings.publisher),
  };
}

/** Every page's view carries the layout's. */
export interface PageView {
  chrome: ChromeView;
}
