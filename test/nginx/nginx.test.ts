import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { page as builtPage } from '../helpers/html.ts';
import { nginxMissing, startNginx, type NginxSite } from '../helpers/nginx.ts';
import { SAMPLE_DIST, TMP } from '../helpers/paths.ts';

/**
 * docs/nginx.conf in Debian's nginx, serving the built sample site over HTTPS and HTTP/2, loaded by
 * Chromium. Run by `npm run test:nginx`, not by `npm test`. Without nginx it is skipped, except
 * on CI (CI set), where a missing nginx is a failure.
 */
const missing = nginxMissing();
const onCi = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';
if (missing && onCi)
  throw new Error(`${missing}\nCI is set: the nginx test must run there, not be skipped.`);
if (missing) console.warn(`\nSKIPPED test:nginx. ${missing}\n`);

/** The policy of the pages' <meta> tag, which the header must repeat, plus what only a header can say. */
const metaPolicy = () =>
  builtPage(SAMPLE_DIST, '/')
    .querySelector('meta[http-equiv="Content-Security-Policy"]')!
    .getAttribute('content')!;

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'application/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  wasm: 'application/wasm',
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  // Pagefind's own (already compressed) files.
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
};
const extension = (path: string) =>
  path.endsWith('/') ? 'html' : (path.split('/').at(-1)!.split('.').at(-1) ?? '');

const YEAR_IMMUTABLE = 'public, max-age=31536000, immutable';
/** What each kind of file may be cached for: the rules docs/nginx.conf sets out to follow. */
function expectedCaching(path: string): string {
  if (
    path.startsWith('/_astro/') ||
    path.startsWith('/charts/') ||
    path.startsWith('/share-cards/')
  )
    return YEAR_IMMUTABLE;
  if (/^(\/en)?\/pagefind\/.+\.pf_(fragment|index|filter|meta)$/.test(path)) return YEAR_IMMUTABLE;
  if (/^\/documents\/[^/]+\/[^/]+$/.test(path) || path.startsWith('/reports/pdf/'))
    return 'public, max-age=86400';
  return 'no-cache';
}

/** The headers every response must carry, error pages too. */
function expectSecurityHeaders(headers: Record<string, string>, what: string): void {
  expect(headers['content-security-policy'], what).toBe(`${metaPolicy()}; frame-ancestors 'none'`);
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
}

const PAGES = [
  '/',
  '/studios/',
  '/studios/zhao-pengda/',
  '/people/zhao-pengda/',
  '/documents/jz-2021-31/',
  '/news/2021-plaque-unveiled/',
  '/reports/2021/',
  '/awards/year/2021/',
  '/data/',
];

describe.skipIf(Boolean(missing))('docs/nginx.conf in Debian nginx', () => {
  let nginx: NginxSite;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    nginx = await startNginx(SAMPLE_DIST);
    browser = await launchBrowser();
    // The certificate is a throwaway one made for the test.
    context = await browser.newContext({ ignoreHTTPSErrors: true });
  });
  afterAll(async () => {
    await browser?.close();
    await nginx?.stop();
  });

  /** Loads a page and checks every response of the site it made: type, security headers, caching. */
  async function loadAndCheck(
    path: string,
    expectedStatus = 200,
  ): Promise<{ responses: Response[]; protocol: string; status: number }> {
    const page = await context.newPage();
    const responses: Response[] = [];
    const problems: string[] = [];
    page.on(
      'response',
      (response) => response.url().startsWith(nginx.url) && responses.push(response),
    );
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    const main = await page.goto(`${nginx.url}${path}`, { waitUntil: 'networkidle' });
    const protocol = await page.evaluate(
      () =>
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
          .nextHopProtocol,
    );
    if (expectedStatus === 200)
      expect(
        problems,
        `${path}: errors in the console (a CSP header that blocks the page?)`,
      ).toEqual([]);
    for (const response of responses) {
      const url = new URL(response.url());
      const headers = await response.allHeaders();
      const what = `${url.pathname} (from ${path})`;
      expectSecurityHeaders(headers, what);
      if (response.status() === 200) {
        expect(headers['content-type'], what).toBe(TYPES[extension(url.pathname)]);
        expect(headers['cache-control'], what).toBe(expectedCaching(url.pathname));
      }
    }
    const status = main!.status();
    await page.close();
    expect(status, path).toBe(expectedStatus);
    return { responses, protocol, status };
  }

  it('serves every page type, in both languages, over HTTP/2 with the right types, headers, caching and compression', async () => {
    for (const path of [...PAGES, ...PAGES.map((p) => `/en${p}`)]) {
      const { responses, protocol } = await loadAndCheck(path);
      expect(protocol, path).toBe('h2');
      const document = responses.find((response) => new URL(response.url()).pathname === path)!;
      expect(await document.headerValue('content-encoding'), path).toBe('gzip');
      const stylesheet = responses.find((response) => /\/_astro\/.+\.css$/.test(response.url()));
      expect(stylesheet, `${path}: its stylesheet`).toBeDefined();
      expect(await stylesheet!.headerValue('content-encoding'), stylesheet!.url()).toBe('gzip');
    }
  });

  it('runs a search: Pagefind loads its script, WebAssembly and hashed fragments with the right types and caching', async () => {
    for (const [path, query] of [
      ['/search/', '创新'],
      ['/en/search/', 'studio'],
    ] as const) {
      const { responses } = await loadAndCheck(`${path}?q=${encodeURIComponent(query)}`);
      const pagefind = responses
        .map((response) => new URL(response.url()).pathname)
        .filter((p) => p.includes('/pagefind/'));
      expect(
        pagefind.some((p) => p.endsWith('/pagefind.js')),
        pagefind.join(' '),
      ).toBe(true);
      expect(
        pagefind.some((p) => p.endsWith('.pagefind')),
        'the WebAssembly module',
      ).toBe(true);
      expect(
        pagefind.some((p) => p.endsWith('.pf_meta')),
        'the hashed metadata',
      ).toBe(true);
      expect(
        pagefind.some((p) => p.endsWith('.pf_fragment')),
        'a result fragment',
      ).toBe(true);
    }
  });

  it('serves data, feeds, the sitemap, charts and attachments with their types, caching and compression', async () => {
    const chartCsv = readdirCharts().find((file) => file.endsWith('.csv'))!;
    const chartSvg = readdirCharts().find((file) => file.endsWith('.svg'))!;
    const files: [string, string][] = [
      ['/data/studios.csv', 'text/csv; charset=utf-8'],
      ['/data/studios.json', 'application/json; charset=utf-8'],
      ['/rss.xml', 'text/xml; charset=utf-8'],
      ['/en/rss.xml', 'text/xml; charset=utf-8'],
      ['/sitemap-index.xml', 'text/xml; charset=utf-8'],
      ['/sitemap-0.xml', 'text/xml; charset=utf-8'],
      ['/robots.txt', 'text/plain; charset=utf-8'],
      [`/charts/${chartCsv}`, 'text/csv; charset=utf-8'],
      [`/charts/${chartSvg}`, 'image/svg+xml; charset=utf-8'],
      ['/documents/jz-2021-31/jz-2021-31.pdf', 'application/pdf'],
      [`/share-cards/${readdirSync(join(SAMPLE_DIST, 'share-cards'))[0]}`, 'image/png'],
    ];
    for (const [path, type] of files) {
      const response = await context.request.get(`${nginx.url}${path}`, {
        headers: { 'Accept-Encoding': 'gzip' },
      });
      const headers = response.headers();
      expect(response.status(), path).toBe(200);
      expect(headers['content-type'], path).toBe(type);
      expect(headers['cache-control'], path).toBe(expectedCaching(path));
      expectSecurityHeaders(headers, path);
      const size = readFileSync(join(SAMPLE_DIST, path)).length;
      if (type !== 'application/pdf' && type !== 'image/png' && size > 512)
        expect(headers['content-encoding'], path).toBe('gzip');
      if (type === 'application/pdf' || type === 'image/png')
        expect(headers['content-encoding'], path).toBeUndefined();
    }
  });

  it('answers a missing page with the 404 page, its status and every header', async () => {
    for (const path of [
      '/no-such-page/',
      '/studios/no-such-studio/',
      '/en/no-such-page/',
      '/_astro/no-such-file.js',
      '/charts/no-such-chart.svg',
    ]) {
      const page = await context.newPage();
      const response = (await page.goto(`${nginx.url}${path}`))!;
      expect(response.status(), path).toBe(404);
      const headers = await response.allHeaders();
      expectSecurityHeaders(headers, path);
      expect(headers['content-type'], path).toBe('text/html; charset=utf-8');
      // Never cached for a year, even where the file would have been.
      expect(headers['cache-control'], path).toBe('no-cache');
      // English paths get the English page (/en/404.html), the others the bilingual root page.
      if (path.startsWith('/en/')) {
        expect(await page.locator('html').getAttribute('lang'), path).toBe('en');
        expect(await page.locator('h1').textContent(), path).toBe('Page not found');
      } else {
        expect(await page.locator('h1').textContent(), path).toBe('页面未找到');
        expect(await page.locator('h2').textContent(), path).toBe('Page not found');
      }
      await page.close();
    }
  });

  it('redirects a folder without its slash to the folder, on the same host and port', async () => {
    const response = await context.request.get(`${nginx.url}/studios`, { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(response.headers().location).toBe('/studios/');
    expectSecurityHeaders(response.headers(), '/studios (redirect)');
  });

  it('sends plain HTTP to HTTPS', async () => {
    const response = await context.request.get(`${nginx.plainUrl}/studios/`, { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(response.headers().location).toMatch(/^https:\/\/127\.0\.0\.1(:\d+)?\/studios\/$/);
  });
});

describe.skipIf(Boolean(missing))('docs/nginx.conf with an English 404 page', () => {
  let nginx: NginxSite;
  let root: string;

  beforeAll(async () => {
    mkdirSync(TMP, { recursive: true });
    root = mkdtempSync(join(TMP, 'nginx-en404-'));
    mkdirSync(join(root, 'en'));
    writeFileSync(join(root, '404.html'), '<!doctype html><title>zh</title><h1>页面未找到</h1>');
    writeFileSync(
      join(root, 'en/404.html'),
      '<!doctype html><title>en</title><h1>Page not found</h1>',
    );
    nginx = await startNginx(root);
  });
  afterAll(async () => nginx?.stop());

  it('answers English paths with /en/404.html and the others with /404.html', async () => {
    const get = (path: string) => fetchInsecure(`${nginx.url}${path}`);
    for (const [path, heading] of [
      ['/en/missing/', 'Page not found'],
      ['/en/studios/missing/', 'Page not found'],
      ['/missing/', '页面未找到'],
      ['/enx/', '页面未找到'],
    ]) {
      const { status, body } = await get(path!);
      expect(status, path).toBe(404);
      expect(body, path).toContain(`<h1>${heading}</h1>`);
    }
  });

  /** A request through a throwaway Chromium-free client: the certificate is self-signed. */
  async function fetchInsecure(url: string): Promise<{ status: number; body: string }> {
    const { request } = await import('node:https');
    return new Promise((resolve, reject) => {
      request(url, { rejectUnauthorized: false }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, body }));
      })
        .on('error', reject)
        .end();
    });
  }
});

const readdirCharts = () => readdirSync(join(SAMPLE_DIST, 'charts')).toSorted();
