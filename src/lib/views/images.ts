/** Images and article bodies as a view holds them. */
import { createHash } from 'node:crypto';
import type { ShareImage } from '../outputs/share-cards.ts';

/** An optimisable image as Astro's image() schema gives it (plain data: its hashed path and size). */
export interface SiteImage {
  src: string;
  width: number;
  height: number;
  format: string;
}

/** Images by `<collection>:<id>` (src/data/site-model.ts). */
export type SiteImages = ReadonlyMap<string, SiteImage>;

/**
 * A page renders an MDX body with Astro's render(), outside its view; the view holds the digest of
 * the body's text, so that the page's key changes when the text does.
 */
export const bodyDigest = (body: string | undefined): string =>
  createHash('sha1')
    .update(body ?? '')
    .digest('hex');

/** A view's `share` field, left out when the page has no share image (exactOptionalPropertyTypes). */
export const shareOf = (share: ShareImage | undefined): { share?: ShareImage } =>
  share ? { share } : {};
