/**
 * `npm test`: the checks (`astro check`, ESLint, Prettier) and the three test layers (vitest) at the same time,
 * since neither needs the other and each leaves a core idle much of its time. The checks'
 * reports are printed when all have ended; the exit code is non-zero when any failed.
 * Arguments go to vitest (`npm test -- test/build/foo.test.ts`).
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { sharedSampleBuild } from './helpers/shared-builds.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// The run's id (STUDIO_FRESH_BUILDS, test/helpers/shared-builds.ts) is this process's and vitest's.
process.env.STUDIO_TEST_RUN ??= randomUUID();
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true' };

function run(args: string[], quiet: boolean): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env,
      stdio: ['ignore', quiet ? 'pipe' : 'inherit', quiet ? 'pipe' : 'inherit'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const started = performance.now();
const tests = run(
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--config',
    'test/vitest.config.ts',
    ...process.argv.slice(2),
  ],
  false,
);
// Astro shares its .astro/ folder with the tests' builds: the typecheck writes there (`astro sync`)
// in its turn with them (test/helpers/astro-lock.ts), then checks without writing (`--noSync`). Its turn
// comes after the sample build every test layer waits for (the tests' global setup and this wait for
// the same build: test/helpers/shared-builds.ts); a run of chosen files may not need the sample.
if (process.argv.length <= 2) await sharedSampleBuild().catch(() => undefined); // a failure is the tests' to report
const synced = await run(
  ['test/helpers/with-astro-lock.ts', 'node_modules/astro/bin/astro.mjs', 'sync'],
  true,
);
/**
 * ESLint and Prettier check again only the files changed since their last run (about 20 CPU-seconds
 * less when little changed). Their caches are keyed by each file's content and the configuration;
 * no lint rule here reads types, whose change in another file a cached result would miss.
 */
const ESLINT_CACHE = ['--cache', '--cache-location', 'node_modules/.cache/eslint/'];
const PRETTIER_CACHE = [
  '--cache',
  '--cache-strategy',
  'content',
  '--cache-location',
  'node_modules/.cache/prettier/.prettier-cache',
];
/** The checks beside the tests, one after another (they share the cores with the tests): name, command. */
const CHECKS: [string, string[]][] = [
  ['typecheck (astro check)', ['node_modules/astro/bin/astro.mjs', 'check', '--noSync']],
  ['lint (eslint)', ['node_modules/eslint/bin/eslint.js', ...ESLINT_CACHE, '.']],
  [
    'format (prettier --check)',
    ['node_modules/prettier/bin/prettier.cjs', '--check', ...PRETTIER_CACHE, '.'],
  ],
];
const checks: { name: string; code: number; output: string; seconds: number }[] = [];
if (synced.code !== 0)
  checks.push({
    name: 'typecheck (astro sync)',
    ...synced,
    seconds: (performance.now() - started) / 1000,
  });
else
  for (const [name, args] of CHECKS) {
    const result = await run(args, true);
    checks.push({ name, ...result, seconds: (performance.now() - started) / 1000 });
  }
const { code: testsCode } = await tests;
for (const check of checks) {
  console.log(
    `\n── ${check.name}: ${check.code === 0 ? 'passed' : 'FAILED'} (done ${check.seconds.toFixed(0)} s after the start, alongside the tests) ──`,
  );
  console.log(
    check.code === 0 ? check.output.trim().split('\n').slice(-4).join('\n') : check.output,
  );
}
const failed = checks.filter((check) => check.code !== 0);
if (failed.length > 0)
  console.error(`\nFailed: ${failed.map((check) => check.name).join(', ')} (above).`);
process.exit(testsCode !== 0 ? testsCode : failed.length > 0 ? 1 : 0);
