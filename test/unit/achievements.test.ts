import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  achievementSchema,
  normalisePatentNumber,
  patentCheckDigit,
} from '../../src/schemas/achievement.ts';
import { achievementYear, currentStage } from '../../src/lib/model/achievements.ts';
import { registerAgainstFigures } from '../../src/lib/figures/register-comparison.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { formatProblems, validateContent } from '../../src/lib/validation/index.ts';
import { ROOT } from '../helpers/paths.ts';
import { smallArchive } from '../helpers/small-archive.ts';

describe('the achievements register: bad input', () => {
  const { problems, content } = validateContent(join(ROOT, 'test/fixtures/broken-achievements'));
  const find = (file: string, field: string) =>
    problems.find((p) => p.file.endsWith(file) && p.field === field);

  it.each([
    [
      'achievements/unknown-refs.md',
      'studios[0]',
      /found "no-such-studio", which is not an entry of studios/,
    ],
    [
      'achievements/unknown-refs.md',
      'people[0]',
      /found "no-such-person", which is not an entry of people/,
    ],
    [
      'achievements/unknown-refs.md',
      'news[0]',
      /found "no-such-story", which is not an entry of news; expected the name of a file in .*news\/zh\/ without its extension/,
    ],
    [
      'awards/points-nowhere.yaml',
      'achievementId',
      /found "no-such-achievement", which is not an entry of achievements/,
    ],
    [
      'achievements/status-backwards.md',
      'status[1].date',
      /found 2021-03-10 for "adopted", before 2021-05 of the earlier step "proposed"; expected the history not to go back in time/,
    ],
    [
      'achievements/status-backwards.md',
      'status[3].stage',
      /found "implemented" after "promoted"; expected the stages in the order they happen/,
    ],
    // The same patent written two ways (with ZL and spaces, and without) is one patent.
    [
      'achievements/valid-entry.md',
      'patents[0].number',
      /already listed by achievement "duplicate-patent" \(as "ZL 2021 2 0123456\.2"\)/,
    ],
    [
      'achievements/benefit-no-period.md',
      'benefit.period',
      /is missing; expected the period the benefit was measured over/,
    ],
    [
      'achievements/bad-patents.md',
      'patents[0].number',
      /found "2021201234"; a patent number of 12 digits, a dot and a check digit/,
    ],
    ['achievements/bad-patents.md', 'patents[1].number', /whose last digit is its check digit/],
    [
      'achievements/bad-patents.md',
      'patents[2].type',
      /fifth digit of the patent number gives its type/,
    ],
    ['achievements/no-origin.md', 'studios', /give where it comes from/],
    [
      'achievements/missing-files.md',
      'photos[0].file',
      /found "photos\/missing\.jpg", but no such file exists/,
    ],
    [
      'achievements/missing-files.md',
      'attachments[0].file',
      /found "missing\.pdf", but no such file exists/,
    ],
  ])('reports %s, field "%s"', (file, field, message) => {
    const problem = find(file, field);
    expect(
      problem,
      `no problem reported for ${file} ${field}: ${formatProblems(problems)}`,
    ).toBeDefined();
    expect(problem!.message.en).toMatch(message);
    expect(problem!.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(problem!.message.zh).not.toMatch(/expected|found/);
  });

  it('reports every problem at once and nothing more: the valid entry and the award pointing to it pass', () => {
    expect(problems, formatProblems(problems)).toHaveLength(14);
    expect(content.achievements.map((entry) => entry.id)).toContain('valid-entry');
    expect(problems.some((p) => p.file.endsWith('awards/points-to-valid.yaml'))).toBe(false);
  });
});

describe('the achievement schema', () => {
  const base = { title: '测试成果', type: 'tech-innovation', studios: ['zhao-pengda'] };
  it('computes the check digit of a Chinese patent number (weights 2–9, 2–5, modulo 11, 10 is X)', () => {
    // Independent arithmetic for 202120214587: 2·2+0·3+2·4+1·5+2·6+0·7+2·8+1·9+4·2+5·3+8·4+7·5 = 144; 144 mod 11 = 1.
    expect(patentCheckDigit('202120214587')).toBe('1');
    expect(normalisePatentNumber('zl 2021 2 0214587.1')).toBe('202120214587.1');
  });
  it('accepts a benefit over a year, a month or a span, and refuses "before" as a period', () => {
    for (const period of ['2022', '2022-06', { from: '2022-01', to: '2023-06' }]) {
      expect(
        achievementSchema.safeParse({ ...base, benefit: { amount: 10, period } }).success,
        JSON.stringify(period),
      ).toBe(true);
    }
    expect(
      achievementSchema.safeParse({ ...base, benefit: { amount: 10, period: { before: '2022' } } })
        .success,
    ).toBe(false);
    expect(
      achievementSchema.safeParse({
        ...base,
        benefit: { amount: 10, period: { from: '2022', until: '2023' } },
      }).success,
    ).toBe(false);
  });
  it('refuses a grant date on a patent only applied for', () => {
    const patent = {
      number: '202120214587.1',
      type: 'utility-model',
      status: 'applied',
      granted: '2022',
    };
    expect(achievementSchema.safeParse({ ...base, patents: [patent] }).success).toBe(false);
    expect(
      achievementSchema.safeParse({ ...base, patents: [{ ...patent, status: 'granted' }] }).success,
    ).toBe(true);
  });
  it('files an entry under the year of its date, else of its first dated step, else none', () => {
    const parse = (extra: object) => achievementSchema.parse({ ...base, ...extra });
    expect(
      achievementYear(parse({ date: '2021-06', status: [{ stage: 'proposed', date: '2020' }] })),
    ).toBe(2021);
    expect(
      achievementYear(
        parse({ status: [{ stage: 'proposed' }, { stage: 'implemented', date: '2022-03' }] }),
      ),
    ).toBe(2022);
    expect(achievementYear(parse({ date: { before: '2020' } }))).toBeUndefined();
    expect(currentStage(parse({ status: [{ stage: 'proposed' }, { stage: 'adopted' }] }))).toBe(
      'adopted',
    );
  });
});

describe('the register beside the reported figures', () => {
  const model = buildModel(smallArchive(), '2026-01-15');
  it('shows both numbers for a year and marks the year where they differ, never adding them', () => {
    const rows = registerAgainstFigures(model, 'zhao-pengda');
    const year2021 = rows.find((row) => row.year === 2021)!;
    // The 22 proposals of August–October 2021: one batch entry in the register, the same 22 in the figures.
    expect(year2021.proposals.figures?.value).toBe(22);
    expect(year2021.proposals.register?.value).toBe(22);
    expect(year2021.differs).toBe(false);
    const year2022 = rows.find((row) => row.year === 2022)!;
    expect(year2022.benefit.figures?.value).toBe(199.6);
    expect(year2022.benefit.register).toEqual({ value: 120, qualifier: 'about' });
    expect(year2022.differs).toBe(true);
  });
});
