/**
 * The web editor's measures for `npm run bench -- --editor`, taken in the browser against the editor on a built copy
 * of a content folder (scripts/lib/editor-sandbox.ts): how long a publish takes to be live, on the sample and on a large
 * archive, and how soon the editor's lists show their first entries on that archive, with the server's own answer.
 */
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { field, markReady, publishNow, save, signIn } from './decap.ts';
import { editorSandbox } from './editor-sandbox.ts';

/** The middle value (the mean of the two middle ones for an even count). */
export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Where a failed measure leaves the browser's page, to see why. */
const FAILURE_SHOT = join(tmpdir(), 'bench-editor-failure.png');

const seconds = (since: number) => (performance.now() - since) / 1000;

/** Resolves once `url` answers with a page containing `text`; fails after `timeoutMs`. */
async function waitUntilServed(url: string, text: string, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const response = await fetch(url).catch(() => undefined);
    if (response?.ok && (await response.text()).includes(text)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not show “${text}” within ${timeoutMs / 1000} s`);
}

export interface PublishMeasure {
  /** Seconds from the click on 立即发布 until the live page shows the change, one per publish. */
  runs: number[];
  medianSeconds: number;
  /** The sandbox's first (cold) build of its content, for scale. */
  firstBuildSeconds: number;
  /** HTML pages of the sandbox's build (the size of the baseline to compare with). */
  htmlPages: number;
}

/** The news item a publish changes: its editor collection, its file's name (the entry's slug) and its live page. */
export interface PublishedEntry {
  collection: string;
  slug: string;
  live: string;
}

/**
 * On the sample, a news item's summary. A studio (the example) cannot be saved in the browser today: Decap
 * reads its `focus` list (a list of one object field) back as the field's definition and refuses "中文 is required".
 */
const SAMPLE_ENTRY: PublishedEntry = {
  collection: 'news-zh',
  slug: '2019-first-studios-named',
  live: '/news/2019-first-studios-named/',
};

/** The first Chinese news item (by file name) of a content folder: the one the build benchmark edits too. */
export function firstChineseNews(contentDir: string): PublishedEntry {
  const file = readdirSync(join(contentDir, 'news/zh'))
    .filter((name) => /\.mdx$/.test(name))
    .sort()[0];
  if (!file) throw new Error(`${contentDir}/news/zh holds no .mdx news item to publish`);
  const slug = file.replace(/\.mdx$/, '');
  return { collection: 'news-zh', slug, live: `/news/${slug}/` };
}

/**
 * Publishes a change of `entry`'s summary `times` times through the browser at `base` (an editor server), as a
 * reviewer: open the entry, change the text, save (a draft), mark it ready, publish now; timed from the click on
 * 立即发布 until the live preview serves it. `timeoutSeconds` bounds each publish (a rebuild takes a minute at 10,000
 * news).
 */
export async function measurePublishAt(
  base: string,
  entry: PublishedEntry,
  times = 3,
  timeoutSeconds = 300,
): Promise<number[]> {
  const browser = await launchBrowser();
  try {
    const runs: number[] = [];
    for (let run = 1; run <= times; run += 1) {
      const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
      // Decap asks to confirm a publish (window.confirm); Playwright would dismiss it.
      page.on('dialog', (dialog) => void dialog.accept());
      await signIn(page, base);
      await page.goto(`${base}/admin/#/collections/${entry.collection}/entries/${entry.slug}`);
      const text = `刘宏伟、张铁柱、孙建国、王淑兰4个工作室获得2019年度锦州市命名（第${run}次发布）。`;
      try {
        await field(page, 'summary').fill(text);
        await save(page);
        await markReady(page);
        const clicked = performance.now();
        await publishNow(page);
        await waitUntilServed(`${base}${entry.live}`, text, timeoutSeconds * 1000);
        runs.push(seconds(clicked));
      } catch (error) {
        await page.screenshot({ path: FAILURE_SHOT, fullPage: true });
        throw new Error(`publish ${run} failed (the page as it was: ${FAILURE_SHOT})`, {
          cause: error,
        });
      }
      console.error(`[bench] editor: publish ${run} live after ${runs.at(-1)!.toFixed(1)} s`);
      await page.close();
    }
    return runs;
  } finally {
    await browser.close();
  }
}

/** Publish-to-live on a sandbox of the sample (scripts/lib/editor-sandbox.ts), built first. */
export async function measurePublish(
  countHtml: (dir: string) => number,
  times = 3,
): Promise<PublishMeasure> {
  const started = performance.now();
  const sandbox = await editorSandbox({ defaults: { user: '基准测试', role: 'reviewer' } });
  const firstBuildSeconds = seconds(started);
  try {
    const runs = await measurePublishAt(sandbox.server.url, SAMPLE_ENTRY, times);
    return {
      runs,
      medianSeconds: median(runs),
      firstBuildSeconds,
      htmlPages: countHtml(sandbox.outDir),
    };
  } finally {
    await sandbox.close();
  }
}

export interface ListMeasure {
  collection: string;
  /** 1: the server converts the files (the first list since it started); 2: it has them converted already. */
  visit: number;
  /** Entries the server listed. */
  entries: number;
  /** Seconds from the navigation to the collection until its first entries are on screen. */
  listSeconds: number;
  /** Seconds of the server's entriesByFolder answer, from the request sent to its last byte, and to its first byte. */
  answerSeconds: number;
  answerFirstByteSeconds: number;
  answerMb: number;
}

/** Opens the settings (a list of files: no folder is read) and waits until they are listed. */
async function openSettings(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/admin/#/collections/settings`);
  await page
    .locator('a[href*="#/collections/settings/entries/"]')
    .first()
    .waitFor({ timeout: 120_000 });
}

/** The browser's timing of the list request of `folder` (entriesByFolder), once it has finished. */
function listAnswer(page: Page, folder: string): Promise<Request> {
  return page.waitForRequest(
    (request) =>
      request.method() === 'POST' &&
      /"action":"entriesByFolder"/.test(request.postData() ?? '') &&
      request.postData()!.includes(`"${folder}"`),
    { timeout: 600_000 },
  );
}

/** One list, in a fresh page of a signed-in context: opened from the settings (a list of files, no folder read), timed to its first entry. */
async function measureList(
  context: BrowserContext,
  base: string,
  collection: string,
  folder: string,
  visit: number,
): Promise<ListMeasure> {
  const page = await context.newPage();
  await openSettings(page, base);
  const request = listAnswer(page, folder);
  const navigated = performance.now();
  await page.evaluate((hash) => (location.hash = hash), `#/collections/${collection}`);
  await page
    .locator(`a[href*="#/collections/${collection}/entries/"]`)
    .first()
    .waitFor({ timeout: 600_000 });
  const listSeconds = seconds(navigated);
  const answered = await request;
  await answered.response().then((response) => response?.finished());
  const timing = answered.timing();
  const body = await (await answered.response())!.body();
  const entries = (JSON.parse(body.toString('utf8')) as unknown[]).length;
  await page.close();
  return {
    collection,
    visit,
    entries,
    listSeconds,
    answerSeconds: (timing.responseEnd - timing.requestStart) / 1000,
    answerFirstByteSeconds: (timing.responseStart - timing.requestStart) / 1000,
    answerMb: body.length / 1048576,
  };
}

export interface ListsMeasure {
  /** The sandbox's first build of the archive (minutes at 10,000 news). */
  firstBuildSeconds: number;
  lists: ListMeasure[];
  /** Publish-to-live of one news item on the same archive: what a clerk waits for at that size. */
  publish: Omit<PublishMeasure, 'firstBuildSeconds'>;
}

/** The editor's lists of news (Chinese) and studios at `base` (an editor server), each opened cold in the browser. */
export async function measureListsAt(base: string): Promise<ListMeasure[]> {
  const browser = await launchBrowser();
  try {
    // Signed in once (the user stays in the context's storage) on the settings, so that no folder is read before it
    // is measured (signing in on /admin/ opens the first collection, the studios); every list then opens in a fresh page.
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const first = await context.newPage();
    await first.goto(`${base}/admin/#/collections/settings`);
    await first.getByRole('button', { name: '登录' }).click();
    await openSettings(first, base);
    await first.close();
    const lists: ListMeasure[] = [];
    for (const [collection, folder] of [
      ['news-zh', 'news/zh'],
      ['studios', 'studios'],
    ] as const) {
      for (const visit of [1, 2]) {
        lists.push(await measureList(context, base, collection, folder, visit));
        console.error(
          `[bench] editor: ${collection} list (visit ${visit}) shown after ${lists.at(-1)!.listSeconds.toFixed(1)} s`,
        );
      }
    }
    return lists;
  } finally {
    await browser.close();
  }
}

/**
 * On a copy of `contentDir`, built first (minutes at 10,000 news): the editor's lists, then publishes of its first
 * Chinese news item, each timed until live.
 */
export async function measureLists(
  contentDir: string,
  countHtml: (dir: string) => number,
  publishes = 3,
): Promise<ListsMeasure> {
  const started = performance.now();
  const sandbox = await editorSandbox({
    from: contentDir,
    defaults: { user: '基准测试', role: 'reviewer' },
  });
  const firstBuildSeconds = seconds(started);
  console.error(
    `[bench] editor: archive built for the editor in ${firstBuildSeconds.toFixed(0)} s`,
  );
  try {
    const base = sandbox.server.url;
    const lists = await measureListsAt(base);
    console.error('[bench] editor: publishing a news item on the archive');
    const runs = await measurePublishAt(base, firstChineseNews(contentDir), publishes, 900);
    const htmlPages = countHtml(sandbox.outDir);
    return { firstBuildSeconds, lists, publish: { runs, medianSeconds: median(runs), htmlPages } };
  } finally {
    await sandbox.close();
  }
}
