// @ts-check
/**
 * Mutation testing of the figure functions (`npm run test:mutation`): Stryker changes one operator,
 * condition or value at a time in src/lib/figures and src/lib/charts/metrics.ts, runs the unit tests
 * that cover it, and fails when too many of those broken copies pass every test. A figure function
 * that can be broken without a test noticing is a figure no test checks.
 *
 * A mutant that cannot change any result (an equivalent mutant) is excluded beside its line with
 * `// Stryker disable next-line <mutator>: <why>`; every other surviving mutant wants a test.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'test/vitest.mutation.config.ts', pool: 'forks' },
  plugins: ['@stryker-mutator/vitest-runner'],
  // report-files.ts names the report PDFs' paths: no figure.
  mutate: ['src/lib/figures/*.ts', '!src/lib/figures/report-files.ts'],
  coverageAnalysis: 'perTest',
  // A static mutant changes what runs when a module loads (the lists KEY_FIGURES and FIGURE_KEYS,
  // functions defined at the top of a module): each reruns every figure test file. The figure tests
  // (test/vitest.mutation.config.ts) call each function inside a test, on a model built for it, so
  // that each other mutant runs only the tests that compute it.
  ignoreStatic: false,
  concurrency: 2,
  // The sandbox copy needs only the code and the tests' fixtures.
  ignorePatterns: [
    'screenshots',
    'docs',
    'bench',
    'dist',
    'dist.*',
    '.astro',
    '.cache',
    'test/.tmp',
    'public/reports/pdf',
  ],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // The score reached (535 of 536 mutants killed, 99.8%), rounded down: a new weak spot fails the run.
  thresholds: { high: 100, low: 99, break: 99 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
