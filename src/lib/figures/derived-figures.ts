/**
 * Figures derived from the reported ones, each decided here once: the patents a period reports
 * and the adoption rate of improvement proposals. The yearly figures (./yearly-figures.ts) carry both,
 * and the report, the charts, the register comparison and the open data read them from there.
 */
import type { Quantity } from '../../schemas/common.ts';
import type { PeriodFigures } from '../../schemas/figures.ts';
import { percent, sumQuantities } from '../model/quantity.ts';

/**
 * The patents a period reports: its total where the source gives one (a total alone, or beyond
 * the types), else the sum of the types it states; undefined when it states none.
 */
export const periodPatents = (period: PeriodFigures): Quantity | undefined =>
  period.patents?.total ??
  sumQuantities([period.patents?.invention, period.patents?.utilityModel, period.patents?.design]);

/**
 * The qualifier of a ratio: exact from exact counts. "At least" when the part is at least its
 * figure (以上) or the whole at most its own (exact, or a little under it, 近): the rate can only be
 * higher. "Nearly" when only the part is a little under its figure. An estimate otherwise.
 * Undefined when the whole is a lower bound: the rate could then be anything up to the figure, far
 * below it too, and no qualifier says "at most", so no rate is given rather than an "about" that
 * misleads.
 */
function ratioQualifier(part: Quantity, whole: Quantity): Quantity['qualifier'] | undefined {
  if (whole.qualifier === 'at-least') return undefined;
  if (whole.qualifier === 'about' || part.qualifier === 'about') return 'about';
  if (part.qualifier === 'nearly') return whole.qualifier === 'exact' ? 'nearly' : 'about';
  return part.qualifier === 'exact' && whole.qualifier === 'exact' ? 'exact' : 'at-least';
}

/**
 * The adoption rate (采纳率) of some periods, in percent: proposals adopted over proposals
 * submitted, counted only over the periods that state both (a part and a whole of the same
 * months), the qualifier carried. Undefined, never 0, when no period states both or none were
 * submitted. A rate over part of a year is a rate of those months: the report marks it partial.
 */
export function adoptionRate(periods: readonly PeriodFigures[]): Quantity | undefined {
  const both = periods.filter((period) => period.proposals?.submitted && period.proposals.adopted);
  const adopted = sumQuantities(both.map((period) => period.proposals!.adopted));
  const submitted = sumQuantities(both.map((period) => period.proposals!.submitted));
  // Stryker disable next-line LogicalOperator: both sums are over the same periods, each stating both counts, so both are defined or neither is
  if (!adopted || !submitted) return undefined;
  const rate = percent(adopted.value, submitted.value);
  const qualifier = ratioQualifier(adopted, submitted);
  return rate === undefined || qualifier === undefined ? undefined : { value: rate, qualifier };
}
