import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { removeOldScratch } from './helpers/scratch.ts';

/**
 * Three layers: unit (plain TypeScript in src/lib), build (the real `npm run build` and its HTML),
 * e2e (a real Chromium against the built site). `npm test` runs all of them (test/run-all.ts, with
 * the typecheck alongside); `npm run test:unit|test:build|test:e2e` runs one, building what it needs.
 *
 * Most of the time goes to child processes (builds, `npm run new`, Chromium) that leave a core idle
 * between their busy phases, so the files of all layers run side by side, one more at a time than
 * there are cores, the longest first. Builds that tests only read are made once
 * (test/helpers/shared-builds.ts).
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORKERS = availableParallelism() + 1;

// One id per run, for STUDIO_FRESH_BUILDS (test/helpers/shared-builds.ts); the workers inherit it.
process.env.STUDIO_TEST_RUN ??= randomUUID();
// A test's build waits its turn for Astro behind the other tests' (test/helpers/astro-lock.ts), longer than a user's would.
process.env.STUDIO_LOCK_WAIT ??= '3600';
// Every Node process the tests start (builds, scripts, Astro) keeps its compiled code for the next one.
process.env.NODE_COMPILE_CACHE ??= `${ROOT}node_modules/.cache/node-compile-cache`;
// What earlier runs left in test/.tmp a day ago or more (test/helpers/scratch.ts).
removeOldScratch();

/**
 * Seconds each slow file took alone on a 2-core machine: a fresh clone has no timings of its own,
 * and the longest files must start first for the run to end early. A later run orders the files
 * by its own last timings.
 */
const EXPECTED_SECONDS: Record<string, number> = {
  'test/e2e/editor.test.ts': 80,
  'test/build/publishing.test.ts': 80,
  'test/build/incremental.test.ts': 65,
  'test/e2e/page-width.test.ts': 45,
  'test/build/import.test.ts': 45,
  'test/build/offline.test.ts': 35,
  'test/build/share-images.test.ts': 35,
  'test/e2e/lighthouse.test.ts': 35,
  'test/build/scaffold.test.ts': 30,
  'test/build/content-changes.test.ts': 30,
  'test/build/output-escaping.test.ts': 30,
  'test/e2e/quality.test.ts': 20,
  'test/build/disk-full.test.ts': 20,
  'test/e2e/dev-server.test.ts': 20,
  'test/e2e/search-results.test.ts': 20,
  'test/build/caches.test.ts': 20,
  'test/build/real-records.test.ts': 20,
  'test/unit/editor-attacks.test.ts': 16,
  'test/e2e/print.test.ts': 15,
  'test/build/site-address.test.ts': 15,
  'test/build/html-validity.test.ts': 15,
  'test/e2e/chart-text.test.ts': 12,
};

/** Longest first, across the layers: by the last run's timings, else by EXPECTED_SECONDS, else by size. */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const seconds = (spec: TestSpecification) => {
      const last = this.ctx.cache.getTestSpecificationResult(spec);
      if (last) return last.duration / 1000;
      const known = EXPECTED_SECONDS[spec.moduleId.slice(ROOT.length)];
      return known ?? statSync(spec.moduleId).size / 100_000;
    };
    return [...files].sort((a, b) => seconds(b) - seconds(a));
  }
}

export default defineConfig({
  root: ROOT,
  test: {
    maxWorkers: WORKERS,
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // As in the other layers, the files share their workers' loaded modules: loading them
          // again for each of the 66 files was a third of the layer's CPU (60 → 38 CPU-seconds).
          // A file that sets a variable does it with vi.stubEnv, undone after each test, and one
          // that needs a module's fresh state imports it after vi.resetModules().
          isolate: false,
          unstubEnvs: true,
          // Longer than vitest's 5 s: a unit test shares the cores with builds and browsers.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          globalSetup: ['test/helpers/build-sample.ts'],
          // The files share their workers' loaded modules (they keep no state in them): each file
          // would otherwise load the site's model, parsers and playwright again.
          isolate: false,
          // Long: a file's builds share the cores with the other files'.
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/helpers/build-sample.ts'],
          isolate: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
