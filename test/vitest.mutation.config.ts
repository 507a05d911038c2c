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
    // The unit tests whose subject is a figure: every mutant the whole unit layer killed is covered by
    // one of them, and a static mutant reruns them all (the whole layer takes minutes).
    include: [
      'test/unit/figure-consistency.test.ts',
      'test/unit/metrics.test.ts',
      'test/unit/nearly-qualifier.test.ts',
      'test/unit/page-views.test.ts',
      'test/unit/reconciliation.test.ts',
      'test/unit/register-comparison.test.ts',
      'test/unit/report-figures.test.ts',
      'test/unit/standing.test.ts',
      'test/unit/year-reconciliation.test.ts',
      'test/unit/yearly-figures.test.ts',
    ],
    // As in test/vitest.config.ts: a unit test shares the cores with the other helpers' work.
    testTimeout: 30_000,
  },
});
