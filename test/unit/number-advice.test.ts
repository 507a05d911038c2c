/**
 * A number typed as its source words it (1.2亿元, 3-150, 300余, 30人) is refused with what to write
 * instead, in both languages (src/lib/content/validation-messages.ts numberAdvice).
 */
import { rmSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validation/index.ts';
import { writeContentFolder } from '../helpers/content-folder.ts';

const root = writeContentFolder({
  'studios/s.yaml': { title: '甲创新工作室' },
  'figures/s.yaml': {
    studio: 's',
    periods: [
      {
        from: '2021-01',
        to: '2021-12',
        benefit: '1.2亿元',
        trained: '3-150',
        papers: '300余',
        innovations: '30项',
        fiveSmall: '许多',
      },
    ],
  },
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
const { problems } = validateContent(root);
const messageOf = (field: string) =>
  problems.find((p) => p.file.endsWith('figures/s.yaml') && p.field === `periods[0].${field}`)
    ?.message;

it('says how to write an amount in 亿, a range, a qualified number and a number with its unit', () => {
  expect(messageOf('benefit')).toMatchObject({
    en: expect.stringContaining('1.2亿元 is 12000'),
    zh: expect.stringContaining('1.2亿元写 12000'),
  });
  expect(messageOf('trained')?.en).toContain('a range is not one number');
  expect(messageOf('papers')).toMatchObject({
    en: expect.stringContaining('{ value: 300, qualifier: at-least }'),
    zh: expect.stringContaining('“近”写 nearly'),
  });
  expect(messageOf('innovations')?.en).toContain('digits only, without a unit');
  // Words with no number in them get the plain message, not advice that does not fit.
  expect(messageOf('fiveSmall')?.en).toBe('found "许多"; expected number');
  // Every problem is reported at once.
  expect(problems.filter((p) => p.file.endsWith('figures/s.yaml'))).toHaveLength(5);
});
