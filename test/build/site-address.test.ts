/**
 * SITE_URL is written into every canonical link, language alternate, feed, the sitemap, robots.txt
 * and og:url: a password in it would be published, and a path in it would be dropped (the site lives
 * at the root of its host: README, Security). Such an address is refused before anything is built,
 * and the published site stays as it was; Astro run on its own refuses it too.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderDigests } from '../helpers/digests.ts';
import { runBuild, userEnvironment } from '../helpers/build.ts';
import { WITH_ASTRO_LOCK } from '../helpers/astro-lock.ts';
import { ROOT } from '../helpers/paths.ts';

const SMALL = join(ROOT, 'test/fixtures/small-content');
const OUTSIDE = mkdtempSync(join(tmpdir(), 'studio-site-address-'));
const OUT = join(OUTSIDE, 'site');
afterAll(() => rmSync(OUTSIDE, { recursive: true, force: true }));

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
  beforeAll(() => {
    const first = runBuild(SMALL, OUT, { SITE_URL: 'https://studios.example.org' });
    expect(first.status, first.output).toBe(0);
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

  it.each(REFUSED)(
    'with %s is refused before anything is built; the published site stays as it was',
    (_what, value, message) => {
      const result = runBuild(SMALL, OUT, { SITE_URL: value });
      expect(result.status).toBe(1);
      expect(result.output).toMatch(message);
      expect(result.output).not.toContain('Astro build started');
      expect(folderDigests(OUT)).toEqual(published);
      if (value.includes('s3cret')) expect(result.output).not.toContain('s3cret');
    },
  );

  it('with credentials stops Astro run on its own too (astro build reads the same rule)', () => {
    const result = spawnSync(
      process.execPath,
      [
        WITH_ASTRO_LOCK,
        'node_modules/astro/bin/astro.mjs',
        'build',
        '--outDir',
        join(OUTSIDE, 'astro-only'),
      ],
      {
        cwd: ROOT,
        env: {
          ...userEnvironment(),
          STUDIO_CONTENT_DIR: SMALL,
          SITE_URL: REFUSED[0]![1],
          ASTRO_TELEMETRY_DISABLED: '1',
          ASTRO_DISABLE_UPDATE_CHECK: 'true',
        },
        encoding: 'utf8',
      },
    );
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toMatch(/SITE_URL holds a user name or password/);
  });
});
