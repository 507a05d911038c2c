import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../helpers/site-check.ts';
import { SAMPLE_DIST, TMP } from '../helpers/paths.ts';

describe('the whole built site', () => {
  it('has no broken link or anchor, no duplicate id, no foreign resource, one h1 and a lang on every page', () => {
    const problems = checkSite(SAMPLE_DIST);
    expect(problems.map((p) => `${p.page}: ${p.problem}`)).toEqual([]);
  });
});

describe('the site check itself', () => {
  it('catches each kind of defect in a page built to have them', () => {
    const dist = join(TMP, 'defective-site');
    rmSync(dist, { recursive: true, force: true });
    mkdirSync(join(dist, 'ok'), { recursive: true });
    writeFileSync(
      join(dist, 'ok/index.html'),
      '<html lang="zh-CN"><body><h1 id="top">好</h1></body></html>',
    );
    writeFileSync(
      join(dist, 'index.html'),
      `<html><head><script src="https://cdn.example.com/x.js"></script></head><body>
        <h1>一</h1><h1>二</h1><p id="a"></p><p id="a"></p>
        <a href="/missing/">x</a><a href="/ok/#nowhere">y</a><a href="/ok/#top">z</a><a href="https://example.org/">external link is fine</a>
      </body></html>`,
    );
    const problems = checkSite(dist)
      .filter((p) => p.page === '/')
      .map((p) => p.problem);
    expect(problems).toEqual(
      expect.arrayContaining([
        'the html element has no lang attribute',
        'has 2 h1 elements; expected exactly one',
        'duplicate id "a"',
        'loads https://cdn.example.com/x.js from another host (script[src])',
        'links to /missing/, which does not exist',
        'links to /ok/#nowhere, but that page has no element with that id',
      ]),
    );
    expect(problems).toHaveLength(6);
  });
});
