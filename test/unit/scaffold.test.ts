import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/lib/content/collections.ts';
import {
  type Answers,
  answersProblems,
  type Field,
  KINDS,
} from '../../src/lib/scaffold/scaffold-kinds.ts';
import {
  fieldAt,
  plainPath,
  questionHint,
  questionLabel,
  unaskedFields,
} from '../../src/lib/scaffold/questions.ts';
import {
  documentId,
  listAnswer,
  personId,
  readDateAnswer,
  readQuantityAnswer,
  studioId,
  textId,
  unnumberedDocumentId,
  yamlDate,
  yamlQuantity,
} from '../../src/lib/scaffold/scaffold.ts';
import { fieldMeta } from '../../src/schemas/field-meta.ts';
import { studioSchema } from '../../src/schemas/studio.ts';
import { STUDIO_STATUSES } from '../../src/schemas/vocabulary.ts';
import { dataOfFile, SCAFFOLD_CASES, unfaithfulValues } from '../helpers/scaffold-cases.ts';

describe('proposed ids', () => {
  it('writes names in pinyin, surname first', () => {
    expect(personId('赵鹏达')).toBe('zhao-pengda');
    expect(personId('马丽')).toBe('ma-li');
  });
  it('names a studio after its leader, or after its topic', () => {
    expect(studioId('赵鹏达劳模创新工作室')).toBe('zhao-pengda');
    expect(studioId('韩东劳模和工匠人才创新工作室')).toBe('han-dong');
    expect(studioId('量子导航创新工作室')).toBe('liang-zi-dao-hang');
  });
  it('names a document after its number, or an unnumbered one (无文号) after its year and title', () => {
    expect(documentId('锦工发〔2021〕31号')).toBe('jgf-2021-31');
    expect(documentId('辽工发〔2024〕21号')).toBe('lgf-2024-21');
    expect(unnumberedDocumentId('关于表彰优秀劳模创新工作室的决定', '2026-03')).toBe(
      '2026-biao-zhang-you-xiu-lao',
    );
  });
  it('keeps English words', () => {
    expect(textId('QC小组 wins gold')).toBe('qc-xiao-zu-wins-gold');
  });
});

describe('list answers', () => {
  it('splits at commas and 、, keeping spaces inside an item', () => {
    expect(listAnswer('焊接工艺，管道检修、 pipe welding ,')).toEqual([
      '焊接工艺',
      '管道检修',
      'pipe welding',
    ]);
  });
});

describe('date answers', () => {
  it('keeps the precision given, and "before"', () => {
    expect(readDateAnswer('2019')).toEqual({ value: '2019', before: false });
    expect(readDateAnswer('2019-11')).toEqual({ value: '2019-11', before: false });
    expect(readDateAnswer('2019-11-20')).toEqual({ value: '2019-11-20', before: false });
    expect(readDateAnswer('before 2015-06')).toEqual({
      value: '2015-06',
      before: true,
      bound: 'before',
    });
    expect(yamlDate('2019')).toBe('"2019"');
    expect(yamlDate('before 2015-06')).toBe('{ before: "2015-06" }');
  });
  it('keeps "reported by", "shortly before" (近日) and a month and day with no year as the file writes them', () => {
    expect(yamlDate('by 2023-06-15')).toBe('{ reportedBy: "2023-06-15" }');
    expect(yamlDate('shortly before 2023-06-15')).toBe('{ shortlyBefore: "2023-06-15" }');
    expect(yamlDate('07-14')).toBe('{ monthDay: "07-14" }');
  });
  it('refuses what is not a real year, month or day', () => {
    for (const wrong of [
      '2019-13',
      '2019-02-30',
      '19',
      '2019/11',
      'before',
      'soon',
      '1800',
      '02-30',
      'by 07-14',
    ])
      expect(readDateAnswer(wrong), wrong).toBeUndefined();
  });
});

describe('quantity answers', () => {
  it('reads a number, at least (20+, 20多) and about (~20, 约20)', () => {
    expect(readQuantityAnswer('12')).toEqual({ value: '12', qualifier: 'exact' });
    expect(readQuantityAnswer('20+')).toEqual({ value: '20', qualifier: 'at-least' });
    expect(readQuantityAnswer('20多')).toEqual({ value: '20', qualifier: 'at-least' });
    expect(readQuantityAnswer('约150')).toEqual({ value: '150', qualifier: 'about' });
    expect(yamlQuantity('~1.5')).toBe('{ value: 1.5, qualifier: about }');
    expect(yamlQuantity('12')).toBe('12');
    for (const wrong of ['', 'many', '~20+', '-3', '20 人'])
      expect(readQuantityAnswer(wrong), wrong).toBeUndefined();
  });
});

const pathsOf = (field: Field): string[] =>
  typeof field.schema === 'string' ? [field.schema] : (field.schema ?? []);

describe('the questions come from the schemas', () => {
  it('asks every schema field of each kind, or says why not', () => {
    for (const [name, kind] of Object.entries(KINDS)) {
      const asked = kind.fields.flatMap(pathsOf);
      expect(
        unaskedFields(kind.schemaFields, asked, Object.keys(kind.notAsked)),
        `${name}: neither asked nor in its notAsked list`,
      ).toEqual([]);
      for (const [path, reason] of Object.entries(kind.notAsked)) {
        expect(
          () => fieldAt(kind.schemaFields, path),
          `${name}: ${path} is not a field`,
        ).not.toThrow();
        expect(
          asked.map(plainPath),
          `${name}: ${path} is asked and listed as not asked`,
        ).not.toContain(path);
        expect(reason.length, `${name}: ${path} without a reason`).toBeGreaterThan(10);
      }
    }
  });

  it('would fail on a field left out', () => {
    const studio = KINDS.studio!;
    const asked = studio.fields
      .filter((field) => field.flag !== 'site-area' && field.flag !== 'source-url')
      .flatMap(pathsOf);
    expect(unaskedFields(studio.schemaFields, asked, Object.keys(studio.notAsked))).toEqual([
      'siteArea',
    ]);
    const award = KINDS.award!;
    const askedOfAward = award.fields
      .filter((field) => field.flag !== 'source-publisher')
      .flatMap(pathsOf);
    expect(unaskedFields(award.schemaFields, askedOfAward, Object.keys(award.notAsked))).toEqual([
      'source.publisher',
    ]);
  });

  it("asks with the field's label, hint and example, in the terminal's language", () => {
    const title = KINDS.studio!.fields.find((field) => field.flag === 'title')!;
    const meta = fieldMeta.get(studioSchema.shape.title);
    expect(meta).toBeDefined();
    expect(questionLabel(title.question, 'zh')).toBe(meta!.label.zh);
    expect(questionLabel(title.question, 'en')).toBe(meta!.label.en);
    expect(questionHint(title.question, 'en')).toBe(`${meta!.hint!.en} e.g. ${meta!.example}`);
    expect(questionHint(title.question, 'zh')).toBe(`${meta!.hint!.zh}  例：${meta!.example}`);
    // A nested field after its group, a compound answer with its syntax.
    const url = KINDS.designation!.fields.find((field) => field.flag === 'source-url')!;
    expect(questionLabel(url.question, 'zh')).toMatch(/^来源 · /);
    expect(
      questionLabel(
        KINDS.assessment!.fields.find((field) => field.flag === 'results')!.question,
        'en',
      ),
    ).toMatch(/\(studio:grade\[:score\]\[:outcome\]/);
  });

  it('takes choices, references and required answers from the schema', () => {
    const field = (kind: string, flag: string) =>
      KINDS[kind]!.fields.find((candidate) => candidate.flag === flag)!;
    expect(field('studio', 'status').choices).toEqual([...STUDIO_STATUSES]);
    expect(field('studio', 'featured').choices).toEqual(['true', 'false']);
    expect(field('studio', 'leader').refers).toBe('people');
    expect(field('achievement', 'news')).toMatchObject({
      refers: 'news',
      idPrefix: 'zh/',
      list: true,
    });
    expect(field('decision', 'level').choices).toContain('municipal-demonstrative');
    expect(field('studio', 'title').required).toBe(true);
    expect(field('studio', 'summary').required).toBeUndefined();
    expect(field('report', 'year').required).toBe(true);
  });

  it('has a hand-written question only for flags that answer no schema field', () => {
    for (const [name, kind] of Object.entries(KINDS))
      for (const field of kind.fields)
        if (!field.schema)
          expect(['lang', 'slug'], `${name} --${field.flag}`).toContain(field.flag);
  });
});

/** Every subset of a list (the list is short: at most 12 items, 4096 subsets). */
function* subsets<T>(items: T[]): Generator<T[]> {
  for (let mask = 0; mask < 2 ** items.length; mask++)
    yield items.filter((_, i) => mask & (2 ** i));
}

const collectionOf = (path: string) =>
  Object.values(COLLECTIONS).find((spec) => spec.dir === path.split('/')[0])!;

/** Renders answers as the scaffolder would, or returns its refusal. */
function scaffoldInMemory(
  kindName: string,
  given: Answers,
): { refused: string[] } | { text: string; path: string; answers: Answers; proposed: string[] } {
  const kind = KINDS[kindName]!;
  const answers = { ...given };
  const proposed: string[] = [];
  for (const field of kind.fields) {
    if (answers[field.flag] !== undefined || !field.proposed) continue;
    answers[field.flag] = field.proposed({ today: '2026-11-26' }).value;
    proposed.push(field.flag);
  }
  const refused = answersProblems(kind, answers, () => true);
  if (refused.length) return { refused };
  // The proposed id (pinyin, slow) plays no part in what the file says.
  return {
    text: kind.render(answers, 'new-entry'),
    path: kind.path('new-entry', answers),
    answers,
    proposed,
  };
}

describe('npm run new writes only what it was told, for every combination of answers', () => {
  it('has a case for every kind, and every flag of a kind in one of its cases', () => {
    expect(new Set(SCAFFOLD_CASES.map((c) => c.kind))).toEqual(new Set(Object.keys(KINDS)));
    for (const [name, kind] of Object.entries(KINDS)) {
      const given = new Set(
        SCAFFOLD_CASES.filter((c) => c.kind === name).flatMap((c) => Object.keys(c.full)),
      );
      expect(
        kind.fields.map((field) => field.flag).filter((flag) => !given.has(flag)),
        name,
      ).toEqual([]);
    }
  });

  for (const testCase of SCAFFOLD_CASES) {
    it(`${testCase.kind}${testCase.base.lang ? ` (${testCase.base.lang})` : ''}: every combination is refused with a reason, or written valid and faithful`, () => {
      // Answers beyond the base, and base answers that the full set changes (a rank of place, joint issuers).
      const optional = Object.keys(testCase.full).filter(
        (flag) => testCase.base[flag] !== testCase.full[flag],
      );
      expect(optional.length).toBeLessThanOrEqual(12);
      let written = 0;
      for (const chosen of subsets(optional)) {
        const given: Answers = {
          ...testCase.base,
          ...Object.fromEntries(chosen.map((flag) => [flag, testCase.full[flag]])),
        };
        const result = scaffoldInMemory(testCase.kind, given);
        if ('refused' in result) continue;
        const data = dataOfFile(result.text, result.path);
        const parsed = collectionOf(result.path).schema.safeParse(data);
        // Messages are built only on failure: thousands of combinations run here.
        if (!parsed.success)
          expect.fail(
            `${JSON.stringify(given)}\n${result.text}\n${JSON.stringify(parsed.error.issues)}`,
          );
        const unfaithful = unfaithfulValues(
          testCase.kind,
          result.answers,
          testCase.full,
          data,
          result.proposed,
        );
        if (unfaithful.length)
          expect.fail(`${JSON.stringify(given)}\n${result.text}\n${unfaithful.join('\n')}`);
        written++;
      }
      expect(written).toBeGreaterThan(0);
      for (const answers of [...testCase.minimal, testCase.full])
        expect(scaffoldInMemory(testCase.kind, answers)).not.toHaveProperty('refused');
    }, 60_000);
  }

  it('refuses what is missing or contradictory, naming the flags', () => {
    const problems = (kind: string, answers: Answers) =>
      answersProblems(KINDS[kind]!, answers, () => true).join('\n');
    expect(problems('organisation', { kind: 'hospital' })).toContain('--short-name is required');
    expect(
      problems('award', { competition: 'x', rank: 'place', year: '2026', achievement: '项目' }),
    ).toMatch(/--place is required/);
    expect(
      problems('award', {
        competition: 'x',
        rank: 'first',
        place: '2',
        year: '2026',
        achievement: '项目',
        person: 'p',
      }),
    ).toContain('--place is given only with --rank place');
    expect(problems('designation', { studio: 's', level: 'national' })).toContain(
      '--source-url is required',
    );
    expect(
      problems('designation', { studio: 's', level: 'national', 'source-publisher': '中工网' }),
    ).toContain('describe a source');
    expect(
      problems('pairing', {
        issuers: 'o',
        date: '2026',
        title: '通知',
        studios: 'a',
        'pairing-kind': 'pair',
      }),
    ).toContain('at least two studios');
    expect(problems('studio', { title: '工作室', founded: '2019-13' })).toContain(
      '--founded "2019-13" is not a date at the precision the source gives',
    );
    expect(problems('studio', { title: '工作室', status: 'merged' })).toMatch(
      /--merged-into is required[\s\S]*--status merged needs --status-date or --status-document/,
    );
    expect(
      problems('studio', { title: '工作室', 'merged-into': 'a', 'status-date': '2020' }),
    ).toMatch(
      /--merged-into is given only with --status merged[\s\S]*only with --status revoked or merged/,
    );
    expect(problems('studio', { title: '工作室', 'member-count': 'many' })).toContain(
      '--member-count "many" is not a number as the source gives it',
    );
    expect(
      problems('achievement', {
        title: '成果',
        type: 'qc',
        team: '组',
        news: 'x',
        'source-date': '2020',
      }),
    ).toContain('describe a source');
    expect(
      problems('decision', {
        issuers: 'o',
        date: '2026',
        title: '决定',
        studios: 'a,a',
        level: 'municipal',
      }),
    ).toContain('names "a" twice');
  });
});
