/**
 * SITE_URL is written into every canonical link, language alternate, feed, the sitemap, robots.txt
 * and og:url: a password in it would be published, and a path in it would be dropped (the site lives
 * at the root of its host: README, Security). Such an address is refused before anything is built,
 * and the published site stays as it was; Astro run on its own refuses it too.
 * The site built with a plain address is a shared build (test/helpers/shared-builds.ts: made once,
 * and again only when its content or the code changes); the refused builds are pointed at a
 * published path of this file's own, a link to that build, so that they could not change it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderDigests } from '../helpers/digests.ts';
import { buildEnvironment, userEnvironment, type BuildResult } from '../helpers/build.ts';
import { sharedBuild } from '../helpers/shared-builds.ts';
import { WITH_ASTRO_LOCK } from '../helpers/astro-lock.ts';
import { ROOT } from '../helpers/paths.ts';

const SMALL = join(ROOT, 'test/fixtures/small-content');
const OUTSIDE = mkdtempSync(join(tmpdir(), 'studio-site-address-'));
const OUT = join(OUTSIDE, 'site');
afterAll(() => rmSync(OUTSIDE, { recursive: true, force: true }));

/** A Node script run from the project with `env`, without blocking this process (so that several run at once). */
function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('close', (status) => resolve({ status, output }));
  });
}

const REFUSED: [string, string, RegExp][] = [
  ['credentials', 'https://editor:s3cret@studios.example.org/', /user name or password/],
  ['a user name alone', 'https://editor@studios.example.org/', /user name or password/],
  ['a query', 'https://studios.example.org/?utm=1', /has a query/],
  ['a fragment', 'https://studios.example.org/#top', /has a fragment/],
  [
    'a path',
    'https://studios.example.org/sub/',
    /has a path \(\/sub\/\).*served at the root of its host/,
  ],
];

describe('SITE_URL', () => {
  let published: Record<string, string>;
  beforeAll(async () => {
    // sharedBuild throws with the build's output if it fails.
    const built = await sharedBuild('small-site-address', SMALL, {
      SITE_URL: 'https://studios.example.org',
    });
    symlinkSync(realpathSync(built), OUT, 'dir');
    published = folderDigests(OUT);
  });

  it('a plain address is written into canonical links, alternates, the sitemap and robots.txt', () => {
    const home = readFileSync(join(OUT, 'index.html'), 'utf8');
    expect(home).toContain('<link rel="canonical" href="https://studios.example.org/"');
    expect(home).toMatch(/hreflang="en" href="https:\/\/studios\.example\.org\/en\/"/);
    expect(readFileSync(join(OUT, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://studios.example.org/sitemap-index.xml',
    );
  });

  // All at once: each stops before it reads the content.
  it.concurrent.for(REFUSED)(
    'with %s is refused before anything is built; the published site stays as it was',
    async ([, value, message], { expect }) => {
      const result = await runNode(
        ['scripts/build.ts'],
        buildEnvironment(SMALL, OUT, { SITE_URL: value }),
      );
      expect(result.status).toBe(1);
      expect(result.output).toMatch(message);
      expect(result.output).not.toContain('Astro build started');
      expect(folderDigests(OUT)).toEqual(published);
      if (value.includes('s3cret')) expect(result.output).not.toContain('s3cret');
    },
  );

  it.concurrent(
    'with credentials stops Astro run on its own too (astro build reads the same rule)',
    async ({ expect }) => {
      const result = await runNode(
        [
          WITH_ASTRO_LOCK,
          'node_modules/astro/bin/astro.mjs',
          'build',
          '--outDir',
          join(OUTSIDE, 'astro-only'),
        ],
        {
          ...userEnvironment(),
          STUDIO_CONTENT_DIR: SMALL,
          SITE_URL: REFUSED[0]![1],
          ASTRO_TELEMETRY_DISABLED: '1',
          ASTRO_DISABLE_UPDATE_CHECK: 'true',
        },
      );
      expect(result.status).not.toBe(0);
      expect(result.output).toMatch(/SITE_URL holds a user name or password/);
    },
  );
});
