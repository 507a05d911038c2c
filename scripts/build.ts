/**
 * `npm run build`: builds the whole site into a staging folder and only then replaces the output
 * folder, so a failed build (bad content, a page error) publishes nothing half-made.
 *
 * Validate the content once → draw the charts in a worker thread while Astro renders the pages in
 * a child process → write the chart files → index each language with Pagefind (or reuse its
 * index from the last build) → swap the staging folder in; the replaced build stays as
 * <out>.previous until the next build, which deletes it while it runs.
 *
 * Environment: STUDIO_CONTENT_DIR (content folder), STUDIO_OUT_DIR (output, default dist), SITE_URL,
 * STUDIO_CHART_CACHE and STUDIO_SEARCH_CACHE (caches kept between builds), STUDIO_TIMINGS (a file
 * for the phase times the benchmark reads).
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { indexSite } from './lib/search-index.ts';
import { contentRoot } from '../src/lib/collections.ts';
import { buildModel, publishedOnly } from '../src/lib/model.ts';
import { awardRecords } from '../src/lib/search-records.ts';
import { formatProblems, messageLocale, validateContent } from '../src/lib/validate.ts';
import { markValidated } from '../src/integrations/validate-content.ts';
import { allChartInstances } from '../src/lib/charts.ts';
import { drawAll, type PoolResult } from '../src/charts/pool.ts';
import { writeChartFiles } from '../src/charts/files.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
// A production build whatever the shell holds: Vite reads DEV, PROD, MODE … from the environment
// into import.meta.env (a test runner sets DEV=1), and the astro CLI sets NODE_ENV itself.
for (const key of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']) delete process.env[key];
process.env.NODE_ENV = 'production';
const outDir = resolve(process.env.STUDIO_OUT_DIR || 'dist');
const staging = `${outDir}.staging`;
const started = performance.now();
/** Where the Astro process leaves its phase marks (src/integrations/build-timing.ts). */
const MARKS_FILE = join(tmpdir(), `studio-build-${process.pid}.marks.json`);
/** When each step ended (seconds from the start) and this process's memory then, for the benchmark's profile. */
const steps: Record<string, { seconds: number; rssMb: number }> = {};
const step = (name: string) => void (steps[name] = { seconds: (performance.now() - started) / 1000, rssMb: Math.round(process.memoryUsage.rss() / 1048576) });

rmSync(staging, { recursive: true, force: true });
// The build before last, kept as <out>.previous so that a bad publish can be rolled back, is
// deleted while this build runs: at 25,000 pages the deletion alone takes 15–20 s.
const previous = `${outDir}.previous`;
const clearingPrevious = rm(previous, { recursive: true, force: true });
clearingPrevious.catch(() => undefined); // awaited before publishing
const root = contentRoot();
const { problems, content } = validateContent(root);
if (problems.length > 0) {
  console.error(`Content in ${root} has problems; ${outDir} was left as it was.\n\n${formatProblems(problems, messageLocale())}`);
  process.exit(1);
}
step('validated');
// Validated once here: the integration that validates for `astro dev` and `astro build` skips it.
markValidated(root);
const model = buildModel(publishedOnly(content, false));
// Charts are drawn in a worker thread while Astro renders the pages in its own process: the pages
// need only the charts' names and numbers, and the drawings join the output before it is published.
const chartInstances = allChartInstances(model);
step('modelled');
const chartDrawing = drawAll(chartInstances);
chartDrawing.catch(() => undefined); // awaited below; the build must not die of an unhandled rejection meanwhile
let chartPool: PoolResult;
let chartsWait = 0;
try {
  await buildPages(staging);
  step('astroDone');
  const waitStarted = performance.now();
  chartPool = await chartDrawing;
  chartsWait = (performance.now() - waitStarted) / 1000;
  if (chartPool.drawn) console.log(`Charts: ${chartPool.drawn} drawn in ${chartPool.seconds.toFixed(1)} s on ${chartPool.workers} worker(s), alongside the pages.`);
  await writeChartFiles(staging, chartInstances);
  step('chartsWritten');
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed; ${outDir} was left as it was.\n`);
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

let searchTime = 0;
let indexed: Awaited<ReturnType<typeof indexSite>> | undefined;
try {
  const searchStarted = performance.now();
  indexed = await indexSite(staging, awardRecords(model), searchCacheDir(root));
  console.log(`Search index: ${indexed.pages} pages and ${indexed.records} award records in ${indexed.bundles} language bundles, ${indexed.reused} reused from the last build, in ${((performance.now() - searchStarted) / 1000).toFixed(1)} s.`);
  searchTime = (performance.now() - searchStarted) / 1000;
  step('indexed');
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nSearch indexing failed; ${outDir} was left as it was.\n`);
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

await clearingPrevious;
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
step('published');
const totalSeconds = (performance.now() - started) / 1000;
console.log(`Site written to ${outDir} in ${totalSeconds.toFixed(1)} s.`);
reportTimings(totalSeconds, searchTime);

/** Phase times for the benchmark, written as JSON when STUDIO_TIMINGS names a file. */
function reportTimings(total: number, search: number): void {
  if (!process.env.STUDIO_TIMINGS) return;
  const marks = existsSync(MARKS_FILE) ? (JSON.parse(readFileSync(MARKS_FILE, 'utf8')) as Record<string, number>) : {};
  rmSync(MARKS_FILE, { force: true });
  const span = (from?: number, to?: number) => (from !== undefined && to !== undefined ? (to - from) / 1000 : null);
  writeFileSync(
    process.env.STUDIO_TIMINGS,
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

/** Search bundles kept between builds, one folder per content folder (as Astro's cache). */
function searchCacheDir(contentDir: string): string {
  const key = createHash('sha1').update(resolve(contentDir)).digest('hex').slice(0, 10);
  return resolve(process.env.STUDIO_SEARCH_CACHE || join('node_modules', '.cache', 'studio-showcase', 'search', key));
}

/** Astro's build of the pages into the staging folder, in a child process (scripts/lib/astro-build.ts). */
function buildPages(outDir: string): Promise<void> {
  rmSync(MARKS_FILE, { force: true });
  const script = fileURLToPath(new URL('./lib/astro-build.ts', import.meta.url));
  const child = spawn(process.execPath, [script, outDir, ...(process.env.STUDIO_TIMINGS ? [MARKS_FILE] : [])], { stdio: 'inherit', env: process.env });
  return new Promise((resolvePromise, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => (code === 0 ? resolvePromise() : reject(new Error(`Astro's build stopped (${signal ?? `exit code ${code}`}); its messages are above.`))));
  });
}
