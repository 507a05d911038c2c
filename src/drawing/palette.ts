/**
 * Text and grid colours of the drawings, matching the stylesheet. The colours of series and
 * categories are in src/lib/charts/chart-colours.ts, one per vocabulary value.
 */
export const INK = '#1d2327';
export const MUTED = '#55606a';
export const GRID = '#e3e7eb';
export const PAPER = '#ffffff';
