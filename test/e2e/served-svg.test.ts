/**
 * An SVG the site serves is harmless opened on its own, from the project's own servers as from
 * nginx: the static server of the tests and scripts and `npm run preview` send the headers
 * docs/nginx.conf sends (SITE_SECURITY_HEADERS), so an SVG holding onload, <script> and a
 * javascript: frame runs none of them in Chromium. (The check refuses such a file as content; this
 * covers whatever SVG still reaches a served folder, the site's own chart drawings among them.)
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/lib/static-server.ts';
import { SITE_SECURITY_HEADERS } from '../../src/lib/site/content-security.ts';
import { userEnvironment } from '../helpers/build.ts';
import { collectOutput, untilListening } from '../helpers/dev-server.ts';
import { ROOT, TMP } from '../helpers/paths.ts';
import { sharedBrowser } from '../helpers/browser.ts';

const EVIL_SVG = join(ROOT, 'test/fixtures/hostile-content/news/zh/images/evil.svg');

let browser: Browser;
let site = '';

beforeAll(async () => {
  mkdirSync(TMP, { recursive: true });
  site = mkdtempSync(join(TMP, 'served-svg-'));
  mkdirSync(join(site, '_astro'));
  copyFileSync(EVIL_SVG, join(site, '_astro/evil.svg'));
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>site</title>');
  browser = await sharedBrowser();
}, 120_000);

/** Opens the SVG on its own and says what its script managed to do (the SVG sets the document's title). */
async function openSvg(url: string): Promise<{ title: string; headers: Record<string, string> }> {
  const page = await browser.newPage();
  try {
    const response = await page.goto(url);
    // Give onload, the script and the frame time to run, had they been allowed to.
    await page.waitForTimeout(500);
    return { title: await page.evaluate(() => document.title), headers: response!.headers() };
  } finally {
    await page.close();
  }
}

/** `npm run preview` (astro preview) on a folder, on a free port. */
async function startPreview(outDir: string): Promise<{ url: string; stop: () => void }> {
  const port = 5900 + Math.floor(Math.random() * 500);
  const child = spawn(
    process.execPath,
    [
      'node_modules/astro/bin/astro.mjs',
      'preview',
      '--outDir',
      outDir,
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
    ],
    {
      cwd: ROOT,
      env: {
        ...userEnvironment(),
        ASTRO_TELEMETRY_DISABLED: '1',
        ASTRO_DISABLE_UPDATE_CHECK: 'true',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  await untilListening(child, port, collectOutput(child), 'astro preview');
  return { url: `http://127.0.0.1:${port}`, stop: () => void child.kill() };
}

describe('an SVG with script, opened on its own', () => {
  it('from the static server of the tests and scripts: no script runs', async () => {
    const server = await serve(site);
    try {
      const opened = await openSvg(`${server.url}/_astro/evil.svg`);
      expect(opened.title).not.toMatch(/ran/);
      for (const [name, value] of Object.entries(SITE_SECURITY_HEADERS))
        expect(opened.headers[name.toLowerCase()], name).toBe(value);
    } finally {
      await server.close();
    }
  }, 60_000);

  it('from npm run preview: no script runs', async () => {
    const preview = await startPreview(site);
    try {
      const opened = await openSvg(`${preview.url}/_astro/evil.svg`);
      expect(opened.title).not.toMatch(/ran/);
      for (const [name, value] of Object.entries(SITE_SECURITY_HEADERS))
        expect(opened.headers[name.toLowerCase()], name).toBe(value);
    } finally {
      preview.stop();
    }
  }, 120_000);

  it('the same file with no policy does run its script in this browser (the test can see a script run)', async () => {
    const bare = createServer((_request, response) =>
      response.writeHead(200, { 'Content-Type': 'image/svg+xml' }).end(readFileSync(EVIL_SVG)),
    );
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = bare.address() as AddressInfo;
      expect((await openSvg(`http://127.0.0.1:${port}/evil.svg`)).title).toMatch(/ran/);
    } finally {
      await new Promise((resolve) => bare.close(resolve));
    }
  }, 60_000);
});
