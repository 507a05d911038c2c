/**
 * What the editor publishes with: the site's build (scripts/build.ts, or a stand-in in tests) and
 * the state of the last publication, which `publish-status` reads while it runs.
 */
import { spawn } from 'node:child_process';
import type { FileProblem } from './check.ts';

/** Lines of the build's output kept for publish-status. */
export const LOG_LINES = 60;

/** What `publish-status` answers about the last publication. */
export interface PublishJob {
  stage: 'checking' | 'building' | 'done' | 'failed';
  started: string;
  finished?: string;
  by: string;
  changedPaths: string[];
  urls: string[];
  problems: FileProblem[];
  log: string[];
  error?: string;
}

/** Runs the site's build; resolves with its exit code, giving each output line to `onLine`. */
export type BuildRunner = (onLine: (line: string) => void) => Promise<number | null>;

/**
 * The real build: `node scripts/build.ts` in the project, on the editor's content and output folders;
 * `nodeArgs` go before the script (the tests' wrapper that queues Astro processes).
 */
export function scriptBuild(
  projectRoot: string,
  env: NodeJS.ProcessEnv,
  nodeArgs: string[] = [],
): BuildRunner {
  return (onLine) =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, [...nodeArgs, 'scripts/build.ts'], {
        cwd: projectRoot,
        env: { ...process.env, ...env },
      });
      const lines = (chunk: Buffer) => chunk.toString().split('\n').filter(Boolean).forEach(onLine);
      child.stdout.on('data', lines);
      child.stderr.on('data', lines);
      child.on('error', (error) => (onLine(String(error)), resolve(null)));
      child.on('close', (code) => resolve(code));
    });
}

/** The last publication and the way the site is built. */
export class Publisher {
  job: PublishJob | undefined;
  readonly build: BuildRunner;

  constructor(build: BuildRunner) {
    this.build = build;
  }
}
