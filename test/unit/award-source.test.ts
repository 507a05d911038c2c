/** An award's published source reaches its row, its search record and the open data (issue 24: it was stored and shown nowhere). */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/lib/model/model.ts';
import { awardRecords } from '../../src/lib/search/search-records.ts';
import { DATASETS } from '../../src/lib/outputs/open-data.ts';
import { awardRows } from '../../src/lib/views/parts.ts';
import { contentOf } from '../helpers/content-set.ts';

const source = {
  title: { zh: '关于表彰2023年度职工技术创新成果的决定' },
  number: '某工发〔2023〕8号',
  url: 'https://example.org/2023/8.html',
};
/** The one competition the awards here are won in. */
const competitions = {
  innovation: {
    name: { zh: '某市职工技术创新成果' },
    organiser: 'ftu',
    family: 'tech-innovation',
    level: 'municipal',
  },
};
const model = buildModel(
  contentOf({
    organisations: { ftu: { name: '某市总工会' } },
    competitions,
    awards: {
      a: {
        competition: 'innovation',
        rank: 'first',
        year: 2023,
        achievement: { zh: '某项成果' },
        recipients: [{ type: 'team', name: { zh: '某团队' }, members: [] }],
        source,
      },
    },
  }),
  '2026-11-26',
);

describe("an award's source", () => {
  it('is on its row', () => {
    expect(awardRows(model, 'zh', [...model.awards.values()])[0]!.source).toEqual(source);
  });

  it('is in its search record', () => {
    expect(awardRecords(model, ['zh'])[0]!.meta.source).toBe(
      '关于表彰2023年度职工技术创新成果的决定，某工发〔2023〕8号，https://example.org/2023/8.html',
    );
  });

  it('is in the open data', () => {
    const row = DATASETS.find((dataset) => dataset.name === 'awards')!.rows(model)[0]!;
    expect(row).toMatchObject({
      source_title: source.title.zh,
      source_number: source.number,
      source_url: source.url,
    });
  });
});

describe("an award's recipients in the open data", () => {
  const shared = buildModel(
    contentOf({
      organisations: {
        ftu: { name: '某市总工会' },
        works: { name: '某某装备有限公司', shortName: '某某装备' },
      },
      people: { ma: { name: '马力' } },
      studios: { s1: { title: '甲创新工作室' }, s2: { title: '乙创新工作室' } },
      competitions,
      awards: {
        studios: {
          competition: 'innovation',
          rank: 'first',
          year: 2022,
          achievement: '联合攻关',
          recipients: [
            { type: 'studio', studio: 's1' },
            { type: 'studio', studio: 's2' },
          ],
        },
        person: {
          competition: 'innovation',
          rank: 'second',
          year: 2023,
          achievement: '检测装置',
          recipients: [
            { type: 'person', person: 'ma' },
            { type: 'team', name: '攻关小组', members: ['ma'] },
          ],
        },
        team: {
          competition: 'innovation',
          rank: 'third',
          year: 2021,
          achievement: '工具改进',
          recipients: [{ type: 'team', name: '无名小组' }],
        },
        // A company named as the winner, beside the studio credited: neither a team nor a person.
        company: {
          competition: 'innovation',
          rank: 'first',
          year: 2024,
          achievement: '智能巡检系统',
          recipients: [
            { type: 'organisation', organisation: 'works' },
            { type: 'organisation', organisation: 'ftu' },
          ],
          studio: 's1',
        },
      },
    }),
    '2026-11-26',
  );
  const rows = Object.fromEntries(
    DATASETS.find((dataset) => dataset.name === 'awards')!
      .rows(shared)
      .map((row) => [row.id, row]),
  );

  it('lists every recipient, each once: two studios, a person also in a team, a team without member pages', () => {
    expect(rows.studios).toMatchObject({ studio: 's1;s2', people: '', teams: '' });
    expect(rows.person).toMatchObject({ studio: null, people: 'ma', teams: '攻关小组' });
    expect(rows.team).toMatchObject({ studio: null, people: '', teams: '无名小组' });
    expect(rows.team).toMatchObject({ organisations: '', organisations_zh: '' });
  });

  it('leaves out the winning entry a source does not name: no title made up anywhere', () => {
    const model = buildModel(
      contentOf({
        organisations: { ftu: { name: '某市总工会' } },
        studios: { s1: { title: '甲创新工作室' } },
        competitions,
        awards: {
          unnamed: {
            competition: 'innovation',
            rank: 'third',
            year: 2018,
            recipients: [{ type: 'studio', studio: 's1' }],
          },
        },
      }),
      '2026-11-26',
    );
    expect(awardRows(model, 'zh', [model.awards.get('unnamed')!])[0]!.achievement).toEqual({
      title: '',
    });
    const row = DATASETS.find((dataset) => dataset.name === 'awards')!.rows(model)[0]!;
    expect(row.achievement_zh).toBeNull();
    const record = awardRecords(model, ['zh'])[0]!;
    expect(record.meta.title).toMatch(/^某市职工技术创新成果 · /);
    expect(JSON.stringify(record)).not.toContain('undefined');
  });

  it('names an organisation among the recipients as one, by id and name, never as a team', () => {
    expect(rows.company).toMatchObject({
      studio: 's1',
      people: '',
      teams: '',
      organisations: 'works;ftu',
      organisations_zh: '某某装备有限公司;某市总工会',
    });
    const shown = (locale: 'zh' | 'en') =>
      awardRows(shared, locale, [shared.awards.get('company')!])[0]!.recipients;
    expect(shown('zh')).toEqual([
      { type: 'other', name: '某某装备有限公司' },
      { type: 'other', name: '某市总工会' },
    ]);
    const record = awardRecords(shared, ['zh']).find((r) => r.url.includes('company'));
    expect(record?.content).toContain('某某装备有限公司');
  });
});

describe('the open data names organisations beside their ids', () => {
  it('gives each studio’s employer and each document’s issuers by name', () => {
    const named = buildModel(
      contentOf({
        organisations: {
          ftu: { name: '某市总工会' },
          plant: { name: '某某装备有限公司' },
          hrss: { name: '某市人社局' },
        },
        studios: { s: { title: '甲创新工作室', employer: 'plant' }, t: { title: '乙创新工作室' } },
        documents: {
          joint: {
            type: 'other',
            issuer: 'ftu',
            coIssuers: ['hrss'],
            date: '2022-03',
            title: '联合通知',
          },
        },
      }),
      '2026-11-26',
    );
    const rows = (name: string) => DATASETS.find((dataset) => dataset.name === name)!.rows(named);
    expect(rows('studios').map((row) => [row.id, row.employer, row.employer_zh])).toEqual([
      ['s', 'plant', '某某装备有限公司'],
      ['t', null, null],
    ]);
    expect(rows('documents')[0]).toMatchObject({
      issuer: 'ftu;hrss',
      issuer_zh: '某市总工会;某市人社局',
    });
  });
});

describe('a rank the announcement words its own way', () => {
  const announced = buildModel(
    contentOf({
      organisations: { ftu: { name: '某市总工会' } },
      competitions,
      awards: {
        first: {
          competition: 'innovation',
          rank: 'first',
          rankAs: { zh: '一等成果' },
          year: 2023,
          achievement: { zh: '某项成果' },
          recipients: [{ type: 'team', name: { zh: '某团队' }, members: [] }],
        },
        plain: {
          competition: 'innovation',
          rank: 'second',
          year: 2023,
          achievement: { zh: '另一项成果' },
          recipients: [{ type: 'team', name: { zh: '某团队' }, members: [] }],
        },
      },
    }),
    '2026-11-26',
  );
  const rows = (locale: 'zh' | 'en') =>
    awardRows(announced, locale, [...announced.awards.values()]).map((row) => row.rank);

  it('is said in its words on the row, in the search record and in the open data; the rank still files it', () => {
    expect(rows('zh')).toEqual(['一等成果', '二等奖']);
    // No English words given: the Chinese ones, never a rank name the source did not use.
    expect(rows('en')).toEqual(['一等成果', 'Second prize']);
    expect(awardRecords(announced, ['zh'])[0]!.meta.title).toBe('某项成果 · 一等成果');
    const data = DATASETS.find((dataset) => dataset.name === 'awards')!.rows(announced);
    expect(data.map((row) => [row.rank, row.rank_as_zh])).toEqual([
      ['first', '一等成果'],
      ['second', null],
    ]);
  });
});

describe('the open data of an award keeps its dates and its source in full', () => {
  it('has the date announced, and the source’s publisher and date', () => {
    const dated = buildModel(
      contentOf({
        organisations: { ftu: { name: '某市总工会' } },
        competitions,
        awards: {
          a: {
            competition: 'innovation',
            rank: 'third',
            year: 2025,
            date: '2025-12',
            achievement: { zh: '某项成果' },
            recipients: [{ type: 'team', name: { zh: '某团队' }, members: [] }],
            source: {
              title: { zh: '全省职工创新成果发布' },
              publisher: { zh: '湖南日报' },
              date: '2025-12-20',
              url: 'https://example.org/2025/12/20.html',
            },
          },
        },
      }),
      '2026-11-26',
    );
    const [row] = DATASETS.find((dataset) => dataset.name === 'awards')!.rows(dated);
    expect(row).toMatchObject({
      date: '2025-12',
      source_publisher_zh: '湖南日报',
      source_date: '2025-12-20',
    });
    expect(DATASETS.find((dataset) => dataset.name === 'awards')!.rows(model)[0]).toMatchObject({
      date: null,
      source_publisher_zh: null,
      source_date: null,
    });
  });
});
