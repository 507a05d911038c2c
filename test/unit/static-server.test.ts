import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type StaticServer } from '../../scripts/lib/static-server.ts';
import { SITE_SECURITY_HEADERS } from '../../src/lib/site/content-security.ts';
import { TMP } from '../helpers/paths.ts';

/** A raw GET: the path is sent exactly as given (fetch would normalise some of it). */
function get(
  server: StaticServer,
  path: string,
): Promise<{
  status: number;
  type: string | undefined;
  body: string;
  headers: IncomingHttpHeaders;
}> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode!,
          type: response.headers['content-type'],
          body,
          headers: response.headers,
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}

describe('the static server of the tests and scripts', () => {
  let server: StaticServer;
  let root: string;

  beforeAll(async () => {
    mkdirSync(TMP, { recursive: true });
    const parent = mkdtempSync(join(TMP, 'static-server-'));
    writeFileSync(join(parent, 'secret.txt'), 'outside the site');
    root = join(parent, 'site');
    mkdirSync(join(root, 'studios/zhao-pengda'), { recursive: true });
    mkdirSync(join(root, 'pagefind'));
    writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
    writeFileSync(join(root, '404.html'), '<h1>not found</h1>');
    writeFileSync(join(root, 'studios/zhao-pengda/index.html'), '<h1>studio</h1>');
    writeFileSync(join(root, 'data.csv'), 'a,b\r\n');
    writeFileSync(join(root, '100% 工作室.txt'), 'named with a space, a percent sign and Chinese');
    writeFileSync(join(root, 'pagefind/wasm.unknown.pagefind'), 'bytes');
    server = await serve(root);
  });
  afterAll(() => server?.close());

  it('answers a malformed address with 400 and keeps serving', async () => {
    for (const path of ['/%', '/%E0%A4%A', '/studios/%zz/', '/%C0%AF', '/?q=%']) {
      // A malformed query is the page's business, not the server's: only the path must decode.
      const expected = path.startsWith('/?') ? 200 : 400;
      expect((await get(server, path)).status, path).toBe(expected);
    }
    expect((await get(server, '/')).body).toBe('<h1>home</h1>');
  });

  it('serves folders by their index.html, files with their type, encoded names decoded', async () => {
    expect(await get(server, '/studios/zhao-pengda/')).toMatchObject({
      status: 200,
      type: 'text/html; charset=utf-8',
      body: '<h1>studio</h1>',
    });
    expect(await get(server, '/data.csv')).toMatchObject({
      status: 200,
      type: 'text/csv; charset=utf-8',
    });
    expect(await get(server, '/pagefind/wasm.unknown.pagefind')).toMatchObject({
      status: 200,
      type: 'application/octet-stream',
    });
    expect(await get(server, `/${encodeURIComponent('100% 工作室.txt')}`)).toMatchObject({
      status: 200,
      body: 'named with a space, a percent sign and Chinese',
    });
  });

  it('answers a missing file with the 404 page and never serves a file outside the site', async () => {
    expect(await get(server, '/no-such-page/')).toMatchObject({
      status: 404,
      type: 'text/html; charset=utf-8',
      body: '<h1>not found</h1>',
    });
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/studios/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
    ]) {
      const response = await get(server, path);
      expect(response.body, path).not.toContain('outside the site');
    }
  });

  it('sends the security headers of docs/nginx.conf on every answer: a file, an SVG, the 404 page, a bad address', async () => {
    writeFileSync(
      join(root, 'drawing.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    );
    for (const path of ['/', '/drawing.svg', '/no-such-page/', '/%']) {
      const { headers } = await get(server, path);
      for (const [name, value] of Object.entries(SITE_SECURITY_HEADERS))
        expect(headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
    }
  });
});
