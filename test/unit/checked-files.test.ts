import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CheckedFiles, checkedFilesCache } from '../../src/lib/content/checked-files.ts';
import { readSealed, writeSealed } from '../../src/lib/content/sealed-file.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { ROOT } from '../helpers/paths.ts';

/** Each file's own checks kept between runs (src/lib/content/checked-files.ts): never a different answer. */
const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) {
    rmSync(dir, { recursive: true, force: true });
    rmSync(checkedFilesCache(dir), { force: true });
  }
});

/** A fresh copy of a fixture folder, with a cache of its own (none yet). */
function copyOf(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'checked-files-'));
  copies.push(dir);
  cpSync(join(ROOT, fixture), dir, { recursive: true });
  return dir;
}

/** What a run reports, without the folder's path. */
const outcome = (dir: string, cached: boolean) => {
  const { problems, warnings, content } = validateContent(dir, cached ? { cacheFor: dir } : {});
  return JSON.stringify({ problems, warnings, content }).replaceAll(dir, '<dir>');
};

describe('checked files kept between runs', () => {
  it.each(['content', 'test/fixtures/hostile-content', 'test/fixtures/broken-content'])(
    'give %s the same problems and content as a check without them, the first run and the next',
    (fixture) => {
      const dir = copyOf(fixture);
      const plain = outcome(dir, false);
      expect(outcome(dir, true)).toBe(plain); // fills the cache
      expect(outcome(dir, true)).toBe(plain); // reads it
    },
  );

  it('check a changed file again: a body broken after a cached run is reported', () => {
    const dir = copyOf('content');
    expect(validateContent(dir, { cacheFor: dir }).problems).toEqual([]);
    const name = readdirSync(join(dir, 'news/zh')).find((file) => file.endsWith('.mdx'))!;
    const news = join(dir, 'news/zh', name);
    appendFileSync(news, '\n![x](https://evil.example/x.png)\n\nexport const a = 1\n');
    const { problems } = validateContent(dir, { cacheFor: dir });
    expect(
      problems.map(({ file, field, message }) => [file.endsWith(name), field, message.en]),
    ).toEqual([
      [true, '(body)', expect.stringMatching(/^found "export const a = 1"/)],
      [true, '(body)', expect.stringMatching(/^found the image "https:\/\/evil\.example\/x\.png"/)],
    ]);
  });

  it('ignore a cache made by other code, changed on disk, or unreadable', () => {
    const dir = copyOf('content');
    const cache = checkedFilesCache(dir);
    const file = join(dir, 'settings/site.yaml');
    const checkSettings = () =>
      new CheckedFiles(cache).check(file, 'settings/site.yaml', false, false);
    const files = new CheckedFiles(cache);
    files.check(file, 'settings/site.yaml', false, false);
    files.save();
    // The kept result, its data forged: read back as kept, then not when made by other code or changed on disk.
    const kept = readSealed(cache) as {
      digest: string;
      files: Map<string, { checked: { parsed: { data: unknown } } }>;
    };
    kept.files.get('settings/site.yaml')!.checked.parsed.data = { forged: true };
    writeSealed(cache, kept);
    expect(checkSettings().parsed.data).toEqual({ forged: true });
    const sealed = readFileSync(cache);
    const flipped = Buffer.from(sealed);
    flipped[flipped.length - 5]! ^= 1;
    for (const write of [
      () => writeSealed(cache, { ...kept, digest: 'other code' }),
      () => writeFileSync(cache, flipped),
      () => writeFileSync(cache, sealed.subarray(0, sealed.length - 10)),
      () => writeFileSync(cache, 'not a cache'),
    ]) {
      write();
      const checked = checkSettings();
      expect(checked.parsed.data).not.toEqual({ forged: true });
      expect(checked.parsed.error).toBeUndefined();
    }
  });
});
