/**
 * Documents as real records hold them: a document number's form is only ever a warning (printed by
 * `npm run check`, never failing it); a document with no known date keeps its pairings and namings
 * undated, counted in no year; an agreement a union brokered is no union document.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildModel, activeDesignations, namingYear } from '../../src/lib/model/model.ts';
import { unionDocuments } from '../../src/lib/model/stats.ts';
import { documentNumberWarning } from '../../src/lib/validation/documents.ts';
import { formatProblems, validateContent } from '../../src/lib/validation/index.ts';
import { writeContentFolder, type ContentFiles } from '../helpers/content-folder.ts';
import { ROOT } from '../helpers/paths.ts';
import { documentView } from '../../src/lib/views/document.ts';
import { METRIC_FUNCTIONS } from '../../src/lib/charts/metrics.ts';

const studios: ContentFiles = {
  'studios/a.yaml': { title: '甲创新工作室' },
  'studios/b.yaml': { title: '乙创新工作室' },
  'organisations/co-a.yaml': { name: '甲公司' },
  'organisations/co-b.yaml': { name: '乙公司' },
};
const naming = (number: string | undefined, extra: Record<string, unknown> = {}) => ({
  data: {
    type: 'naming-decision',
    ...(number ? { number } : {}),
    issuer: 'ftu',
    date: '2021-12-07',
    title: '关于命名劳模创新工作室的决定',
    named: [{ studio: 'a', level: 'municipal' }],
    ...extra,
  },
  body: '正文。',
});

describe('a document number in the GB/T 9704 form (机关代字〔年份〕序号号)', () => {
  it.each(['锦工发〔2021〕31号', '嘉总工〔2022〕15号', '津开工发〔2022〕15号'])(
    '%s passes with no warning',
    (number) => {
      expect(documentNumberWarning(number)).toBeUndefined();
    },
  );

  it.each([
    ['锦工发[2021]31号', /brackets 〔〕/, /六角括号/],
    ['锦工发（2021）31号', /brackets 〔〕/, /六角括号/],
    ['锦工发〔2021〕第31号', /"第"/, /第/],
    ['锦工发〔2021〕31', /no 号/, /没有“号”/],
    ['锦工发〔2021〕031号', /leading zero/, /前导零/],
    ['锦工发2021年31号', /no year in brackets/, /没有括号中的年份/],
    ['〔2021〕31号', /no issuer code/, /机关代字/],
  ])('%s gets a warning that says what differs and that it is kept', (number, en, zh) => {
    const warning = documentNumberWarning(number)!;
    expect(warning.en).toMatch(en);
    expect(warning.en).toContain(`found "${number}"`);
    expect(warning.en).toMatch(/kept as written/);
    expect(warning.zh).toMatch(zh);
    expect(warning.zh).toMatch(/照录/);
  });

  it('is a warning of the check, never a problem: the content stays valid', () => {
    const root = writeContentFolder({ ...studios, 'documents/d1.mdx': naming('锦工发[2021]31号') });
    const { problems, warnings } = validateContent(root);
    expect(problems, formatProblems(problems)).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ entry: 'd1', field: 'number' });
    expect(warnings[0]!.file).toMatch(/documents\/d1\.mdx$/);
  });

  it('is printed by `npm run check`, which still exits 0', () => {
    const root = writeContentFolder({
      ...studios,
      'documents/d1.mdx': naming('锦工发〔2021〕第31号'),
    });
    const run = spawnSync(process.execPath, ['scripts/check-content.ts', root, '--lang', 'en'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/1 warning \(not errors\) in 1 file/);
    expect(run.stdout).toMatch(/entry "d1", field number: found "锦工发〔2021〕第31号"/);
    expect(run.stdout).toMatch(/no problems/);
  });
});

describe('a document with no known date', () => {
  const root = writeContentFolder({
    ...studios,
    'documents/list.mdx': {
      data: {
        type: 'naming-decision',
        issuer: 'ftu',
        title: '仪式上宣读的命名名单',
        named: [{ studio: 'a', level: 'municipal' }],
      },
      body: '正文。',
    },
    'documents/pairs.mdx': {
      data: {
        type: 'pairing-notice',
        issuer: 'ftu',
        title: '结对名单',
        pairings: [{ studios: ['a', 'b'], kind: 'pair' }],
      },
      body: '正文。',
    },
  });
  const { content, problems } = validateContent(root);
  const model = buildModel(content, '2026-06-30');

  it('is valid: a date of writing is not required', () => {
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it('keeps its pairings, undated', () => {
    expect(model.pairings).toHaveLength(1);
    expect(model.pairings[0]!.date).toBeUndefined();
    expect(model.pairingsByStudio.get('b')).toHaveLength(1);
  });

  it('keeps its namings undated: named now, in no year and at no past year end', () => {
    const [designation] = model.designationsByStudio.get('a')!;
    expect(designation!.date).toBeUndefined();
    expect(namingYear(designation!)).toBeUndefined();
    expect(activeDesignations(model, 'a')).toHaveLength(1);
    expect(activeDesignations(model, 'a', '2025-12-31')).toHaveLength(0);
  });
});

describe('an agreement between studios that a union brokered', () => {
  const agreement = (brokeredBy: string[]) => ({
    ...studios,
    'documents/agreement.mdx': {
      data: {
        type: 'agreement',
        title: '战略合作协议',
        date: '2017-06',
        parties: ['co-a', 'co-b'],
        brokeredBy,
        pairings: [{ studios: ['a', 'b'], kind: 'pair' }],
      },
      body: '正文。',
    },
    'documents/d1.mdx': naming('锦工发〔2021〕31号'),
  });

  it('is no union document, and its pairing is held', () => {
    const { content, problems } = validateContent(writeContentFolder(agreement(['ftu'])));
    expect(problems, formatProblems(problems)).toEqual([]);
    const model = buildModel(content, '2026-06-30');
    expect(unionDocuments(model).map((doc) => doc.id)).toEqual(['d1']);
    expect(model.pairings.map((p) => p.documentId)).toEqual(['agreement']);
  });

  it('says a union brokered it only where the content names one; an undated pairing is counted under 未注明', () => {
    const note = (brokeredBy: string[], locale: 'zh' | 'en' = 'zh') => {
      const { content } = validateContent(writeContentFolder(agreement(brokeredBy)));
      return documentView(buildModel(content, '2026-06-30'), locale, 'agreement').notUnionNote;
    };
    expect(note(['ftu'])).toContain('工会促成或见证签约');
    expect(note([])).toBe('本协议由签约单位订立，不是工会文件。');
    expect(note([], 'en')).not.toContain('brokered');
    const undated = agreement([]);
    delete (undated['documents/agreement.mdx'].data as { date?: string }).date;
    const { content } = validateContent(writeContentFolder(undated));
    const chart = METRIC_FUNCTIONS.pairings.compute(buildModel(content, '2026-06-30'), {
      locale: 'zh',
      placement: 'home',
    })!;
    expect(chart.labels).toEqual(['未注明']);
    expect(chart.series[0]!.values).toEqual([1]);
  });

  it('does not name a signatory as its broker', () => {
    const { problems } = validateContent(writeContentFolder(agreement(['co-b'])));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ entry: 'agreement', field: 'brokeredBy[0]' });
    expect(problems[0]!.message.en).toMatch(/also signed the agreement/);
  });
});

describe('a date of publication (发布日期) apart from the date of writing (成文日期)', () => {
  it('is kept when it is later', () => {
    const { content, problems } = validateContent(
      writeContentFolder({
        ...studios,
        'documents/d1.mdx': naming('锦工发〔2021〕31号', { published: '2021-12-10' }),
      }),
    );
    expect(problems, formatProblems(problems)).toEqual([]);
    expect(content.documents[0]!.data.published).toMatchObject({
      value: '2021-12-10',
      precision: 'day',
    });
  });

  it('is reported when it is certainly earlier', () => {
    const { problems } = validateContent(
      writeContentFolder({
        ...studios,
        'documents/d1.mdx': naming('锦工发〔2021〕31号', { published: '2021-11' }),
      }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ entry: 'd1', field: 'published' });
    expect(problems[0]!.message.en).toMatch(/found 2021-11, before the date of writing 2021-12-07/);
    expect(problems[0]!.message.zh).toMatch(/发布日期 2021-11 早于成文日期 2021-12-07/);
  });
});
