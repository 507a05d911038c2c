import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../helpers/build.ts';
import { ROOT, TMP } from '../helpers/paths.ts';

describe('a build of broken content', () => {
  const outDir = join(TMP, 'broken-dist');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'index.html'), 'the previous site');
  const result = runBuild(join(ROOT, 'test/fixtures/broken-content'), outDir);

  it('exits non-zero', () => expect(result.status).not.toBe(0));

  it('lists every problem at once, naming file, entry and field', () => {
    for (const expected of [
      'people/broken-yaml.yaml',
      'line 3, entry "broken-yaml": malformed YAML at line 3',
      'entry "no-employer", field title: is missing',
      'entry "merged-undated", field statusDate: is missing',
      'entry "decision-b", field named[1].studio: Names "revoked-2020"',
      'entry "li-ming", field leader: found "li-mingg"',
      'entry "decision-a", field date: found "2021-02-30"',
      'entry "decision-a", field named[0].level: found "city"',
      'entry "wrong-rank", field rank: found "fourth"',
      'entry "decision-c", field number',
      'entry "li-ming", field (file name): duplicate id "li-ming"',
    ]) {
      expect(result.output).toContain(expected);
    }
    expect(result.output).toContain('13 problems in 11 files');
  });

  it('leaves the previous output untouched', () => {
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('the previous site');
  });
});
