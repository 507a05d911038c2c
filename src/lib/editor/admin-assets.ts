/**
 * The admin page of the web editor and everything it loads, served by the editor server (server.ts) under /admin/:
 * the page itself, the generated Decap configurations (config.yml in Chinese, config.en.yml in English), Decap's prebuilt bundle from node_modules (no CDN) and our own
 * browser script, compiled once with esbuild. Every response carries the admin page's own strict headers.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ADMIN_DIR = fileURLToPath(new URL('../../admin/', import.meta.url));
const DECAP_DIST = dirname(createRequire(import.meta.url).resolve('decap-cms-app'));

/**
 * The admin page's policy, found in Chromium against Decap 3.16.3 by starting from the public site's policy and
 * adding only what Decap was seen to need (README, "The web editor"):
 * - 'unsafe-eval': Decap validates its configuration with ajv, which compiles each schema with `new Function`
 *   (without it: "Error loading the CMS configuration … EvalError");
 * - style-src 'unsafe-inline': Decap styles itself with emotion, which inserts <style> elements at run time;
 * - img-src blob:: the preview of an image chosen for upload;
 * - connect-src blob:: Decap reads an uploaded file back from its blob: address to send it with the entry
 *   (without it the save fails with "Failed to fetch");
 * - 'wasm-unsafe-eval': the WebP encoder of Decap's image transformations (media_library options) is WebAssembly.
 * Nothing from another host, no inline script, no plug-ins, no framing by other pages.
 */
export const ADMIN_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers on every admin response, error answers too. */
export const ADMIN_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': ADMIN_CSP,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** WebAssembly files are named by their content hash, so they never change under their name. */
const IMMUTABLE = /^[0-9a-f]{20}\.wasm$/;
const DECAP_VERSION = (
  JSON.parse(readFileSync(join(DECAP_DIST, '..', 'package.json'), 'utf8')) as { version: string }
).version;

let decapFiles: Set<string> | undefined;
/** The names in Decap's dist folder (files only, not its esm/ folder): nothing else is ever served from there. */
function decapListing(): Set<string> {
  decapFiles ??= new Set(
    readdirSync(DECAP_DIST, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name),
  );
  return decapFiles;
}

let adminScript: Promise<string> | undefined;
/** src/admin/admin.ts as one browser script (React included, which Decap's bundle expects as a global), compiled once. */
export function compileAdminScript(): Promise<string> {
  adminScript ??= (async () => {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: [join(ADMIN_DIR, 'admin.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      charset: 'utf8',
      legalComments: 'none',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    return result.outputFiles[0]!.text;
  })();
  // A failed compilation is tried again on the next request (the file may have been mended meanwhile).
  adminScript.catch(() => (adminScript = undefined));
  return adminScript;
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  headers: Record<string, string>,
  tag?: string,
): void {
  const etag =
    status === 200
      ? (tag ?? `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`)
      : undefined;
  const all: Record<string, string> = { ...ADMIN_HEADERS, ...headers };
  if (etag) all.ETag = etag;
  if (etag && req.headers['if-none-match'] === etag) {
    res.writeHead(304, all).end();
    return;
  }
  all['Content-Length'] = String(Buffer.byteLength(body));
  res.writeHead(status, all);
  res.end(req.method === 'HEAD' ? undefined : body);
}

function notFound(req: IncomingMessage, res: ServerResponse): true {
  send(req, res, 404, 'Not found\n', {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  return true;
}

function serveFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  cache: string,
  etag?: string,
): true {
  let body: Buffer;
  try {
    if (!statSync(file).isFile()) return notFound(req, res);
    body = readFileSync(file);
  } catch {
    return notFound(req, res);
  }
  return (
    send(
      req,
      res,
      200,
      body,
      {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': cache,
      },
      etag,
    ),
    true
  );
}

/**
 * Answers a GET or HEAD under /admin/ (not /admin/api/…): true when it answered (404 included), false when the
 * request is not the admin page's to answer.
 */
export async function serveAdmin(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const path = (req.url ?? '').split(/[?#]/, 1)[0]!;
  if (path === '/admin') {
    res.writeHead(301, { ...ADMIN_HEADERS, Location: '/admin/', 'Content-Length': '0' }).end();
    return true;
  }
  if (!path.startsWith('/admin/') || path.startsWith('/admin/api/')) return false;
  const rest = path.slice('/admin/'.length);
  if (rest === '' || rest === 'index.html')
    return serveFile(req, res, join(ADMIN_DIR, 'index.html'), 'no-cache');
  // The generated configurations (Chinese labels, English labels: `npm run cms:config`) and the page's stylesheet.
  if (rest === 'config.yml' || rest === 'config.en.yml' || rest === 'admin.css')
    return serveFile(req, res, join(ADMIN_DIR, rest), 'no-cache');
  if (rest === 'admin.js') {
    let script: string;
    try {
      script = await compileAdminScript();
    } catch (error) {
      console.error(
        `The admin script (src/admin/admin.ts) does not compile:\n${(error as Error).message}`,
      );
      send(req, res, 500, 'The admin script does not compile; see the editor server log.\n', {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
      });
      return true;
    }
    send(req, res, 200, script, { 'Content-Type': TYPES['.js']!, 'Cache-Control': 'no-cache' });
    return true;
  }
  if (rest.startsWith('decap/')) {
    const name = rest.slice('decap/'.length);
    // Only a name of the listing, compared as given: no decoding, so no `..`, `%2e%2e` or `/` can name anything else.
    if (!decapListing().has(name)) return notFound(req, res);
    // Chunk names are numbers, not hashes: the same name may hold other code in another Decap version, so they are
    // revalidated (ETag); the WebAssembly files are named by their hash.
    const cache = IMMUTABLE.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache';
    return serveFile(req, res, join(DECAP_DIST, name), cache, `"decap-${DECAP_VERSION}-${name}"`);
  }
  return notFound(req, res);
}
