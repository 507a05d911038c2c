/**
 * What a document's page lists by its type: the studios a recognition names, selects for public
 * comment (公示) or commends, and the cycle year and batch of a naming or selection.
 */
import type { Locale } from '../../schemas/vocabulary.ts';
import type { DataOf } from '../content/types.ts';
import type { NamingDecision } from '../../schemas/document.ts';
import { t, text } from '../site/i18n.ts';

/** A row of a recognition's list: a studio, its level, designation, group and funding, as the document gives them. */
export type RecognitionRow = NamingDecision['named'][number];

export interface RecognitionList {
  heading: string;
  /** Which list it is, also the table's test id. */
  kind: 'named' | 'selected' | 'commended';
  rows: RecognitionRow[];
}

/** The studios a recognition document lists, with the list's heading; undefined for other documents. */
export function recognitionList(
  locale: Locale,
  doc: DataOf<'documents'>,
): RecognitionList | undefined {
  if (doc.type === 'naming-decision')
    return { heading: t(locale, 'doc.namedList'), kind: 'named', rows: doc.named };
  if (doc.type === 'selection-notice')
    return { heading: t(locale, 'doc.selectedList'), kind: 'selected', rows: doc.selected };
  if (doc.type === 'commendation')
    return { heading: t(locale, 'doc.commendedList'), kind: 'commended', rows: doc.commended };
  return undefined;
}

/** The cycle year (年度) and batch of a naming or selection, where the document states them. */
export function cycleOf(
  locale: Locale,
  doc: DataOf<'documents'>,
): { cycleYear?: number; batch?: string } {
  if (doc.type !== 'naming-decision' && doc.type !== 'selection-notice') return {};
  return {
    ...(doc.cycleYear !== undefined ? { cycleYear: doc.cycleYear } : {}),
    ...(doc.batch ? { batch: text(locale, doc.batch) } : {}),
  };
}
