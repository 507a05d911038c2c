/**
 * Red-team round: invisible characters in text. A right-to-left override (U+202E) makes a page
 * show "陈磊职工创新工作室" for the text 陈磊职工室作工新创 that search, feeds and CSV carry; a
 * zero-width space (U+200B, common in text copied from a web page) keeps a title from matching
 * itself, so that `npm run import` made a second studio of the same visible name. Both passed
 * `npm run check`; now they are problems naming the field (or the body's line) and the character,
 * and the import compares titles without them.
 */
import { describe, expect, it } from 'vitest';
import { planImport } from '../../src/lib/import/plan.ts';
import { readDelimited } from '../../src/lib/import/read-annex.ts';
import { readAnnexRows } from '../../src/lib/import/rows.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { writeContentFolder } from '../helpers/content-folder.ts';

const problemsOf = (files: Record<string, string>) =>
  validateContent(writeContentFolder(files)).problems.map((p) => ({
    file: p.file.replace(/^.*content-[^/]+\//, ''),
    field: p.field,
    line: p.line,
    en: p.message.en,
  }));

describe('invisible characters in content', () => {
  for (const [name, char] of [
    ['RIGHT-TO-LEFT OVERRIDE', '\u202E'],
    ['LEFT-TO-RIGHT EMBEDDING', '\u202A'],
    ['RIGHT-TO-LEFT ISOLATE', '\u2067'],
    ['RIGHT-TO-LEFT MARK', '\u200F'],
    ['ZERO WIDTH SPACE', '\u200B'],
    ['WORD JOINER', '\u2060'],
    ['ZERO WIDTH NO-BREAK SPACE', '\uFEFF'],
    // A later round: characters that pass for nothing, or for letters that show nothing.
    ['ZERO WIDTH JOINER, outside emoji', '\u200D'],
    ['ZERO WIDTH NON-JOINER', '\u200C'],
    ['INVISIBLE TIMES', '\u2062'],
    ['SOFT HYPHEN', '\u00AD'],
    ['COMBINING GRAPHEME JOINER', '\u034F'],
    ['TAG LATIN CAPITAL LETTER A', '\u{E0041}'],
    ['HANGUL FILLER', '\u3164'],
    ['HALFWIDTH HANGUL FILLER', '\uFFA0'],
    ['BRAILLE PATTERN BLANK', '\u2800'],
    ['MONGOLIAN VOWEL SEPARATOR', '\u180E'],
  ] as const) {
    it(`${name} in a name is a problem naming the field and the character`, () => {
      const problems = problemsOf({
        'organisations/spoof.yaml': `name:\n  zh: 锦州市${char}总工会\n`,
      });
      const found = problems.filter((p) => p.file === 'organisations/spoof.yaml');
      expect(found).toHaveLength(1);
      expect(found[0]!.field).toBe('name.zh');
      const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      expect(found[0]!.en).toContain(`invisible character ${code} at position 4`);
    });
  }

  it('in a body, with its line', () => {
    const problems = problemsOf({
      'news/zh/spoof.md':
        '---\ntitle: 标题\ndate: "2024-05-01"\nsummary: 摘要\n---\n\n第一段。\n\n第二\u202E段。\n',
    });
    const found = problems.filter((p) => p.file === 'news/zh/spoof.md');
    expect(found.map((p) => p.en).join('\n')).toContain('invisible character U+202E');
    expect(found[0]!.line).toBe(9);
  });

  it('held: joiners inside emoji and tabs and line breaks are text', () => {
    const problems = problemsOf({
      'organisations/fine.yaml': 'name:\n  zh: 锦州市总工会 👨‍👩‍👧\n  en: "Jinzhou\\tFTU"\n',
    });
    expect(problems.filter((p) => p.file === 'organisations/fine.yaml')).toEqual([]);
  });
});

describe('npm run import', () => {
  it('matches a title whatever invisible characters the annex or the archive carry: no second studio', () => {
    const { table } = readAnnexRows(
      [
        readDelimited(
          '序号,工作室名称,级别\n1,甲职工\u200B创新工作室,市级\n2,乙职工创新工作室,市级',
          't',
        ),
      ],
      new Map(),
    );
    const archive = {
      studios: [
        { id: 'jia', title: { zh: '甲职工创新工作室' } },
        { id: 'yi', title: { zh: '乙\u200B职工创新工作室' } },
      ],
      organisations: [{ id: 'ftu', name: { zh: '锦州市总工会' } }],
      people: [],
      documents: [],
      designations: [],
    };
    const plan = planImport(
      'decision',
      table!.rows,
      { issuers: ['锦州市总工会'], date: '2025-12', title: '关于命名的决定', level: '市级' },
      archive,
      new Map(),
    );
    expect(plan.rows.map((row) => [row.status, row.studio])).toEqual([
      ['matched', 'jia'],
      ['matched', 'yi'],
    ]);
    expect(plan.newStudios).toEqual([]);
  });
});
