/**
 * The editor's screenshots the editors' guides show (docs/images/editor/), made small enough to commit:
 * 1000 px wide, palette PNG. `npm run screenshots -- --guide` writes them again.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import type { EditorScreen } from './screenshot-editor.ts';

/** Where the guides' images live, beside the guides. */
export const GUIDE_IMAGES = resolve('docs/images/editor');

/** The screens the guides embed (each next to the step it shows). */
export const GUIDE_SCREENS: EditorScreen[] = [
  'collection',
  'new-studio',
  'date-problem',
  'workflow',
  'status-menu',
  'publish-menu',
  'published',
  'history',
];

/** Writes the guides' images of one language from the full-size shots; returns their files and total size in bytes. */
export async function writeGuideImages(
  shots: Map<EditorScreen, string>,
  locale: 'zh' | 'en',
): Promise<{ files: string[]; bytes: number }> {
  mkdirSync(GUIDE_IMAGES, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  for (const name of GUIDE_SCREENS) {
    const source = shots.get(name);
    if (!source) throw new Error(`no ${locale} screenshot of ${name}`);
    const target = join(GUIDE_IMAGES, `${locale}-${name}.png`);
    rmSync(target, { force: true });
    // 1000 px keeps Chinese text of 13–14 px readable; 128 colours are plenty for Decap's flat interface.
    await sharp(source)
      .resize({ width: 1000 })
      .png({ palette: true, colours: 128, compressionLevel: 9, effort: 10 })
      .toFile(target);
    files.push(target);
    bytes += statSync(target).size;
  }
  return { files, bytes };
}
