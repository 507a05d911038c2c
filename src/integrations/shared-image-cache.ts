/**
 * One cache of optimized images for every content folder. Astro keeps the images it has resized and
 * re-encoded in `<cacheDir>/assets/`, and the cache folder is one per content folder
 * (astro.config.mjs), so a copy of the same content at another path (a test, a fixture, a
 * generated archive) encoded every photo again: AVIF is about a second per image. A cached file's
 * name is a digest of the source image's bytes and of the transform (astro/dist/assets/utils/hash.js),
 * so one shared folder serves every content folder without mixing them up. Only one Astro process
 * writes at a time (projectAstroLock, scripts/lib/output-folder.ts).
 */
import { lstatSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** The shared folder, relative to the project (astro.config.mjs; the benchmark empties it for a cold build). */
export const SHARED_IMAGE_CACHE = 'node_modules/.astro/images';

/** Makes `<cacheDir>/assets` a link to `shared`, unless it is already there (a link, or a folder of an older cache). */
export function shareImageCache(cacheDir: string, shared: string): void {
  const link = join(cacheDir, 'assets');
  mkdirSync(shared, { recursive: true });
  mkdirSync(cacheDir, { recursive: true });
  try {
    lstatSync(link);
    return;
  } catch {
    // not there yet
  }
  try {
    symlinkSync(relative(dirname(link), shared), link, 'dir');
  } catch (error) {
    // Another process made it meanwhile.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}
