/**
 * The one place pages get content from. Every collection is read once per build (getCollection
 * clones entries on each call) and indexed by src/lib/model.ts; MDX entries are kept for render().
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { CollectionName } from '../lib/collections.ts';
import { buildModel, publishedOnly, type SiteModel } from '../lib/model.ts';
import type { ContentSet } from '../lib/types.ts';

type MdxCollection = 'news' | 'documents' | 'documentTranslations' | 'reports';

export interface LoadedSite {
  model: SiteModel;
  /** MDX entries by collection and id, for render(). */
  renderable: { [K in MdxCollection]: Map<string, CollectionEntry<K>> };
}

const NAMES: CollectionName[] = [
  'organisations', 'people', 'studios', 'documents', 'documentTranslations', 'designations',
  'awards', 'figures', 'news', 'reports', 'topics', 'charts', 'settings',
];

let loading: Promise<LoadedSite> | undefined;

async function load(): Promise<LoadedSite> {
  const content = {} as Record<CollectionName, ContentSet[CollectionName]>;
  const renderable: LoadedSite['renderable'] = { news: new Map(), documents: new Map(), documentTranslations: new Map(), reports: new Map() };
  for (const name of NAMES) {
    const entries = await getCollection(name);
    content[name] = entries.map((entry) => ({ id: entry.id, file: entry.filePath ?? entry.id, data: entry.data, body: entry.body })) as never;
    if (name === 'news' || name === 'documents' || name === 'documentTranslations' || name === 'reports') {
      const map = renderable[name] as Map<string, (typeof entries)[number]>;
      for (const entry of entries) map.set(entry.id, entry);
    }
  }
  // Drafts show in `npm run dev` only.
  return { model: buildModel(publishedOnly(content as unknown as ContentSet, import.meta.env.DEV)), renderable };
}

/** The site model, built once. */
export function loadSite(): Promise<LoadedSite> {
  loading ??= load();
  return loading;
}
