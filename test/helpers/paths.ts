import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Scratch space for test builds (git-ignored). */
export const TMP = join(ROOT, 'test/.tmp');
/** Where the sample site is built once for the build and e2e tests. */
export const SAMPLE_DIST = join(TMP, 'sample-dist');
/** The public address the sample is built with (the placeholder host of astro.config.mjs, so that og:image is written). */
export const SAMPLE_SITE_URL = 'https://studios.jinzhou-union.example/';
