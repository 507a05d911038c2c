/**
 * A value of a closed list refused with what each allowed value means (src/lib/validation/vocabulary-message.ts):
 * an editor who types the Chinese label (优秀奖, 市级) is told the value that stands for it.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
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
  // A winning company entered as a kind of recipient there is not (the kind is organisation).
  'awards/unit-recipient.yaml': {
    ...award('first'),
    recipients: [{ type: 'company', organisation: 'ftu' }],
  },
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

it('says a closed-list field left out is missing, then what it takes', () => {
  const missing = writeContentFolder({
    'competitions/no-level.yaml': {
      name: '某市职工职业技能大赛',
      organiser: 'ftu',
      family: 'skills-contest',
    },
  });
  const message = validateContent(missing).problems.find((p) => p.field === 'level')?.message;
  rmSync(missing, { recursive: true, force: true });
  expect(message?.en).toMatch(/^is missing; expected one of: .*municipal \(Municipal\)/);
  expect(message?.zh).toMatch(/^缺少此字段；应为以下之一：/);
});

it('lists each allowed value with its label when the value is unknown', () => {
  const message = problem('awards/unknown-rank.yaml', 'rank')?.message;
  expect(message?.en).toMatch(
    /^found "fourth"; expected one of: .*excellence \(Excellence award\)/,
  );
  expect(message?.zh).toMatch(/^填写的是 "fourth"；应为以下之一：.*excellence（优秀奖）/);
});

describe('what an editor typed in a form the rules cannot guess', () => {
  const typed = writeContentFolder({
    'studios/leap.yaml': { title: '甲创新工作室', founded: '2023-02-29' },
    'studios/month.yaml': { title: '乙创新工作室', founded: { before: '2019-13' } },
    'people/wang.yaml': { name: '王工' },
    'competitions/skills.yaml': {
      name: '某市职工职业技能大赛',
      organiser: 'ftu',
      family: 'skills-contest',
      level: 'municipal',
    },
    'awards/full-width.yaml': { ...award('first'), year: '２０２４' },
  });
  afterAll(() => rmSync(typed, { recursive: true, force: true }));
  const found = validateContent(typed).problems;
  const message = (file: string, field: string) =>
    found.find((p) => p.file.endsWith(file) && p.field === field)?.message;

  it('says a day or month that does not exist is the trouble, not the form', () => {
    expect(message('studios/leap.yaml', 'founded')).toEqual({
      en: 'found "2023-02-29"; there is no such day: 2023-02 has 28 days; expected a day that exists',
      zh: '填写的是 "2023-02-29"；没有这一天：2023年2月只有28天；请填写实际存在的日期',
    });
    expect(message('studios/month.yaml', 'founded')?.en).toMatch(/there is no month 13/);
  });

  it('names digits typed full-width and gives them half-width', () => {
    expect(message('awards/full-width.yaml', 'year')?.en).toMatch(
      /^found "２０２４"; expected number; the digits are full-width .*: write "2024"$/,
    );
    expect(message('awards/full-width.yaml', 'year')?.zh).toMatch(/请改为半角 "2024"$/);
  });
});

it('names the kinds an entry can be when its kind is none of them', () => {
  expect(problem('awards/unit-recipient.yaml', 'recipients[0].type')?.message).toEqual({
    en: 'found "company"; expected one of: person (Person), team (Team), studio (Studio), organisation (Organisation)',
    zh: '填写的是 "company"；应为以下之一：person（个人）、team（团队）、studio（工作室）、organisation（单位）',
  });
});
