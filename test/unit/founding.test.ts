/** A naming dated before its studio's founding is a warning naming both files (src/lib/validation/founding.ts). */
import { rmSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validation/index.ts';
import { writeContentFolder } from '../helpers/content-folder.ts';

const decision = (date: string, studio: string) => ({
  data: {
    type: 'naming-decision',
    issuer: 'ftu',
    date,
    title: '关于命名的决定',
    named: [{ studio, level: 'municipal' }],
  },
  body: '',
});
const root = writeContentFolder({
  'studios/late.yaml': { title: '甲创新工作室', founded: '2021-03' },
  'studios/early.yaml': { title: '乙创新工作室', founded: '2019' },
  'studios/unknown.yaml': { title: '丙创新工作室' },
  'documents/before-founding.mdx': decision('2020-02-10', 'late'),
  // The founding's own year: the naming may come after it, so no warning.
  'documents/same-year.mdx': decision('2019-06-01', 'early'),
  'documents/no-founding.mdx': decision('2015-01-01', 'unknown'),
  'designations/early-2016.yaml': {
    studio: 'early',
    level: 'enterprise',
    issuers: ['ftu'],
    date: '2016',
  },
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('warns of a naming certainly before the founding, in a decision and in a designation record, and of nothing else', () => {
  const { problems, warnings } = validateContent(root);
  expect(problems).toEqual([]);
  expect(warnings.map((w) => [w.file.replace(/.*content-\w+\//, ''), w.field])).toEqual([
    ['documents/before-founding.mdx', 'named[0].studio'],
    ['designations/early-2016.yaml', 'date'],
  ]);
  expect(warnings[0]!.message.en).toMatch(
    /^names "late" on 10 February 2020, before it was founded \(March 2021, founded in .*studios\/late\.yaml\)/,
  );
  expect(warnings[1]!.message.zh).toMatch(
    /^2016年命名"early"，早于其成立时间（2019年，见 .*studios\/early\.yaml 的 founded）/,
  );
});
