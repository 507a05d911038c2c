/**
 * `npm run screenshots [-- <built site folder>]`: full-page PNGs of every page type, in Chinese
 * and English, on a phone (390 × 844) and a laptop (1366 × 900), on a phone in large text (大字,
 * public/large-text.js) and as printed (print media on an A4-wide page), and the web editor's screens in
 * both languages at 1366 × 900, in screenshots/ with an index.html that lists them, for reviewing
 * the design without a browser at hand. `npm run screenshots -- --guide` takes only the editor's
 * screens and writes the editors' guides' images (docs/images/editor/) from them.
 *
 * The site is the folder given, else dist/; if dist/ holds no build, the sample content is built
 * there first (`node scripts/build.ts`). It is served by the project's static server and shot
 * with the project's Chromium (scripts/lib/browser.ts). The editor runs on a built copy of the
 * sample in a repository of its own (scripts/lib/editor-sandbox.ts), publishing with the real build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './lib/browser.ts';
import { editorSandbox } from './lib/editor-sandbox.ts';
import { EDITOR_SCREENS, shootEditor, type EditorScreen } from './lib/screenshot-editor.ts';
import { GUIDE_IMAGES, writeGuideImages } from './lib/screenshot-guide.ts';
import { englishPath, screenshotPages, type ScreenshotPage } from './lib/screenshot-pages.ts';
import { serve } from './lib/static-server.ts';
import { readVariable } from '../src/lib/site/environment.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
process.env.ASTRO_DISABLE_UPDATE_CHECK = 'true';
/** How each page is shot: a size, and the reader's large-text choice or print media. */
interface View {
  name: string;
  width: number;
  height: number;
  /** The 大字 switch turned on, as a reader's earlier choice (the localStorage key public/large-text.js keeps). */
  largeText?: boolean;
  /** Print media (src/styles/print-*.css), 794 px wide: A4 at 96 px an inch, so the page's print rules apply as on paper. */
  print?: boolean;
}
const VIEWPORTS: readonly View[] = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1366, height: 900 },
  { name: 'phone, large text', width: 390, height: 844, largeText: true },
  { name: 'print', width: 794, height: 1123, print: true },
];
/** The file name part of a view: its size, and how it differs. */
const viewFile = (view: View) =>
  `${view.width}x${view.height}${view.largeText ? '-large' : ''}${view.print ? '-print' : ''}`;
const OUT = resolve('screenshots');

const guide = process.argv.includes('--guide');
const given = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
const site = resolve(given ?? readVariable('STUDIO_OUT_DIR'));
if (!guide && !existsSync(join(site, 'index.html'))) {
  if (given) {
    console.error(
      `${site} holds no built site (no index.html). Build one with npm run build, or name a built site's folder.`,
    );
    process.exit(1);
  }
  console.log(`${site} holds no built site: building the content there first (npm run build).`);
  const build = spawnSync(process.execPath, ['scripts/build.ts'], {
    stdio: 'inherit',
    env: { ...process.env, STUDIO_OUT_DIR: site },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** The editor's screens of each language, by screen, as files. */
type EditorShots = Record<'zh' | 'en', Map<EditorScreen, string>>;

interface Shot {
  page: ScreenshotPage;
  locale: 'zh' | 'en';
  viewport: View;
  file: string;
  status: number;
}

/** Lazy images are loaded and decoded, and a search's results are in, before the page is shot. */
const READY = `(async () => {
  await Promise.all([...document.querySelectorAll('img')].map((img) => { img.loading = 'eager'; return img.decode().catch(() => undefined); }));
  const status = document.querySelector('[data-status]');
  if (status) for (let i = 0; i < 100 && !/\\d|没有找到|Nothing found/.test(status.textContent ?? ''); i++) await new Promise((r) => setTimeout(r, 100));
})()`;

async function shoot(browser: Browser, url: string, shot: Omit<Shot, 'status'>): Promise<Shot> {
  const context = await browser.newContext({
    viewport: { width: shot.viewport.width, height: shot.viewport.height },
  });
  try {
    if (shot.viewport.largeText)
      await context.addInitScript(`localStorage.setItem('large-text', '1')`);
    const page = await context.newPage();
    if (shot.viewport.print) await page.emulateMedia({ media: 'print' });
    const response = await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(READY);
    try {
      await page.screenshot({ path: join(OUT, shot.file), fullPage: true });
    } catch {
      // Chromium now and then refuses a long page ("Unable to capture screenshot"); a second try takes it.
      await page.waitForTimeout(1000);
      await page.screenshot({ path: join(OUT, shot.file), fullPage: true });
    }
    return { ...shot, status: response?.status() ?? 0 };
  } finally {
    await context.close();
  }
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/** screenshots/index.html: one row a page type, one column a language and size, each shot a link to the full image. */
function indexPage(
  shots: Shot[],
  siteFolder: string,
  missing: string[],
  editor: EditorShots,
): string {
  const columns = (['zh', 'en'] as const).flatMap((locale) =>
    VIEWPORTS.map((viewport) => ({ locale, viewport })),
  );
  const rows = [...new Set(shots.map((shot) => shot.page.name))].map((name) => {
    const cells = columns.map(({ locale, viewport }) => {
      const shot = shots.find(
        (s) => s.page.name === name && s.locale === locale && s.viewport === viewport,
      )!;
      const path = locale === 'zh' ? shot.page.path : englishPath(shot.page.path);
      return `<td><a href="${escapeHtml(shot.file)}"><img src="${escapeHtml(shot.file)}" alt="" loading="lazy" width="${viewport.width < 800 ? 130 : 240}"></a><br><code>${escapeHtml(decodeURI(path))}</code> (HTTP ${shot.status})</td>`;
    });
    return `<tr><th scope="row">${escapeHtml(name)}</th>${cells.join('')}</tr>`;
  });
  const editorRows = EDITOR_SCREENS.map(({ name, what }) => {
    const cells = (['zh', 'en'] as const).map((locale) => {
      const file = basename(editor[locale].get(name) ?? '');
      return `<td><a href="${escapeHtml(file)}"><img src="${escapeHtml(file)}" alt="" loading="lazy" width="240"></a></td>`;
    });
    return `<tr><th scope="row">${escapeHtml(name)}<br><small>${escapeHtml(what)}</small></th>${cells.join('')}</tr>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Screenshots</title>
<style>body{font-family:sans-serif;margin:1rem}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.5rem;vertical-align:top;text-align:left}img{display:block;border:1px solid #eee}table+table{margin-top:2rem}</style>
</head><body>
<h1>Screenshots of ${escapeHtml(siteFolder)}</h1>
<p>Taken ${new Date().toISOString()}, full pages, by <code>npm run screenshots</code>.${missing.length ? ` No example in this site of: ${escapeHtml(missing.join(', '))}.` : ''}</p>
<table><caption>Every page type in Chinese and English, on a phone and a laptop, on a phone in large text, and printed</caption>
<thead><tr><th scope="col">page</th>${columns.map(({ locale, viewport }) => `<th scope="col">${locale} ${escapeHtml(viewport.name)} ${viewport.width} × ${viewport.height}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>
<table><caption>The web editor at 1366 × 900, a clerk's way from signing in to an entry's history (on a copy of the sample)</caption>
<thead><tr><th scope="col">screen</th><th scope="col">zh</th><th scope="col">en</th></tr></thead>
<tbody>
${editorRows.join('\n')}
</tbody></table>
</body></html>
`;
}

/** The editor's screens in both languages, on a sandbox of the sample made for them (its first build takes a while). */
async function shootEditorScreens(browser: Browser, outDir: string): Promise<EditorShots> {
  console.log('The web editor: building a copy of the sample for it …');
  const sandbox = await editorSandbox({ defaults: { user: '王小明', role: 'reviewer' } });
  try {
    const zh = await shootEditor(browser, sandbox, 'zh', outDir);
    console.log(`editor (zh): ${zh.size} screens`);
    const en = await shootEditor(browser, sandbox, 'en', outDir);
    console.log(`editor (en): ${en.size} screens`);
    return { zh, en };
  } finally {
    await sandbox.close();
  }
}

const browser = await launchBrowser();
if (guide) {
  const shotsDir = mkdtempSync(join(tmpdir(), 'editor-screens-'));
  try {
    const shots = await shootEditorScreens(browser, shotsDir);
    let total = 0;
    for (const locale of ['zh', 'en'] as const) {
      const { files, bytes } = await writeGuideImages(shots[locale], locale);
      total += bytes;
      console.log(`${files.length} images for the ${locale} guide`);
    }
    console.log(
      `The guides' images are in ${GUIDE_IMAGES} (${Math.round(total / 1024)} KB in all).`,
    );
  } finally {
    await browser.close();
    rmSync(shotsDir, { recursive: true, force: true });
  }
} else {
  const server = await serve(site);
  try {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const { pages, missing } = await screenshotPages(server.url);
    if (missing.length) console.warn(`No example in ${site} of: ${missing.join(', ')}.`);
    const shots: Shot[] = [];
    for (const page of pages) {
      for (const locale of ['zh', 'en'] as const) {
        const path = locale === 'zh' ? page.path : englishPath(page.path);
        for (const viewport of VIEWPORTS) {
          const file = `${locale}-${page.name}-${viewFile(viewport)}.png`;
          shots.push(
            await shoot(browser, `${server.url}${path}`, { page, locale, viewport, file }),
          );
        }
      }
      console.log(`${page.name}: ${decodeURI(page.path)}`);
    }
    const editor = await shootEditorScreens(browser, OUT);
    writeFileSync(join(OUT, 'index.html'), indexPage(shots, site, missing, editor));
    // The 404 pages are shot at their own files (/404.html, /en/404.html), which answer 200 like every other page.
    const unexpected = shots.filter((shot) => shot.status !== 200);
    for (const shot of unexpected) console.warn(`${shot.file}: HTTP ${shot.status}`);
    console.log(
      `${shots.length} screenshots of ${pages.length} page types and ${EDITOR_SCREENS.length * 2} of the editor in ${OUT} (open index.html).`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
