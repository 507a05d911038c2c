import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../helpers/html.ts';
import { SAMPLE_DIST } from '../helpers/paths.ts';
import { htmlErrors } from '../helpers/quality.ts';

describe('HTML validity', () => {
  it('finds no html-validate error on any built page (standard and a11y rules)', async () => {
    const errors: string[] = [];
    for (const path of htmlPages(SAMPLE_DIST)) {
      const file = join(SAMPLE_DIST, path.endsWith('/') ? `${path}index.html` : path);
      errors.push(...(await htmlErrors(file)).map((error) => `${path} ${error}`));
    }
    expect(errors).toEqual([]);
  });
});
