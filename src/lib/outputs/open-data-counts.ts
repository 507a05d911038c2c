/**
 * The open data of the yearly counts of studios in force: each report year's reconciliation (the
 * count at the end of the year before, the studios in force from the year, those revoked and
 * merged, the count at the year end) and every studio counted at another year end, with the
 * reason. The same numbers as the reports and the home page (src/lib/figures/reconciliation.ts).
 */
import {
  reconciliationCounts,
  yearReconciliation,
  type ElsewhereReason,
} from '../figures/reconciliation.ts';
import { dateText } from '../model/dates.ts';
import { inForceAtYearEnd } from '../model/stats.ts';
import { QUALIFIER_NOTE } from './open-data-notes.ts';
import { contentYears } from '../model/years.ts';
import type { Dataset } from './open-data-dataset.ts';

/** Each reason code of the `reason` column, said briefly; typed by the reasons, so a new one must be described here. */
const REASON_CODES: Record<ElsewhereReason, { zh: string; en: string }> = {
  'already-in-force': { zh: '上年末已在册', en: 'in force at the end of the year before' },
  'decided-later': { zh: '命名决定晚于年度', en: 'decided after its cycle year' },
  'cycle-year-differs': {
    zh: '本年决定、年度不同',
    en: 'decided this year for another cycle year',
  },
  'before-date': { zh: '仅注明时间上限', en: 'only a bound is stated' },
  undated: { zh: '未注明时间', en: 'no date' },
  'ended-in-year': { zh: '同年撤销或合并', en: 'revoked or merged the same year' },
  'end-undated': { zh: '撤销或合并时间未注明', en: 'revoked or merged at a date not stated' },
};
const reasonCodes = Object.entries(REASON_CODES);

export const yearEndCountsDataset: Dataset = {
  name: 'year-end-counts',
  title: { zh: '年末在册工作室数核对', en: 'Studios in force at each year end, reconciled' },
  fields: {
    year: { zh: '年份', en: 'Year' },
    previous_year_end: {
      zh: '上年末在册工作室数',
      en: 'Studios in force at the end of the year before',
    },
    // A lower bound while a naming dated only by a bound may fall on either side of the year end.
    previous_year_end_qualifier: QUALIFIER_NOTE,
    entered: { zh: '本年起计入在册的工作室数', en: 'Studios in force from this year' },
    revoked: { zh: '本年撤销的工作室数', en: 'Studios revoked this year' },
    merged: { zh: '本年合并的工作室数', en: 'Studios merged this year' },
    year_end: {
      zh: '本年末在册工作室数（= 上年末 + 本年起计入 − 撤销 − 合并）',
      en: 'Studios in force at this year end (= the year before + in force from this year − revoked − merged)',
    },
    year_end_qualifier: QUALIFIER_NOTE,
    namings_listed: {
      zh: '本年度命名次数（按年度计，未注明年度的按命名日期计）',
      en: 'Namings of the year (by cycle year where stated, else by date)',
    },
    studios_listed: { zh: '本年度命名涉及的工作室数', en: 'Studios those namings name' },
  },
  rows: (model) =>
    contentYears(model).map((year) => {
      const counts = reconciliationCounts(model, year);
      return {
        year,
        previous_year_end: counts.previousYearEnd,
        previous_year_end_qualifier: inForceAtYearEnd(model, year - 1).qualifier,
        entered: counts.entered,
        revoked: counts.revoked,
        merged: counts.merged,
        year_end: counts.yearEnd,
        year_end_qualifier: inForceAtYearEnd(model, year).qualifier,
        namings_listed: counts.namingsListed,
        studios_listed: counts.studiosListed,
      };
    }),
};

export const countedElsewhereDataset: Dataset = {
  name: 'counted-elsewhere',
  title: {
    zh: '计入其他年末或不计入年末在册的工作室',
    en: 'Studios counted at another year end, or at none',
  },
  fields: {
    year: { zh: '报告年份', en: 'Report year' },
    studio: { zh: '工作室标识', en: 'Studio id' },
    reason: {
      zh: `原因：${reasonCodes.map(([code, said]) => `${code} ${said.zh}`).join('；')}`,
      en: `Why: ${reasonCodes.map(([code, said]) => `${code} (${said.en})`).join('; ')}`,
    },
    date: {
      zh: '命名时间（按来源的精度；空为未注明）',
      en: 'Date of the naming, at the precision of the source (empty when not stated)',
    },
    cycle_year: {
      zh: '年度（空为未注明；跨年的年度为其最后一年）',
      en: 'Cycle year (empty when not stated; the last year of a cycle of several)',
    },
    cycle_from: {
      zh: '跨年年度的起始年（空为单一年度）',
      en: 'First year of a cycle of several years (empty for a single year)',
    },
    counted_at: {
      zh: '首次计入在册的年末（空为不计入任何年末）',
      en: 'The year end it is first counted at (empty when at none)',
    },
  },
  rows: (model) =>
    contentYears(model).flatMap((year) =>
      yearReconciliation(model, year).countedElsewhere.map((row) => ({
        year,
        studio: row.studio,
        reason: row.reason,
        date: dateText(row.date) || null,
        cycle_year: row.cycleYear ?? null,
        cycle_from: row.cycleFrom ?? null,
        counted_at: row.countedAt ?? null,
      })),
    ),
};
