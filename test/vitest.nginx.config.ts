import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { nginxMissing } from './helpers/nginx.ts';

/**
 * `npm run test:nginx`: docs/nginx.conf in Debian's nginx, with Chromium (test/nginx/). Kept out of
 * `npm test`, which must not need nginx. The sample site is built first, as for the build tests
 * (STUDIO_REUSE_SAMPLE_BUILD=1 reuses the last one), unless nginx is missing and the test skips.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    name: 'nginx',
    include: ['test/nginx/**/*.test.ts'],
    globalSetup: nginxMissing() && !process.env.CI ? [] : ['test/helpers/build-sample.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
