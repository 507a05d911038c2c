/** The shapes shared by the validator, the site model and the pages. */
import type { z } from 'astro/zod';
import type { COLLECTIONS, CollectionName } from './collections.ts';

/** One entry of a collection, as loaded from a file. */
export interface Entry<T> {
  /** The file name without extension; `zh/<slug>` for articles. */
  id: string;
  /** Path of the file, for messages. */
  file: string;
  /** Validated data. */
  data: T;
  /** MDX body, for MDX collections. */
  body?: string;
}

export type DataOf<K extends CollectionName> = z.output<(typeof COLLECTIONS)[K]['schema']>;

/** Every collection's validated entries. */
export type ContentSet = { [K in CollectionName]: Entry<DataOf<K>>[] };
