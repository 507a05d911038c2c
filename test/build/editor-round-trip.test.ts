/**
 * Every entry of the sample and of the real-records fixture, opened in the web editor and saved
 * without a change, stays byte for byte as it was. The editor's side is played by what it does to
 * a file: it reads the YAML the server gives it into data and writes that data back as YAML of its
 * own style, with keys in another order; nothing else reaches the server.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse, stringify } from 'yaml';
import { COLLECTIONS, COLLECTION_NAMES } from '../../src/lib/content/collections.ts';
import { listFiles } from '../../src/lib/content/content-files.ts';
import { jsonSchemaOf } from '../../src/lib/editor/json-schemas.ts';
import { cmsToFile, collectionOfPath, fileToCms } from '../../src/lib/editor/entry-shapes.ts';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)],
  );

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
  const text = stringify(reversed(parse(match ? match[1]! : cms)), {
    indentSeq: true,
    aliasDuplicateObjects: false,
  });
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

describe('the JSON Schemas for editors working on the files (docs/schemas/)', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  it('accept every entry of the sample and the real-records fixture', () => {
    const refused: string[] = [];
    for (const root of ['content', 'test/fixtures/real-records'])
      for (const name of COLLECTION_NAMES) {
        const validate = ajv.compile(jsonSchemaOf(name));
        for (const file of listFiles(
          join(root, COLLECTIONS[name].dir),
          COLLECTIONS[name].pattern,
        )) {
          const text = readFileSync(join(root, COLLECTIONS[name].dir, file), 'utf8');
          const yaml = COLLECTIONS[name].mdx
            ? (/^---\r?\n([\s\S]*?)\r?\n?---/.exec(text)?.[1] ?? '')
            : text;
          if (!validate(parse(yaml) ?? {}))
            refused.push(
              `${root}/${COLLECTIONS[name].dir}/${file}: ${ajv.errorsText(validate.errors)}`,
            );
        }
      }
    expect(refused).toEqual([]);
  });

  it('refuse an impossible month, an unknown field and a missing title, with the field labels', () => {
    const studio = jsonSchemaOf('studios') as { properties: Record<string, { title?: string }> };
    expect(studio.properties.title!.title).toBe('工作室名称 / Studio title');
    const validate = ajv.compile(studio);
    expect(validate({ title: '林海劳模创新工作室', founded: '2021-05' })).toBe(true);
    expect(validate({ title: '林海劳模创新工作室', founded: '2021-13' })).toBe(false);
    expect(validate({ title: '林海劳模创新工作室', colour: 'red' })).toBe(false);
    expect(validate({ founded: '2021' })).toBe(false);
  });
});
