/**
 * Content collections, one per entry of COLLECTIONS (src/lib/content/collections.ts), all loaded by
 * src/data/content-loader.ts: in a build from the manifest of the content scripts/build.ts read and
 * validated, elsewhere from the folders through the validator's own loading function. The data is
 * validated already; a collection's schema here only makes its photos optimisable images (Astro's
 * image(): responsive sizes, cached).
 */
import { defineCollection, type SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { COLLECTION_NAMES, type CollectionName } from './lib/content/collections.ts';
import { contentLoader } from './data/content-loader.ts';

/** The fields that hold a photo beside the entry, per collection; every other field passes as validated. */
const PHOTO_FIELDS: Partial<Record<CollectionName, (image: SchemaContext['image']) => z.ZodType>> =
  {
    studios: (image) => z.looseObject({ photo: image().optional() }),
    people: (image) => z.looseObject({ photo: image().optional() }),
    news: (image) => z.looseObject({ cover: image().optional() }),
    achievements: (image) =>
      z.looseObject({ photos: z.array(z.looseObject({ file: image() })).optional() }),
  };

const collection = (name: CollectionName) => {
  const photos = PHOTO_FIELDS[name];
  return defineCollection({
    loader: contentLoader(name),
    ...(photos ? { schema: ({ image }: SchemaContext) => photos(image) } : {}),
  });
};

export const collections = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [name, collection(name)]),
) as Record<CollectionName, ReturnType<typeof collection>>;
