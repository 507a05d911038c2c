/** The hostile-content fixture, ready to use: copied, with what git should not carry. */
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, TMP } from './paths.ts';

/** What the content's code would write if it ever ran (the path is in the fixture's MDX). */
export const CODE_RAN_MARKER = join(TMP, 'hostile-code-ran');

/**
 * A copy of test/fixtures/hostile-content with a symbolic link to a file outside the folder and a
 * sparse 11 MB photo (neither belongs in git: a link out of the repository, a large binary).
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
  return dir;
}
