import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems, messageLocale, validateContent } from '../../src/lib/validation/index.ts';
import { ROOT } from '../helpers/paths.ts';

/** The validator on test/fixtures/broken-content (the sample content is checked in test/build/sample-site.test.ts). */
describe('content validation', () => {
  const { problems } = validateContent(join(ROOT, 'test/fixtures/broken-content'));
  const find = (file: string, field: string) =>
    problems.find((p) => p.file.endsWith(file) && p.field === field);

  it.each([
    ['people/broken-yaml.yaml', '', /malformed YAML at line 3/],
    // A missing field is named by its label and hint, the words of the forms.
    [
      'studios/no-employer.yaml',
      'title',
      /^is missing; this field is required \(Studio title: The full title exactly as .+\)$/,
    ],
    [
      'studios/no-employer.yaml',
      'founded',
      /found "2020-13"; there is no month 13; expected a month from 01 to 12/,
    ],
    ['studios/li-ming.yaml', 'leader', /found "li-mingg", which is not an entry of people/],
    [
      'documents/decision-a.mdx',
      'date',
      /found "2021-02-30"; there is no such day: 2021-02 has 28 days/,
    ],
    ['documents/decision-a.mdx', 'named[0].level', /found "city"; expected one of: .*municipal/],
    ['documents/decision-c.mdx', 'number', /already used by document "decision-b"/],
    ['awards/wrong-rank.yaml', 'rank', /found "fourth"; expected one of/],
    ['figures/li-ming.yaml', 'periods[0].proposals', /implemented ≤ adopted ≤ submitted/],
    ['news/zh/unknown-topic.mdx', 'tags[0]', /not an entry of topics/],
    ['people/li-ming.yml', '(file name)', /duplicate id "li-ming": .*li-ming\.yaml has it too/],
    [
      'studios/merged-undated.yaml',
      'statusDate',
      /is missing; expected when the studio was merged/,
    ],
    // A contradiction names both entries: the naming and the studio file that records the revocation.
    [
      'documents/decision-b.mdx',
      'named[1].studio',
      /Names "revoked-2020" on 5 March 2021, after it was revoked \(2020, recorded in .*studios\/revoked-2020\.yaml\)/,
    ],
  ])('reports %s, field "%s"', (file, field, message) => {
    const problem = find(file, field);
    expect(
      problem,
      `no problem reported for ${file} ${field}: ${formatProblems(problems)}`,
    ).toBeDefined();
    expect(problem!.message.en).toMatch(message);
    expect(problem!.message.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('reports every problem at once and nothing more', () => {
    expect(problems).toHaveLength(13);
  });

  it('names the line of a YAML syntax error', () => {
    expect(find('people/broken-yaml.yaml', '')!.line).toBe(3);
  });

  it('writes the report in Chinese on request', () => {
    const report = formatProblems(problems, 'zh');
    expect(report).toMatch(/^发现 13 个问题，涉及 11 个文件：/);
    expect(report).not.toMatch(/nothing|undefined/);
    expect(report).toContain('条目 "li-ming"，字段 leader: 填写的是 "li-mingg"，但');
    expect(report).toContain(
      '条目 "decision-a"，字段 date: 填写的是 "2021-02-30"；没有这一天：2021年2月只有28天',
    );
    expect(report).toContain('条目 "no-employer"，字段 title: 缺少此字段');
    expect(report).toContain('第 3 行，条目 "broken-yaml": 第 3 行 YAML 格式错误');
  });

  it('chooses the language from --lang, STUDIO_LANG or the system locale', () => {
    expect(messageLocale(undefined, { LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(messageLocale('en', { LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(messageLocale(undefined, { STUDIO_LANG: 'zh', LANG: 'C.UTF-8' })).toBe('zh');
    expect(messageLocale(undefined, {})).toBe('en');
  });

  it('groups the report by file, with entry and field on each line', () => {
    const report = formatProblems(problems);
    expect(report).toMatch(/^13 problems in 11 files:/);
    expect(report).toContain(
      'studios/li-ming.yaml\n  - entry "li-ming", field leader: found "li-mingg"',
    );
  });
});
