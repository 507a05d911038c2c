/**
 * A site on an intranet: the scripts make no request to another host. Astro's dev server asks the
 * npm registry for its latest version unless ASTRO_DISABLE_UPDATE_CHECK is "true"; package.json and
 * every script that starts Astro set it beside ASTRO_TELEMETRY_DISABLED. Run through npm, as an
 * editor runs them, on the small site.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { takeAstroLock } from '../helpers/astro-lock.ts';
import { userEnvironment } from '../helpers/build.ts';
import { ROOT } from '../helpers/paths.ts';

const SMALL = join(ROOT, 'test/fixtures/small-content');
const scratch = mkdtempSync(join(tmpdir(), 'studio-offline-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The environment of an editor's shell that is not a CI run (Astro skips the update check on CI) and has never checked for updates. */
function editorEnvironment(): NodeJS.ProcessEnv {
  const env = userEnvironment();
  for (const key of ['CI', 'CONTINUOUS_INTEGRATION', 'BUILD_NUMBER', 'RUN_ID', 'GITHUB_ACTIONS'])
    delete env[key];
  // Astro keeps the time of its last update check here; a fresh folder means "never checked".
  env.XDG_CONFIG_HOME = mkdtempSync(join(scratch, 'config-'));
  return env;
}

describe('no outside request', () => {
  it('npm run dev asks the npm registry nothing (its update check is off)', async () => {
    const requests: string[] = [];
    const registry: Server = createServer((request, response) => {
      requests.push(`${request.method} ${request.url}`);
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
    const registryPort = (registry.address() as { port: number }).port;
    const release = await takeAstroLock();
    const port = 6800 + Math.floor(Math.random() * 500);
    const dev = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: ROOT,
      env: {
        ...editorEnvironment(),
        STUDIO_CONTENT_DIR: SMALL,
        npm_config_registry: `http://127.0.0.1:${registryPort}/`,
      },
      stdio: 'ignore',
      detached: true,
    });
    try {
      let status: number | undefined;
      for (const deadline = Date.now() + 120_000; status === undefined && Date.now() < deadline;) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        status = await fetch(`http://127.0.0.1:${port}/`).then(
          (response) => response.status,
          () => undefined,
        );
      }
      expect(status).toBe(200);
      // The update check starts once the server is up, after `npm config get registry` (about a second).
      await new Promise((resolve) => setTimeout(resolve, 5000));
      expect(requests).toEqual([]);
    } finally {
      process.kill(-dev.pid!, 'SIGTERM');
      await new Promise((resolve) =>
        dev.exitCode === null ? dev.once('exit', resolve) : resolve(undefined),
      );
      await release();
      registry.close();
    }
  });

  it('npm run check, build and dev succeed with no network at all', async () => {
    // An empty network namespace where the machine allows one (only a loopback, brought up for the
    // dev server); else a registry whose host does not resolve and a proxy that answers nothing.
    const isolated =
      spawnSync('unshare', ['-rn', 'sh', '-c', 'ip link set lo up'], { encoding: 'utf8' })
        .status === 0;
    const fallbackEnv = isolated
      ? {}
      : {
          npm_config_registry: 'http://registry.invalid/',
          HTTPS_PROXY: 'http://127.0.0.1:9',
          HTTP_PROXY: 'http://127.0.0.1:9',
        };
    const session = [
      process.execPath,
      join(ROOT, 'test/helpers/offline-session.ts'),
      SMALL,
      join(scratch, 'site'),
    ];
    const command = isolated
      ? ['unshare', '-rn', 'sh', '-c', 'ip link set lo up && exec "$@"', 'offline', ...session]
      : session;
    // The session's build and dev server take their turn for Astro themselves (test/helpers/astro-lock.ts).
    const output = await new Promise<string>((resolve) => {
      const child = spawn(command[0]!, command.slice(1), {
        cwd: ROOT,
        env: { ...editorEnvironment(), ...fallbackEnv },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.once('close', () => resolve(text));
    });
    const results = Object.fromEntries(
      [...output.matchAll(/^RESULT (\S+) (\S+)$/gm)].map((match) => [match[1], match[2]]),
    );
    expect(results, output).toEqual({ check: '0', build: '0', dev: '200', 'dev-running': 'true' });
  });
});
