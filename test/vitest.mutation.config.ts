import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The unit tests alone, for the mutation run (test/stryker.config.mjs): test/vitest.config.ts also
 * holds the build and e2e projects, whose global setup builds the sample site, far too slow to run
 * once per mutant.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/unit/**/*.test.ts'],
    // As in test/vitest.config.ts: a unit test shares the cores with the other helpers' work.
    testTimeout: 30_000,
  },
});
