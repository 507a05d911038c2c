/** Arithmetic on reported numbers that keeps their qualifier honest. */
import type { Quantity } from '../../schemas/common.ts';

type Qualifier = Quantity['qualifier'];

/**
 * The qualifier of a sum of numbers so qualified. Exact numbers add up exactly; lower bounds
 * (以上) to a lower bound, and numbers a little under their figure (近) to a number a little under
 * the sum. A lower bound with a number under its figure, or any estimate (约), is an estimate: the
 * sum could then lie on either side of its figure.
 */
export function combinedQualifier(qualifiers: Iterable<Qualifier | undefined>): Qualifier {
  const found = new Set(qualifiers);
  if (found.has('about') || (found.has('at-least') && found.has('nearly'))) return 'about';
  if (found.has('at-least')) return 'at-least';
  return found.has('nearly') ? 'nearly' : 'exact';
}

/** Adds quantities, their qualifiers combined (combinedQualifier). */
export function sumQuantities(items: Array<Quantity | undefined>): Quantity | undefined {
  const present = items.filter((item): item is Quantity => item !== undefined);
  if (present.length === 0) return undefined;
  const value = Math.round(present.reduce((total, item) => total + item.value, 0) * 100) / 100;
  return { value, qualifier: combinedQualifier(present.map((item) => item.qualifier)) };
}

/**
 * A sum of what the sources state: unknown when none states it; when some do not, the total of
 * the others with a lower bound's qualifier added (the missing ones can only add to it).
 */
export function sumStated(items: Array<Quantity | undefined>): Quantity | undefined {
  const total = sumQuantities(items);
  return total && items.includes(undefined)
    ? { ...total, qualifier: combinedQualifier([total.qualifier, 'at-least']) }
    : total;
}

/** A ratio in percent with one decimal, or undefined when the base is zero. */
export function percent(part: number, whole: number): number | undefined {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : undefined;
}
