/**
 * Symbolic links in the content folder. A link to a folder would make everything in its target
 * content (a collection folder linked to another place on the machine is read whole, by the
 * checks and by Astro alike), and a linked entry file is skipped without a word. Both are refused;
 * a link to a picture or attachment is judged where an entry names it (named-files.ts).
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import type { Message } from './validation-messages.ts';

/** A file name the collections read as an entry. */
const ENTRY_FILE = /\.(ya?ml|mdx?)$/i;

export interface LinkProblem {
  /** The link's path inside the content folder. */
  path: string;
  message: Message;
}

/** Every symbolic link of the content folder `root` that is a folder or an entry file, with why it is refused. */
export function linkProblems(root: string): LinkProblem[] {
  const found: LinkProblem[] = [];
  const walk = (dir: string) => {
    let items: Dirent[];
    try {
      items = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // a folder that cannot be read holds nothing the site reads either
    }
    for (const item of items) {
      const path = join(dir, item.name);
      if (item.isDirectory() && item.name !== '.git') walk(path);
      if (!item.isSymbolicLink()) continue;
      const inside = relative(root, path);
      let folder = false;
      try {
        folder = statSync(path).isDirectory();
      } catch {
        // A broken link: a file the site cannot read, reported where it is named or as an entry below.
      }
      if (folder)
        found.push({
          path: inside,
          message: {
            en: 'is a symbolic link to a folder; the site reads only folders that are in the content folder itself: copy the folder in, or remove the link',
            zh: '是指向目录的符号链接；网站只读取真正位于内容目录中的目录：请把目录复制进来，或删除该链接',
          },
        });
      else if (ENTRY_FILE.test(item.name))
        found.push({
          path: inside,
          message: {
            en: 'is a symbolic link, which is not read as an entry; an entry is a file of its own in the content folder: copy the file in, or remove the link',
            zh: '是符号链接，不会作为条目读取；条目必须是内容目录中的文件本身：请把文件复制进来，或删除该链接',
          },
        });
    }
  };
  walk(root);
  return found;
}
