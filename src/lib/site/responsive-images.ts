/**
 * Sizes of a content photo (src/components/Photo.astro). A browser picks from `srcset` the
 * smallest file at least as wide as the `sizes` width × its device pixel ratio, so `sizes` must
 * not claim less than the photo is shown at, and the widest file must cover 2× screens.
 */

/** Widths the files are made at, besides the shown width and twice it. */
const STEPS = [360, 540, 720, 1080, 1440, 2160];
/** The page's side padding (the .wrap of the stylesheet: 1rem on each side). */
const PAGE_PADDING = 32;

export interface PhotoSizes {
  /** The width the photo is shown at, at most (CSS pixels): never more than the file's own width, so it is never enlarged. */
  shownWidth: number;
  shownHeight: number;
  /** The widths of the files in srcset: up to twice the shown width, never beyond the file's own width (which is the widest then). */
  widths: number[];
  /** The sizes attribute: the full column on a narrow screen, the shown width beyond it. */
  sizes: string;
}

export function photoSizes(
  source: { width: number; height: number },
  maxWidth: number,
): PhotoSizes {
  const shownWidth = Math.min(maxWidth, source.width);
  const widest = Math.min(2 * shownWidth, source.width);
  const widths = [...new Set([...STEPS, shownWidth, widest])]
    .filter((width) => width <= widest)
    .toSorted((a, b) => a - b);
  return {
    shownWidth,
    shownHeight: Math.round((source.height * shownWidth) / source.width),
    widths,
    sizes: `(max-width: ${shownWidth + PAGE_PADDING}px) calc(100vw - ${PAGE_PADDING}px), ${shownWidth}px`,
  };
}
