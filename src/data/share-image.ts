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
import type { Locale } from '../schemas/vocabulary.ts';
import type { SiteModel } from '../lib/model.ts';
import { SHARE_PHOTO_WIDTH, shareImageOf, type ShareImageMeta, type SharedPage } from '../lib/share-cards.ts';
import { configuredSiteUrl } from '../lib/site-url.ts';

/** The share image of a page's photo, or undefined when it has none (or no SITE_URL is configured). */
export async function sharePhoto(model: SiteModel, images: Map<string, ImageMetadata>, locale: Locale, page: SharedPage): Promise<ShareImageMeta | undefined> {
  const site = configuredSiteUrl();
  const share = shareImageOf(model, locale, page);
  const photo = share?.kind === 'photo' ? images.get(share.image) : undefined;
  if (!site || !photo) return undefined;
  const png = photo.format === 'png';
  const derivative = await getImage({ src: photo, width: Math.min(SHARE_PHOTO_WIDTH, photo.width), format: png ? 'png' : 'jpg' });
  return {
    url: new URL(derivative.src, site).href,
    type: png ? 'image/png' : 'image/jpeg',
    width: Number(derivative.attributes.width),
    height: Number(derivative.attributes.height),
    alt: share!.alt,
  };
}
