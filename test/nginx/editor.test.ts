import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { request } from 'node:https';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nginxMissing, startNginx, type NginxSite } from '../helpers/nginx.ts';
import { TMP } from '../helpers/paths.ts';

/**
 * The web editor's location of docs/nginx.conf: basic auth in front of the editor server, whose place a stub
 * takes here (it echoes the headers it received). Nobody reaches it unsigned; the signed-in name and role
 * replace whatever a client sent in the trusted headers. Skipped like the other nginx tests when nginx is missing.
 */
const missing = nginxMissing();

/** The password file's people: `wangxm` is the sample's reviewer (its `map`), `clerk` an editor. */
const PEOPLE = { clerk: 'clerk-secret', wangxm: 'reviewer-secret' };
/** A policy only the stub sends: nginx must pass it through alone, without the public site's on top. */
const STUB_CSP = "default-src 'self'; script-src 'self' 'unsafe-eval'";

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

describe.skipIf(Boolean(missing))('docs/nginx.conf: the web editor behind basic auth', () => {
  let nginx: NginxSite;
  let upstream: Server;
  const seen: IncomingHttpHeaders[] = [];

  beforeAll(async () => {
    mkdirSync(TMP, { recursive: true });
    const folder = mkdtempSync(join(TMP, 'nginx-editor-'));
    writeFileSync(join(folder, 'index.html'), '<!doctype html><title>site</title>');
    const lines = Object.entries(PEOPLE).map(([name, password]) => {
      const hash = spawnSync('openssl', ['passwd', '-apr1', password], { encoding: 'utf8' });
      if (hash.status !== 0) throw new Error(`openssl passwd failed: ${hash.stderr}`);
      return `${name}:${hash.stdout.trim()}`;
    });
    writeFileSync(join(folder, 'editors.htpasswd'), `${lines.join('\n')}\n`);
    upstream = createServer((req, res) => {
      let size = 0;
      req.on('data', (chunk: Buffer) => (size += chunk.length));
      req.on('end', () => {
        seen.push(req.headers);
        const echo = {
          url: req.url,
          user: req.headers['x-studio-user'],
          role: req.headers['x-studio-role'],
          email: req.headers['x-studio-email'] ?? null,
          size,
        };
        res
          .writeHead(200, {
            'Content-Type': 'application/json',
            'Content-Security-Policy': STUB_CSP,
          })
          .end(JSON.stringify(echo));
      });
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const upstreamPort = (upstream.address() as { port: number }).port;
    nginx = await startNginx(folder, { htpasswd: join(folder, 'editors.htpasswd'), upstreamPort });
  });
  afterAll(async () => {
    await nginx?.stop();
    await new Promise<void>((resolve) => (upstream ? upstream.close(() => resolve()) : resolve()));
  });

  function call(
    path: string,
    options: {
      method?: string;
      who?: keyof typeof PEOPLE;
      password?: string;
      headers?: Record<string, string>;
      body?: string;
    } = {},
  ): Promise<Answer> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.who)
      headers.Authorization = `Basic ${Buffer.from(`${options.who}:${options.password ?? PEOPLE[options.who]}`).toString('base64')}`;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    return new Promise((resolve, reject) => {
      const req = request(
        `${nginx.url}${path}`,
        { method: options.method ?? 'GET', headers, rejectUnauthorized: false },
        (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (body += chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode!, headers: response.headers, body }),
          );
        },
      );
      req.on('error', reject);
      req.end(options.body);
    });
  }

  it('asks for a sign-in before the admin page and the API, and never lets an unsigned request through', async () => {
    const before = seen.length;
    for (const [path, method] of [
      ['/admin/', 'GET'],
      ['/admin/config.yml', 'GET'],
      ['/admin/api/v1', 'POST'],
      ['/admin/api/studio/whoami', 'POST'],
    ] as const) {
      const answer = await call(path, {
        method,
        headers: { 'X-Studio-User': 'intruder', 'X-Studio-Role': 'reviewer' },
      });
      expect(answer.status, path).toBe(401);
      expect(answer.headers['www-authenticate'], path).toMatch(/^Basic realm=/);
      expect(
        (await call(path, { method, who: 'clerk', password: 'wrong' })).status,
        `${path} with a wrong password`,
      ).toBe(401);
    }
    expect(seen.length).toBe(before);
  });

  it('passes the signed-in name and role, replacing what the client sent', async () => {
    const spoof = {
      'X-Studio-User': 'intruder',
      'X-Studio-Role': 'reviewer',
      'X-Studio-Email': 'boss@example.org',
    };
    const clerk = JSON.parse((await call('/admin/', { who: 'clerk', headers: spoof })).body);
    expect(clerk).toMatchObject({ url: '/admin/', user: 'clerk', role: 'editor', email: null });
    const reviewer = JSON.parse(
      (
        await call('/admin/api/v1', {
          method: 'POST',
          who: 'wangxm',
          headers: spoof,
          body: '{"action":"info"}',
        })
      ).body,
    );
    expect(reviewer).toMatchObject({
      url: '/admin/api/v1',
      user: 'wangxm',
      role: 'reviewer',
      email: null,
    });
    expect(seen.at(-1)!['x-forwarded-proto']).toBe('https');
  });

  it("sends the editor server's own policy alone, not the public site's on top of it", async () => {
    const answer = await call('/admin/', { who: 'clerk' });
    expect(answer.headers['content-security-policy']).toBe(STUB_CSP);
    expect(answer.headers['x-robots-tag']).toBe('noindex, nofollow');
    // The public site keeps its own headers.
    expect((await call('/')).headers['content-security-policy']).toMatch(
      /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';/,
    );
  });

  it('takes a 10 MB image as base64 in JSON, and redirects /admin to /admin/', async () => {
    const image = Buffer.alloc(10 * 1024 * 1024, 7).toString('base64');
    const body = JSON.stringify({ action: 'persistMedia', params: { asset: { content: image } } });
    const answer = await call('/admin/api/v1', { method: 'POST', who: 'clerk', body });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).size).toBe(Buffer.byteLength(body));
    const bare = await call('/admin');
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/admin/');
  });
});
