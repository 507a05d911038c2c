/** Digests of files and folders, for comparing builds and caches byte for byte. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The SHA-256 of a file's bytes. */
export const fileDigest = (file: string): string =>
  createHash('sha256').update(readFileSync(file)).digest('hex');

/** Every file below a folder (path relative to it, with /) and the digest of its bytes. */
export function folderDigests(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const item of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, item.name);
      if (item.isDirectory()) walk(path);
      else files[relative(dir, path).split(sep).join('/')] = fileDigest(path);
    }
  };
  walk(dir);
  return files;
}
