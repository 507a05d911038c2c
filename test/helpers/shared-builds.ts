/**
 * Builds that tests only read (the sample site, the real-records and defect fixtures), made once
 * with the real build command and shared: by every test file and layer of a run, and by later runs
 * while nothing that goes into them has changed. Each build is kept with a stamp: a digest of its
 * content folder, the code that builds it and the publishing date; a build whose stamp differs
 * is made again. Test files running at the same time take turns through a lock, so that one waits
 * for the build another has started instead of starting a second one.
 * STUDIO_FRESH_BUILDS=1 makes each shared build again, once per run.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import lockfile from 'proper-lockfile';
import { chinaToday } from '../../src/lib/site/build-date.ts';
import { buildEnvironment, type BuildResult } from './build.ts';
import { ROOT, SAMPLE_SITE_URL, TMP } from './paths.ts';

/** Everything besides the content that a build is made of: the site's code, its packages and settings. */
const CODE = [
  'src',
  'scripts',
  'public',
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'test/helpers/build.ts',
];

/** Every file at or below a path, with its path relative to `base`, in a stable order. */
function filesBelow(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The digest a build of `contentDir` is kept under: its content, the code, the publishing date, the build's own variables. */
export function buildDigest(contentDir: string, env: NodeJS.ProcessEnv = {}): string {
  const hash = createHash('sha256');
  const add = (base: string, paths: string[]) => {
    for (const file of paths.flatMap((path) => filesBelow(join(base, path))))
      hash
        .update(`${relative(base, file)}\0`)
        .update(readFileSync(file))
        .update('\0');
  };
  add(ROOT, CODE);
  hash.update('content\0');
  add(contentDir, ['.']);
  const fresh = process.env.STUDIO_FRESH_BUILDS === '1' ? (process.env.STUDIO_TEST_RUN ?? '') : '';
  const variables = { ...process.env, ...env };
  hash.update(
    JSON.stringify([
      process.version,
      variables.STUDIO_BUILD_DATE ?? chinaToday(),
      variables.SITE_URL ?? '',
      fresh,
    ]),
  );
  return hash.digest('hex');
}

/** `node scripts/build.ts` on a content folder, without blocking this process (a lock is kept fresh meanwhile). */
function buildInBackground(
  contentDir: string,
  outDir: string,
  env: NodeJS.ProcessEnv,
): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/build.ts'], {
      cwd: ROOT,
      env: buildEnvironment(contentDir, outDir, env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('close', (status) => resolve({ status, output }));
  });
}

/**
 * The build of `contentDir` in test/.tmp/<name>-dist, with the build variables `env`, made now
 * unless a build of the same digest is there already. Returns the output folder.
 */
export async function sharedBuild(
  name: string,
  contentDir: string,
  env: NodeJS.ProcessEnv = {},
): Promise<string> {
  mkdirSync(TMP, { recursive: true });
  const outDir = join(TMP, `${name}-dist`);
  const stamp = `${outDir}.stamp`;
  const digest = buildDigest(contentDir, env);
  const built = () =>
    existsSync(join(outDir, 'index.html')) &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === digest;
  if (built()) return outDir;
  const lockTarget = `${outDir}.shared-lock`;
  writeFileSync(lockTarget, '', { flag: 'a' });
  // A build takes minutes on a busy machine (its Astro part waits its turn with every other Astro
  // process): wait as long as that takes (the lock is kept fresh while building).
  const release = await lockfile.lock(lockTarget, {
    retries: { retries: 100_000, minTimeout: 200, maxTimeout: 1000 },
    stale: 60_000,
  });
  try {
    if (built()) return outDir; // made by another test file meanwhile
    rmSync(stamp, { force: true });
    const result = await buildInBackground(contentDir, outDir, env);
    if (result.status !== 0)
      throw new Error(
        `${relative(ROOT, contentDir) || contentDir} did not build:\n${result.output}`,
      );
    writeFileSync(stamp, digest);
    return outDir;
  } finally {
    await release();
  }
}

/** The sample site (SAMPLE_DIST), built with a public address so that its pages name their share images (og:image). */
export const sharedSampleBuild = (): Promise<string> =>
  sharedBuild('sample', join(ROOT, 'content'), { SITE_URL: SAMPLE_SITE_URL });
