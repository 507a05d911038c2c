/** Runs the real build command (`node scripts/build.ts`) on a content folder, one Astro process at a time (test/helpers/astro-lock.ts). */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { WITH_ASTRO_LOCK } from './astro-lock.ts';
import { ROOT, TMP } from './paths.ts';

export interface BuildResult {
  status: number | null;
  output: string;
}

/**
 * The environment a user's shell would give a command: without the variables the test runner sets
 * (DEV=1, MODE=test …). scripts/build.ts clears them itself; `astro dev` started by a test needs this.
 */
export function userEnvironment(): NodeJS.ProcessEnv {
  const runnerKeys = /^(TEST|VITEST.*|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR)$/;
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !runnerKeys.test(key)));
}

/** The environment of a test's build. The runner's own DEV=1, MODE=test … are passed on: the build must make itself a production build. */
export function buildEnvironment(
  contentDir: string,
  outDir: string,
  env: NodeJS.ProcessEnv = {},
): NodeJS.ProcessEnv {
  // STUDIO_LOCK_WAIT: a test's build may wait its turn for Astro behind many others' on a busy machine.
  return {
    ...process.env,
    STUDIO_CONTENT_DIR: contentDir,
    STUDIO_OUT_DIR: outDir,
    STUDIO_LOCK_WAIT: '3600',
    ASTRO_TELEMETRY_DISABLED: '1',
    ASTRO_DISABLE_UPDATE_CHECK: 'true',
    ...env,
  };
}

export function runBuild(
  contentDir: string,
  outDir: string,
  env: NodeJS.ProcessEnv = {},
): BuildResult {
  // No lock here: the build takes the project's Astro lock around its own Astro child (test/helpers/astro-lock.ts).
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: ROOT,
    env: buildEnvironment(contentDir, outDir, env),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * `astro build` on its own, not scripts/build.ts, with the mark scripts/build.ts leaves after validating
 * (STUDIO_VALIDATED): the integration trusts it and skips the validator, so what is tested is Astro's own guard.
 */
export function runAstroUnvalidated(contentDir: string, outDir: string): BuildResult {
  const result = spawnSync(
    process.execPath,
    [WITH_ASTRO_LOCK, 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir],
    {
      cwd: ROOT,
      env: {
        ...userEnvironment(),
        STUDIO_CONTENT_DIR: contentDir,
        STUDIO_VALIDATED: resolve(contentDir),
        ASTRO_TELEMETRY_DISABLED: '1',
        ASTRO_DISABLE_UPDATE_CHECK: 'true',
      },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A fresh copy of the sample content in a scratch folder, to change without touching content/. */
export function copySampleContent(name: string): string {
  mkdirSync(TMP, { recursive: true });
  const dir = mkdtempSync(join(TMP, `${name}-`));
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  return dir;
}
