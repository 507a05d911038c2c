/**
 * The file of an entry the admin page names by its editor collection and slug (history, restore,
 * validate send `{collection, slug}`), and the form Decap would save an entry's data in.
 */
import { stringify } from 'yaml';
import { EDITOR_COLLECTIONS, SETTINGS_FILE } from './cms-collections.ts';
import { refuse } from './errors.ts';

/** The content-relative file of `slug` in the editor collection `collection`. */
export function entryPath(collection: unknown, slug: unknown): string {
  // The settings are one file, which Decap names `site`: no other name is a draft of it.
  if (collection === SETTINGS_FILE.name && slug === SETTINGS_FILE.slug) return SETTINGS_FILE.file;
  const found = EDITOR_COLLECTIONS.find((entry) => entry.name === collection);
  if (!found || typeof slug !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(slug))
    throw refuse(
      400,
      `无法确定条目的文件：${String(collection)}/${String(slug)}`,
      `Cannot tell the entry's file: ${String(collection)}/${String(slug)}`,
    );
  return `${found.folder}/${slug}.${found.extension}`;
}

/**
 * Whether `contentPath` is the entry file of the draft `collection`/`slug`. Its extension may differ
 * from the collection's (a news item written as `.md` by `npm run new`), its folder and name not.
 */
export function isOwnEntry(collection: unknown, slug: unknown, contentPath: string): boolean {
  let own: string;
  try {
    own = entryPath(collection, slug);
  } catch {
    return false;
  }
  const stem = (path: string) => path.replace(/\.(ya?ml|mdx?)$/, '');
  return /\.(ya?ml|mdx?)$/.test(contentPath) && stem(own) === stem(contentPath);
}

/**
 * Refuses a file that is not the entry of the draft `collection`/`slug`: a save or a restore must not put another
 * entry's file into a draft, where the workflow (which shows the draft's one entry) would hide it from the reviewer.
 */
export function requireOwnEntry(collection: unknown, slug: unknown, contentPath: string): void {
  if (!isOwnEntry(collection, slug, contentPath))
    throw refuse(
      400,
      `${contentPath} 不是草稿 ${String(collection)}/${String(slug)} 的条目文件，已拒绝`,
      `${contentPath} is not the entry file of the draft ${String(collection)}/${String(slug)}; refused`,
    );
}

/** Refuses an upload outside the folder of the draft's collection (its photos and files go beside its entries) or the shared `uploads/`. */
export function requireOwnMedia(collection: unknown, contentPath: string): void {
  const folder =
    collection === SETTINGS_FILE.name
      ? 'settings'
      : EDITOR_COLLECTIONS.find((entry) => entry.name === collection)?.folder;
  if (!folder || !(contentPath.startsWith(`${folder}/`) || contentPath.startsWith('uploads/')))
    throw refuse(
      400,
      `上传的文件 ${contentPath} 不在栏目 ${String(collection)} 的文件夹中，已拒绝`,
      `The upload ${contentPath} is not in the folder of the collection ${String(collection)}; refused`,
    );
}

/** Refuses a file of the media library outside the shared `uploads/` and the collections' photo and file folders. */
export function requireMediaFolder(contentPath: string): void {
  const folders = [
    'uploads',
    ...EDITOR_COLLECTIONS.filter((entry) => entry.mediaFolder).map(
      (entry) => `${entry.folder}/${entry.mediaFolder}`,
    ),
  ];
  if (
    !folders.some(
      (folder) =>
        contentPath.startsWith(`${folder}/`) && !contentPath.slice(folder.length + 1).includes('/'),
    )
  )
    throw refuse(
      400,
      `媒体库只能上传到图片和附件文件夹（${folders.join('、')}），${contentPath} 已拒绝`,
      `The media library uploads into the photo and file folders only (${folders.join(', ')}); ${contentPath} refused`,
    );
}

/** The text Decap would send for `data` saved at `path`: YAML, or front matter and the body for Markdown and MDX. */
export function dataToRaw(path: string, data: Record<string, unknown>): string {
  if (!/\.mdx?$/.test(path)) return stringify(data);
  const { body, ...front } = data;
  return `---\n${stringify(front)}---\n${typeof body === 'string' ? body : ''}`;
}
