/** Which of its names an organisation is shown by: a fact of the source, said in a language by the views (views/names.ts). */
import type { Localized } from '../../schemas/common.ts';
import type { SiteModel } from './model.ts';

/** An organisation's full name, or its short name when that is all the source gives; undefined when unknown. */
export function organisationTitle(
  model: SiteModel,
  id: string | undefined,
  short = false,
): Localized | undefined {
  const data = id ? model.organisations.get(id)?.data : undefined;
  if (!data) return undefined;
  return short ? (data.shortName ?? data.name) : (data.name ?? data.shortName);
}
