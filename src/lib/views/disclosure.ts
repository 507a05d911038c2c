/**
 * What a closed section says it holds: its name and how many rows (or charts) opening it shows, so
 * that a reader on a phone knows whether to open it ("展开命名历程（3行）", "Designations: show 3 rows").
 */
import type { Locale } from '../../schemas/vocabulary.ts';
import { formatNumber } from '../site/format.ts';
import { t } from '../site/i18n.ts';

export type DisclosureUnit = 'rows' | 'charts' | 'items';

const KEYS = {
  rows: ['studio.showRow', 'studio.showRows'],
  charts: ['studio.showChart', 'studio.showCharts'],
  items: ['studio.showItem', 'studio.showItems'],
} as const;

export function disclosureLabel(
  locale: Locale,
  what: string,
  count: number,
  unit: DisclosureUnit,
): string {
  const key = KEYS[unit][count === 1 ? 0 : 1];
  return t(locale, key).replace('{what}', what).replace('{n}', formatNumber(locale, count));
}
