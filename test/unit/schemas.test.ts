import { describe, expect, it } from 'vitest';
import { awardSchema } from '../../src/schemas/award.ts';
import {
  quantitySchema,
  localizedSchema,
  isoDateSchema,
  partialDateSchema,
  sourceSchema,
} from '../../src/schemas/common.ts';
import { competitionSchema } from '../../src/schemas/competition.ts';
import { designationSchema } from '../../src/schemas/designation.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { figuresSchema } from '../../src/schemas/figures.ts';
import { newsSchema } from '../../src/schemas/news.ts';
import { organisationSchema } from '../../src/schemas/organisation.ts';
import { personSchema } from '../../src/schemas/person.ts';
import { reportSchema } from '../../src/schemas/report.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';
import { studioSchema } from '../../src/schemas/studio.ts';
import { topicSchema } from '../../src/schemas/topic.ts';

/** The paths of the issues a schema reports for some input. */
function issuePaths(
  schema: {
    safeParse: (input: unknown) => {
      success: boolean;
      error?: { issues: Array<{ path: PropertyKey[] }> };
    };
  },
  input: unknown,
): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error!.issues.map((issue) => issue.path.join('.'));
}

describe('common field types', () => {
  it('reads plain text as Chinese and keeps a translation', () => {
    expect(localizedSchema.parse('锦州')).toEqual({ zh: '锦州' });
    expect(localizedSchema.parse({ zh: '锦州', en: 'Jinzhou' })).toEqual({
      zh: '锦州',
      en: 'Jinzhou',
    });
    expect(localizedSchema.safeParse({ en: 'Jinzhou' }).success).toBe(false);
  });
  it('keeps the qualifier of a reported number', () => {
    expect(quantitySchema.parse(22)).toEqual({ value: 22, qualifier: 'exact' });
    expect(quantitySchema.parse({ value: 1200, qualifier: 'at-least' })).toEqual({
      value: 1200,
      qualifier: 'at-least',
    });
    expect(quantitySchema.safeParse({ value: 5, qualifier: 'roughly' }).success).toBe(false);
    expect(quantitySchema.safeParse(-1).success).toBe(false);
  });
  it('accepts only real calendar dates', () => {
    expect(isoDateSchema.parse('2021-12-07')).toBe('2021-12-07');
    // Only the one YAML parser's strings reach the schemas (no second parser hands over a Date).
    expect(isoDateSchema.safeParse(new Date('2021-12-07T00:00:00Z')).success).toBe(false);
    expect(isoDateSchema.safeParse('2021-02-30').success).toBe(false);
    expect(isoDateSchema.safeParse('7 Dec 2021').success).toBe(false);
  });
  it('keeps a date at the precision the source gives, and never fills it in', () => {
    expect(partialDateSchema.parse('2019')).toEqual({ value: '2019', precision: 'year' });
    // An unquoted year reaches the schema as a number and is read as that year.
    expect(partialDateSchema.parse(2025)).toEqual({ value: '2025', precision: 'year' });
    expect(partialDateSchema.parse('2019-11')).toEqual({ value: '2019-11', precision: 'month' });
    expect(partialDateSchema.parse('2019-11-20')).toEqual({
      value: '2019-11-20',
      precision: 'day',
    });
    expect(partialDateSchema.safeParse(new Date('2021-12-07T00:00:00Z')).success).toBe(false);
    expect(partialDateSchema.parse({ before: '2015-06' })).toEqual({
      value: '2015-06',
      precision: 'month',
      before: true,
    });
    for (const bad of [
      '2019-13',
      '2021-02-30',
      '19',
      '2019/11',
      { after: '2015' },
      { before: 'soon' },
      20.5,
    ])
      expect(partialDateSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
  it('takes only web addresses as sources, so that no link can run script', () => {
    expect(sourceSchema.safeParse({ url: 'https://www.acftu.org/list.html' }).success).toBe(true);
    expect(sourceSchema.safeParse({ url: 'javascript:alert(1)' }).success).toBe(false);
    expect(sourceSchema.safeParse({}).success).toBe(false);
  });
});

const organisation = {
  name: '锦州市总工会',
  kind: 'union-federation',
  level: 'municipal',
  region: '锦州市',
};
const person = {
  name: '赵鹏达',
  jobTitle: '车间主任',
  employer: 'bohai',
  honours: [{ title: '锦州市劳动模范', level: 'municipal', year: 2019 }],
};
const studio = {
  title: '赵鹏达劳模创新工作室',
  kind: 'model-worker',
  leader: 'zhao-pengda',
  employer: 'bohai',
  industry: 'petrochemical',
  region: '锦州市',
  founded: '2021-06',
  focus: ['换热器堵漏'],
  summary: '公司首个劳模创新工作室。',
  members: [
    { person: 'zhao-pengda', role: 'leader' },
    { name: '宋立新', role: 'member', grade: 'senior-worker' },
  ],
};
const decision = {
  type: 'naming-decision',
  number: '锦工发〔2021〕31号',
  issuer: 'jinzhou-ftu',
  date: '2021-12-07',
  title: '关于命名的决定',
  summary: '命名。',
  named: [
    { studio: 'zhao-pengda', level: 'municipal', designation: '锦州市劳模创新工作室', funding: 3 },
  ],
};
const { named: _named, ...notice } = decision;
const competition = {
  name: '锦州市职工技术创新成果',
  organiser: 'jinzhou-ftu',
  family: 'tech-innovation',
  level: 'municipal',
};
const award = {
  competition: 'jinzhou-tech-innovation',
  rank: 'first',
  year: 2021,
  achievement: '换热器在线堵漏',
  recipients: [
    { type: 'person', person: 'zhao-pengda' },
    { type: 'team', name: '创新团队' },
    { type: 'studio', studio: 'zhao-pengda' },
  ],
};
const figures = {
  studio: 'zhao-pengda',
  periods: [
    { from: '2021-08', to: '2021-10', proposals: { submitted: 22, adopted: 22, implemented: 22 } },
  ],
};

const cases = [
  {
    name: 'organisation',
    schema: organisationSchema,
    valid: organisation,
    invalid: { ...organisation, kind: 'club' },
    path: 'kind',
  },
  {
    name: 'person',
    schema: personSchema,
    valid: person,
    invalid: { ...person, honours: [{ title: 'x', level: 'galactic', year: 2019 }] },
    path: 'honours.0.level',
  },
  {
    name: 'studio',
    schema: studioSchema,
    valid: studio,
    invalid: { ...studio, founded: '2021-6' },
    path: 'founded',
  },
  // Only the verbatim title is required: a studio known from a partial list has nothing else.
  {
    name: 'studio (title only)',
    schema: studioSchema,
    valid: { title: '量子导航创新工作室' },
    invalid: { region: '北京市' },
    path: 'title',
  },
  {
    name: 'organisation (short name only)',
    schema: organisationSchema,
    valid: { shortName: '火箭院' },
    invalid: { kind: 'hospital' },
    path: 'name',
  },
  {
    name: 'competition',
    schema: competitionSchema,
    valid: competition,
    invalid: { ...competition, level: 'galactic' },
    path: 'level',
  },
  {
    name: 'selection notice (公示)',
    schema: documentSchema,
    valid: {
      ...notice,
      type: 'selection-notice',
      number: undefined,
      date: '2023-12',
      selected: [{ studio: 'a', level: 'district' }],
    },
    invalid: { ...notice, type: 'selection-notice', selected: [] },
    path: 'selected',
  },
  {
    name: 'commendation',
    schema: documentSchema,
    valid: {
      ...notice,
      type: 'commendation',
      coIssuers: ['party-org'],
      commended: [{ studio: 'a', level: 'district', funding: 2 }],
    },
    invalid: { ...notice, type: 'commendation', commended: [{ studio: 'a' }] },
    path: 'commended.0.level',
  },
  {
    name: 'studio member',
    schema: studioSchema,
    valid: studio,
    invalid: { ...studio, members: [{ role: 'member' }] },
    path: 'members.0',
  },
  {
    name: 'studio (unknown field)',
    schema: studioSchema,
    valid: studio,
    invalid: { ...studio, leadr: 'x' },
    path: '',
  },
  {
    name: 'naming decision',
    schema: documentSchema,
    valid: decision,
    invalid: { ...decision, named: [] },
    path: 'named',
  },
  {
    name: 'document type',
    schema: documentSchema,
    valid: decision,
    invalid: { ...decision, type: 'memo' },
    path: 'type',
  },
  {
    name: 'assessment notice',
    schema: documentSchema,
    valid: {
      ...notice,
      type: 'assessment-notice',
      cycle: '2019—2021',
      results: [{ studio: 'a', grade: 'excellent', score: 95 }],
    },
    invalid: {
      ...notice,
      type: 'assessment-notice',
      cycle: '2019—2021',
      results: [{ studio: 'a', grade: 'superb' }],
    },
    path: 'results.0.grade',
  },
  {
    name: 'pairing notice',
    schema: documentSchema,
    valid: {
      ...notice,
      type: 'pairing-notice',
      pairings: [{ studios: ['a', 'b'], kind: 'pair', topic: '联合攻关' }],
    },
    invalid: {
      ...notice,
      type: 'pairing-notice',
      pairings: [{ studios: ['a'], kind: 'pair', topic: '联合攻关' }],
    },
    path: 'pairings.0.studios',
  },
  {
    name: 'designation',
    schema: designationSchema,
    valid: {
      studio: 'a',
      level: 'national-supported',
      issuers: ['acftu'],
      date: '2025',
      source: { title: '名单', url: 'https://example.org/list' },
    },
    // Required is the level and the issuers or a source; nothing else.
    invalid: { studio: 'a', level: 'national', date: '2025-06-18' },
    path: 'issuers',
  },
  {
    name: 'award',
    schema: awardSchema,
    valid: award,
    invalid: { ...award, rank: 'place' },
    path: 'place',
  },
  {
    name: 'award recipient',
    schema: awardSchema,
    valid: award,
    invalid: { ...award, recipients: [{ type: 'robot' }] },
    path: 'recipients.0.type',
  },
  {
    name: 'figures',
    schema: figuresSchema,
    valid: figures,
    invalid: { ...figures, periods: [{ from: '2022-08', to: '2021-02' }] },
    path: 'periods.0.to',
  },
  {
    name: 'figures (cumulative, since founding)',
    schema: figuresSchema,
    valid: {
      studio: 'a',
      periods: [
        {
          from: 'founding',
          to: '2023-12',
          patents: { total: { value: 30, qualifier: 'at-least' } },
          benefit: { value: 1200, qualifier: 'at-least' },
          incubated: 3,
        },
      ],
    },
    invalid: { studio: 'a', periods: [{ from: 'founding', to: '2023', trained: 5 }] },
    path: 'periods.0.to',
  },
  {
    name: 'figures (adopted > submitted)',
    schema: figuresSchema,
    valid: figures,
    invalid: {
      studio: 'a',
      periods: [
        { from: '2021-01', to: '2021-12', proposals: { submitted: 5, adopted: 6, implemented: 1 } },
      ],
    },
    path: 'periods.0.proposals',
  },
  {
    name: 'news',
    schema: newsSchema,
    valid: { title: '标题', date: '2021-12-08', summary: '摘要', studios: ['a'] },
    invalid: { title: '标题', summary: '摘要' },
    path: 'date',
  },
  {
    name: 'report',
    schema: reportSchema,
    valid: { year: 2021, title: '报告', summary: '摘要' },
    invalid: { year: 1800, title: '报告', summary: '摘要' },
    path: 'year',
  },
  {
    name: 'topic',
    schema: topicSchema,
    valid: { name: { zh: '命名', en: 'Naming' } },
    invalid: { description: '无名' },
    path: 'name',
  },
  {
    name: 'settings',
    schema: settingsSchema,
    valid: {
      siteName: '站点',
      tagline: '副题',
      description: '说明',
      publisher: 'ftu',
      navigation: [{ path: '/studios/', label: '工作室' }],
    },
    invalid: {
      siteName: '站点',
      tagline: '副题',
      description: '说明',
      publisher: 'ftu',
      navigation: [{ path: 'studios', label: '工作室' }],
    },
    path: 'navigation.0.path',
  },
];

describe.each(cases)('$name schema', ({ schema, valid, invalid, path }) => {
  it('accepts a valid entry', () => expect(issuePaths(schema, valid)).toEqual([]));
  it(`rejects an invalid entry at "${path}"`, () =>
    expect(issuePaths(schema, invalid)).toContain(path));
});

describe('an organisation’s website', () => {
  it('takes http and https addresses only, so that no link can run script', async () => {
    const { organisationSchema } = await import('../../src/schemas/organisation.ts');
    expect(
      organisationSchema.safeParse({ name: '锦州市总工会', website: 'https://www.jzgh.org.cn/' })
        .success,
    ).toBe(true);
    for (const website of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://example.org/',
    ])
      expect(organisationSchema.safeParse({ name: '锦州市总工会', website }).success, website).toBe(
        false,
      );
  });
});
