import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Scratch space for test builds (git-ignored). */
export const TMP = join(ROOT, 'test/.tmp');
/** Where the sample site is built once for the build and e2e tests. */
export const SAMPLE_DIST = join(TMP, 'sample-dist');
/** The public address the tests build the sample with (a reserved .example host), so that feeds, the sitemap and og:image are written. */
export const SAMPLE_SITE_URL = 'https://studios.jinzhou-union.example/';
