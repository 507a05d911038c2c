/**
 * Contradictions in a studio's history: a studio that ended (revoked or merged) cannot be named,
 * assessed or paired after it ended. Each problem names both entries: the one dated after the end,
 * and the studio (or document) that records the end.
 */
import type { PartialDate, RecordedDate } from '../../schemas/common.ts';
import { certainlyAfter, latestDay } from '../model/dates.ts';
import { formatPartialDate } from '../site/format.ts';
import type { ContentSet, Entry } from '../content/types.ts';
import type { Problem } from './reporting.ts';

interface End {
  kind: 'revoked' | 'merged';
  date: PartialDate;
  /** The file that records the end, for the message. */
  recordedIn: string;
}

/** When each studio ended, where the content says. */
function studioEnds(content: ContentSet): Map<string, End> {
  const documents = new Map(content.documents.map((entry) => [entry.id, entry]));
  const ends = new Map<string, End>();
  for (const studio of content.studios) {
    const { status, statusDate, statusDocument } = studio.data;
    if (status === 'active') continue;
    const date =
      statusDate ?? (statusDocument ? documents.get(statusDocument)?.data.date : undefined);
    if (date)
      ends.set(studio.id, {
        kind: status,
        date,
        recordedIn: statusDate ? studio.file : documents.get(statusDocument!)!.file,
      });
  }
  // A revocation by an assessment notice ends the studio when the studio file says it is revoked.
  for (const entry of content.documents) {
    if (entry.data.type !== 'assessment-notice') continue;
    for (const row of entry.data.results) {
      const studio = content.studios.find((s) => s.id === row.studio);
      // An undated notice ends the studio at a time no one knows: nothing can be checked against it.
      if (
        row.outcome === 'revoked' &&
        studio?.data.status === 'revoked' &&
        !ends.has(row.studio) &&
        entry.data.date
      ) {
        ends.set(row.studio, { kind: 'revoked', date: entry.data.date, recordedIn: entry.file });
      }
    }
  }
  return ends;
}

/** A naming, assessment or pairing dated after the studio it names was revoked or merged. */
export function checkHistory(content: ContentSet, problems: Problem[]): void {
  const ends = studioEnds(content);
  const check = (
    entry: Entry<unknown>,
    field: string,
    studio: string,
    date: RecordedDate | undefined,
    what: { en: string; zh: string; noun: string },
  ) => {
    const end = ends.get(studio);
    if (!end || !date || !certainlyAfter(date, latestDay(end.date))) return;
    const endedEn = end.kind === 'merged' ? 'merged' : 'revoked';
    const endedZh = end.kind === 'merged' ? '合并' : '撤销';
    problems.push({
      file: entry.file,
      entry: entry.id,
      field,
      message: {
        en: `${what.en} "${studio}" on ${formatPartialDate('en', date)}, after it was ${endedEn} (${formatPartialDate('en', end.date)}, recorded in ${end.recordedIn}); expected no ${what.noun} after the studio ended — correct one of the two dates`,
        zh: `${formatPartialDate('zh', date)}${what.zh}"${studio}"，晚于其${endedZh}时间（${formatPartialDate('zh', end.date)}，见 ${end.recordedIn}）；工作室${endedZh}后不应再有此记录，请核对两处日期`,
      },
    });
  };
  for (const entry of content.documents) {
    const doc = entry.data;
    if (doc.type === 'naming-decision')
      doc.named.forEach((row, i) =>
        check(entry, `named[${i}].studio`, row.studio, doc.date, {
          en: 'Names',
          zh: '命名',
          noun: 'naming',
        }),
      );
    if (doc.type === 'assessment-notice') {
      doc.results.forEach((row, i) =>
        check(entry, `results[${i}].studio`, row.studio, doc.date, {
          en: 'Assesses',
          zh: '考核',
          noun: 'assessment',
        }),
      );
    }
    if (doc.type === 'assessment-notice' || doc.type === 'pairing-notice') {
      doc.pairings.forEach((pairing, i) =>
        pairing.studios.forEach((studio, j) =>
          check(entry, `pairings[${i}].studios[${j}]`, studio, doc.date, {
            en: 'Pairs',
            zh: '结对',
            noun: 'pairing',
          }),
        ),
      );
    }
  }
  for (const entry of content.designations) {
    if (entry.data.stage === 'named')
      check(entry, 'date', entry.data.studio, entry.data.date, {
        en: 'Names',
        zh: '命名',
        noun: 'naming',
      });
  }
}
