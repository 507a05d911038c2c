/**
 * A studio named before it was founded: one of the two dates is wrong, or the naming went to the
 * studio under another name before it was founded as it is now. The sources may say both, so it
 * is a warning naming both files, not an error; the pages show each date as recorded.
 */
import type { RecordedDate } from '../../schemas/common.ts';
import { earliestDay, latestKnownDay } from '../model/dates.ts';
import { formatPartialDate } from '../site/format.ts';
import type { ContentSet, Entry } from '../content/types.ts';
import type { Problem } from './reporting.ts';

/** A naming (in a decision or a designation record) dated certainly before its studio's `founded`. */
export function checkNamedBeforeFounded(content: ContentSet, warnings: Problem[]): void {
  const studios = new Map(content.studios.map((entry) => [entry.id, entry]));
  const check = (
    entry: Entry<unknown>,
    field: string,
    id: string,
    date: RecordedDate | undefined,
  ) => {
    const studio = studios.get(id);
    const founded = studio?.data.founded;
    const firstDay = founded && earliestDay(founded);
    const lastDay = date && latestKnownDay(date);
    // Only when certain: a naming in the founding's own year or month is no contradiction.
    if (!studio || !founded || !firstDay || !lastDay || lastDay >= firstDay) return;
    const [namedEn, foundedEn] = [formatPartialDate('en', date!), formatPartialDate('en', founded)];
    const [namedZh, foundedZh] = [formatPartialDate('zh', date!), formatPartialDate('zh', founded)];
    warnings.push({
      file: entry.file,
      entry: entry.id,
      field,
      message: {
        en: `names "${id}" on ${namedEn}, before it was founded (${foundedEn}, founded in ${studio.file}); expected a naming after the founding: check both dates`,
        zh: `${namedZh}命名"${id}"，早于其成立时间（${foundedZh}，见 ${studio.file} 的 founded）；命名应在成立之后，请核对两处日期`,
      },
    });
  };
  for (const entry of content.documents)
    if (entry.data.type === 'naming-decision') {
      const { named, date } = entry.data;
      named.forEach((row, i) => check(entry, `named[${i}].studio`, row.studio, date));
    }
  for (const entry of content.designations)
    if (entry.data.stage === 'named') check(entry, 'date', entry.data.studio, entry.data.date);
}
