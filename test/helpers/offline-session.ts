/**
 * `node test/helpers/offline-session.ts <content> <out>`: what an editor runs, in turn, through npm
 * as they would (`npm run check`, `npm run build`, `npm run dev` and one page fetched from it), each
 * with its output, then one line per command: `RESULT <command> <exit code or HTTP status>`.
 * test/build/offline.test.ts runs it in a network namespace of its own (no network at all), where
 * anything that needs another host fails. The dev server is given a registry of this process's own
 * (on the loopback, which the namespace has): `REGISTRY-REQUESTS <JSON list>` says what it was asked.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { takeAstroLock } from './astro-lock.ts';

const [content, out] = process.argv.slice(2);
if (!content || !out) throw new Error('usage: offline-session.ts <content> <out>');
const env = { ...process.env, STUDIO_CONTENT_DIR: content, STUDIO_OUT_DIR: out };
const results: string[] = [];

for (const script of ['check', 'build']) {
  const run = spawnSync('npm', ['run', script], { env, stdio: 'inherit' });
  results.push(`RESULT ${script} ${run.status}`);
}

// The registry Astro's update check would ask for its latest version: it answers nothing, and
// notes every request.
const requests: string[] = [];
const registry = createServer((request, response) => {
  requests.push(`${request.method} ${request.url}`);
  response.writeHead(404).end();
});
await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
const registryPort = (registry.address() as { port: number }).port;

// `npm run build` takes its turn for Astro itself; the dev server is started here, holding the turn (test/helpers/astro-lock.ts).
const releaseAstro = await takeAstroLock();
const port = 6300 + Math.floor(Math.random() * 500);
const dev = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--host', '127.0.0.1'], {
  env: { ...env, npm_config_registry: `http://127.0.0.1:${registryPort}/` },
  stdio: 'inherit',
  detached: true,
});
let status = 'none';
const deadline = Date.now() + 120_000;
while (Date.now() < deadline && status === 'none') {
  await new Promise((resolve) => setTimeout(resolve, 500));
  try {
    status = String((await fetch(`http://127.0.0.1:${port}/`)).status);
  } catch {
    // not listening yet
  }
}
// A few seconds more: Astro's update check asks the registry after `npm config get registry` (about a second).
await new Promise((resolve) => setTimeout(resolve, 5000));
results.push(`RESULT dev ${status}`, `RESULT dev-running ${dev.exitCode === null}`);
process.kill(-dev.pid!, 'SIGTERM');
await new Promise((resolve) =>
  dev.exitCode === null ? dev.once('exit', resolve) : resolve(undefined),
);
await releaseAstro();
registry.close();
console.log([...results, `REGISTRY-REQUESTS ${JSON.stringify(requests)}`].join('\n'));
