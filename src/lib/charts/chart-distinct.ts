/**
 * Colours in one chart that readers can tell apart: every pair differs by a CIEDE2000 colour
 * difference of at least 15 (about three times what most people can just see, so that two series
 * stay apart on a poor screen or in print), besides the 3:1 contrast of each on white
 * (src/lib/charts/chart-colours.ts). A chart whose vocabulary colours come too close (市级 orange
 * beside 国家级 red, the three kinds of patent in one colour hatched) keeps those that are far
 * enough apart and gives the others the first colour of DISTINCT that is.
 */
import { differenceCiede2000 } from 'culori';

/** The least CIEDE2000 difference between two colours of one chart. */
export const MIN_COLOUR_DIFFERENCE = 15;

const ciede2000 = differenceCiede2000();
export const colourDifference = (a: string, b: string): number => ciede2000(a, b);

/** Colours that differ from each other by at least MIN_COLOUR_DIFFERENCE, each ≥ 3:1 on white (checked in test/build/chart-colours.test.ts). */
export const DISTINCT = [
  '#0072b2',
  '#c2410c',
  '#117733',
  '#882255',
  '#6a3d9a',
  '#8c6d00',
  '#595959',
] as const;

/** Whether every two of these colours are far enough apart. */
export function allDistinct(colours: string[]): boolean {
  return colours.every((colour, i) =>
    colours.slice(i + 1).every((other) => colourDifference(colour, other) >= MIN_COLOUR_DIFFERENCE),
  );
}

/**
 * The colours of a chart's items made distinct: each keeps its own colour if that is far enough
 * from those kept before it, else takes the first of DISTINCT that is (past DISTINCT, undefined).
 */
export function distinctColours(colours: string[]): Array<string | undefined> {
  const kept: string[] = [];
  return colours.map((colour) => {
    const far = (candidate: string) =>
      kept.every((other) => colourDifference(candidate, other) >= MIN_COLOUR_DIFFERENCE);
    const chosen = far(colour) ? colour : DISTINCT.find(far);
    if (chosen) kept.push(chosen);
    return chosen;
  });
}
