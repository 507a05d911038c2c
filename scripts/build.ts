/**
 * `npm run build`: builds the whole site into a staging folder and only then replaces the output
 * folder, so a failed build (bad content, a page error) publishes nothing half-made.
 * Environment: STUDIO_CONTENT_DIR (content folder), STUDIO_OUT_DIR (output, default dist), SITE_URL.
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'astro';
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
/** Seconds from the start at which each step ended, for the benchmark's profile. */
const steps: Record<string, number> = {};
const step = (name: string) => void (steps[name] = (performance.now() - started) / 1000);

rmSync(staging, { recursive: true, force: true });
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
// Charts are drawn in worker threads while Astro renders the pages on the main thread: the pages
// need only the charts' names and numbers, and the drawings join the output before it is published.
const chartInstances = allChartInstances(model);
step('modelled');
const chartDrawing = drawAll(chartInstances, Math.max(1, availableParallelism() - 1));
chartDrawing.catch(() => undefined); // awaited below; the build must not die of an unhandled rejection meanwhile
let chartPool: PoolResult;
let chartsWait = 0;
try {
  await build({ outDir: staging, logLevel: process.env.STUDIO_LOG_LEVEL === 'debug' ? 'debug' : 'info' });
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

const previous = `${outDir}.previous`;
const searchSeconds = searchTime;
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
step('published');
const totalSeconds = (performance.now() - started) / 1000;
console.log(`Site written to ${outDir} in ${totalSeconds.toFixed(1)} s.`);
reportTimings(totalSeconds, searchSeconds);

/** Phase times for the benchmark, written as JSON when STUDIO_TIMINGS names a file. */
function reportTimings(total: number, search: number): void {
  if (!process.env.STUDIO_TIMINGS) return;
  const marks = (globalThis as { __studioBuildMarks?: Record<string, number> }).__studioBuildMarks ?? {};
  const charts = (globalThis as { __studioChartStats?: { hits: number; drawn: number; drawMs: number } }).__studioChartStats ?? { hits: 0, drawn: 0, drawMs: 0 };
  const span = (from?: number, to?: number) => (from !== undefined && to !== undefined ? (to - from) / 1000 : null);
  writeFileSync(
    process.env.STUDIO_TIMINGS,
    JSON.stringify({
      total,
      startup: span(started, marks.configDone),
      contentSync: span(marks.configDone, marks.buildStart),
      bundleAndPages: span(marks.buildStart, marks.buildGenerated),
      writing: span(marks.buildGenerated, marks.buildDone),
      search,
      chartPool,
      steps,
      searchBundles: indexed,
      // Time the build waited for the chart workers after the pages were done.
      chartsWait,
      charts: { drawn: charts.drawn, fromCache: charts.hits, drawSeconds: charts.drawMs / 1000 },
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}

/** Search bundles kept between builds, one folder per content folder (as Astro's cache). */
function searchCacheDir(contentDir: string): string {
  const key = createHash('sha1').update(resolve(contentDir)).digest('hex').slice(0, 10);
  return resolve(process.env.STUDIO_SEARCH_CACHE || join('node_modules', '.cache', 'studio-showcase', 'search', key));
}
