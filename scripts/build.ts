/**
 * `npm run build`: builds the whole site into a new folder of its own and only then publishes
 * it, so a failed or stopped build (bad content, a page error, a kill) publishes nothing
 * half-made and leaves the live site and its rollback copy as they were.
 *
 * Check the environment and fix the publishing date → read and validate the content once → take
 * the output folder's lock (one build at a time) → build the model and the chart instances → write
 * the build manifest (the validated, published content, the date and the model) → draw the charts
 * in worker threads while Astro renders the pages in a child process, which takes its content and
 * its model from the manifest, reads no content file again and builds no model (holding the project's Astro lock: one
 * Astro process of a build at a time in a checkout) → index each language with Pagefind (or reuse
 * its verified index from the last build) while the rest of the drawing is finished on every core →
 * write the chart files → point <out> at the new build in one rename; <out>.previous points at the
 * build it replaced (scripts/lib/output-folder.ts).
 *
 * Environment: STUDIO_CONTENT_DIR (content folder), STUDIO_OUT_DIR (output, default dist),
 * STUDIO_BUILD_DATE (publishing date, YYYY-MM-DD or an ISO date-time), STUDIO_LOCK_WAIT (seconds to
 * wait for another build writing to the same output, and again for another build's Astro process in
 * this checkout; default 900; 0 refuses at once), SITE_URL,
 * STUDIO_CHART_CACHE, STUDIO_CARD_CACHE and STUDIO_SEARCH_CACHE (caches kept between builds), STUDIO_TIMINGS (a file
 * for the phase times the benchmark reads).
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { indexSite } from './lib/search-index.ts';
import { stripPublishedPictures } from './lib/published-pictures.ts';
import { DiskFullError, folderBytes, isDiskFull } from './lib/disk-space.ts';
import {
  checkOutputFolder,
  lockOutput,
  newRelease,
  OutputError,
  outputFolder,
  projectAstroLock,
  publishRelease,
  removeUnusedReleases,
  type HeldLock,
} from './lib/output-folder.ts';
import { contentFolderKey, contentRoot } from '../src/lib/content/collections.ts';
import { buildModel, publishedOnly, publishingDate } from '../src/lib/model/model.ts';
import { removeStaleTemporaries } from '../src/lib/content/owned-temporaries.ts';
import {
  markEntriesUsed,
  markFolderUsed,
  removeUnusedEntries,
  removeUnusedFolderCaches,
} from './lib/cache-upkeep.ts';
import { awardRecords } from '../src/lib/search/search-records.ts';
import { unindexedPaths } from '../src/lib/views/indexing.ts';
import {
  formatProblems,
  formatWarnings,
  messageLocale,
  validateContent,
} from '../src/lib/validation/index.ts';
import { markValidated } from '../src/integrations/validate-content.ts';
import { allChartInstances, drawnCharts } from '../src/lib/charts/instances.ts';
import { DRAWING_LAYOUTS } from '../src/lib/charts/chart-layout.ts';
import { MANIFEST_VARIABLE, writeBuildManifest } from '../src/lib/content/build-manifest.ts';
import { startDrawing, type PoolResult } from '../src/drawing/pool.ts';
import { CHART_CACHE_DIR, cachedSvgNames } from '../src/drawing/cache.ts';
import { writeChartFiles } from '../src/drawing/files.ts';
import { CARD_CACHE_DIR, cachedCardNames, writeCardFiles } from '../src/drawing/card-cache.ts';
import { allShareCards } from '../src/lib/outputs/share-cards.ts';
import { configuredSiteUrl } from '../src/lib/site/site-url.ts';
import { environmentProblems, readVariable } from '../src/lib/site/environment.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
process.env.ASTRO_DISABLE_UPDATE_CHECK = 'true';
// A production build whatever the shell holds: Vite reads DEV, PROD, MODE … from the environment
// into import.meta.env (a test runner sets DEV=1), and the astro CLI sets NODE_ENV itself.
for (const key of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']) delete process.env[key];
process.env.NODE_ENV = 'production';
const PROJECT = fileURLToPath(new URL('..', import.meta.url));
const outDir = resolve(readVariable('STUDIO_OUT_DIR'));
const output = outputFolder(outDir);
const started = performance.now();
/** Where the Astro process leaves its phase marks (src/integrations/build-timing.ts). */
const MARKS_FILE = join(tmpdir(), `studio-build-${process.pid}.marks.json`);
/** When each step ended (seconds from the start) and this process's memory then, for the benchmark's profile. */
const steps: Record<string, { seconds: number; rssMb: number }> = {};
const step = (name: string) =>
  void (steps[name] = {
    seconds: (performance.now() - started) / 1000,
    rssMb: Math.round(process.memoryUsage.rss() / 1048576),
  });

/** Stops the build with a message (no stack trace); what it wrote is removed, the live site is left as it was. */
function fail(message: string): never {
  if (release && !published) removeUnpublished(release);
  console.error(`\n${message}`);
  process.exit(1);
}
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
/**
 * Why a step failed, for the person running the build. A full output disk is said as such, with the
 * room left once this build's partial files are removed and what the build needs: at least what it
 * wrote, about as much as the site it replaces (scripts/lib/disk-space.ts).
 */
function explain(error: unknown): string {
  if (error instanceof DiskFullError || !release) return reason(error);
  const needed = Math.max(
    folderBytes(release),
    existsSync(outDir) ? folderBytes(realpathSync(outDir)) : 0,
  );
  if (!isDiskFull(error, release, needed)) return reason(error);
  if (!published) removeUnpublished(release);
  return new DiskFullError(output.releases, needed).message;
}

// What the environment says is checked before anything runs, every bad value at once.
let release: string | undefined;
let published = false;
const environmentRefused = environmentProblems([
  'STUDIO_BUILD_DATE',
  'SITE_URL',
  'STUDIO_LOCK_WAIT',
]);
if (environmentRefused.length > 0) fail(environmentRefused.join('\n'));
// Fixed once, and handed to Astro's process (in the manifest): both decide what is embargoed and
// what is current by the same day, however long the build takes (or if it runs over midnight).
const buildDate = publishingDate();
process.env.STUDIO_BUILD_DATE = buildDate;
if (!readVariable('SITE_URL'))
  console.log(
    'SITE_URL is not set: pages link by path, and what must name the public address is left out (og:url, share images, RSS feeds, the sitemap). Set SITE_URL=https://… to write them.',
  );
const lockWait = readVariable('STUDIO_LOCK_WAIT');
// Absolute paths, the same in every process of the build.
const root = resolve(contentRoot());
process.env.STUDIO_CONTENT_DIR = root;
process.env.STUDIO_CHART_CACHE = resolve(CHART_CACHE_DIR);
process.env.STUDIO_CARD_CACHE = resolve(CARD_CACHE_DIR);
// This content folder's caches are in use from now on (scripts/lib/cache-upkeep.ts).
markFolderUsed(PROJECT, contentFolderKey(root));

// Each file's own checks are kept between builds (src/lib/content/checked-files.ts).
const { problems, warnings, content } = validateContent(root, { cacheFor: root });
if (problems.length > 0)
  fail(
    `Content in ${root} has problems; ${outDir} was left as it was.\n\n${formatProblems(problems, messageLocale())}`,
  );
// What the content may have wrong but the build can publish as recorded (npm run check says the same).
if (warnings.length > 0) console.log(`${formatWarnings(warnings, messageLocale())}\n`);
step('validated');

let lock: HeldLock;
try {
  checkOutputFolder(output);
  lock = await lockOutput(output, lockWait);
} catch (error) {
  if (error instanceof OutputError) fail(error.message);
  fail(`The build could not take the lock on ${outDir} (${reason(error)}); nothing was changed.`);
}
// Builds that were killed left folders no link points to; the build that was replaced twice is
// deleted too (at 25,000 pages that takes 15–20 s, so it runs while this build works).
const clearingUnused = removeUnusedReleases(output);
clearingUnused.catch(() => undefined); // awaited before the end
release = newRelease(output);

let astroChild: ChildProcess | undefined;
let astroWorkDir: string | undefined;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.once(signal, () => void stopOn(signal));

// Validated once here: the integration that validates for `astro dev` and `astro build` skips it.
markValidated(root);
const publishedContent = publishedOnly(content, false, buildDate);
const model = buildModel(publishedContent, buildDate);
// Charts are drawn in a worker thread while Astro renders the pages in its own process: the pages
// need only the charts' names and numbers, and the drawings join the output before it is published.
const chartInstances = allChartInstances(model);
// The share cards the pages will name (og:image of pages without a photo), drawn by the same workers.
// Without a public address the pages name none (src/lib/site/site-url.ts), so none are drawn.
const shareCards = configuredSiteUrl() ? allShareCards(model) : [];
step('modelled');
// What this build will read from the drawings' caches is marked used before anything reads it, so
// that another build's upkeep leaves it.
markEntriesUsed(
  CHART_CACHE_DIR,
  drawnCharts(chartInstances).flatMap((instance) =>
    DRAWING_LAYOUTS.flatMap((layout) => cachedSvgNames(instance.drawings[layout].hash)),
  ),
);
markEntriesUsed(
  CARD_CACHE_DIR,
  shareCards.flatMap((card) => cachedCardNames(card.hash)),
);
const drawingPool = startDrawing(chartInstances, shareCards);
const chartDrawing = drawingPool.result;
// The drawings' files (from the caches, checked) are written as soon as the drawing ends, into a
// folder beside this build's: at 10,000 news the drawing ends while Astro still renders, and the
// 5,000 files are then only moved into the site when Astro has written it.
const drawingsFolder = `${release}.drawings`;
const drawingsWritten = chartDrawing.then(async (pool) => {
  await writeChartFiles(drawingsFolder, chartInstances);
  return { pool, cardsDrawnLate: await writeCardFiles(drawingsFolder, shareCards) };
});
drawingsWritten.catch(() => undefined); // awaited below; the build must not die of an unhandled rejection meanwhile
let searchTime = 0;
/** Both languages' search bundles, timed; started when Astro has written the pages. */
const indexPages = async () => {
  const searchStarted = performance.now();
  const result = await indexSite(release, awardRecords(model), searchCacheDir(root));
  searchTime = (performance.now() - searchStarted) / 1000;
  return result;
};
let indexing: ReturnType<typeof indexPages> | undefined;
let chartPool: PoolResult;
let chartsWait = 0;
try {
  await buildPages(release);
  // Astro's cores are free now: what is left to draw is shared with one more worker, and the pages
  // are indexed for search meanwhile (the index reads the pages only, not the drawings).
  drawingPool.addWorkers(1);
  moveEnglishNotFound(release);
  if (existsSync(join(release, '_astro'))) stripPublishedPictures(join(release, '_astro'));
  step('astroDone');
  indexing = indexPages();
  indexing.catch(() => undefined); // awaited below, with its own message
  const waitStarted = performance.now();
  const drawn = await drawingsWritten;
  chartPool = drawn.pool;
  chartsWait = (performance.now() - waitStarted) / 1000;
  if (chartPool.drawn)
    console.log(
      `Charts: ${chartPool.drawn} drawn in ${chartPool.seconds.toFixed(1)} s on ${chartPool.workers} worker(s), alongside the pages.`,
    );
  moveInto(drawingsFolder, release);
  const { cardsDrawnLate } = drawn;
  if (shareCards.length)
    console.log(
      `Share cards: ${shareCards.length} published, ${chartPool.cardsDrawn + cardsDrawnLate} drawn, ${shareCards.length - chartPool.cardsDrawn - cardsDrawnLate} reused from the cache.`,
    );
  step('chartsWritten');
} catch (error) {
  fail(`Build failed; ${outDir} was left as it was.\n${explain(error)}`);
}

let indexed: Awaited<ReturnType<typeof indexSite>> | undefined;
try {
  indexed = await indexing!;
  console.log(
    `Search index: ${indexed.pages} pages and ${indexed.records} award records in ${indexed.bundles} language bundles, ${indexed.reused} reused from the last build, in ${searchTime.toFixed(1)} s.`,
  );
  step('indexed');
} catch (error) {
  fail(`Search indexing failed; ${outDir} was left as it was.\n${explain(error)}`);
}

const lostLock = lock.lost();
if (lostLock)
  fail(
    `This build lost its lock on ${outDir} (${lostLock}): another build may be publishing there, so this one publishes nothing; ${outDir} was left to it.`,
  );
try {
  publishRelease(output, release);
  published = true;
} catch (error) {
  fail(
    `Publishing failed: ${explain(error).replace(/\.?$/, '.')} The new build is complete in ${release}, but ${outDir} was not switched to it and still serves the site it served before. ` +
      `Fix the cause (permissions, disk space, something in the way of ${outDir} or ${output.previous}) and build again.`,
  );
}
step('published');
await clearingUnused;
await lock.release();
const totalSeconds = (performance.now() - started) / 1000;
console.log(
  `Site written to ${outDir} in ${totalSeconds.toFixed(1)} s (build ${release}; ${existsSync(output.previous) ? `the site it replaced: ${output.previous}` : 'the first build here: no site was replaced'}).`,
);
reportTimings(totalSeconds, searchTime);
// After the site is live and the output's lock is free: only this process waits for it.
removeUnusedCaches();

/**
 * A stop asked for (Ctrl-C, SIGTERM): Astro's process and its children end with this one, this
 * build's unpublished folder is removed, and the live site stays as it was. Once published, the
 * build is left as it is.
 */
async function stopOn(signal: NodeJS.Signals): Promise<void> {
  if (
    astroChild?.pid !== undefined &&
    astroChild.exitCode === null &&
    astroChild.signalCode === null
  ) {
    const exited = new Promise((resolvePromise) => astroChild!.once('exit', resolvePromise));
    killGroup(astroChild.pid, 'SIGTERM');
    const late = setTimeout(() => killGroup(astroChild!.pid!, 'SIGKILL'), 5000);
    await exited;
    clearTimeout(late);
  }
  if (astroWorkDir) rmSync(astroWorkDir, { recursive: true, force: true });
  if (release && !published) removeUnpublished(release);
  console.error(
    `\nBuild stopped by ${signal}; ${published ? `${outDir} was already published` : `${outDir} was left as it was`}.`,
  );
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

/** Signals a process and everything it started (it leads a process group of its own). */
function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** Phase times for the benchmark, written as JSON when STUDIO_TIMINGS names a file. */
function reportTimings(total: number, search: number): void {
  const timingsFile = readVariable('STUDIO_TIMINGS');
  if (!timingsFile) return;
  const marks = existsSync(MARKS_FILE)
    ? (JSON.parse(readFileSync(MARKS_FILE, 'utf8')) as Record<string, number>)
    : {};
  rmSync(MARKS_FILE, { force: true });
  const span = (from?: number, to?: number) =>
    from !== undefined && to !== undefined ? (to - from) / 1000 : null;
  writeFileSync(
    timingsFile,
    JSON.stringify({
      total,
      startup: span(performance.timeOrigin + started, marks.configDone),
      contentSync: span(marks.configDone, marks.buildStart),
      bundleAndPages: span(marks.buildStart, marks.buildGenerated),
      writing: span(marks.buildGenerated, marks.buildDone),
      search,
      chartPool,
      steps,
      searchBundles: indexed,
      // Time the build waited for the chart workers after the pages were done.
      chartsWait,
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}

/**
 * The caches of content folders not built lately, and drawings and cards no build has named for a
 * month, removed once this build is published (scripts/lib/cache-upkeep.ts). A failure here is
 * only reported: the site is published already.
 */
function removeUnusedCaches(): void {
  try {
    const folders = removeUnusedFolderCaches(PROJECT);
    const entries = removeUnusedEntries(CHART_CACHE_DIR) + removeUnusedEntries(CARD_CACHE_DIR);
    if (folders + entries > 0)
      console.log(
        `Caches: removed those of ${folders} content folder(s) not built lately and ${entries} drawing and card file(s) no build has used for 30 days.`,
      );
  } catch (error) {
    console.warn(`Warning: unused caches could not all be removed (${reason(error)}).`);
  }
}

/** Search bundles kept between builds, one folder per content folder (as Astro's cache). */
function searchCacheDir(contentDir: string): string {
  const key = contentFolderKey(contentDir);
  return resolve(
    readVariable('STUDIO_SEARCH_CACHE') ??
      join('node_modules', '.cache', 'studio-showcase', 'search', key),
  );
}

/**
 * Astro's build of the pages, in a child process (scripts/lib/astro-build.ts) that leads a process
 * group of its own (so that a stop reaches everything it started). Astro writes into a folder of
 * this build's own inside the project, then the folder moves to `release`: Astro puts its server
 * chunks beside an output inside the working folder (where they find the project's packages) and
 * into one shared `.astro/` for any other output, where two builds would meet.
 */
async function buildPages(release: string): Promise<void> {
  rmSync(MARKS_FILE, { force: true });
  const workRoot = join(PROJECT, 'node_modules', '.cache', 'studio-showcase', 'astro-work');
  mkdirSync(workRoot, { recursive: true });
  removeStaleTemporaries(workRoot);
  // The same folder for every build of this output (the output's lock makes it this build's own):
  // Astro writes the folder's path into the code of pages that use astro:assets (photos), and a
  // page whose code looks changed is never restored by the incremental build.
  const workDir = join(
    workRoot,
    `build-${createHash('sha1').update(outDir).digest('hex').slice(0, 12)}`,
  );
  astroWorkDir = workDir;
  const site = join(workDir, 'site');
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir);
  try {
    // What Astro's process needs, from this process's one reading of the content and its one model (src/lib/content/build-manifest.ts).
    const manifest = writeBuildManifest(workDir, {
      contentRoot: root,
      publishingDate: buildDate,
      content: publishedContent,
      model,
      unindexedPaths: unindexedPaths(model),
    });
    // Astro keeps the content modules of a build in the project's own .astro/ folder, whatever the
    // output: two builds of different content at once would overwrite each other's there. The
    // output's lock does not cover that, so Astro's process runs holding the project's lock too
    // (taken only now: the slow file work above would keep it from being refreshed).
    const astroFolderLock = await lockOutput(projectAstroLock(PROJECT), lockWait);
    try {
      const script = fileURLToPath(new URL('./lib/astro-build.ts', import.meta.url));
      const child = spawn(
        process.execPath,
        [script, site, ...(readVariable('STUDIO_TIMINGS') ? [MARKS_FILE] : [])],
        {
          cwd: PROJECT,
          // The IPC channel tells the child when this process is gone, however it ended.
          stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
          detached: true,
          env: { ...process.env, [MANIFEST_VARIABLE]: manifest },
        },
      );
      astroChild = child;
      if (child.pid !== undefined) console.log(`Astro build started (process ${child.pid}).`);
      await new Promise<void>((resolvePromise, reject) => {
        child.once('error', reject);
        child.once('exit', (code, signal) =>
          code === 0
            ? resolvePromise()
            : reject(
                new Error(
                  `Astro's build stopped (${signal ?? `exit code ${code}`}); its messages are above.`,
                ),
              ),
        );
      });
      const lost = astroFolderLock.lost();
      if (lost)
        throw new Error(
          `This build lost the project's Astro lock while Astro ran (${lost}): its pages may hold another build's content.`,
        );
    } finally {
      await astroFolderLock.release();
    }
    moveFolder(site, release);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Moves a folder onto an empty one: one rename on the same file system, else a copy. */
function moveFolder(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    try {
      cpSync(from, to, { recursive: true });
    } catch (copyError) {
      // A copy onto a full disk fails with EIO: said as a full disk, with the room the copy needs.
      const needed = folderBytes(from);
      if (!isDiskFull(copyError, dirname(to), needed)) throw copyError;
      rmSync(to, { recursive: true, force: true });
      throw new DiskFullError(dirname(to), needed);
    }
  }
}

/**
 * Moves what `from` holds into `to` (folders merged), one rename per entry; `from` is on the same
 * file system (beside `to`). A file in both is an error: Astro's output and the drawings never
 * name the same file.
 */
function moveInto(from: string, to: string): void {
  if (!existsSync(from)) return;
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (!existsSync(target)) renameSync(source, target);
    else if (entry.isDirectory()) moveInto(source, target);
    else throw new Error(`${target} was written by Astro and by the drawings both.`);
  }
  rmSync(from, { recursive: true, force: true });
}

/** An unpublished build's folder and its drawings' folder, removed. */
function removeUnpublished(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  rmSync(`${folder}.drawings`, { recursive: true, force: true });
}

/** Astro writes src/pages/en/404.astro as en/404/index.html; servers look for en/404.html (docs/nginx.conf). */
function moveEnglishNotFound(site: string): void {
  const written = join(site, 'en/404/index.html');
  if (!existsSync(written)) return;
  renameSync(written, join(site, 'en/404.html'));
  rmSync(join(site, 'en/404'), { recursive: true, force: true });
}
