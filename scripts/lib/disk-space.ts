/**
 * A full output disk, said as such. Writing a file there fails with ENOSPC, but copying a folder
 * onto it (cpSync, when the build's work folder is on another disk) fails with EIO,
 * "Input/output error": an EIO counts as a full disk when the disk has less room than the write needed.
 */
import { lstatSync, readdirSync, statfsSync } from 'node:fs';
import { join } from 'node:path';
import { OutputError } from './output-folder.ts';

/** Bytes of every file below a folder (0 when it does not exist). */
export function folderBytes(path: string): number {
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((total, name) => total + folderBytes(join(path, name)), 0);
}

/** Bytes free to this process on the disk that holds `path`. */
export const freeBytes = (path: string): number => {
  const disk = statfsSync(path);
  return disk.bavail * disk.bsize;
};

/** 1.5 MB, 320 KB, 12 B. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

/** Whether a failed write to `folder` ran out of room: ENOSPC, or an EIO with less room left than `needed`. */
export function isDiskFull(error: unknown, folder: string, needed: number): boolean {
  if (
    codeOf(error) === 'ENOSPC' ||
    /ENOSPC|No space left on device/i.test(String((error as Error)?.message ?? error))
  )
    return true;
  if (codeOf(error) !== 'EIO') return false;
  try {
    return freeBytes(folder) < Math.max(needed, 1);
  } catch {
    return false;
  }
}

/** The output disk ran out of room; what it had free once this build's partial files were removed, and what the build needs. */
export class DiskFullError extends OutputError {
  constructor(folder: string, needed: number) {
    super(
      `The output disk is full: ${formatBytes(freeBytes(folder))} free, ${formatBytes(needed)} needed (at ${folder}). ` +
        'Free some room on that disk (or choose another STUDIO_OUT_DIR) and build again.',
    );
  }
}
