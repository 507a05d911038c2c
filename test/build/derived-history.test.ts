import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySampleContent, runBuild } from '../helpers/build.ts';
import { page, textOf } from '../helpers/html.ts';
import { TMP } from '../helpers/paths.ts';

describe("a studio's history comes from the documents", () => {
  it('changes on the studio page when the naming decision changes', () => {
    const contentDir = copySampleContent('changed-decision');
    const decision = join(contentDir, 'documents/jz-2021-31.mdx');
    // The union re-issues the 2021 decision with another date and grants the Zhao Pengda studio a demonstrative title.
    const changed = readFileSync(decision, 'utf8')
      .replace("date: '2021-12-07'", "date: '2021-12-20'")
      .replace(/studio: zhao-pengda\n(\s+)level: municipal/, 'studio: zhao-pengda\n$1level: municipal-demonstrative');
    expect(changed).not.toBe(readFileSync(decision, 'utf8'));
    writeFileSync(decision, changed);

    const outDir = join(TMP, 'changed-decision-dist');
    const result = runBuild(contentDir, outDir);
    expect(result.status, result.output).toBe(0);

    const studio = page(outDir, '/studios/zhao-pengda/');
    const firstRow = textOf(studio.querySelector('[data-testid="designations"] tbody tr'));
    expect(firstRow).toContain('2021年12月20日');
    expect(firstRow).toContain('市级示范性');
    expect(firstRow).not.toContain('2021年12月7日');
  });
});
