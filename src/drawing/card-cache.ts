/**
 * Drawn share cards kept between builds, named by the hash of what they show (src/lib/outputs/share-cards.ts):
 * a card is drawn again only when its title, site name, page type or design change.
 *
 * As with the charts (src/drawing/cache.ts), each card has its SHA-256 beside it and is checked
 * before it is reused: a card changed on disk is reported and drawn again, never published.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { CARD_FOLDER, type ShareCard } from '../lib/outputs/share-cards.ts';
import { temporaryName } from '../lib/content/owned-temporaries.ts';
import { renderCard } from './card.ts';
import { readVariable } from '../lib/site/environment.ts';

export const CARD_CACHE_DIR = readVariable('STUDIO_CARD_CACHE');

/** Where the card with this hash is kept. */
export const cachedCardFile = (hash: string): string => join(CARD_CACHE_DIR, `${hash}.png`);
const digestFile = (hash: string): string => `${cachedCardFile(hash)}.sha256`;
/** The cache's file names for a card: the card and its digest (scripts/lib/cache-upkeep.ts marks them used). */
export const cachedCardNames = (hash: string): string[] => [`${hash}.png`, `${hash}.png.sha256`];
/** Whether a card is kept with its digest (checked only when it is read). */
export const isCardCached = (hash: string): boolean =>
  existsSync(cachedCardFile(hash)) && existsSync(digestFile(hash));
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** The cached card when its bytes match the digest kept with it; a card that does not match is reported and deleted. */
export function verifiedCachedCard(hash: string): Buffer | undefined {
  const file = cachedCardFile(hash);
  if (!isCardCached(hash)) return undefined;
  const png = readFileSync(file);
  if (sha256(png) === readFileSync(digestFile(hash), 'utf8').trim()) return png;
  console.warn(
    `Warning: share card cache file ${file} does not match its recorded SHA-256 (changed on disk); drawing it again.`,
  );
  rmSync(file, { force: true });
  return undefined;
}

/** The card's PNG: from the cache when it is there and intact, else drawn and kept. */
export async function drawCard(card: ShareCard): Promise<Buffer> {
  const cached = verifiedCachedCard(card.hash);
  if (cached) return cached;
  const png = await renderCard(card);
  mkdirSync(CARD_CACHE_DIR, { recursive: true });
  // The digest lands first: a card is never in place without the digest that vouches for it.
  const digestTemporary = temporaryName(digestFile(card.hash));
  const pngTemporary = temporaryName(cachedCardFile(card.hash));
  writeFileSync(digestTemporary, sha256(png));
  writeFileSync(pngTemporary, png);
  renameSync(digestTemporary, digestFile(card.hash));
  renameSync(pngTemporary, cachedCardFile(card.hash));
  return png;
}

/** Writes every card into the built site at the path the pages name; returns how many were drawn here (not by the pool). */
export async function writeCardFiles(siteDir: string, cards: ShareCard[]): Promise<number> {
  if (cards.length === 0) return 0;
  const folder = join(siteDir, CARD_FOLDER);
  mkdirSync(folder, { recursive: true });
  let drawnHere = 0;
  for (const [i, card] of cards.entries()) {
    // Written while Astro renders (scripts/build.ts): the event loop keeps the build's locks fresh.
    if (i % 50 === 49) await yieldToEventLoop();
    // Drawn by the worker pool already; drawn here only when missing or failed its check. Copies, never links.
    let png = verifiedCachedCard(card.hash);
    if (!png) {
      png = await drawCard(card);
      drawnHere += 1;
    }
    writeFileSync(join(folder, `${card.hash}.png`), png);
  }
  return drawnHere;
}
