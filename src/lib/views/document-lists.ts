/**
 * What a document's page lists by its type: the studios a recognition names, selects for public
 * comment (公示) or commends, and the cycle year and batch of a naming or selection.
 */
import type { Locale } from '../../schemas/vocabulary.ts';
import type { DataOf } from '../content/types.ts';
import { recordedList, type NamingDecision } from '../../schemas/document.ts';
import { cycleText, formatNumber, formatQuantityWithUnit } from '../site/format.ts';
import { t, text, type UiKey } from '../site/i18n.ts';

/** A row of a recognition's list: a studio, its level, designation, group and funding, as the document gives them. */
export type RecognitionRow = NamingDecision['named'][number];

export interface RecognitionList {
  heading: string;
  /** Which list it is, also the table's test id. */
  kind: 'named' | 'selected' | 'commended';
  rows: RecognitionRow[];
  /** When the site records only part of the list: how many it records of how many (本站收录9个，原名单共600个). */
  partNote?: string;
}

/** The studios a recognition document lists, with the list's heading; undefined for other documents. */
export function recognitionList(
  locale: Locale,
  doc: DataOf<'documents'>,
): RecognitionList | undefined {
  const listSize = recordedList(doc)?.listSize;
  const list = (heading: UiKey, kind: RecognitionList['kind'], rows: RecognitionRow[]) => ({
    heading: t(locale, heading),
    kind,
    rows,
    ...(listSize
      ? {
          partNote: t(locale, 'doc.listPart')
            .replace('{n}', formatNumber(locale, rows.length))
            .replace(
              '{of}',
              formatQuantityWithUnit(locale, listSize, locale === 'zh' ? '个' : 'studios'),
            ),
        }
      : {}),
  });
  if (doc.type === 'naming-decision') return list('doc.namedList', 'named', doc.named);
  if (doc.type === 'selection-notice') return list('doc.selectedList', 'selected', doc.selected);
  if (doc.type === 'commendation') return list('doc.commendedList', 'commended', doc.commended);
  return undefined;
}

/** The cycle year (年度) and batch of a naming or selection, where the document states them. */
export function cycleOf(
  locale: Locale,
  doc: DataOf<'documents'>,
): { cycleYear?: number; cycle?: string; batch?: string } {
  if (doc.type !== 'naming-decision' && doc.type !== 'selection-notice') return {};
  return {
    ...(doc.cycleYear !== undefined
      ? { cycleYear: doc.cycleYear, cycle: cycleText(locale, doc.cycleYear, doc.cycleFrom) }
      : {}),
    ...(doc.batch ? { batch: text(locale, doc.batch) } : {}),
  };
}
