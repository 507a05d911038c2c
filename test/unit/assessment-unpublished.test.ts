/**
 * An assessment whose results were not published (issue 24): a notice may name a studio as assessed
 * with no grade. Its outcome is then unknown, never "retained"; a graded row that states no outcome is
 * retained, as notices name only what they change; an outcome other than revoked needs its grade.
 */
import { describe, expect, it } from 'vitest';
import { buildModel, studioStanding } from '../../src/lib/model/model.ts';
import { assessmentWords } from '../../src/lib/views/assessment-words.ts';
import { formatProblems, validateContent } from '../../src/lib/validation/index.ts';
import { writeContentFolder, type ContentFiles } from '../helpers/content-folder.ts';

const files = (results: object[]): ContentFiles => ({
  'studios/a.yaml': { title: '甲创新工作室' },
  'studios/b.yaml': { title: '乙创新工作室' },
  'documents/named.mdx': {
    data: {
      type: 'naming-decision',
      issuer: 'ftu',
      date: '2021-12-07',
      title: '命名决定',
      named: [
        { studio: 'a', level: 'municipal' },
        { studio: 'b', level: 'municipal' },
      ],
    },
    body: '正文。',
  },
  'documents/assessed.mdx': {
    data: {
      type: 'assessment-notice',
      issuer: 'ftu',
      date: '2024-11-20',
      title: '考核通报',
      cycle: '2022—2024',
      results,
    },
    body: '正文。',
  },
});

describe('an assessment whose results were not published', () => {
  const { content, problems } = validateContent(
    writeContentFolder(files([{ studio: 'a' }, { studio: 'b', grade: 'good' }])),
  );
  const model = buildModel(content, '2026-06-30');

  it('is valid with no grade', () => {
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it('keeps the studio as assessed, its grade and outcome unknown, and its naming in force', () => {
    expect(model.assessmentsByStudio.get('a')).toEqual([
      expect.objectContaining({ documentId: 'assessed', grade: undefined, outcome: undefined }),
    ]);
    expect(studioStanding(model, 'a')).toEqual({ status: 'named', level: 'municipal' });
  });

  it('reads a graded row that states no outcome as retained', () => {
    expect(model.assessmentsByStudio.get('b')).toEqual([
      expect.objectContaining({ grade: 'good', outcome: 'retained' }),
    ]);
  });

  it('refuses an outcome other than revoked without the grade it follows from, naming the field', () => {
    const { problems: refused } = validateContent(
      writeContentFolder(files([{ studio: 'a', outcome: 'retained' }])),
    );
    expect(formatProblems(refused)).toMatch(
      /results\[0\]\.outcome[\s\S]*needs the grade it follows from/,
    );
  });
});

describe('an assessment result in words (views/assessment-words.ts)', () => {
  it('says an unpublished result in both cells, the same on the studio page and the notice page', () => {
    expect(assessmentWords('zh', {})).toEqual({
      grade: '结果未公布',
      score: '—',
      outcome: '结果未公布',
    });
    expect(assessmentWords('en', {})).toEqual({
      grade: 'Result not published',
      score: '—',
      outcome: 'Result not published',
    });
  });

  it('says a graded row without a stated outcome as retained, and a stated outcome as stated', () => {
    const graded = assessmentWords('zh', { grade: 'excellent', score: 92 });
    expect(graded.score).toBe('92');
    expect(graded.outcome).toBe(
      assessmentWords('zh', { grade: 'excellent', outcome: 'retained' }).outcome,
    );
    expect(assessmentWords('zh', { outcome: 'revoked' }).outcome).not.toBe(graded.outcome);
  });
});
