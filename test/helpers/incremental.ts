/** Comparing an incremental build with a cold one (test/build/incremental*.test.ts). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { folderDigests } from './digests.ts';
import { htmlPages } from './html.ts';

/** Every file of a language's search bundle, with a digest of its bytes. */
export const searchBundle = (siteDir: string, bundlePath: string): Record<string, string> =>
  existsSync(join(siteDir, bundlePath)) ? folderDigests(join(siteDir, bundlePath)) : {};
/** The pages of one build that are missing from another or differ from it. */
export function differingPages(siteDir: string, referenceDir: string): string[] {
  const pages = htmlPages(referenceDir);
  const reference = new Set(pages);
  return [
    ...htmlPages(siteDir)
      .filter((path) => !reference.has(path))
      .map((path) => `${path} (only in ${siteDir})`),
    ...pages.filter((path) => {
      const file = path.endsWith('/') ? `${path}index.html` : path;
      return (
        !existsSync(join(siteDir, file)) ||
        readFileSync(join(siteDir, file), 'utf8') !== readFileSync(join(referenceDir, file), 'utf8')
      );
    }),
  ];
}
export const reusedBundles = (output: string) =>
  Number(/(\d+) reused from the last build/.exec(output)?.[1]);

export const replaceIn = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  expect(next, file).not.toBe(text);
  writeFileSync(file, next);
};
