/**
 * The chart and search caches kept between builds are checked before reuse, and the published
 * site never shares a file with them. Real builds of the small site (test/fixtures/small-content,
 * which has one chart) with caches of their own, published to a folder beside the project whose
 * path starts with the project's (where Astro used to put its server chunks beside the output,
 * out of reach of the project's packages).
 */
import { spawnSync } from 'node:child_process';
import { fileDigest, folderDigests } from '../helpers/digests.ts';
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { contentFolderKey } from '../../src/lib/content/collections.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

const BESIDE = mkdtempSync(`${ROOT.replace(/[\\/]$/, '')}-test-out-`);
const OUT = join(BESIDE, 'dist');
const CHART_CACHE = join(BESIDE, 'chart-cache');
const SEARCH_CACHE = join(BESIDE, 'search-cache');
const CARD_CACHE = join(BESIDE, 'card-cache');
afterAll(() => rmSync(BESIDE, { recursive: true, force: true }));

function build() {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      STUDIO_CONTENT_DIR: join(ROOT, 'test/fixtures/small-content'),
      STUDIO_OUT_DIR: OUT,
      STUDIO_CHART_CACHE: CHART_CACHE,
      STUDIO_SEARCH_CACHE: SEARCH_CACHE,
      STUDIO_CARD_CACHE: CARD_CACHE,
      ASTRO_TELEMETRY_DISABLED: '1',
      ASTRO_DISABLE_UPDATE_CHECK: 'true',
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const digest = fileDigest;
const snapshot = folderDigests;

describe('the caches of the build', () => {
  let first: ReturnType<typeof build>;
  let drawing: string;
  let publishedDrawing: string;
  let searchBundle: Record<string, string>;
  let chartBytes: string;

  it('a build publishes to a folder outside the project whose path starts with the project’s', () => {
    first = build();
    expect(first.status, first.output).toBe(0);
    expect(first.output).not.toContain('Cannot find package');
    const svgs = readdirSync(join(OUT, 'charts')).filter((name) => name.endsWith('.svg'));
    expect(svgs.length).toBeGreaterThan(0);
    publishedDrawing = join(OUT, 'charts', svgs[0]!);
    drawing = join(CHART_CACHE, `${/\.([0-9a-f]+)\.svg$/.exec(svgs[0]!)![1]}.svg`);
    chartBytes = readFileSync(publishedDrawing, 'utf8');
    expect(readFileSync(drawing, 'utf8')).toBe(chartBytes);
    searchBundle = snapshot(join(OUT, 'pagefind'));
    expect(Object.keys(searchBundle)).toContain('pagefind-entry.json');
  });

  it('writing to a published file does not change the cache (the site holds copies, not links)', () => {
    const cachedEntry = join(SEARCH_CACHE, 'zh', 'pagefind-entry.json');
    const before = [digest(drawing), digest(cachedEntry)];
    appendFileSync(publishedDrawing, '<!-- changed in the site -->');
    appendFileSync(join(OUT, 'pagefind/pagefind-entry.json'), ' ');
    expect([digest(drawing), digest(cachedEntry)]).toEqual(before);
    // Put the site back as it was for what follows.
    writeFileSync(publishedDrawing, chartBytes);
    writeFileSync(join(OUT, 'pagefind/pagefind-entry.json'), readFileSync(cachedEntry));
  });

  it('a corrupted cached chart and a corrupted cached search bundle are reported, rebuilt, and never published', () => {
    appendFileSync(drawing, '<script>alert("cache")</script>');
    const fragments = readdirSync(join(SEARCH_CACHE, 'zh', 'fragment'));
    writeFileSync(join(SEARCH_CACHE, 'zh', 'fragment', fragments[0]!), 'not what Pagefind wrote');

    // And the upkeep (scripts/lib/cache-upkeep.ts): a drawing this build uses, last written 40
    // days ago, is marked used and kept; one no build names any more is removed.
    const longAgo = new Date(Date.now() - 40 * 24 * 3600_000);
    const used = readdirSync(CHART_CACHE).filter(
      (name) => /\.svg(\.sha256)?$/.test(name) && join(CHART_CACHE, name) !== drawing,
    );
    expect(used.length).toBeGreaterThan(0);
    for (const name of used) utimesSync(join(CHART_CACHE, name), longAgo, longAgo);
    const unused = join(CHART_CACHE, `${'0'.repeat(64)}.svg`);
    writeFileSync(unused, '<svg/>');
    utimesSync(unused, longAgo, longAgo);

    const second = build();
    expect(second.status, second.output).toBe(0);
    expect(existsSync(unused)).toBe(false);
    expect(second.output).toContain(
      ' and 1 drawing and card file(s) no build has used for 30 days',
    );
    for (const name of used)
      expect(Date.now() - statSync(join(CHART_CACHE, name)).mtimeMs, name).toBeLessThan(3600_000);
    // The content folder's caches are marked used by the build.
    const marker = join(
      ROOT,
      'node_modules/.cache/studio-showcase/folders',
      contentFolderKey(join(ROOT, 'test/fixtures/small-content')),
    );
    expect(Date.now() - statSync(marker).mtimeMs).toBeLessThan(3600_000);
    expect(second.output).toMatch(
      /Warning: chart cache file .*\.svg does not match its recorded SHA-256/,
    );
    expect(second.output).toMatch(
      /Warning: the cached search bundle .*zh failed its check \(fragment\/.* does not match its recorded SHA-256\)/,
    );
    // The English bundle was fine and reused.
    expect(second.output).toContain('1 reused from the last build');

    expect(readFileSync(publishedDrawing, 'utf8')).toBe(chartBytes);
    expect(readFileSync(drawing, 'utf8')).toBe(chartBytes);
    expect(snapshot(join(OUT, 'pagefind'))).toEqual(searchBundle);
  });
});
