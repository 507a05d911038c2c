/**
 * Astro's content loader for every collection (src/content.config.ts). Astro parses nothing itself:
 * - in `npm run build`, the entries come from the build manifest (src/lib/content/build-manifest.ts), the
 *   content scripts/build.ts read and validated once; nothing in the content folder is read again
 *   (Markdown and MDX bodies are rendered to HTML here, src/data/mdx-html.ts);
 * - without a manifest (`astro dev`, `astro check`, a bare `astro build`), the folders are read
 *   with `readCollection`, the loading function of the validator (one file lister, one YAML
 *   parser); an entry that fails its schema is left out, or keeps its last valid version (the dev
 *   server lists the problems on every page), and in `astro dev` a change in the folder reloads
 *   the collection.
 * Entries hold validated data: the collection's Astro schema only turns photo paths into images.
 */
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import {
  buildFacts,
  manifestContent,
  type ManifestContent,
  type ManifestEntry,
} from '../lib/content/build-manifest.ts';
import { COLLECTIONS, contentRoot, type CollectionName } from '../lib/content/collections.ts';
import { readCollection } from '../lib/validation/index.ts';
import { renderMdx } from './mdx-html.ts';

/** Declared by Astro's scoped store (its glob loader uses it) but missing from the DataStore type. */
interface AssetImports {
  addAssetImports(assets: string[], filePath: string): void;
}

/** The manifest's content, read once per process for all collections. */
let manifest: ManifestContent | undefined;

function manifestEntries(name: CollectionName): ManifestEntry[] | undefined {
  const build = buildFacts();
  if (!build) return undefined;
  manifest ??= manifestContent(build);
  return manifest[name];
}

/**
 * The collection's valid entries as they are in the folder now. In the preview (`astro dev`), an
 * entry whose body the check refuses (code, nesting too deep) is left out like one that fails its
 * schema: rendering it would throw and stop the preview, which lists its problem on every page
 * instead. A build without a manifest renders it, so that Astro's own refusal stops the build.
 */
function folderEntries(name: CollectionName, preview: boolean): ManifestEntry[] {
  const { entries, problems } = readCollection(contentRoot(), name);
  const refusedBodies = new Set(
    preview ? problems.filter((p) => p.field === '(body)').map((p) => p.file) : [],
  );
  return entries
    .filter((entry) => !refusedBodies.has(entry.file))
    .map((entry) => ({ ...entry, path: resolve(entry.file) }));
}

/**
 * Stores the entries: only those whose data or body changed since the store was saved go through
 * the schema again. Entries no longer given are removed, except, when `keepInvalid`, one whose file
 * is still there (it fails its schema now): as Astro's own loaders do, the preview keeps its last
 * valid version while every page lists the problem.
 */
async function storeEntries(
  context: LoaderContext,
  entries: ManifestEntry[],
  keepInvalid = false,
): Promise<void> {
  const { store, parseData, generateDigest, renderMarkdown, config } = context;
  const root = fileURLToPath(config.root);
  const untouched = new Set(store.keys());
  for (const entry of entries) {
    untouched.delete(entry.id);
    const filePath = relative(root, entry.path).split(sep).join('/');
    const digest = generateDigest(JSON.stringify([entry.data, entry.body ?? null]));
    const existing = store.get(entry.id);
    if (existing?.digest === digest && existing.filePath === filePath) {
      // Unchanged since the store was saved. Its images are declared again, as Astro's glob loader
      // does: Astro rewrites its import lists (shared by every content folder of the project, in
      // .astro/) only when an import was declared in this sync.
      if (existing.assetImports?.length)
        (store as typeof store & AssetImports).addAssetImports(existing.assetImports, filePath);
      continue;
    }
    const data = await parseData({
      id: entry.id,
      data: entry.data as Record<string, unknown>,
      filePath: entry.path,
    });
    if (/\.mdx?$/.test(entry.path)) {
      const fileURL = pathToFileURL(entry.path);
      const rendered = entry.path.endsWith('.mdx')
        ? await renderMdx(config, entry.body ?? '', fileURL)
        : await renderMarkdown(entry.body ?? '', { fileURL });
      store.set({
        id: entry.id,
        data,
        body: entry.body,
        filePath,
        digest,
        rendered,
        assetImports: rendered.metadata?.imagePaths as string[] | undefined,
      });
    } else {
      store.set({ id: entry.id, data, filePath, digest });
    }
  }
  for (const id of untouched) {
    const filePath = store.get(id)?.filePath;
    if (!(keepInvalid && filePath && existsSync(resolve(root, filePath)))) store.delete(id);
  }
}

/** Reloads the collection when a file in its folder changes (`astro dev`). */
function watchFolder(context: LoaderContext, name: CollectionName): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  const dir = resolve(contentRoot(), COLLECTIONS[name].dir);
  watcher.add(dir);
  let reloading = Promise.resolve();
  const onChange = (path: string) => {
    if (!path.startsWith(dir + sep)) return;
    reloading = reloading
      .then(() => storeEntries(context, folderEntries(name, true), true))
      .catch((error: unknown) =>
        logger.error(
          `Could not reload ${name}: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
  };
  for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, onChange);
}

export function contentLoader(name: CollectionName): Loader {
  return {
    name: 'studio-showcase:content',
    load: async (context) => {
      const fromManifest = manifestEntries(name);
      await storeEntries(
        context,
        fromManifest ?? folderEntries(name, Boolean(context.watcher)),
        !fromManifest,
      );
      if (!fromManifest) watchFolder(context, name);
    },
  };
}
