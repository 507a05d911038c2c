/**
 * The og:image of a page with a photo: a JPEG (or PNG, for a PNG source) at most 1200 px wide
 * through Astro's image service, never enlarged, at an absolute URL.
 *
 * Only the pages that show photos import this (and astro:assets with it): astro:assets holds the
 * build's output folder, which differs from build to build (scripts/build.ts), so a page that
 * imports it is never restored by Astro's incremental build. Cards need no image service and
 * are resolved in Base.astro.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import {
  SHARE_PHOTO_WIDTH,
  type ShareImage,
  type ShareImageMeta,
} from '../lib/outputs/share-cards.ts';
import type { SiteImage } from '../lib/views/images.ts';

/**
 * The share image of a page's photo, from its view: the page's share (a photo), the photo itself and
 * the configured site address; undefined when it has no photo (or no SITE_URL is configured).
 */
export async function sharePhoto(
  share: ShareImage | undefined,
  image: SiteImage | undefined,
  siteUrl: string | undefined,
): Promise<ShareImageMeta | undefined> {
  const site = siteUrl ? new URL(siteUrl) : undefined;
  const photo = share?.kind === 'photo' ? (image as ImageMetadata | undefined) : undefined;
  if (!site || !photo) return undefined;
  const png = photo.format === 'png';
  const derivative = await getImage({
    src: photo,
    width: Math.min(SHARE_PHOTO_WIDTH, photo.width),
    format: png ? 'png' : 'jpg',
  });
  return {
    url: new URL(derivative.src, site).href,
    type: png ? 'image/png' : 'image/jpeg',
    width: Number(derivative.attributes.width),
    height: Number(derivative.attributes.height),
    alt: share!.alt,
  };
}
