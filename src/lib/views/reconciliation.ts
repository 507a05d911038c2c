/** The reconciliation of a report year's count of studios in force, in words (src/lib/figures/reconciliation.ts counts it). */
import type { Quantity } from '../../schemas/common.ts';
import type { Locale } from '../../schemas/vocabulary.ts';
import { inForceAtYearEnd } from '../model/stats.ts';
import {
  reconciliationCounts,
  yearReconciliation,
  type CountedElsewhere,
  type LeftInYear,
  type ReconciliationCounts,
} from '../figures/reconciliation.ts';
import { cycleText, formatPartialDate } from '../site/format.ts';
import { t } from '../site/i18n.ts';
import type { SiteModel } from '../model/model.ts';
import { studioLink, type EntryLink } from './parts.ts';

export interface ReconciliationRowView {
  studio: EntryLink;
  /** The reason's key, for tests and styles. */
  reason: string;
  /** Why, in words: the reason with the naming's date, cycle year and the year end it is counted at. */
  text: string;
}

export interface ReconciliationView extends ReconciliationCounts {
  year: number;
  /**
   * Whether the year-end counts are lower bounds, as the key figures say them (inForceAtYearEnd):
   * a studio not counted may have been in force then.
   */
  qualifiers: { previousYearEnd: Quantity['qualifier']; yearEnd: Quantity['qualifier'] };
  elsewhere: ReconciliationRowView[];
  left: ReconciliationRowView[];
}

const fill = (template: string, values: Record<string, string | number | undefined>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));

function elsewhereText(locale: Locale, row: CountedElsewhere): string {
  const date = row.date ? formatPartialDate(locale, row.date) : undefined;
  const reason = fill(t(locale, `report.rec.reason.${row.reason}`), {
    date,
    countedAt: row.countedAt,
  });
  const cycle =
    row.cycleYear !== undefined && row.reason !== 'already-in-force'
      ? fill(t(locale, 'report.rec.cycleYear'), {
          year: cycleText(locale, row.cycleYear, row.cycleFrom),
        })
      : '';
  return cycle ? `${cycle}${locale === 'zh' ? '，' : '; '}${reason}` : reason;
}

function leftText(locale: Locale, row: LeftInYear): string {
  const what = t(locale, row.reason === 'merged' ? 'report.rec.mergedOn' : 'report.rec.revokedOn');
  return row.date
    ? `${what}${locale === 'zh' ? '（' : ' ('}${formatPartialDate(locale, row.date)}${locale === 'zh' ? '）' : ')'}`
    : what;
}

export function reconciliationView(
  model: SiteModel,
  locale: Locale,
  year: number,
): ReconciliationView {
  const r = yearReconciliation(model, year);
  return {
    year,
    ...reconciliationCounts(model, year),
    qualifiers: {
      previousYearEnd: inForceAtYearEnd(model, year - 1).qualifier,
      yearEnd: inForceAtYearEnd(model, year).qualifier,
    },
    elsewhere: r.countedElsewhere.map((row) => ({
      studio: studioLink(model, locale, row.studio),
      reason: row.reason,
      text: elsewhereText(locale, row),
    })),
    left: r.left.map((row) => ({
      studio: studioLink(model, locale, row.studio),
      reason: row.reason,
      text: leftText(locale, row),
    })),
  };
}
