/**
 * One figure, one value, on the built real-records fixture: luo-wanyun's patents, which its
 * source gives only as a total since founding (82), are the same on the studio page and in the
 * open data's derived patents column (src/lib/figures/derived-figures.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { page, textOf } from '../helpers/html.ts';
import { ROOT } from '../helpers/paths.ts';
import { sharedBuild } from '../helpers/shared-builds.ts';

let dist = '';
beforeAll(async () => {
  dist = await sharedBuild('real-records', join(ROOT, 'test/fixtures/real-records'));
}, 600_000);

/** The open data CSV's rows as objects by header. */
function csvRows(file: string): Array<Record<string, string>> {
  const [header, ...rows] = readFileSync(join(dist, 'data', file), 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(','));
  return rows.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? ''])));
}

describe('patents given only as a total', () => {
  it('are the same number on the studio page and in the open data', () => {
    const shown = textOf(
      page(dist, '/studios/luo-wanyun/').querySelector(
        '[data-testid="cumulative-figures"] [data-cumulative="patentsTotal"]',
      ),
    );
    const row = csvRows('cumulative-figures.csv').find((r) => r.studio === 'luo-wanyun')!;
    expect(shown.replace(/,/g, '')).toBe('82');
    expect([row.patents, row.patents_qualifier, row.patentsTotal]).toEqual(['82', 'exact', '82']);
  });
});
