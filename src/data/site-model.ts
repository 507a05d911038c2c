/**
 * The one place pages get content from: one model per process. In `npm run build` the model is the
 * one scripts/build.ts built (src/lib/content/build-manifest.ts): Astro's process builds none, and
 * takes from its store only the entries it renders (MDX bodies) and the photos it optimises.
 * Without a build manifest (`astro dev`, `astro build`), every collection is taken from Astro's
 * store once (getCollection clones entries on each call) and indexed by src/lib/model/model.ts.
 */
import type { ImageMetadata } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildFacts, manifestModel } from '../lib/content/build-manifest.ts';
import { COLLECTION_NAMES, type CollectionName } from '../lib/content/collections.ts';
import { buildModel, publishedOnly, publishingDate, type SiteModel } from '../lib/model/model.ts';
import type { ContentSet } from '../lib/content/types.ts';

type MdxCollection = 'news' | 'documents' | 'documentTranslations' | 'reports' | 'achievements';

export interface LoadedSite {
  model: SiteModel;
  /** MDX entries by collection and id, for render(). */
  renderable: { [K in MdxCollection]: Map<string, CollectionEntry<K>> };
  /** Optimisable images by `<collection>:<id>` (studio and person photos, news covers) and `achievements:<id>:<n>` (the n-th photo of an achievement). */
  images: Map<string, ImageMetadata>;
}

const IMAGE_FIELDS: Partial<Record<CollectionName, string>> = {
  studios: 'photo',
  people: 'photo',
  news: 'cover',
};
const RENDERABLE: ReadonlySet<CollectionName> = new Set<MdxCollection>([
  'news',
  'documents',
  'documentTranslations',
  'reports',
  'achievements',
]);
const isRenderable = (name: CollectionName): name is MdxCollection => RENDERABLE.has(name);
/** The collections a page needs from Astro's store when the model comes from the build: bodies to render, photos to optimise. */
const FROM_STORE: ReadonlySet<CollectionName> = new Set([...RENDERABLE, 'studios', 'people']);

/** Moves an entry's image out of its data (where the model expects the file path) into the image map. */
function takeImage(
  images: Map<string, ImageMetadata>,
  name: CollectionName,
  id: string,
  data: Record<string, unknown>,
): Record<string, unknown> {
  if (name === 'achievements') return takeAchievementPhotos(images, id, data);
  const field = IMAGE_FIELDS[name];
  const value = field ? data[field] : undefined;
  if (!field || !value || typeof value !== 'object') return data;
  images.set(`${name}:${id}`, value as ImageMetadata);
  return { ...data, [field]: (value as ImageMetadata).src };
}

/** An achievement's photos: each image goes to the map as `achievements:<id>:<n>`, its data keeps the path. */
function takeAchievementPhotos(
  images: Map<string, ImageMetadata>,
  id: string,
  data: Record<string, unknown>,
): Record<string, unknown> {
  const photos = (data.photos as Array<{ file: unknown }> | undefined) ?? [];
  return {
    ...data,
    photos: photos.map((photo, n) => {
      if (!photo.file || typeof photo.file !== 'object') return photo;
      images.set(`achievements:${id}:${n}`, photo.file as ImageMetadata);
      return { ...photo, file: (photo.file as ImageMetadata).src };
    }),
  };
}

let loading: Promise<LoadedSite> | undefined;

async function load(): Promise<LoadedSite> {
  const content = {} as Record<CollectionName, ContentSet[CollectionName]>;
  const renderable: LoadedSite['renderable'] = {
    news: new Map(),
    documents: new Map(),
    documentTranslations: new Map(),
    reports: new Map(),
    achievements: new Map(),
  };
  const images = new Map<string, ImageMetadata>();
  const build = buildFacts();
  for (const name of COLLECTION_NAMES) {
    if (build && !FROM_STORE.has(name)) continue;
    const entries = await getCollection(name);
    content[name] = entries.map((entry) => ({
      id: entry.id,
      file: entry.filePath ?? entry.id,
      data: takeImage(images, name, entry.id, entry.data as Record<string, unknown>),
      body: entry.body,
    })) as never;
    if (isRenderable(name)) {
      const map = renderable[name] as Map<string, (typeof entries)[number]>;
      for (const entry of entries) map.set(entry.id, entry);
    }
  }
  // In a build, the model scripts/build.ts built from the content it validated, as of the day it fixed.
  if (build) return { model: manifestModel<SiteModel>(build), renderable, images };
  // Today, once, in `npm run dev`: every page decides what is published and what is current by model.asOf.
  const asOf = publishingDate();
  // Drafts show in `npm run dev` only (a build's manifest holds only what it publishes).
  return {
    model: buildModel(
      publishedOnly(content as unknown as ContentSet, import.meta.env.DEV, asOf),
      asOf,
    ),
    renderable,
    images,
  };
}

/** The site model, built once. */
export function loadSite(): Promise<LoadedSite> {
  loading ??= load();
  return loading;
}
