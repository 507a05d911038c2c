/**
 * `npm run screenshots [-- <built site folder>]`: full-page PNGs of every page type, in Chinese
 * and English, on a phone (390 × 844) and a laptop (1366 × 900), in screenshots/ with an
 * index.html that lists them, for reviewing the design without a browser at hand.
 *
 * The site is the folder given, else dist/; if dist/ holds no build, the sample content is built
 * there first (`node scripts/build.ts`). It is served by the project's static server and shot
 * with the project's Chromium (scripts/lib/browser.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './lib/browser.ts';
import { englishPath, screenshotPages, type ScreenshotPage } from './lib/screenshot-pages.ts';
import { serve } from './lib/static-server.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1366, height: 900 },
] as const;
const OUT = resolve('screenshots');

const given = process.argv[2];
const site = resolve(given ?? process.env.STUDIO_OUT_DIR ?? 'dist');
if (!existsSync(join(site, 'index.html'))) {
  if (given) {
    console.error(`${site} holds no built site (no index.html). Build one with npm run build, or name a built site's folder.`);
    process.exit(1);
  }
  console.log(`${site} holds no built site: building the content there first (npm run build).`);
  const build = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit', env: { ...process.env, STUDIO_OUT_DIR: site } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

interface Shot {
  page: ScreenshotPage;
  locale: 'zh' | 'en';
  viewport: (typeof VIEWPORTS)[number];
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
  const context = await browser.newContext({ viewport: { width: shot.viewport.width, height: shot.viewport.height } });
  try {
    const page = await context.newPage();
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

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/** screenshots/index.html: one row a page type, one column a language and size, each shot a link to the full image. */
function indexPage(shots: Shot[], siteFolder: string, missing: string[]): string {
  const columns = (['zh', 'en'] as const).flatMap((locale) => VIEWPORTS.map((viewport) => ({ locale, viewport })));
  const rows = [...new Set(shots.map((shot) => shot.page.name))].map((name) => {
    const cells = columns.map(({ locale, viewport }) => {
      const shot = shots.find((s) => s.page.name === name && s.locale === locale && s.viewport === viewport)!;
      const path = locale === 'zh' ? shot.page.path : englishPath(shot.page.path);
      return `<td><a href="${escapeHtml(shot.file)}"><img src="${escapeHtml(shot.file)}" alt="" loading="lazy" width="${viewport.width === 390 ? 130 : 240}"></a><br><code>${escapeHtml(decodeURI(path))}</code> (HTTP ${shot.status})</td>`;
    });
    return `<tr><th scope="row">${escapeHtml(name)}</th>${cells.join('')}</tr>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Screenshots</title>
<style>body{font-family:sans-serif;margin:1rem}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.5rem;vertical-align:top;text-align:left}img{display:block;border:1px solid #eee}</style>
</head><body>
<h1>Screenshots of ${escapeHtml(siteFolder)}</h1>
<p>Taken ${new Date().toISOString()}, full pages, by <code>npm run screenshots</code>.${missing.length ? ` No example in this site of: ${escapeHtml(missing.join(', '))}.` : ''}</p>
<table><caption>Every page type in Chinese and English, on a phone and a laptop</caption>
<thead><tr><th scope="col">page</th>${columns.map(({ locale, viewport }) => `<th scope="col">${locale} ${viewport.width} × ${viewport.height}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>
</body></html>
`;
}

const server = await serve(site);
const browser = await launchBrowser();
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
        const file = `${locale}-${page.name}-${viewport.width}x${viewport.height}.png`;
        shots.push(await shoot(browser, `${server.url}${path}`, { page, locale, viewport, file }));
      }
    }
    console.log(`${page.name}: ${decodeURI(page.path)}`);
  }
  writeFileSync(join(OUT, 'index.html'), indexPage(shots, site, missing));
  // The 404 pages are shot at their own files (/404.html, /en/404.html), which answer 200 like every other page.
  const unexpected = shots.filter((shot) => shot.status !== 200);
  for (const shot of unexpected) console.warn(`${shot.file}: HTTP ${shot.status}`);
  console.log(`${shots.length} screenshots of ${pages.length} page types in ${OUT} (open index.html).`);
} finally {
  await browser.close();
  await server.close();
}
