import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * `npm run test:property`: every field of every collection changed in a copy of the sample, and each
 * incremental rebuild compared with a cold build (test/property/). About ten builds of the sample
 * (about 9 minutes on 2 cores), so it is kept out of `npm test`; CI (.ci/run) runs it after.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    name: 'property',
    include: ['test/property/**/*.test.ts'],
    testTimeout: 3_600_000,
    hookTimeout: 600_000,
  },
});
