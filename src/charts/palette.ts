/**
 * Colours of the charts: the Okabe–Ito palette, distinguishable with every common form of colour
 * blindness, led by the site's union red. Text and grid colours match the stylesheet.
 */
export const PALETTE = ['#a3211f', '#0072b2', '#e69f00', '#009e73', '#56b4e9', '#cc79a7', '#d55e00', '#f0e442', '#555555'] as const;
export const INK = '#1d2327';
export const MUTED = '#55606a';
export const GRID = '#e3e7eb';
export const PAPER = '#ffffff';

/** The colour of the n-th series (or, in a pie, the n-th category): the drawing and its HTML key agree. */
export const chartColour = (index: number): string => PALETTE[index % PALETTE.length]!;
