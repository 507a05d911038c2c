import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * `npm run test:property`: every field of every collection changed in a copy of the sample, and each
 * incremental rebuild compared with a cold build (test/property/). About ten builds of the sample,
 * so it is kept out of `npm test` and run by CI (.ci/run) after it.
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
