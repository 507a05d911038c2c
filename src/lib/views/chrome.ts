/** What the layout shows around every page: the site's name, tagline, navigation and publisher. */
import type { Localized } from '../../schemas/common.ts';
import type { Locale } from '../../schemas/vocabulary.ts';
import { text, textLang } from '../site/i18n.ts';
import type { SiteModel } from '../model/model.ts';
import { organisationName } from './names.ts';
import { CARD_DESIGN, siteShareImage, type ShareImage } from '../outputs/share-cards.ts';
import { configuredSiteUrl } from '../site/site-url.ts';

export interface ChromeView {
  locale: Locale;
  siteName: string;
  tagline: string;
  /** `zh-CN` where the tagline is shown in Chinese on an English page (untranslated). */
  taglineLang?: 'zh-CN';
  /** Main navigation: locale-free paths, their labels, and `zh-CN` where a label is untranslated. */
  navigation: Array<{ path: string; label: string; lang?: 'zh-CN' }>;
  /** The publishing union's name, for the footer (主办单位). */
  publisher: string;
  /** The record numbers and contact of a Chinese public-sector site, each only when the settings give it. */
  records: FooterRecords;
  /** The site's public address (SITE_URL), when configured: share images need it; undefined otherwise. */
  siteUrl?: string;
  /** The design of the share cards (a new design changes every page that names a card). */
  cardDesign: string;
  /** What a page without a share image of its own (a list, a facet, search) shows when shared: the site's card. */
  siteShare: ShareImage;
}

/** What the footer shows beside the publisher: each item only when set in the settings. */
export interface FooterRecords {
  /** ICP备案号, linked to the MIIT record site (a link: no page requests it). */
  icp?: { text: string; href: string };
  /** 公安联网备案号, linked to its record on the public security record site. */
  publicSecurity?: { text: string; href: string };
  /** The contact line, and `zh-CN` where it is shown in Chinese on an English page (untranslated). */
  contact?: { text: string; lang?: 'zh-CN' };
  siteCode?: string;
}

/** The MIIT record site, where an ICP record number is looked up. */
export const ICP_RECORD_SITE = 'https://beian.miit.gov.cn/';
/** The record of a public security record number: its digits are the code the record site looks up. */
export const publicSecurityRecordUrl = (record: string): string =>
  `https://beian.mps.gov.cn/#/query/webSearch?code=${record.replace(/\D/g, '')}`;

/** Content text in the reader's language, or in Chinese marked as such. */
const inLanguage = (locale: Locale, value: Localized) => {
  const lang = textLang(locale, value);
  return { text: text(locale, value), ...(lang ? { lang } : {}) };
};

function footerRecords(model: SiteModel, locale: Locale): FooterRecords {
  const { icpRecord, publicSecurityRecord, contact, siteCode } = model.settings;
  return {
    ...(icpRecord ? { icp: { text: icpRecord, href: ICP_RECORD_SITE } } : {}),
    ...(publicSecurityRecord
      ? {
          publicSecurity: {
            text: publicSecurityRecord,
            href: publicSecurityRecordUrl(publicSecurityRecord),
          },
        }
      : {}),
    ...(contact ? { contact: inLanguage(locale, contact) } : {}),
    ...(siteCode ? { siteCode } : {}),
  };
}

export function chromeView(model: SiteModel, locale: Locale): ChromeView {
  const { settings } = model;
  return {
    locale,
    siteName: text(locale, settings.siteName),
    tagline: text(locale, settings.tagline),
    ...(textLang(locale, settings.tagline) ? { taglineLang: 'zh-CN' as const } : {}),
    navigation: settings.navigation.map((item) => {
      const { text: label, lang } = inLanguage(locale, item.label);
      return { path: item.path, label, ...(lang ? { lang } : {}) };
    }),
    publisher: organisationName(locale, model, settings.publisher),
    records: footerRecords(model, locale),
    ...(configuredSiteUrl() ? { siteUrl: configuredSiteUrl()!.href } : {}),
    cardDesign: CARD_DESIGN,
    siteShare: siteShareImage(model, locale),
  };
}

/** Every page's view carries the layout's. */
export interface PageView {
  chrome: ChromeView;
}
