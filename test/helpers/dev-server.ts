/**
 * Starts `astro dev` on a content folder, as an editor would, on a free-ish port. It holds the Astro
 * lock (test/helpers/astro-lock.ts) from its start until it has stopped: Astro refuses a second dev
 * server in the same project, and shares its .astro/ folder with builds.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { userEnvironment } from './build.ts';
import { takeAstroLock } from './astro-lock.ts';
import { ROOT } from './paths.ts';

export interface DevServer {
  base: string;
  process: ChildProcess;
  /** Everything the server printed so far. */
  output: () => string;
  /** Stops the server, waits for it to end and lets the next test file start one. */
  stop: () => Promise<void>;
}

export async function startDevServer(contentDir: string): Promise<DevServer> {
  const release = await takeAstroLock();
  const port = 5300 + Math.floor(Math.random() * 500);
  const child = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: ROOT,
      env: {
        ...userEnvironment(),
        STUDIO_CONTENT_DIR: contentDir,
        ASTRO_TELEMETRY_DISABLED: '1',
        ASTRO_DISABLE_UPDATE_CHECK: 'true',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill();
    await ended;
    await release();
  };
  const output = collectOutput(child);
  try {
    await untilListening(child, port, output, 'astro dev');
  } catch (error) {
    await stop();
    throw error;
  }
  return { base: `http://127.0.0.1:${port}`, process: child, output, stop };
}

/** Everything a child process prints, from now on. */
export function collectOutput(child: ChildProcess): () => string {
  let output = '';
  const add = (chunk: Buffer) => void (output += chunk.toString());
  child.stdout!.on('data', add);
  child.stderr!.on('data', add);
  return () => output;
}

/** Resolves when an Astro server child says it listens on 127.0.0.1:<port>; rejects if it ends first or takes over 90 s. */
export function untilListening(
  child: ChildProcess,
  port: number,
  output: () => string,
  name: string,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${name} did not start:\n${output()}`)),
      90_000,
    );
    const watch = () => {
      if (!output().includes(`127.0.0.1:${port}`)) return;
      clearTimeout(timer);
      child.off('exit', ended);
      resolve();
    };
    const ended = () => {
      clearTimeout(timer);
      reject(new Error(`${name} ended:\n${output()}`));
    };
    // Listeners added after collectOutput's, so the output already holds the chunk each one sees.
    child.stdout!.on('data', watch);
    child.stderr!.on('data', watch);
    child.once('exit', ended);
  });
}
