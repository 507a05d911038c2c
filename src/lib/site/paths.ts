/** URLs of the site: Chinese at the root, English under /en/ with the same paths. */
import { LOCALES, type Locale } from '../../schemas/vocabulary.ts';

/** The path of a page in a locale: localePath('en', '/studios/') is /en/studios/. */
export const localePath = (locale: Locale, path: string): string =>
  locale === 'zh' ? path : `/en${path}`;

/** The other locale, for the language switch. */
export const otherLocale = (locale: Locale): Locale => (locale === 'zh' ? 'en' : 'zh');

/** getStaticPaths params of the `[...lang]` segment: undefined for Chinese, "en" for English. */
export const langParam = (locale: Locale): string | undefined =>
  locale === 'zh' ? undefined : locale;

/** The locale from the `[...lang]` param. */
export const localeFromParam = (lang: string | undefined): Locale => (lang === 'en' ? 'en' : 'zh');

/** Every locale with its `[...lang]` param, for getStaticPaths. */
export const localeParams = () => LOCALES.map((locale) => ({ locale, lang: langParam(locale) }));

/** The HTML lang attribute of a locale. */
export const htmlLang = (locale: Locale): string => (locale === 'zh' ? 'zh-CN' : 'en');

export const studioPath = (id: string) => `/studios/${id}/`;
export const personPath = (id: string) => `/people/${id}/`;
export const documentPath = (id: string) => `/documents/${id}/`;
export const newsPath = (slug: string) => `/news/${slug}/`;
export const topicPath = (id: string) => `/news/topics/${id}/`;
export const reportPath = (year: number) => `/reports/${year}/`;
export const achievementPath = (id: string) => `/achievements/${id}/`;
