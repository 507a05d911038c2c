/**
 * The cache of search bundles between builds (scripts/lib/search-index.ts): a bundle's fingerprint
 * says what Pagefind was given, and the SHA-256 of each of its files (manifest.json) is checked
 * before it is reused, so that a changed file is reported and the bundle indexed again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { temporaryName } from '../../src/lib/content/owned-temporaries.ts';
import type { SearchRecord } from '../../src/lib/search/search-records.ts';

/** An indexed page: its path in the site and a digest of what Pagefind reads of it. */
export interface IndexedPage {
  sourcePath: string;
  digest: string;
}

/** Beside a cached bundle's files: what Pagefind was given, and the SHA-256 of each file. */
export const FINGERPRINT = 'fingerprint';
const MANIFEST = 'manifest.json';

export const pageDigest = (html: string): string => createHash('sha1').update(html).digest('hex');
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** What Pagefind would read for a bundle: when it is unchanged, the last build's files are reused. */
export function bundleFingerprint(
  version: string,
  pages: IndexedPage[],
  records: SearchRecord[],
): string {
  const hash = createHash('sha256').update(version);
  for (const page of pages.toSorted((a, b) => a.sourcePath.localeCompare(b.sourcePath)))
    hash.update(`\0${page.sourcePath}\0${page.digest}`);
  hash.update(JSON.stringify(records));
  return hash.digest('hex');
}

/** A folder's files by path (with / separators) relative to it. */
function filesIn(dir: string, base = dir, found: string[] = []): string[] {
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    if (item.isDirectory()) filesIn(path, base, found);
    else found.push(relative(base, path).split(sep).join('/'));
  }
  return found;
}

/** Records the SHA-256 of each file of a freshly indexed bundle; returns the files read. */
export function writeManifest(bundleDir: string): Map<string, Buffer> {
  const files = new Map(
    filesIn(bundleDir).map((file) => [file, readFileSync(join(bundleDir, file))]),
  );
  const digests = Object.fromEntries([...files].map(([file, bytes]) => [file, sha256(bytes)]));
  writeFileSync(join(bundleDir, MANIFEST), JSON.stringify(digests));
  return files;
}

/** The files of a cached bundle, checked against its manifest, or why they fail. */
export function verifiedBundle(
  bundleDir: string,
): { files: Map<string, Buffer> } | { problem: string } {
  const manifestFile = join(bundleDir, MANIFEST);
  if (!existsSync(manifestFile)) return { problem: 'it has no manifest' };
  let expected: Record<string, string>;
  try {
    expected = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string>;
  } catch {
    return { problem: 'its manifest is unreadable' };
  }
  const present = filesIn(bundleDir).filter((file) => file !== MANIFEST && file !== FINGERPRINT);
  const extra = present.filter((file) => !(file in expected));
  if (extra.length) return { problem: `${extra[0]} is not in its manifest` };
  const files = new Map<string, Buffer>();
  for (const [file, digest] of Object.entries(expected)) {
    if (!existsSync(join(bundleDir, file))) return { problem: `${file} is missing` };
    const bytes = readFileSync(join(bundleDir, file));
    if (sha256(bytes) !== digest) return { problem: `${file} does not match its recorded SHA-256` };
    files.set(file, bytes);
  }
  return { files };
}

/** Replaces a cached bundle by a fresh one; readers see the old one, the new one, or none (and index). */
export function replaceCached(fresh: string, cached: string): void {
  const old = temporaryName(cached);
  if (existsSync(cached)) renameSync(cached, old);
  renameSync(fresh, cached);
  rmSync(old, { recursive: true, force: true });
}
