/**
 * `node test/helpers/with-astro-lock.ts <script> <args…>`: runs `node <script> <args…>` (from the
 * working folder it was given) while holding the Astro lock (test/helpers/astro-lock.ts), with the
 * same output and exit code. For callers that wait synchronously (spawnSync), which cannot keep a
 * lock fresh themselves.
 */
import { spawn } from 'node:child_process';
import { takeAstroLock } from './astro-lock.ts';

const release = await takeAstroLock();
const child = spawn(process.execPath, process.argv.slice(2), { stdio: 'inherit' });
const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
  child.once('exit', (...ended) => resolve(ended)),
);
await release();
process.exit(code ?? (signal ? 1 : 0));
