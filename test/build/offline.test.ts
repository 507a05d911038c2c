/**
 * A site on an intranet: the scripts make no request to another host. Astro's dev server asks the
 * npm registry for its latest version unless ASTRO_DISABLE_UPDATE_CHECK is "true"; package.json and
 * every script that starts Astro set it beside ASTRO_TELEMETRY_DISABLED. Run through npm, as an
 * editor runs them, on the small site, in one session (test/helpers/offline-session.ts) whose dev
 * server both tests read: each start of `astro dev` waits its turn for Astro behind the other test
 * files' builds.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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

interface Session {
  /** What each command ended with: `check`, `build` (exit codes), `dev` (HTTP status), `dev-running`. */
  results: Record<string, string>;
  /** What the dev server asked the session's own registry. */
  registryRequests: string[];
  output: string;
}

/**
 * `npm run check`, `build` and `dev` in a network namespace of its own where the machine allows one
 * (only a loopback, brought up for the dev server and the session's registry); else with a registry
 * whose host does not resolve and a proxy that answers nothing. Run once, for both tests.
 */
function runOfflineSession(): Promise<Session> {
  const isolated =
    spawnSync('unshare', ['-rn', 'sh', '-c', 'ip link set lo up'], { encoding: 'utf8' }).status ===
    0;
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
  return new Promise<Session>((resolve) => {
    const child = spawn(command[0]!, command.slice(1), {
      cwd: ROOT,
      env: { ...editorEnvironment(), ...fallbackEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.once('close', () => {
      const results = Object.fromEntries(
        [...text.matchAll(/^RESULT (\S+) (\S+)$/gm)].map((match) => [match[1], match[2]]),
      );
      const requests = /^REGISTRY-REQUESTS (.*)$/m.exec(text)?.[1];
      resolve({
        results,
        registryRequests: requests ? (JSON.parse(requests) as string[]) : ['(no report)'],
        output: text,
      });
    });
  });
}
let offlineSession: Promise<Session> | undefined;
const session = () => (offlineSession ??= runOfflineSession());

describe('no outside request', () => {
  it('npm run dev asks the npm registry nothing (its update check is off)', async () => {
    const { results, registryRequests, output } = await session();
    expect(results.dev, output).toBe('200');
    expect(registryRequests, output).toEqual([]);
  });

  it('npm run check, build and dev succeed with no network at all', async () => {
    const { results, output } = await session();
    expect(results, output).toEqual({ check: '0', build: '0', dev: '200', 'dev-running': 'true' });
  });
});
