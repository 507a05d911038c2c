/**
 * A value of a closed list refused with what each allowed value means (src/lib/validation/vocabulary-message.ts):
 * an editor who types the Chinese label (优秀奖, 市级) is told the value that stands for it.
 */
import { rmSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validation/index.ts';
import { writeContentFolder } from '../helpers/content-folder.ts';

const award = (rank: string) => ({
  competition: 'skills',
  rank,
  year: 2022,
  achievement: '集控值班员项目',
  recipients: [{ type: 'person', person: 'wang' }],
});
const root = writeContentFolder({
  'people/wang.yaml': { name: '王工' },
  'competitions/skills.yaml': {
    name: '某市职工职业技能大赛',
    organiser: 'ftu',
    family: 'skills-contest',
    level: '市级',
  },
  'awards/label-typed.yaml': award('优秀奖'),
  'awards/unknown-rank.yaml': award('fourth'),
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
const { problems } = validateContent(root);
const problem = (file: string, field: string) =>
  problems.find((p) => p.file.endsWith(file) && p.field === field);

it('names the value a typed Chinese label stands for, in both languages', () => {
  expect(problem('awards/label-typed.yaml', 'rank')?.message).toMatchObject({
    en: expect.stringMatching(
      /^found "优秀奖"; expected the value that stands for it, excellence \(one of: .*first \(First prize\)/,
    ),
    zh: expect.stringMatching(
      /^填写的是 "优秀奖"；应填写它对应的取值 excellence（可选：.*first（一等奖）/,
    ),
  });
  expect(problem('competitions/skills.yaml', 'level')?.message.zh).toMatch(
    /应填写它对应的取值 municipal/,
  );
});

it('lists each allowed value with its label when the value is unknown', () => {
  const message = problem('awards/unknown-rank.yaml', 'rank')?.message;
  expect(message?.en).toMatch(
    /^found "fourth"; expected one of: .*excellence \(Excellence award\)/,
  );
  expect(message?.zh).toMatch(/^填写的是 "fourth"；应为以下之一：.*excellence（优秀奖）/);
});
