/**
 * One Astro process at a time in this checkout, while test files run side by side. Astro writes
 * files about the content it reads into the project's `.astro/` folder (content-modules.mjs,
 * content-assets.mjs) and reads them back while bundling: two Astro processes on different content
 * folders in one project overwrite each other's and fail. The lock is the one `npm run build` takes
 * around its own Astro child (projectAstroLock in scripts/lib/output-folder.ts), so a test's build
 * needs no lock of its own: its checks, charts, cards and search index run beside the other tests'
 * Astro. What a test starts itself (the dev server, `astro sync`, a bare `astro build`) holds this
 * lock meanwhile. A holder that ended without releasing it (killed) frees it after 15 s.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { lockOutput, projectAstroLock } from '../../scripts/lib/output-folder.ts';
import { ROOT } from './paths.ts';

/** Waits for the lock (as long as the other Astro processes take); returns its release. */
export async function takeAstroLock(): Promise<() => Promise<void>> {
  const lock = projectAstroLock(ROOT);
  mkdirSync(dirname(lock.lock), { recursive: true });
  const held = await lockOutput(lock, 3600);
  return () => held.release();
}

/** `node test/helpers/with-astro-lock.ts <script> <args…>`: runs a Node script holding the lock (for callers that wait synchronously). */
export const WITH_ASTRO_LOCK = new URL('./with-astro-lock.ts', import.meta.url).pathname;
