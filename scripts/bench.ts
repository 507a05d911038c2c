/**
 * `npm run bench [-- --quick] [-- --archive large] [-- --editor] [-- --out file.json]`: builds the sample site and generated archives
 * of growing size, and for each the same number of pages as a bare Astro 7 + Pagefind site with
 * minimal templates (the baseline), in the same run. Reports per archive: wall time of each
 * phase, pages per second, peak memory of the build's process tree, output and search index size,
 * the bytes a first search downloads, chart time per chart, a rebuild with nothing changed and
 * after changing one news item, and our cold build as a ratio of the baseline's. Then the web editor's measures, in the
 * browser (scripts/lib/editor-bench.ts): publish-to-live on the sample, and the lists and publish-to-live on the
 * largest archive; `--editor` takes only these (with the sample's baseline, for the ratio).
 */
import { spawn } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { launchBrowser } from './lib/browser.ts';
import { measureLists, measurePublish } from './lib/editor-bench.ts';
import { serve } from './lib/static-server.ts';
import { SHARED_IMAGE_CACHE } from '../src/integrations/shared-image-cache.ts';
import { checkedFilesCache } from '../src/lib/content/checked-files.ts';
import { contentFolderKey } from '../src/lib/content/collections.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    editor: { type: 'boolean', default: false },
    out: { type: 'string' },
    archive: { type: 'string', multiple: true },
  },
});
const require = createRequire(import.meta.url);
const ROOT = resolve('.');
const WORK = join(ROOT, 'node_modules/.cache/studio-bench');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND = join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');

interface Archive {
  name: string;
  studios?: number;
  news?: number;
  awards?: number;
}
const ALL_ARCHIVES: Archive[] = values.quick
  ? [{ name: 'sample' }, { name: 'tiny', studios: 30, news: 300, awards: 150 }]
  : [
      { name: 'sample' },
      { name: 'small', studios: 100, news: 1000, awards: 500 },
      { name: 'medium', studios: 300, news: 3000, awards: 1500 },
      { name: 'large', studios: 1000, news: 10000, awards: 5000 },
    ];
// `--archive large` measures only that archive (with `--editor`: lists the editor's entries of that archive). Only a
// full run replaces docs/benchmark.json (the README's figures); a quick or partial one writes to the cache unless --out says otherwise.
const ARCHIVES = values.archive
  ? ALL_ARCHIVES.filter((archive) => values.archive!.includes(archive.name))
  : ALL_ARCHIVES;
if (ARCHIVES.length === 0)
  throw new Error(
    `--archive must name one of: ${ALL_ARCHIVES.map((archive) => archive.name).join(', ')}`,
  );
const OUT =
  values.out ??
  (values.archive || values.quick || values.editor
    ? 'node_modules/.cache/studio-bench/partial.json'
    : 'docs/benchmark.json');

interface Run {
  seconds: number;
  peakMb: number;
  output: string;
}

/** Runs a command, sampling the resident memory of its whole process tree every 200 ms. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: ROOT,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        ASTRO_DISABLE_UPDATE_CHECK: 'true',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peak = 0;
    const sampler = setInterval(() => {
      const table = spawnSyncText('ps', ['-e', '-o', 'pid=,ppid=,rss=']);
      const rows = table
        .trim()
        .split('\n')
        .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
      const tree = new Set([child.pid!]);
      for (let grew = true; grew;) {
        grew = false;
        for (const [pid, ppid] of rows) {
          if (tree.has(ppid) && !tree.has(pid)) {
            tree.add(pid);
            grew = true;
          }
        }
      }
      peak = Math.max(
        peak,
        rows.filter(([pid]) => tree.has(pid)).reduce((sum, [, , rss]) => sum + rss, 0),
      );
    }, 200);
    child.on('close', (code) => {
      clearInterval(sampler);
      if (code !== 0)
        reject(new Error(`${command} ${args.join(' ')} failed:\n${output.slice(-3000)}`));
      else
        resolvePromise({
          seconds: (performance.now() - started) / 1000,
          peakMb: Math.round(peak / 1024),
          output,
        });
    });
  });
}

function spawnSyncText(command: string, args: string[]): string {
  return require('node:child_process').spawnSync(command, args, { encoding: 'utf8' })
    .stdout as string;
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    total += item.isDirectory() ? folderBytes(path) : statSync(path).size;
  }
  return total;
}

function countHtml(dir: string): number {
  let total = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    if (item.isDirectory()) total += countHtml(join(dir, item.name));
    else if (item.name.endsWith('.html')) total += 1;
  }
  return total;
}

/** Our build of a content folder, from cold caches or warm ones. */
async function buildOurs(contentDir: string, outDir: string, chartCache: string, cold: boolean) {
  const searchCache = `${chartCache}-search`;
  const cardCache = `${chartCache}-cards`;
  if (cold) {
    // The published link, the rollback link and the builds they point to (scripts/lib/output-folder.ts).
    for (const path of [outDir, `${outDir}.previous`, `${outDir}.releases`])
      rmSync(path, { recursive: true, force: true });
    rmSync(chartCache, { recursive: true, force: true });
    rmSync(searchCache, { recursive: true, force: true });
    rmSync(cardCache, { recursive: true, force: true });
    rmSync(join(ROOT, 'node_modules/.astro', contentFolderKey(contentDir)), {
      recursive: true,
      force: true,
    });
    // And each file's own checks, kept between runs (src/lib/content/checked-files.ts).
    rmSync(checkedFilesCache(contentDir), { force: true });
    // And the optimized photos, which every content folder shares: a cold build encodes them again.
    rmSync(join(ROOT, SHARED_IMAGE_CACHE), { recursive: true, force: true });
  }
  const timings = join(WORK, 'timings.json');
  const result = await run(process.execPath, ['scripts/build.ts'], {
    STUDIO_CONTENT_DIR: contentDir,
    STUDIO_OUT_DIR: outDir,
    STUDIO_CHART_CACHE: chartCache,
    STUDIO_SEARCH_CACHE: searchCache,
    STUDIO_CARD_CACHE: cardCache,
    STUDIO_TIMINGS: timings,
    // A deployed build has its address, so it draws the share cards: measured as deployed.
    SITE_URL: 'https://studios.example.org',
  });
  return {
    ...result,
    phases: JSON.parse(readFileSync(timings, 'utf8')) as Record<string, number | null> & {
      chartPool: { drawn: number; seconds: number; workers: number };
    },
  };
}

/** A bare Astro 7 site with N Markdown pages and minimal templates, then Pagefind over it. */
async function buildBaseline(pages: number) {
  const dir = join(WORK, `baseline-${pages}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  mkdirSync(join(dir, 'pages'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "export default { output: 'static', trailingSlash: 'always', build: { format: 'directory' } };\n",
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { pages: defineCollection({ loader: glob({ pattern: '*.md', base: './pages' }) }) };\n",
  );
  writeFileSync(
    join(dir, 'src/pages/[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('pages')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang={entry.data.lang}><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
<body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body></html>
`,
  );
  for (let i = 0; i < pages; i += 1) {
    const zh = i % 2 === 0;
    writeFileSync(
      join(dir, 'pages', `page-${i}.md`),
      zh
        ? `---\ntitle: 工作室设备检修取得新进展（${i}）\nlang: zh-CN\n---\n\n近日，工作室围绕设备检修组织技术骨干开展攻关，提出合理化建议多条，经评审后在车间推广应用。\n\n## 主要做法\n\n工作室坚持问题导向，把生产中的难点列为课题，实行项目负责制，定期交流进展。\n`
        : `---\ntitle: Studio makes progress on maintenance (${i})\nlang: en\n---\n\nThe studio brought its senior workers together on a production problem and put forward improvement proposals.\n\n## How\n\nProblems from production become topics, each with a person responsible.\n`,
    );
  }
  const astro = await run(process.execPath, [ASTRO, 'build', '--root', dir]);
  const pagefind = await run(process.execPath, [PAGEFIND, '--site', join(dir, 'dist')]);
  return {
    seconds: astro.seconds + pagefind.seconds,
    astroSeconds: astro.seconds,
    pagefindSeconds: pagefind.seconds,
    peakMb: Math.max(astro.peakMb, pagefind.peakMb),
  };
}

/** The bytes the search page downloads from /pagefind/ for a first query. */
async function firstSearchBytes(dist: string): Promise<number | null> {
  const server = await serve(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('response', async (response) => {
      if (response.url().includes('/pagefind/'))
        bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('创新')}`, {
      waitUntil: 'networkidle',
    });
    await page.waitForSelector('[data-results] li', { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    return bytes;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Writes a generated archive (`npm run generate`) to `contentDir`, its news as `format` (md or mdx). */
/** A generated archive, its news in MDX as the web editor writes them. */
async function generate(archive: Archive, contentDir: string): Promise<void> {
  const counts = [
    '--studios',
    String(archive.studios),
    '--news',
    String(archive.news),
    '--awards',
    String(archive.awards),
  ];
  await run(process.execPath, [
    'scripts/generate-content.ts',
    '--out',
    contentDir,
    ...counts,
    '--format',
    'mdx',
  ]);
}

/**
 * The editor's measures: publish-to-live on the sample against the sample's baseline; on the largest archive chosen,
 * its lists and publish-to-live (against that archive's baseline when this run measured it).
 */
async function measureEditor(baselineOf: (archive: string) => number | undefined) {
  console.error('[bench] editor: publishing on the sample');
  const publish = await measurePublish(countHtml);
  const baselineSeconds = baselineOf('sample') ?? (await buildBaseline(publish.htmlPages)).seconds;
  const archive = ARCHIVES.filter((candidate) => candidate.name !== 'sample').at(-1);
  // Generated again: the build benchmark changed one of its news items.
  const contentDir = archive ? join(WORK, `content-${archive.name}`) : 'content';
  if (archive) await generate(archive, contentDir);
  console.error(
    `[bench] editor: lists of ${archive?.name ?? 'sample'} (the first build of its copy first)`,
  );
  const { publish: archivePublish, ...lists } = await measureLists(contentDir, countHtml);
  const archiveBaseline = baselineOf(archive?.name ?? 'sample');
  const size = archive
    ? { studios: archive.studios, news: archive.news, awards: archive.awards }
    : {};
  return {
    publish: {
      ...publish,
      baselineSeconds,
      ratioToBaseline: publish.medianSeconds / baselineSeconds,
    },
    lists: { archive: archive?.name ?? 'sample', ...size, ...lists },
    archivePublish: {
      archive: archive?.name ?? 'sample',
      ...size,
      ...archivePublish,
      ...(archiveBaseline
        ? {
            baselineSeconds: archiveBaseline,
            ratioToBaseline: archivePublish.medianSeconds / archiveBaseline,
          }
        : {}),
    },
  };
}

const results: Array<Record<string, unknown>> = [];
mkdirSync(WORK, { recursive: true });
// `--editor` takes the editor's measures only; a full run takes them after the archives.
for (const archive of values.editor ? [] : ARCHIVES) {
  const contentDir = archive.name === 'sample' ? 'content' : join(WORK, `content-${archive.name}`);
  if (archive.name !== 'sample') await generate(archive, contentDir);
  const outDir = join(WORK, `dist-${archive.name}`);
  const chartCache = join(WORK, `charts-${archive.name}`);
  console.error(`[bench] ${archive.name}: cold build`);
  const cold = await buildOurs(contentDir, outDir, chartCache, true);
  console.error(`[bench] ${archive.name}: rebuild, nothing changed`);
  const unchanged = await buildOurs(contentDir, outDir, chartCache, false);
  // Change one news item (in a copy for the sample, so content/ is never touched).
  const editDir = archive.name === 'sample' ? join(WORK, 'content-sample-edit') : contentDir;
  if (archive.name === 'sample') {
    rmSync(editDir, { recursive: true, force: true });
    cpSync(contentDir, editDir, { recursive: true });
    await buildOurs(editDir, outDir, chartCache, false);
  }
  const newsFile = join(
    editDir,
    'news/zh',
    readdirSync(join(editDir, 'news/zh'))
      .filter((f) => /\.mdx?$/.test(f))
      .sort()[0]!,
  );
  appendFileSync(newsFile, '\n本文有更新。\n');
  console.error(`[bench] ${archive.name}: rebuild after changing one news item`);
  const oneChange = await buildOurs(editDir, outDir, chartCache, false);
  const html = countHtml(outDir);
  console.error(`[bench] ${archive.name}: baseline with ${html} pages`);
  const baseline = await buildBaseline(html);
  const charts = cold.phases.chartPool;
  results.push({
    archive: archive.name,
    studios: archive.studios ?? 14,
    news: archive.news ?? 22,
    awards: archive.awards ?? 46,
    htmlPages: html,
    coldSeconds: cold.seconds,
    phases: {
      charts: charts.seconds,
      chartsWait: cold.phases.chartsWait,
      contentSync: cold.phases.contentSync,
      bundleAndPages: cold.phases.bundleAndPages,
      search: cold.phases.search,
    },
    pagesPerSecond: html / (cold.phases.bundleAndPages ?? cold.seconds),
    msPerPage: (cold.seconds * 1000) / html,
    peakMb: cold.peakMb,
    outputMb: folderBytes(outDir) / 1048576,
    searchIndexMb: folderBytes(join(outDir, 'pagefind')) / 1048576,
    firstSearchKb: ((await firstSearchBytes(outDir)) ?? NaN) / 1024,
    charts: {
      drawn: charts.drawn,
      seconds: charts.seconds,
      workers: charts.workers,
      msPerChartPerWorker: charts.drawn
        ? (charts.seconds * 1000 * charts.workers) / charts.drawn
        : null,
    },
    coldPhases: cold.phases,
    rebuildUnchangedPhases: unchanged.phases,
    rebuildOneNewsPhases: oneChange.phases,
    rebuildUnchangedSeconds: unchanged.seconds,
    rebuildOneNewsSeconds: oneChange.seconds,
    rebuildRatio: oneChange.seconds / cold.seconds,
    baselineSeconds: baseline.seconds,
    baselineAstroSeconds: baseline.astroSeconds,
    baselinePagefindSeconds: baseline.pagefindSeconds,
    baselinePeakMb: baseline.peakMb,
    ratioToBaseline: cold.seconds / baseline.seconds,
  });
}

const f = (value: unknown, digits = 1) =>
  typeof value === 'number' && Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
const rows = results.map((r) => {
  const phases = r.phases as Record<string, number>;
  const charts = r.charts as {
    drawn: number;
    seconds: number;
    workers: number;
    msPerChartPerWorker: number | null;
  };
  return `| ${r.archive} | ${r.htmlPages} | ${f(r.coldSeconds)} | ${f(phases.contentSync)} / ${f(phases.bundleAndPages)} / ${f(phases.search)} | ${charts.drawn} in ${f(charts.seconds)} s (${f(charts.msPerChartPerWorker, 0)} ms each, ${charts.workers} workers) | ${f(r.pagesPerSecond, 0)} | ${f(r.msPerPage, 2)} | ${r.peakMb} | ${f(r.outputMb)} | ${f(r.searchIndexMb, 2)} | ${f(r.firstSearchKb, 0)} | ${f(r.rebuildUnchangedSeconds)} | ${f(r.rebuildOneNewsSeconds)} (${f(r.rebuildRatio, 2)}×) | ${f(r.baselineSeconds)} | **${f(r.ratioToBaseline, 2)}×** |`;
});
const table = [
  '| archive | HTML pages | cold build s | sync / bundle+pages / search s | charts drawn | pages/s | ms per page | peak MB | output MB | index MB | first search KB | rebuild, unchanged s | rebuild, one news s | baseline s | ours ÷ baseline |',
  '| --- | ---: | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows,
].join('\n');
if (results.length > 0) console.log(table);
const baselineOf = (archive: string) =>
  results.find((result) => result.archive === archive)?.baselineSeconds as number | undefined;
const editor =
  values.editor || (!values.quick && !values.archive) ? await measureEditor(baselineOf) : undefined;
if (editor) {
  const { publish, lists, archivePublish } = editor;
  const archiveRatio =
    'ratioToBaseline' in archivePublish
      ? `${f(archivePublish.ratioToBaseline, 2)}× (${f(archivePublish.baselineSeconds)} s)`
      : '';
  console.log(
    [
      '',
      '| editor measure | figure | target | ratio to baseline |',
      '| --- | ---: | ---: | ---: |',
      `| publish to live, sample (median of ${publish.runs.map((value) => f(value)).join(', ')} s) | ${f(publish.medianSeconds)} s | ≤ 20 s | ${f(publish.ratioToBaseline, 2)}× (${f(publish.baselineSeconds)} s) |`,
      `| publish to live, ${archivePublish.archive}, ${archivePublish.htmlPages} pages (median of ${archivePublish.runs.map((value) => f(value)).join(', ')} s) | ${f(archivePublish.medianSeconds)} s | | ${archiveRatio} |`,
      ...lists.lists.map(
        (list) =>
          `| ${list.collection} list, ${lists.archive} (${list.entries} entries; server's answer ${f(list.answerSeconds)} s, ${f(list.answerMb)} MB) | ${f(list.listSeconds)} s | ≤ 3 s | |`,
      ),
    ].join('\n'),
  );
}
mkdirSync(join(OUT, '..'), { recursive: true });
const report = JSON.stringify({
  date: new Date().toISOString(),
  quick: values.quick,
  machine: { cpus: require('node:os').cpus().length, node: process.version },
  results,
  ...(editor ? { editor } : {}),
});
// Written as Prettier writes it: `npm test` checks the format of every file, docs/benchmark.json too.
writeFileSync(OUT, await format(report, { ...(await resolveConfig(OUT)), filepath: OUT }));
console.error(`[bench] results written to ${OUT}`);
