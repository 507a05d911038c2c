/** Which of its names an organisation or a studio is shown by: a fact of the source, said in a language by the views (views/names.ts). */
import type { Localized, PartialDate, RecordedDate } from '../../schemas/common.ts';
import { earliestDay, latestKnownDay, type IsoDay } from './dates.ts';
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

/** What a studio is named by: its title today and the titles it bore before (schemas/studio.ts). */
interface Titled {
  title: Localized;
  formerTitles: Array<{ title: Localized; until?: PartialDate }>;
}

/**
 * The title a studio certainly bore on a date, as a document of that date prints it: a former title
 * when the date is certainly before that title's end and after the end of the one before it;
 * today's title when the date is certainly after every renaming. Undefined when the sources leave
 * it open: an undated document, a former title without an end, a date as imprecise as the renaming.
 */
export function studioTitleOn(
  studio: Titled,
  date: RecordedDate | undefined,
): Localized | undefined {
  if (studio.formerTitles.length === 0) return studio.title;
  const first = date && earliestDay(date);
  const last = date && latestKnownDay(date);
  if (first === undefined || last === undefined) return undefined;
  const ends = studio.formerTitles.map((former) => ({
    title: former.title,
    from: former.until && earliestDay(former.until),
    to: former.until && latestKnownDay(former.until),
  }));
  if (ends.some((end) => end.from === undefined || end.to === undefined)) return undefined;
  ends.sort((a, b) => a.from!.localeCompare(b.from!));
  let previousEnd: IsoDay | undefined;
  for (const end of ends) {
    if (last < end.from! && (previousEnd === undefined || first > previousEnd)) return end.title;
    previousEnd = end.to;
  }
  return first > previousEnd! ? studio.title : undefined;
}
