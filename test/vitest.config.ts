import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Three layers: unit (plain TypeScript in src/lib), build (the real `npm run build` and its HTML),
 * e2e (a real Chromium against the built site). `npm test` runs all of them.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          globalSetup: ['test/helpers/build-sample.ts'],
          testTimeout: 240_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/helpers/build-sample.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
