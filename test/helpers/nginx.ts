/**
 * Debian's nginx serving a built site with docs/nginx.conf, on free local ports, for `npm run test:nginx`.
 * The sample configuration is used as written: only the lines marked ADAPT are replaced (ports on
 * 127.0.0.1, a throwaway certificate, the site folder), and each replacement must match exactly once,
 * so that an edit of the sample that the test no longer understands fails loudly instead of testing
 * another configuration.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT, TMP } from './paths.ts';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** Why the nginx test cannot run here, or undefined when it can. */
export function nginxMissing(): string | undefined {
  if (existsSync(NGINX)) return undefined;
  return `nginx was not found at ${NGINX}. Install Debian's nginx with: sudo apt-get install -y nginx   (or set NGINX_PATH)`;
}

export interface NginxSite {
  /** https://127.0.0.1:<port>, with a self-signed certificate. */
  url: string;
  /** http://127.0.0.1:<port>, the redirecting server. */
  plainUrl: string;
  /** The configuration nginx runs, for messages. */
  config: string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function replaceOnce(config: string, line: RegExp, replacement: string): string {
  const matches = config.match(new RegExp(line.source, 'gm'))?.length ?? 0;
  if (matches !== 1)
    throw new Error(
      `docs/nginx.conf: expected one line matching ${line}, found ${matches}. Update test/helpers/nginx.ts with the sample.`,
    );
  return config.replace(new RegExp(line.source, 'm'), replacement);
}

/** docs/nginx.conf with the ADAPT lines set for a local run. */
export function localSiteConfig(options: {
  root: string;
  port: number;
  plainPort: number;
  certificate: string;
  key: string;
  /** The web editor's password file and the port of the server standing in for it (test/nginx/editor.test.ts). */
  htpasswd: string;
  upstreamPort: number;
}): string {
  let config = readFileSync(join(ROOT, 'docs/nginx.conf'), 'utf8');
  config = replaceOnce(
    config,
    /^(\s*)listen 443 ssl http2;.*$/,
    `$1listen 127.0.0.1:${options.port} ssl http2;`,
  );
  config = replaceOnce(
    config,
    /^(\s*)ssl_certificate .*$/,
    `$1ssl_certificate ${options.certificate};`,
  );
  config = replaceOnce(
    config,
    /^(\s*)ssl_certificate_key .*$/,
    `$1ssl_certificate_key ${options.key};`,
  );
  config = replaceOnce(config, /^(\s*)root \/srv\/studio-showcase;.*$/, `$1root ${options.root};`);
  config = replaceOnce(config, /^(\s*)listen 80;.*$/, `$1listen 127.0.0.1:${options.plainPort};`);
  config = replaceOnce(
    config,
    /^(\s*)auth_basic_user_file .*$/,
    `$1auth_basic_user_file ${options.htpasswd};`,
  );
  config = replaceOnce(
    config,
    /^(\s*)proxy_pass http:\/\/127\.0\.0\.1:8080;.*$/,
    `$1proxy_pass http://127.0.0.1:${options.upstreamPort};`,
  );
  return config;
}

/**
 * Starts nginx in the foreground with its own prefix folder (logs, pid, temporary files). `editor` gives the web
 * editor's password file and upstream port; without it the editor's location points at a closed port.
 */
export async function startNginx(
  root: string,
  editor?: { htpasswd: string; upstreamPort: number },
): Promise<NginxSite> {
  mkdirSync(TMP, { recursive: true });
  const prefix = mkdtempSync(join(TMP, 'nginx-'));
  const certificate = join(prefix, 'site.pem');
  const key = join(prefix, 'site.key');
  const openssl = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-keyout',
      key,
      '-out',
      certificate,
    ],
    { encoding: 'utf8' },
  );
  if (openssl.status !== 0)
    throw new Error(
      `openssl could not make a test certificate (apt-get install -y openssl):\n${openssl.stderr ?? openssl.error}`,
    );

  const [port, plainPort] = [await freePort(), await freePort()];
  const site = localSiteConfig({
    root,
    port,
    plainPort,
    certificate,
    key,
    htpasswd: editor?.htpasswd ?? join(prefix, 'no-editors.htpasswd'),
    upstreamPort: editor?.upstreamPort ?? (await freePort()),
  });
  writeFileSync(join(prefix, 'site.conf'), site);
  // The http block Debian's /etc/nginx/nginx.conf gives a site (its mime.types), without its logs and user.
  const main = `daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
${process.getuid?.() === 0 ? 'user root;' : ''}
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log ${prefix}/access.log;
    client_body_temp_path ${prefix}/body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
    include ${prefix}/site.conf;
}
`;
  const mainFile = join(prefix, 'nginx.conf');
  writeFileSync(mainFile, main);
  const args = ['-p', prefix, '-e', join(prefix, 'error.log'), '-c', mainFile];
  const check = spawnSync(NGINX, ['-t', ...args], { encoding: 'utf8' });
  if (check.status !== 0)
    throw new Error(
      `nginx rejects docs/nginx.conf:\n${check.stderr}\n--- configuration ---\n${site}`,
    );

  const child: ChildProcess = spawn(NGINX, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitForPort(
    port,
    () => child.exitCode !== null,
    () => `nginx exited: ${stderr}${readLog(join(prefix, 'error.log'))}`,
  );
  return {
    url: `https://127.0.0.1:${port}`,
    plainUrl: `http://127.0.0.1:${plainPort}`,
    config: site,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGQUIT');
      await exited;
    },
  };
}

const readLog = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

async function waitForPort(port: number, failed: () => boolean, why: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (failed()) throw new Error(why());
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not listen on port ${port} within 10 s. ${why()}`);
}
