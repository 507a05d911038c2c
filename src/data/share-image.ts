/**
 * The og:image of a page, from its share image (src/lib/share-cards.ts): a photo becomes a JPEG
 * (or PNG, for a PNG source) at most 1200 px wide through Astro's image service, never enlarged;
 * a card is the PNG the build draws (scripts/build.ts). URLs are absolute, as Open Graph requires.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { CARD_HEIGHT, CARD_WIDTH, SHARE_PHOTO_WIDTH, cardPath, type ShareImage } from '../lib/share-cards.ts';

export interface ShareImageMeta {
  url: string;
  type: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
  /** Empty when the photo has no alternative text (the tag is then left out). */
  alt: string;
}

export async function shareImageMeta(share: ShareImage | undefined, images: Map<string, ImageMetadata>, site: URL): Promise<ShareImageMeta | undefined> {
  if (!share) return undefined;
  if (share.kind === 'card') return { url: new URL(cardPath(share.card), site).href, type: 'image/png', width: CARD_WIDTH, height: CARD_HEIGHT, alt: share.alt };
  const photo = images.get(share.image);
  if (!photo) return undefined;
  const png = photo.format === 'png';
  const width = Math.min(SHARE_PHOTO_WIDTH, photo.width);
  const derivative = await getImage({ src: photo, width, format: png ? 'png' : 'jpg' });
  return {
    url: new URL(derivative.src, site).href,
    type: png ? 'image/png' : 'image/jpeg',
    width: Number(derivative.attributes.width),
    height: Number(derivative.attributes.height),
    alt: share.alt,
  };
}
