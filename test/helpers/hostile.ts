/** The hostile-content fixture, ready to use: copied, with what git should not carry. */
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, TMP } from './paths.ts';

/** What the content's code would write if it ever ran (the path is in the fixture's MDX). */
export const CODE_RAN_MARKER = join(TMP, 'hostile-code-ran');

/**
 * A copy of test/fixtures/hostile-content with symbolic links to a file outside the folder and
 * sparse 11 MB pictures (neither belongs in git: a link out of the repository, a large binary).
 */
export function hostileContent(): string {
  mkdirSync(TMP, { recursive: true });
  const dir = mkdtempSync(join(TMP, 'hostile-content-'));
  cpSync(join(ROOT, 'test/fixtures/hostile-content'), dir, { recursive: true });
  // Git keeps no empty folder: the attachments folder exists only for the link made here.
  mkdirSync(join(dir, 'documents/attachments'), { recursive: true });
  // The link leads to a file of the test's own outside the content folder (no system file is assumed to exist).
  const outside = `${dir}-outside.txt`;
  writeFileSync(outside, 'a file outside the content folder\n');
  symlinkSync(outside, join(dir, 'documents/attachments/outside.pdf'));
  mkdirSync(join(dir, 'studios/photos'), { recursive: true });
  writeFileSync(join(dir, 'studios/photos/huge.jpg'), '');
  truncateSync(join(dir, 'studios/photos/huge.jpg'), 11 * 1024 * 1024);
  // Images in a Markdown and an MDX body: an 11 MB one (a real PNG's first bytes) and a link out of the folder.
  for (const images of ['news/zh/images', 'documents/images']) {
    writeFileSync(
      join(dir, images, 'huge.png'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    truncateSync(join(dir, images, 'huge.png'), 11 * 1024 * 1024);
    symlinkSync(outside, join(dir, images, 'outside.png'));
  }
  return dir;
}
