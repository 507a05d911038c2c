/**
 * The editor's server (node:http, 127.0.0.1 only): Decap's proxy protocol at POST /admin/api/v1,
 * the editor's own endpoints at POST /admin/api/studio/<name>, the admin page under /admin/
 * (admin-assets.ts), and the live build read-only at every other path, as a preview.
 * Requests for a host other than its own loopback address or a `--public-host` are refused (DNS
 * rebinding); the API takes JSON only (a cross-site form cannot send it without CORS, which the
 * server never grants).
 */
import { SITE_SECURITY_HEADERS } from '../site/content-security.ts';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { MAX_BODY_CHARS } from '../content/content-limits.ts';
import { dataTooDeep } from '../content/nesting.ts';
import { ADMIN_HEADERS, serveAdmin } from './admin-assets.ts';
import { createContext, type EditorContext } from './context.ts';
import { asEditorError, refuse } from './errors.ts';
import { GitStore } from './git-store.ts';
import { identify, type IdentityDefaults } from './identity.ts';
import { Publisher, type BuildRunner } from './publisher.ts';
import { proxyAction } from './proxy-api.ts';
import { studioAction } from './studio-api.ts';
import { MAX_UPLOAD_BYTES } from './uploads.ts';

/** Uploads one save may carry at the largest size, in base64, plus the entry text (up to 4 bytes a character) and the JSON around it. */
export const MAX_REQUEST_BYTES =
  4 * Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 4 * MAX_BODY_CHARS + 1024 * 1024;

/** How the server is started. */
export interface EditorServerOptions {
  contentDir: string;
  /** The live build (a link to a release), served read-only at `/`. */
  outDir: string;
  port: number;
  /** Host names (with port, as browsers send them) of a web server in front. */
  publicHosts?: string[];
  defaults: IdentityDefaults;
  build: BuildRunner;
}

/** A running editor server. */
export interface EditorServer {
  url: string;
  context: EditorContext;
  close: () => Promise<void>;
}

/** API answers are under /admin/ too: they carry the admin page's headers (its policy, nosniff, no framing). */
const JSON_HEADERS = {
  ...ADMIN_HEADERS,
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
};
const ADMIN_TEXT = {
  ...ADMIN_HEADERS,
  'Content-Type': 'text/plain; charset=utf-8',
  'Cache-Control': 'no-store',
};
/**
 * The live build as the public host serves it: the headers docs/nginx.conf sends (the site's policy, which
 * also covers a file opened on its own, such as an SVG; nosniff, so that a file is never taken for another type).
 */
const PREVIEW_HEADERS = SITE_SECURITY_HEADERS;

/**
 * The most values (array items, object members) a request's JSON may hold. A save's uploads are
 * long strings, which count once; an entry's data is hundreds. A body of 54 MB of `[0,0,…]`, within
 * the size limit, took 20 s and 3 GB to parse, and every other request waited.
 */
export const MAX_JSON_VALUES = 500_000;

/** How many values a JSON text separates (commas and openings outside strings), counted before parsing it. */
function jsonValueCount(bytes: Buffer): number {
  let count = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (inString) {
      if (byte === 0x5c)
        i++; // a backslash escapes the next byte
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x2c || byte === 0x5b || byte === 0x7b) count++;
  }
  return count;
}

/** The request's JSON body, within the size limit. */
async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const type = String(request.headers['content-type'] ?? '').toLowerCase();
  if (!/^application\/json\s*(;|$)/.test(type))
    throw refuse(
      415,
      '接口只接受 JSON（Content-Type: application/json）',
      'The API accepts JSON only (Content-Type: application/json)',
    );
  if (Number(request.headers['content-length'] ?? 0) > MAX_REQUEST_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_REQUEST_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  const bytes = Buffer.concat(chunks);
  if (jsonValueCount(bytes) > MAX_JSON_VALUES)
    throw refuse(
      413,
      `请求中的数据项过多（上限 ${MAX_JSON_VALUES} 项）`,
      `The request holds too many values (limit ${MAX_JSON_VALUES})`,
    );
  let body: unknown;
  try {
    body = JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    // answered below
  }
  // Thousands of nested brackets parse, then overflow whatever turns a parameter into text.
  if (dataTooDeep(body))
    throw refuse(400, '请求内容嵌套过深', 'The request body is nested too deeply');
  if (body && typeof body === 'object' && !Array.isArray(body))
    return body as Record<string, unknown>;
  throw refuse(400, '请求内容不是有效的 JSON 对象', 'The request body is not a valid JSON object');
}

const tooLarge = () =>
  refuse(
    413,
    `请求过大（上限 ${Math.round(MAX_REQUEST_BYTES / 1024 / 1024)} MB）；单个文件不得超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`,
    `The request is too large (limit ${Math.round(MAX_REQUEST_BYTES / 1024 / 1024)} MB); a single file may be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`,
  );

/** Answers one API request: POST, JSON, a known user; errors as `{error}` with their status. */
async function answerApi(
  context: EditorContext,
  defaults: IdentityDefaults,
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
): Promise<void> {
  let status = 200;
  let body: unknown;
  try {
    if (request.method !== 'POST')
      throw refuse(405, '接口只接受 POST 请求', 'The API accepts POST requests only');
    if (request.headers['sec-fetch-site'] === 'cross-site')
      throw refuse(403, '拒绝来自其他网站的请求', 'Requests from other sites are refused');
    const json = await readJson(request);
    const user = identify(request, defaults);
    const params =
      json.params && typeof json.params === 'object'
        ? (json.params as Record<string, unknown>)
        : json;
    body =
      path === '/admin/api/v1'
        ? await proxyAction(context, String(json.action ?? ''), { params, user })
        : await studioAction(context, path.slice('/admin/api/studio/'.length), {
            params: json,
            user,
          });
  } catch (error) {
    const answer = asEditorError(error);
    if (answer.status >= 500) console.error(`${request.method} ${path}:`, error);
    status = answer.status;
    body = { error: answer.message, ...answer.details };
  }
  if (!response.headersSent)
    response.writeHead(status, JSON_HEADERS).end(JSON.stringify(body ?? null));
}

/** Starts the editor's server on 127.0.0.1 (`port` 0: any free port). */
export async function startEditorServer(options: EditorServerOptions): Promise<EditorServer> {
  const store = await GitStore.open(options.contentDir);
  const context = createContext(store, new Publisher(options.build));
  const preview = sirv(options.outDir, {
    dev: true,
    etag: true,
    dotfiles: false,
    setHeaders: (response) =>
      Object.entries(PREVIEW_HEADERS).forEach(([name, value]) => response.setHeader(name, value)),
  });
  const allowed = new Set<string>();
  const server: Server = createServer((request, response) => {
    const host = String(request.headers.host ?? '').toLowerCase();
    const path = (request.url ?? '/').split(/[?#]/, 1)[0]!;
    const admin = path === '/admin' || path.startsWith('/admin/');
    if (!allowed.has(host)) {
      response
        .writeHead(421, admin ? ADMIN_TEXT : { 'Content-Type': 'text/plain; charset=utf-8' })
        .end('拒绝：未知的主机名 / Refused: unknown host name\n');
      return;
    }
    if (path === '/admin/api/v1' || path.startsWith('/admin/api/studio/'))
      return void answerApi(context, options.defaults, request, response, path);
    if (path.startsWith('/admin/api/'))
      return void response
        .writeHead(404, JSON_HEADERS)
        .end(JSON.stringify({ error: '没有这个接口 / No such endpoint' }));
    if (admin) {
      serveAdmin(request, response).then(
        (answered) =>
          answered ||
          response
            .writeHead(405, { ...ADMIN_TEXT, Allow: 'GET, HEAD' })
            .end('Method not allowed\n'),
        (error: unknown) => (
          console.error(error),
          response.headersSent || response.writeHead(500, ADMIN_TEXT).end()
        ),
      );
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return void response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return void response
        .writeHead(400, { ...PREVIEW_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' })
        .end('Bad request\n');
    }
    // sirv's `dotfiles: false` holds only outside its dev mode (which the preview needs: the build's link moves).
    if (/(^|[/\\])\.(?!well-known([/\\]|$))/.test(decoded))
      return void response
        .writeHead(404, { ...PREVIEW_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' })
        .end('Not found\n');
    preview(
      request,
      response,
      () =>
        void response
          .writeHead(404, { ...PREVIEW_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' })
          .end('Not found (no build yet?)\n'),
    );
  });
  // Large uploads over slow links: allow time, but not forever.
  server.requestTimeout = 10 * 60_000;
  await new Promise<void>((resolve, reject) =>
    server.once('error', reject).listen(options.port, '127.0.0.1', resolve),
  );
  const { port } = server.address() as AddressInfo;
  for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, ...(options.publicHosts ?? [])])
    allowed.add(host.toLowerCase());
  return {
    url: `http://127.0.0.1:${port}`,
    context,
    close: () =>
      new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}
