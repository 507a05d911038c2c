/**
 * One cache of optimized images for every content folder. Astro keeps the images it has resized and
 * re-encoded in `<cacheDir>/assets/`, and the cache folder is one per content folder
 * (astro.config.mjs), so a copy of the same content at another path (a test, a fixture, a
 * generated archive) encoded every photo again: AVIF is about a second per image. A cached file's
 * name is a digest of the source image's bytes and of the transform (astro/dist/assets/utils/hash.js),
 * so one shared folder serves every content folder without mixing them up. Only one Astro process
 * writes at a time (projectAstroLock, scripts/lib/output-folder.ts).
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';

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

/** What the image cache held when a content folder's last build ended (beside Astro's cache of it). */
const HELD = 'image-cache-held.json';
/** Astro's record of the pages its incremental build may restore (experimental.incrementalBuild). */
const RESTORABLE_PAGES = 'incremental-build.json';

/**
 * Astro's incremental build restores a page without rendering it, and then cannot make an image
 * that page names when the image is no longer in the cache: the build stopped with "There was an
 * error loading the configured image service" once the cache had been emptied (by hand, a disk
 * clean-up, the benchmark's cold start). So, before Astro starts, when any file the cache held after
 * this content folder's last build is gone, its pages are forgotten and all rendered again (the
 * content store is kept). Returns whether they were.
 */
export function forgetPagesWithoutImages(cacheDir: string, shared: string): boolean {
  const held = join(cacheDir, HELD);
  const restorable = join(cacheDir, RESTORABLE_PAGES);
  if (!existsSync(restorable)) return false;
  let files: string[] | undefined;
  try {
    files = JSON.parse(readFileSync(held, 'utf8')) as string[];
  } catch {
    files = undefined;
  }
  // A record, perhaps of an empty cache (a site without photos): anything of it gone. No record
  // (a cache from before the record was kept): only a gone or empty cache is certain.
  const gone = files
    ? files.some((file) => !existsSync(join(shared, file)))
    : !existsSync(shared) || readdirSync(shared).length === 0;
  if (!gone) return false;
  rmSync(restorable, { force: true });
  console.log(
    'Some optimized images are no longer in the image cache: every page is rendered again.',
  );
  return true;
}

/** Keeps, once a build has ended, what the image cache holds (for forgetPagesWithoutImages). */
export function imageCacheRecord(cacheDir: string, shared: string): AstroIntegration {
  return {
    name: 'studio-showcase:image-cache-record',
    hooks: {
      'astro:build:done': () => {
        writeFileSync(join(cacheDir, HELD), JSON.stringify(readdirSync(shared)));
      },
    },
  };
}
