/**
 * Temporary files and folders (in caches and beside the output) named after the process that
 * writes them: two builds never write to the same temporary, and what a killed build left
 * behind can be told from what a running build is writing, and removed.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const OWNED_TEMPORARY = /\.(\d+)-[0-9a-f]{8}\.tmp$/;

/** A new temporary name beside `path`: `<path>.<pid>-<random>.tmp`. */
export const temporaryName = (path: string): string => `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;

/** Whether a process with this id runs on this machine (EPERM: it runs, as another user). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the temporaries in `dir` whose writing process has ended; returns their names. */
export function removeStaleTemporaries(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const stale = readdirSync(dir).filter((name) => {
    const owner = OWNED_TEMPORARY.exec(name);
    return owner !== null && Number(owner[1]) !== process.pid && !isProcessAlive(Number(owner[1]));
  });
  for (const name of stale) rmSync(join(dir, name), { recursive: true, force: true });
  return stale;
}
