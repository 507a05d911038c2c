/** Names of entries as pages show them, in the reader's language, from whatever the source gave. */
import type { Locale } from '../../schemas/vocabulary.ts';
import { text } from '../site/i18n.ts';
import type { SiteModel } from '../model/model.ts';
import { organisationTitle } from '../model/names.ts';

/** An organisation's full name, or its short name when that is all the source gives; empty when unknown. */
export const organisationName = (
  locale: Locale,
  model: SiteModel,
  id: string | undefined,
  short = false,
): string => text(locale, organisationTitle(model, id, short));

/** Several organisations (joint issuers), joined as the language joins a list. */
export const organisationNames = (
  locale: Locale,
  model: SiteModel,
  ids: string[],
  short = false,
): string =>
  ids
    .map((id) => organisationName(locale, model, id, short))
    .filter(Boolean)
    .join(locale === 'zh' ? '、' : ', ');
