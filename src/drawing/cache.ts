/**
 * Drawn charts kept between builds, named by the hash of what they draw (src/lib/charts/instances.ts):
 * a chart is drawn again only when its type, categories, values or the renderer change.
 *
 * Each drawing has its SHA-256 beside it (`<hash>.svg.sha256`) and is checked against it before
 * it is reused: a drawing changed on disk (a bad disk, a stray edit) is reported and drawn again,
 * never published.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporaryName } from '../lib/content/owned-temporaries.ts';
import { readVariable } from '../lib/site/environment.ts';

export const CHART_CACHE_DIR = readVariable('STUDIO_CHART_CACHE');

/** Drawings taken from the cache, drawn, and found corrupt, in this process (the tests read them). */
export const cacheStats = { hits: 0, drawn: 0, corrupt: 0 };

/** Where the drawing of a chart with this hash is kept. */
export const cachedSvgFile = (hash: string): string => join(CHART_CACHE_DIR, `${hash}.svg`);
const digestFile = (hash: string): string => `${cachedSvgFile(hash)}.sha256`;
/** The cache's file names for a drawing: the drawing and its digest (scripts/lib/cache-upkeep.ts marks them used). */
export const cachedSvgNames = (hash: string): string[] => [`${hash}.svg`, `${hash}.svg.sha256`];
/** Whether a drawing is kept with its digest (checked only when it is read). */
export const isCached = (hash: string): boolean =>
  existsSync(cachedSvgFile(hash)) && existsSync(digestFile(hash));
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * The cached drawing when its bytes match the digest stored with it. A drawing that does not
 * match is reported, deleted and treated as missing; one without a digest (kept by an older
 * version, or its digest lost) is drawn again.
 */
export function verifiedCachedSvg(hash: string): string | undefined {
  const file = cachedSvgFile(hash);
  if (!existsSync(file) || !existsSync(digestFile(hash))) return undefined;
  const svg = readFileSync(file, 'utf8');
  if (sha256(svg) === readFileSync(digestFile(hash), 'utf8').trim()) return svg;
  cacheStats.corrupt += 1;
  console.warn(
    `Warning: chart cache file ${file} does not match its recorded SHA-256 (changed on disk); drawing it again.`,
  );
  rmSync(file, { force: true });
  return undefined;
}

export async function cachedSvg(hash: string, draw: () => Promise<string>): Promise<string> {
  const cached = verifiedCachedSvg(hash);
  if (cached !== undefined) {
    cacheStats.hits += 1;
    return cached;
  }
  const svg = await draw();
  cacheStats.drawn += 1;
  mkdirSync(CHART_CACHE_DIR, { recursive: true });
  // The digest lands first: a drawing is never in place without the digest that vouches for it.
  const digestTemporary = temporaryName(digestFile(hash));
  const svgTemporary = temporaryName(cachedSvgFile(hash));
  writeFileSync(digestTemporary, sha256(svg));
  writeFileSync(svgTemporary, svg);
  renameSync(digestTemporary, digestFile(hash));
  renameSync(svgTemporary, cachedSvgFile(hash));
  return svg;
}
