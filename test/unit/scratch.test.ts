/** The sweep of old test scratch (test/helpers/scratch.ts) removes mkdtemp's leftovers only, and only old ones. */
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { removeOldScratch } from '../helpers/scratch.ts';

const dir = mkdtempSync(join(tmpdir(), 'scratch-sweep-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('removes folders and files named by mkdtemp a day old or more; keeps newer ones, shared builds and fixed outputs', () => {
  const twoDaysAgo = new Date(Date.now() - 48 * 3600_000);
  const old = ['import-4Pz9tL', 'hostile-content-cgfUzi-outside.txt', 'one-parse-a97qHx.reads.log'];
  const kept = [
    'sample-dist',
    'output-escaping-dist',
    'import-dist.stamp',
    'incremental-warm-dist',
  ];
  for (const name of [...old, ...kept, 'scaffold-full-Q1w2e3']) {
    if (name.includes('.')) writeFileSync(join(dir, name), '');
    else mkdirSync(join(dir, name));
    if (name !== 'scaffold-full-Q1w2e3') utimesSync(join(dir, name), twoDaysAgo, twoDaysAgo);
  }
  expect(removeOldScratch(dir).sort()).toEqual([...old].sort());
  for (const name of [...kept, 'scaffold-full-Q1w2e3'])
    expect(existsSync(join(dir, name)), name).toBe(true);
});
