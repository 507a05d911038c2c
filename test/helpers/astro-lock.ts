/**
 * One Astro process at a time in this checkout, while test files run side by side. Astro writes
 * files about the content it builds into the project's `.astro/` folder (content-modules.mjs,
 * content-assets.mjs) and reads them back while bundling: two Astro processes on different content
 * folders in one project overwrite each other's and fail. Everything that starts Astro (a build, the
 * dev server, `astro check`) holds this lock meanwhile; all other work (scripts, browsers, reading
 * the built pages) goes on beside it. A holder that ended without releasing it (killed) frees it
 * after `stale` milliseconds.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { ROOT } from './paths.ts';

const LOCK_TARGET = join(ROOT, 'node_modules/.cache/studio-showcase/astro-in-checkout');

/** Waits for the lock (as long as the other Astro processes take); returns its release. */
export async function takeAstroLock(): Promise<() => Promise<void>> {
  mkdirSync(join(LOCK_TARGET, '..'), { recursive: true });
  writeFileSync(LOCK_TARGET, '', { flag: 'a' });
  return lockfile.lock(LOCK_TARGET, { retries: { retries: 100_000, minTimeout: 100, maxTimeout: 500 }, stale: 60_000 });
}

/** `node test/helpers/with-astro-lock.ts <script> <args…>`: runs a Node script holding the lock (for callers that wait synchronously). */
export const WITH_ASTRO_LOCK = join(ROOT, 'test/helpers/with-astro-lock.ts');
