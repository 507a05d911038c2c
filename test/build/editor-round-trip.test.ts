/**
 * Every entry of the sample and of the real-records fixture, opened in the web editor and saved
 * without a change, stays byte for byte as it was. The editor's side is played by what it does to
 * a file: it reads the YAML the server gives it into data and writes that data back as YAML of its
 * own style, with keys in another order; nothing else reaches the server.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { cmsToFile, collectionOfPath, fileToCms } from '../../src/lib/editor/entry-shapes.ts';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));

/** The data written back in another style: keys reversed, lists indented, no anchors. */
function savedByEditor(cms: string): string {
  const match = /^---\n([\s\S]*?)---\n([\s\S]*)$/.exec(cms);
  const reversed = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(reversed)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .reverse()
              .map(([k, v]) => [k, reversed(v)]),
          )
        : value;
  const text = stringify(reversed(parse(match ? match[1]! : cms)), { indentSeq: true, aliasDuplicateObjects: false });
  return match ? `---\n${text}---\n${match[2]}` : text;
}

for (const root of ['content', 'test/fixtures/real-records']) {
  describe(`saving every entry of ${root} unchanged`, () => {
    const entries = files(root)
      .map((file) => relative(root, file))
      .filter((path) => /\.(ya?ml|mdx?)$/.test(path) && collectionOfPath(path));
    it('finds the entries', () => expect(entries.length).toBeGreaterThan(100));
    it('keeps each file byte for byte', () => {
      const changed = entries.filter((path) => {
        const raw = readFileSync(join(root, path), 'utf8');
        return cmsToFile(path, savedByEditor(fileToCms(path, raw)), raw) !== raw;
      });
      expect(changed).toEqual([]);
    });
  });
}
