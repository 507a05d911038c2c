/** Names of entries as pages show them, from whatever the source gave. */
import type { Locale } from '../../schemas/vocabulary.ts';
import { text } from '../site/i18n.ts';
import type { SiteModel } from './model.ts';

/** An organisation's full name, or its short name when that is all the source gives; empty when unknown. */
export function organisationName(locale: Locale, model: SiteModel, id: string | undefined, short = false): string {
  const data = id ? model.organisations.get(id)?.data : undefined;
  if (!data) return '';
  return text(locale, short ? (data.shortName ?? data.name) : (data.name ?? data.shortName));
}

/** Several organisations (joint issuers), joined as the language joins a list. */
export const organisationNames = (locale: Locale, model: SiteModel, ids: string[], short = false): string =>
  ids
    .map((id) => organisationName(locale, model, id, short))
    .filter(Boolean)
    .join(locale === 'zh' ? '、' : ', ');
