/** Arithmetic on reported numbers that keeps their qualifier honest. */
import type { Quantity } from '../../schemas/common.ts';

/** Adds quantities: a sum with any lower bound is a lower bound; with any estimate, an estimate. */
export function sumQuantities(items: Array<Quantity | undefined>): Quantity | undefined {
  const present = items.filter((item): item is Quantity => item !== undefined);
  if (present.length === 0) return undefined;
  const value = Math.round(present.reduce((total, item) => total + item.value, 0) * 100) / 100;
  const qualifier = present.some((item) => item.qualifier === 'about')
    ? 'about'
    : present.some((item) => item.qualifier === 'at-least')
      ? 'at-least'
      : 'exact';
  return { value, qualifier };
}

/**
 * A sum of what the sources state: unknown when none states it, "at least" when some do not
 * (the total of the others is a lower bound).
 */
export function sumStated(items: Array<Quantity | undefined>): Quantity | undefined {
  const total = sumQuantities(items);
  return total && items.includes(undefined) && total.qualifier === 'exact'
    ? { ...total, qualifier: 'at-least' }
    : total;
}

/** A ratio in percent with one decimal, or undefined when the base is zero. */
export function percent(part: number, whole: number): number | undefined {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : undefined;
}
