/**
 * Entry files the web editor cannot open. Decap lists one file extension per collection, so an
 * archive that mixes `.md` and `.mdx` in one folder has files the editor does not show; the editor
 * names them when it starts, rather than leaving a clerk to wonder where an article went.
 */
import { COLLECTIONS, COLLECTION_NAMES } from '../content/collections.ts';
import { listFiles } from '../content/content-files.ts';
import { EDITOR_COLLECTIONS, SETTINGS_FILE } from './cms-collections.ts';

/** The entry files (paths under the content folder) that no editor collection shows. */
export function filesOutsideEditor(contentDir: string): string[] {
  const outside: string[] = [];
  for (const name of COLLECTION_NAMES) {
    const spec = COLLECTIONS[name];
    for (const file of listFiles(`${contentDir}/${spec.dir}`, spec.pattern)) {
      const path = `${spec.dir}/${file}`;
      const folder = path.slice(0, path.lastIndexOf('/'));
      const shown =
        path === SETTINGS_FILE.file ||
        EDITOR_COLLECTIONS.some(
          (entry) => entry.folder === folder && path.endsWith(`.${entry.extension}`),
        );
      if (!shown) outside.push(path);
    }
  }
  return outside;
}
