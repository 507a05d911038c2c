/**
 * The benchmark's generated archives (`npm run generate`, scripts/generate-content.ts) pass the
 * content check: a rank or field added to the schemas that the generator fills wrongly is found
 * here, not first by `npm run bench` (a rank `other` without its words stopped it once).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { formatProblems, validateContent } from '../../src/lib/validation/index.ts';
import { ROOT } from '../helpers/paths.ts';

it('a generated archive passes the content check', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'generated-')), 'content');
  try {
    const made = spawnSync(
      process.execPath,
      [
        'scripts/generate-content.ts',
        '--out',
        out,
        '--studios',
        '12',
        '--news',
        '40',
        '--awards',
        '300',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(made.status, made.stderr).toBe(0);
    const { problems, content } = validateContent(out);
    expect(problems, formatProblems(problems)).toEqual([]);
    expect(content.awards).toHaveLength(300);
  } finally {
    rmSync(join(out, '..'), { recursive: true, force: true });
  }
}, 60_000);
