import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_CSP, serveAdmin } from '../../src/lib/editor/admin-assets.ts';
import { ROOT } from '../helpers/paths.ts';

/** serveAdmin behind a bare server: what it does not answer gets 418, so a test can tell. */
let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((req, res) => {
    void serveAdmin(req, res).then((answered) => answered || res.writeHead(418).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request with the path exactly as given (fetch would resolve `..` before sending it). */
function get(path: string, method = 'GET', headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode!,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}

function expectAdminHeaders(answer: Answer, what: string): void {
  expect(answer.headers['content-security-policy'], what).toBe(ADMIN_CSP);
  expect(answer.headers['x-content-type-options'], what).toBe('nosniff');
  expect(answer.headers['x-frame-options'], what).toBe('DENY');
  expect(answer.headers['referrer-policy'], what).toBe('same-origin');
}

const DIST = dirname(createRequire(import.meta.url).resolve('decap-cms-app'));

describe('serveAdmin', () => {
  it('has a policy that names no other host and allows no inline script', () => {
    expect(ADMIN_CSP).not.toMatch(/https?:|\*/);
    expect(ADMIN_CSP).toContain("frame-ancestors 'none'");
    expect(ADMIN_CSP).toContain("connect-src 'self' blob:");
    expect(ADMIN_CSP).toContain("object-src 'none'");
    const script = ADMIN_CSP.split('; ').find((directive) => directive.startsWith('script-src '))!;
    expect(script).not.toContain("'unsafe-inline'");
  });

  it('serves the page, in Chinese, loading Decap and the admin script from /admin/', async () => {
    const page = await get('/admin/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expectAdminHeaders(page, '/admin/');
    const html = page.body.toString();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<title>内容编辑</title>');
    expect(html).toContain('src="/admin/decap/decap-cms-app.js"');
    expect(html).toContain('src="/admin/admin.js"');
    expect(html).not.toMatch(/<script>|<script [^>]*>[^<]/);
    const head = await get('/admin/', 'HEAD');
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(page.headers['content-length']);
    expect(
      (await get('/admin/', 'GET', { 'If-None-Match': String(page.headers.etag) })).status,
    ).toBe(304);
    expect((await get('/admin')).headers.location).toBe('/admin/');
  });

  it("serves Decap's files with their types, revalidating numbered chunks and keeping hashed WebAssembly for a year", async () => {
    const main = await get('/admin/decap/decap-cms-app.js');
    expect(main.status).toBe(200);
    expect(main.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(main.headers['cache-control']).toBe('no-cache');
    expect(main.body.equals(readFileSync(join(DIST, 'decap-cms-app.js')))).toBe(true);
    expectAdminHeaders(main, 'decap-cms-app.js');
    const wasm = readdirSync(DIST).find((name) => name.endsWith('.wasm'))!;
    const module = await get(`/admin/decap/${wasm}`);
    expect(module.headers['content-type']).toBe('application/wasm');
    expect(module.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/admin/decap/decap-cms-app.js.map')).headers['content-type']).toBe(
      'application/json; charset=utf-8',
    );
  });

  it('compiles the admin script once and serves it as JavaScript', async () => {
    const first = await get('/admin/admin.js');
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(first.body.toString()).toContain('/admin/api/studio/');
    expect((await get('/admin/admin.js')).body.equals(first.body)).toBe(true);
  });

  it('serves the generated configurations as YAML when they exist', async () => {
    for (const name of ['config.yml', 'config.en.yml']) {
      const config = await get(`/admin/${name}`);
      if (existsSync(join(ROOT, 'src/admin', name)))
        expect(config.headers['content-type'], name).toBe('text/yaml; charset=utf-8');
      else expect(config.status, name).toBe(404);
      expectAdminHeaders(config, name);
    }
  });

  it('refuses every other name, traversal and folders, with the same headers', async () => {
    for (const path of [
      '/admin/decap/../../package.json',
      '/admin/decap/..%2f..%2fpackage.json',
      '/admin/decap/%2e%2e/package.json',
      '/admin/decap/esm/index.js',
      '/admin/decap/esm',
      '/admin/decap/',
      '/admin/decap/no-such.decap-cms-app.js',
      '/admin/../package.json',
      '/admin/admin.ts',
      '/admin/strings.ts',
      '/admin/nothing-here.txt',
    ]) {
      const answer = await get(path);
      expect(answer.status, path).toBe(404);
      expectAdminHeaders(answer, path);
      expect(answer.headers['cache-control'], path).toBe('no-store');
    }
  });

  it('leaves the API and other methods to the server', async () => {
    expect((await get('/admin/api/v1')).status).toBe(418);
    expect((await get('/admin/api/studio/whoami')).status).toBe(418);
    expect((await get('/admin/', 'POST')).status).toBe(418);
    expect((await get('/')).status).toBe(418);
  });

  it("gives Decap's bundle the React version its built-in react-dom was made with", () => {
    const bundle = readFileSync(join(DIST, 'decap-cms-app.js'), 'utf8');
    const embedded = bundle.match(/version:"(19\.\d+\.\d+)"/)?.[1];
    const react = JSON.parse(
      readFileSync(join(ROOT, 'node_modules/react/package.json'), 'utf8'),
    ) as { version: string };
    // React refuses to start with another version (minified error #527): pin react and react-dom to this one.
    expect(react.version).toBe(embedded);
  });
});
