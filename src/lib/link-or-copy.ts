/** Hard links, for output files that are copies of cached ones. */
import { copyFileSync, linkSync } from 'node:fs';

/**
 * Makes target a hard link to source (no bytes copied), or a copy where links are not possible
 * (another file system). Safe because the caches this links from replace their files, never
 * rewrite them. The target must not exist yet.
 */
export function linkOrCopy(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
    copyFileSync(source, target);
  }
}
