/**
 * A static file server for a built site, on a free local port, as a web host would serve it:
 * sirv serves the files (folder → index.html, no path outside the site), the site's 404 page
 * answers a missing one, and a malformed address (a lone % …) is a 400, never a crash. Every answer
 * carries the security headers docs/nginx.conf sends (SITE_SECURITY_HEADERS): an SVG opened on its
 * own here runs no script, as on the public host.
 */
import { createReadStream } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import sirv from 'sirv';
import { SITE_SECURITY_HEADERS } from '../../src/lib/site/content-security.ts';

/** Types with their encoding, as the site's nginx sends them (sirv names some types without a charset). */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** True when the path of a request line decodes; decodeURIComponent throws on a lone or broken %. */
function decodable(url: string): boolean {
  try {
    decodeURIComponent(url.split('?')[0]!);
    return true;
  } catch {
    return false;
  }
}

export async function serve(dir: string): Promise<StaticServer> {
  const files = sirv(dir, {
    // Look each file up when asked (not once at start), so that a rebuilt site is served as it is now.
    dev: true,
    etag: true,
    dotfiles: false,
    setHeaders: (response, pathname) => {
      // A folder is its index.html; any other file without a known type is plain bytes (Pagefind's own files).
      const extension = pathname.endsWith('/') ? '.html' : extname(pathname) || '.html';
      response.setHeader('Content-Type', TYPES[extension] ?? 'application/octet-stream');
    },
    onNoMatch: (_request, response) => {
      response.writeHead(404, { 'Content-Type': TYPES['.html']! });
      createReadStream(join(dir, '404.html'))
        .on('error', () => response.end())
        .pipe(response);
    },
  });
  const server: Server = createServer((request, response) => {
    for (const [name, value] of Object.entries(SITE_SECURITY_HEADERS))
      response.setHeader(name, value);
    if (!decodable(request.url ?? '/')) {
      response
        .writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' })
        .end('Bad request: the address is not valid percent-encoding.\n');
      return;
    }
    files(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
