/**
 * A digest of the code that made something kept between runs (rendered bodies, checked files, the
 * twins' names): each file's name and bytes, and Node's version. Anything kept under another
 * digest was made by other code and is made again.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export function codeDigest(files: URL[]): string {
  const hash = createHash('sha256').update(process.version);
  for (const file of files) hash.update(`\0${file.pathname}\0`).update(readFileSync(file));
  return hash.digest('hex');
}
