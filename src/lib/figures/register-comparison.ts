/**
 * A studio's achievements register held against its reported yearly figures (./yearly-figures.ts), year
 * by year: two records that are compared, never added.
 */
import type { Quantity } from '../../schemas/common.ts';
import { achievementYear, benefitYear, resultCount } from '../model/achievements.ts';
import { yearOf } from '../model/dates.ts';
import type { SiteModel } from '../model/model.ts';
import { sumQuantities } from '../model/quantity.ts';
import { studioYears } from './yearly-figures.ts';

/**
 * A studio's register and its reported figures, year by year, side by side: patents granted,
 * benefit measured within the year, improvement proposals. The two are different records (the
 * register lists named results; the figures are the studio's own yearly report) and are never added.
 */
export interface RegisterComparison {
  year: number;
  patents: { figures?: Quantity; register: number };
  benefit: { figures?: Quantity; register?: Quantity };
  proposals: { figures?: Quantity; register?: Quantity };
  /** The months the reported figures cover, where they cover only part of the year ("2021-08–2021-10"). */
  partialPeriods?: string[];
  /**
   * True where both records give a number for the year and the numbers differ; never for figures of
   * part of the year, which do not cover the span the register counts.
   */
  differs: boolean;
}

export function registerAgainstFigures(model: SiteModel, studio: string): RegisterComparison[] {
  const entries = model.achievementsByStudio.get(studio) ?? [];
  if (entries.length === 0) return [];
  const years = studioYears(model, studio);
  const allYears = new Set<number>(years.map((year) => year.year));
  // A patent not granted has no grant date (schema), so it adds no year and no count: keeping only
  // the granted ones states the rule, and no mutant of the filter can change a figure.
  // Stryker disable MethodExpression,ConditionalExpression: equivalent, as above
  const granted = entries.flatMap((entry) =>
    entry.data.patents
      .filter((patent) => patent.status === 'granted')
      .map((patent) => yearOf(patent.granted)),
  );
  // Stryker restore MethodExpression,ConditionalExpression
  granted.forEach((year) => year !== undefined && allYears.add(year));
  entries.forEach(
    (entry) =>
      entry.data.benefit &&
      benefitYear(entry.data.benefit.period) !== undefined &&
      allYears.add(benefitYear(entry.data.benefit.period)!),
  );
  return [...allYears].toSorted().flatMap((year) => {
    const figures = years.find((y) => y.year === year);
    const registerPatents = granted.filter((y) => y === year).length;
    const registerBenefit = sumQuantities(
      entries
        .filter((entry) => entry.data.benefit && benefitYear(entry.data.benefit.period) === year)
        .map((entry) => entry.data.benefit!.amount),
    );
    const registerProposals = sumQuantities(
      entries
        .filter((entry) => entry.data.type === 'proposal' && achievementYear(entry.data) === year)
        .map((entry) => resultCount(entry.data)),
    );
    const row: RegisterComparison = {
      year,
      patents: {
        // The year's patents as decided once (figures/derived-figures.ts): each period's total where stated, else its types.
        figures: figures?.patents,
        register: registerPatents,
      },
      benefit: { figures: figures?.benefit, register: registerBenefit },
      proposals: { figures: figures?.proposalsSubmitted, register: registerProposals },
      // Stryker disable next-line BooleanLiteral: set just below from the three comparisons
      differs: false,
    };
    const differ = (a: Quantity | undefined, b: Quantity | number | undefined) =>
      a !== undefined && b !== undefined && a.value !== (typeof b === 'number' ? b : b.value);
    // A year's periods are all whole or all part (they never overlap), so these are the months covered.
    if (figures?.partial) row.partialPeriods = figures.periods;
    row.differs =
      !figures?.partial &&
      (differ(row.patents.figures, registerPatents || undefined) ||
        differ(row.benefit.figures, registerBenefit) ||
        differ(row.proposals.figures, registerProposals));
    // A year with nothing in either record is not a row.
    return row.patents.figures ||
      registerPatents ||
      row.benefit.figures ||
      registerBenefit ||
      row.proposals.figures ||
      registerProposals
      ? [row]
      : [];
  });
}
