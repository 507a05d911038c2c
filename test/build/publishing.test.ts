/**
 * The build process as an operator meets it: builds that overlap, builds that are killed, a bad
 * publishing date, an output folder outside the project. The output folder is in the system's
 * temporary folder; every build is the real `node scripts/build.ts` on a very small site
 * (test/fixtures/small-content), one output folder for the whole file, builds in sequence. The
 * first build into it is also one of the two builds to different outputs at once: each Astro run
 * here waits its turn behind the other test files' (test/helpers/astro-lock.ts), so none is spent
 * on a build another test could read.
 */
import { spawn, spawnSync } from 'node:child_process';
import { folderDigests } from '../helpers/digests.ts';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

const OUTSIDE = mkdtempSync(join(tmpdir(), 'studio-publishing-'));
const OUT = join(OUTSIDE, 'site');
afterAll(() => rmSync(OUTSIDE, { recursive: true, force: true }));
// The builds of this file overlap on purpose. Each takes its turn for Astro, with the other tests' too
// (test/helpers/astro-lock.ts); the output folder's lock is this file's own.

/**
 * A copy of the small site whose one article carries `marker`, at a path of its own, beside the
 * outputs (removed with them: a folder left in the project would be watched by every `astro dev`).
 */
function contentWithMarker(marker: string): string {
  const dir = mkdtempSync(join(OUTSIDE, `content-${marker}-`));
  cpSync(join(ROOT, 'test/fixtures/small-content'), dir, { recursive: true });
  const article = join(dir, 'news/zh/build-marker.md');
  writeFileSync(
    article,
    readFileSync(article, 'utf8').replace('构建标记：original', `构建标记：${marker}`),
  );
  return dir;
}

interface Finished {
  status: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  /** The error output alone. */
  stderr: string;
}
interface Running {
  pid: number;
  output: () => string;
  finished: Promise<Finished>;
}

function startBuild(contentDir: string, env: Record<string, string> = {}): Running {
  const child = spawn(process.execPath, ['scripts/build.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      STUDIO_CONTENT_DIR: contentDir,
      STUDIO_OUT_DIR: OUT,
      ASTRO_TELEMETRY_DISABLED: '1',
      ASTRO_DISABLE_UPDATE_CHECK: 'true',
      ...env,
    },
  });
  let output = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    stderr += chunk.toString();
  });
  const finished = new Promise<Finished>((resolve) =>
    child.once('close', (status, signal) => resolve({ status, signal, output, stderr })),
  );
  return { pid: child.pid!, output: () => output, finished };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function waitFor<T>(
  what: string,
  probe: () => T | undefined,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = probe();
    if (found !== undefined && found !== false) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** Every file of a site folder with a digest of its bytes. */
const snapshot = folderDigests;

/** What a complete build of the small site holds: pages, assets, the 404 page, both search bundles. */
function expectComplete(files: Record<string, string>, where: string): void {
  const paths = Object.keys(files);
  for (const required of [
    'index.html',
    '404.html',
    'news/build-marker/index.html',
    'pagefind/pagefind-entry.json',
    'en/pagefind/pagefind-entry.json',
    'robots.txt',
  ]) {
    expect(paths, `${where}: ${required}`).toContain(required);
  }
  expect(
    paths.filter((path) => path.startsWith('_astro/')).length,
    `${where}: _astro/`,
  ).toBeGreaterThan(0);
  expect(
    paths.filter((path) => path.startsWith('.prerender') || path.includes('/.prerender/')),
    where,
  ).toEqual([]);
}

/**
 * The build's Astro child, once it runs. The build starts it on its turn for Astro, behind the
 * other test files' builds (test/helpers/astro-lock.ts): on a busy machine that takes minutes.
 */
async function astroStarted(build: Running): Promise<number> {
  let ended = false;
  void build.finished.then(() => (ended = true));
  return waitFor(
    'Astro to start',
    () => {
      if (ended) throw new Error(`The build ended before it started Astro:\n${build.output()}`);
      return astroChildOf(build.pid);
    },
    600_000,
  );
}

/**
 * Waits until the build's Astro child is at work on the pages (it has logged its build phase), so
 * that a stop lands in the middle of Astro's writing, not before it began. Returns its process id.
 */
async function astroAtWork(build: Running): Promise<number> {
  const astro = await astroStarted(build);
  await waitFor('Astro to log its build phase', () =>
    /Astro build started[^]*\[build\]/.test(build.output()),
  );
  return astro;
}

/** The seed build into the file's output folder and a build to another output, started together once. */
let seedAndOther: Promise<[Finished, Finished]> | undefined;
const OTHER_OUT = join(OUTSIDE, 'parallel-b');
const seedAndOtherBuilds = () =>
  (seedAndOther ??= Promise.all([
    startBuild(contentWithMarker('seed')).finished,
    startBuild(contentWithMarker('parallel-b'), { STUDIO_OUT_DIR: OTHER_OUT }).finished,
  ]));

const markerOf = (site: string): string | undefined =>
  /构建标记：([\w-]+)/.exec(readFileSync(join(site, 'news/build-marker/index.html'), 'utf8'))?.[1];

/** Whether a process still runs (a zombie, ended but not yet reaped, does not count). */
function isRunning(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}
/** The Astro child process of a build (scripts/lib/astro-build.ts), found in /proc. */
function astroChildOf(buildPid: number): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const parent = Number(
        /^\d+ \(.*\) \S (\d+)/.exec(readFileSync(`/proc/${entry}/stat`, 'utf8'))?.[1],
      );
      if (
        parent === buildPid &&
        readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('astro-build.ts')
      )
        return Number(entry);
    } catch {
      // ended meanwhile
    }
  }
  return undefined;
}

describe('builds to different outputs', () => {
  it("of different content at once each publish their own content (Astro's shared .astro/ folder is taken in turn)", async () => {
    // The first is the seed build of the publishing tests below, into this file's output folder.
    const [outA, outB] = [OUT, OTHER_OUT];
    const [a, b] = await seedAndOtherBuilds();
    expect(a.status, a.output).toBe(0);
    expect(b.status, b.output).toBe(0);
    expect(markerOf(outA)).toBe('seed');
    expect(markerOf(outB)).toBe('parallel-b');
  });
});

describe('publishing', () => {
  let seedSite: Record<string, string>;

  it('builds into an output folder outside the project: the published path is a link to one complete build', async () => {
    const [seed] = await seedAndOtherBuilds();
    expect(seed.status, seed.output).toBe(0);
    seedSite = snapshot(realpathSync(OUT));
    expectComplete(seedSite, 'seed');
    expect(markerOf(OUT)).toBe('seed');
  });

  it('two overlapping builds on different content: one waits for the other; the published site is always one complete build', async () => {
    const first = startBuild(contentWithMarker('first'));
    await astroStarted(first);
    const second = startBuild(contentWithMarker('second'));
    // A third one that may not wait is refused at once, with a message, and changes nothing.
    const refused = await startBuild(contentWithMarker('refused'), { STUDIO_LOCK_WAIT: '0' })
      .finished;
    expect(refused.status, refused.output).toBe(1);
    expect(refused.output).toContain(`Another build (process ${first.pid}) is writing to ${OUT}`);
    expect(refused.output).toContain('this build stopped without changing anything');

    // Meanwhile, whoever reads the published path finds one complete build.
    const seen: Array<Record<string, string>> = [];
    let done = false;
    const results = Promise.all([first.finished, second.finished]).finally(() => (done = true));
    while (!done) {
      seen.push(snapshot(realpathSync(OUT)));
      await sleep(20);
    }
    const [firstResult, secondResult] = await results;
    expect(firstResult.status, firstResult.output).toBe(0);
    expect(secondResult.status, secondResult.output).toBe(0);
    expect(secondResult.output).toContain('Another build is writing to');
    expect(firstResult.output).toContain('Site written to');
    expect(secondResult.output).toContain('Site written to');

    // The second build published last; the first is the rollback copy.
    expect(markerOf(OUT)).toBe('second');
    expect(markerOf(`${OUT}.previous`)).toBe('first');
    const builds = [
      seedSite,
      snapshot(realpathSync(`${OUT}.previous`)),
      snapshot(realpathSync(OUT)),
    ];
    for (const build of builds) expectComplete(build, 'a build');
    expect(seen.length).toBeGreaterThan(10);
    for (const [index, site] of seen.entries())
      expect(
        builds.some((build) => JSON.stringify(build) === JSON.stringify(site)),
        `snapshot ${index} is one of the builds`,
      ).toBe(true);
  });

  it('a build killed outright (SIGKILL) leaves the live site and its rollback copy; its Astro child ends too; the next build succeeds', async () => {
    const live = realpathSync(OUT);
    const previous = realpathSync(`${OUT}.previous`);
    const [liveFiles, previousFiles] = [snapshot(live), snapshot(previous)];

    const killed = startBuild(contentWithMarker('killed'));
    const astro = await astroAtWork(killed);
    process.kill(killed.pid, 'SIGKILL');
    await killed.finished;
    await waitFor('the Astro child to end with its parent', () => !isRunning(astro), 15_000);

    expect([realpathSync(OUT), realpathSync(`${OUT}.previous`)]).toEqual([live, previous]);
    expect(snapshot(OUT)).toEqual(liveFiles);
    expect(snapshot(`${OUT}.previous`)).toEqual(previousFiles);

    // The lock of the killed build frees itself; its half-made folder is removed.
    const next = await startBuild(contentWithMarker('after-kill')).finished;
    expect(next.status, next.output).toBe(0);
    expect(markerOf(OUT)).toBe('after-kill');
    expect(realpathSync(`${OUT}.previous`)).toBe(live);
    expect(readdirSync(`${OUT}.releases`).length).toBeLessThanOrEqual(3);
  });

  it('a build stopped with SIGTERM ends its Astro child, removes its own folder, frees the lock and says so', async () => {
    const live = realpathSync(OUT);
    const previous = realpathSync(`${OUT}.previous`);
    const releasesBefore = readdirSync(`${OUT}.releases`);

    const stopped = startBuild(contentWithMarker('stopped'));
    const astro = await astroAtWork(stopped);
    process.kill(stopped.pid, 'SIGTERM');
    const result = await stopped.finished;
    expect(result.status, result.output).toBe(143);
    expect(result.output).toMatch(/Build stopped by SIGTERM; .*site was left as it was/);
    expect(isRunning(astro)).toBe(false);
    expect([realpathSync(OUT), realpathSync(`${OUT}.previous`)]).toEqual([live, previous]);
    // Its own folder is gone (a build that was replaced twice may have been deleted meanwhile).
    expect(readdirSync(`${OUT}.releases`).filter((name) => !releasesBefore.includes(name))).toEqual(
      [],
    );
    expect(existsSync(`${OUT}.lock`)).toBe(false);

    const next = await startBuild(contentWithMarker('after-stop')).finished;
    expect(next.status, next.output).toBe(0);
    expect(next.output).not.toContain(`Another build is writing to ${OUT}`);
    expect(markerOf(OUT)).toBe('after-stop');
  });

  it('refuses a publishing date that is not a real date, before building anything', async () => {
    const live = realpathSync(OUT);
    const values = ['20261127', 'garbage', '2026-02-30', '2026-11-27T25:00'];
    // All at once: each stops before it reads the content.
    const results = await Promise.all(
      values.map(
        (value) =>
          startBuild(join(ROOT, 'test/fixtures/small-content'), { STUDIO_BUILD_DATE: value })
            .finished,
      ),
    );
    for (const [index, value] of values.entries()) {
      const result = results[index]!;
      expect(result.status, value).toBe(1);
      expect(result.stderr).toContain(
        `STUDIO_BUILD_DATE is ${JSON.stringify(value)}; expected a real date written YYYY-MM-DD`,
      );
      expect(result.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    }
    expect(realpathSync(OUT)).toBe(live);
  });

  it('npm run rollback swaps the live site and the rollback copy in one rename each; running it again undoes it', () => {
    const rollback = () =>
      spawnSync(process.execPath, ['scripts/rollback.ts'], {
        cwd: ROOT,
        env: { ...process.env, STUDIO_OUT_DIR: OUT },
        encoding: 'utf8',
      });
    expect([markerOf(OUT), markerOf(`${OUT}.previous`)]).toEqual(['after-stop', 'after-kill']);
    const back = rollback();
    expect(back.status, back.stderr).toBe(0);
    expect([markerOf(OUT), markerOf(`${OUT}.previous`)]).toEqual(['after-kill', 'after-stop']);
    expect(rollback().status).toBe(0);
    expect([markerOf(OUT), markerOf(`${OUT}.previous`)]).toEqual(['after-stop', 'after-kill']);
  });

  it('an output path that is a file stops the build with one clear paragraph, not a stack trace', () => {
    const file = join(OUTSIDE, 'not-a-folder');
    writeFileSync(file, 'in the way');
    const result = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        STUDIO_CONTENT_DIR: join(ROOT, 'test/fixtures/small-content'),
        STUDIO_OUT_DIR: file,
      },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file} is a file, not a folder or a link to one`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(file, 'utf8')).toBe('in the way');
  });
});
