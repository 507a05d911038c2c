/** Starts `astro dev` on a content folder, as an editor would, on a free-ish port. */
import { spawn, type ChildProcess } from 'node:child_process';
import { userEnvironment } from './build.ts';
import { ROOT } from './paths.ts';

export interface DevServer {
  base: string;
  process: ChildProcess;
  /** Everything the server printed so far. */
  output: () => string;
}

export async function startDevServer(contentDir: string): Promise<DevServer> {
  const port = 5300 + Math.floor(Math.random() * 500);
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...userEnvironment(), STUDIO_CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 90_000);
    const watch = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`127.0.0.1:${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', watch);
    child.stderr!.on('data', watch);
  });
  return { base: `http://127.0.0.1:${port}`, process: child, output: () => output };
}
