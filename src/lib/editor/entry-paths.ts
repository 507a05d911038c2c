/**
 * The file of an entry the admin page names by its editor collection and slug (history, restore,
 * validate send `{collection, slug}`), and the form Decap would save an entry's data in.
 */
import { stringify } from 'yaml';
import { EDITOR_COLLECTIONS, SETTINGS_FILE } from './cms-collections.ts';
import { refuse } from './errors.ts';

/** The content-relative file of `slug` in the editor collection `collection`. */
export function entryPath(collection: unknown, slug: unknown): string {
  if (collection === SETTINGS_FILE.name) return SETTINGS_FILE.file;
  const found = EDITOR_COLLECTIONS.find((entry) => entry.name === collection);
  if (!found || typeof slug !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(slug))
    throw refuse(400, `无法确定条目的文件：${String(collection)}/${String(slug)}`, `Cannot tell the entry's file: ${String(collection)}/${String(slug)}`);
  return `${found.folder}/${slug}.${found.extension}`;
}

/** The text Decap would send for `data` saved at `path`: YAML, or front matter and the body for Markdown and MDX. */
export function dataToRaw(path: string, data: Record<string, unknown>): string {
  if (!/\.mdx?$/.test(path)) return stringify(data);
  const { body, ...front } = data;
  return `---\n${stringify(front)}---\n${typeof body === 'string' ? body : ''}`;
}
