/**
 * Red-team round: content nested far deeper than any real entry. A few kilobytes of brackets in
 * YAML, or of `>` in a body, overflowed the call stack of the YAML reader (npm run check, the build
 * and the editor crashed with a stack trace) or of the Markdown pipeline (the check passed, the
 * build crashed). Each is now a problem naming the file and the limit.
 */
import { describe, expect, it } from 'vitest';
import { MAX_NESTING_DEPTH } from '../../src/lib/content/content-limits.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { writeContentFolder } from '../helpers/content-folder.ts';

const FRONT = '---\ntitle: 深层嵌套\ndate: "2024-05-01"\nsummary: 摘要\n---\n\n正文第一段。\n\n';
const DEEP = 3000;

const problemsOf = (files: Record<string, string>) =>
  validateContent(writeContentFolder(files)).problems.map((p) => ({
    file: p.file.replace(/^.*content-[^/]+\//, ''),
    line: p.line,
    en: p.message.en,
  }));

describe('YAML nested deeper than any entry', () => {
  for (const [label, value] of [
    ['flow sequences', '['.repeat(DEEP) + ']'.repeat(DEEP)],
    ['flow maps', '{a: '.repeat(DEEP) + '1' + '}'.repeat(DEEP)],
    ['compact block sequences', '\n' + '- '.repeat(DEEP) + 'x'],
  ] as const) {
    it(`is a problem of its file, not a crash (${label})`, () => {
      const problems = problemsOf({ 'organisations/deep.yaml': `name: ${value}\n` });
      const deep = problems.filter((p) => p.file === 'organisations/deep.yaml');
      expect(deep).toHaveLength(1);
      expect(deep[0]!.en).toMatch(`nested more than ${MAX_NESTING_DEPTH} levels deep`);
    });
  }

  it('in the front matter of a news item too', () => {
    const problems = problemsOf({
      'news/zh/deep.md': `---\ntitle: ${'['.repeat(DEEP)}${']'.repeat(DEEP)}\n---\n\n正文\n`,
    });
    expect(problems.map((p) => p.en).join('\n')).toMatch(`nested more than ${MAX_NESTING_DEPTH}`);
  });

  it('held: nesting as deep as real entries are is fine', () => {
    const value = '['.repeat(20) + '"x"' + ']'.repeat(20);
    const problems = problemsOf({ 'organisations/deep.yaml': `name: 某单位\nx: ${value}\n` });
    expect(problems.map((p) => p.en).join('\n')).not.toMatch(/nested/);
  });
});

describe('a body nested deeper than any article', () => {
  for (const [label, body, extensions] of [
    ['block quotes', '> '.repeat(DEEP) + '深\n', ['md', 'mdx']],
    ['lists', '- '.repeat(DEEP) + '项\n', ['md', 'mdx']],
    // 2,000 levels of emphasis overflow MDX's pipeline (and take its parser seconds).
    ['emphasis', '*强 '.repeat(2000) + '调' + ' 强*'.repeat(2000) + '\n', ['mdx']],
    // Raw HTML is one node of a Markdown tree; rehype-raw makes it 5,000 elements deep.
    ['HTML', '<div>'.repeat(5000) + '深' + '</div>'.repeat(5000) + '\n', ['md', 'mdx']],
  ] as const) {
    for (const extension of extensions) {
      it(`is a problem with its line in a .${extension} body (${label})`, () => {
        const problems = problemsOf({ [`news/zh/deep.${extension}`]: FRONT + body });
        const deep = problems.filter((p) => p.file === `news/zh/deep.${extension}`);
        // Refused before it can overflow: as nested too deeply, or, for a paragraph that long (the
        // emphasis and HTML cases), as a paragraph over MAX_PARAGRAPH_CHARS, before it is parsed.
        const refusal = new RegExp(
          `nested more than ${MAX_NESTING_DEPTH} levels deep|has a paragraph of \\d+ characters`,
        );
        expect(deep.map((p) => p.en).join('\n')).toMatch(refusal);
        expect(deep.find((p) => refusal.test(p.en))!.line).toBe(9);
      });
    }
  }

  it('held: quotes and lists a few levels deep are fine', () => {
    const body = '> > > 引文\n\n- 一\n  - 二\n    - 三\n\n<div><p>段<br>落</p><hr/></div>\n';
    for (const extension of ['md', 'mdx']) {
      const problems = problemsOf({ [`news/zh/ok.${extension}`]: FRONT + body });
      expect(problems.map((p) => p.en).join('\n')).not.toMatch(/nested/);
    }
  });
});
