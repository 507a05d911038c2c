/**
 * Astro publishes each photo's original file in `_astro/` beside the resized copies the pages show,
 * even though no page links it; the copies carry no metadata, the original keeps its EXIF (a phone
 * photo's GPS location, its owner's name). Each picture there is rewritten without its metadata,
 * losslessly (src/lib/content/picture-metadata.ts), before the build is published.
 */
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sniffKind } from '../../src/lib/content/file-types.ts';
import { withoutMetadata } from '../../src/lib/content/picture-metadata.ts';

/** Rewrites the pictures of `folder` that carry metadata; returns how many it rewrote. */
export function stripPublishedPictures(folder: string): number {
  let rewritten = 0;
  for (const item of readdirSync(folder, { withFileTypes: true })) {
    if (!item.isFile() || !/\.(jpe?g|png|webp)$/i.test(item.name)) continue;
    const path = join(folder, item.name);
    const bytes = readFileSync(path);
    const stripped = withoutMetadata(bytes, sniffKind(bytes));
    if (stripped.length !== bytes.length || !stripped.equals(bytes)) {
      // A new file renamed into place: a file restored from the last build may be that build's own (a link).
      writeFileSync(`${path}.stripped`, stripped);
      renameSync(`${path}.stripped`, path);
      rewritten += 1;
    }
  }
  return rewritten;
}
