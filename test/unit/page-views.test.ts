/**
 * What pages used to work out themselves, now in their views (issue 26): an achievement's citation,
 * search date and structured data; a document's list by its type, cycle year and batch; the
 * awards index's row totals; a report's change column, sections and description. On content made in the test, read through the view functions the
 * routes give the pages.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/lib/model/model.ts';
import { achievementView } from '../../src/lib/views/achievements.ts';
import { awardFacetViews, awardsIndexView } from '../../src/lib/views/awards.ts';
import { METRIC_FUNCTIONS } from '../../src/lib/charts/metrics.ts';
import { awardRecords } from '../../src/lib/search/search-records.ts';
import { documentView } from '../../src/lib/views/document.ts';
import { reportView } from '../../src/lib/views/report.ts';
import { chromeView } from '../../src/lib/views/chrome.ts';
import { studioView } from '../../src/lib/views/studio.ts';
import { studioFacetViews, studiosDirectoryView } from '../../src/lib/views/directories.ts';
import { change } from '../../src/lib/figures/report.ts';
import { contentOf } from '../helpers/content-set.ts';
import { DATASETS } from '../../src/lib/outputs/open-data.ts';
import { periodFiguresSchema } from '../../src/schemas/figures.ts';
import { awardSchema } from '../../src/schemas/award.ts';
import { smallArchive } from '../helpers/small-archive.ts';

const model = buildModel(
  contentOf({
    organisations: { ftu: { name: '某市总工会' } },
    studios: { s: { title: '甲创新工作室' } },
    documents: {
      d: {
        type: 'naming-decision',
        issuer: 'ftu',
        date: '2022-02-10',
        title: '关于命名的决定',
        cycleYear: 2021,
        batch: '第三批',
        named: [{ studio: 's', level: 'municipal' }],
      },
      n: { type: 'other', issuer: 'ftu', date: '2022-03', title: '通知' },
    },
    achievements: {
      // No date of its own: filed and found by its first dated step, and no creation day is made up.
      stepped: {
        title: { zh: '阀门研磨工具' },
        type: 'five-small',
        studios: ['s'],
        status: [{ stage: 'proposed' }, { stage: 'implemented', date: '2021-03' }],
      },
      // A title that quotes another: its marks nest as the single ones inside the citation's.
      quoting: {
        title: { zh: '《锅炉安全规程》配套检查表' },
        type: 'five-small',
        studios: ['s'],
        status: [],
      },
      dated: {
        title: { zh: '检测装置' },
        type: 'tech-innovation',
        team: { zh: '检修班' },
        date: '2020-05-06',
        status: [],
      },
      // A team and the people of it the source names: the team is credited, its people after it.
      teamed: {
        title: { zh: '稀土碳酸盐连续化制备技术' },
        type: 'tech-innovation',
        team: { zh: '张文斌团队' },
        otherPeople: ['张文斌'],
        status: [],
      },
    },
  }),
  '2026-11-26',
);
const images = new Map();

describe("an achievement's page view", () => {
  it('gives the citation, the search date and the structured data, a date only where the source states one', () => {
    const stepped = achievementView(model, 'zh', 'stepped', images);
    expect(stepped.citation).toBe('甲创新工作室：《阀门研磨工具》，“五小”成果。');
    expect(achievementView(model, 'zh', 'quoting', images).citation).toBe(
      '甲创新工作室：《〈锅炉安全规程〉配套检查表》，“五小”成果。',
    );
    expect(stepped.searchDate).toMatchObject({ value: '2021-03', precision: 'month' });
    expect(stepped.jsonLd).not.toHaveProperty('dateCreated');
    const dated = achievementView(model, 'en', 'dated', images);
    expect(dated.citation).toMatch(/^检修班\. 检测装置\. .+, 6 May 2020\. $/);
    expect(dated.searchDate).toMatchObject({ value: '2020-05-06', precision: 'day' });
    expect(achievementView(model, 'zh', 'teamed', images).citation).toBe(
      '张文斌团队（张文斌）：《稀土碳酸盐连续化制备技术》，技术创新成果。',
    );
    expect(dated.jsonLd).toMatchObject({
      '@type': 'CreativeWork',
      name: '检测装置',
      dateCreated: '2020-05-06',
    });
  });
});

describe("a document's page view", () => {
  it('lists what its type lists, with its cycle year and batch', () => {
    const view = documentView(model, 'zh', 'd');
    expect(view.recognition).toMatchObject({
      kind: 'named',
      heading: expect.any(String),
      rows: [{ studio: 's', level: 'municipal' }],
    });
    expect([view.cycleYear, view.batch]).toEqual([2021, '第三批']);
    const other = documentView(model, 'zh', 'n');
    expect([other.recognition, other.cycleYear, other.batch]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(view.recognition?.partNote).toBeUndefined();
  });

  it('says when it records only part of the list, and of how many', () => {
    const part = buildModel(
      contentOf({
        organisations: { acftu: { name: '中华全国总工会' } },
        studios: { s: { title: '甲劳模创新工作室' } },
        documents: {
          d: {
            type: 'naming-decision',
            issuer: 'acftu',
            date: { shortlyBefore: '2026-01-22' },
            title: '关于公布名单的通知',
            named: [{ studio: 's', level: 'national-supported' }],
            listSize: 600,
          },
        },
      }),
      '2026-11-26',
    );
    expect(documentView(part, 'zh', 'd').recognition?.partNote).toBe(
      '本站收录其中1个，原名单共600个。',
    );
    expect(documentView(part, 'en', 'd').recognition?.partNote).toBe(
      'This site records 1 of the list, which holds 600 studios in all.',
    );
  });
});

describe("the awards index's view", () => {
  it("gives each level's total over its ranks: every award of the level, once", () => {
    const archive = buildModel(smallArchive(), '2026-01-15');
    const { matrix } = awardsIndexView(archive, 'zh');
    const awards = [...archive.awards.values()];
    expect(matrix.levels.length).toBeGreaterThan(1);
    expect(matrix.totals).toEqual(
      matrix.levels.map((level) => awards.filter((award) => award.data.level === level).length),
    );
    expect(matrix.totals.reduce((a, b) => a + b, 0)).toBe(awards.length);
  });
});

describe("a report's page view", () => {
  const archive = buildModel(smallArchive(), '2026-01-15');
  it('says each change from the year before, signed, and "—" where none is computed', () => {
    const view = reportView(archive, 'zh', 2023);
    expect(view.keyFigureRows.map((row) => row.key)).toEqual(
      view.keyFigures.map((figure) => figure.key),
    );
    for (const row of view.keyFigureRows) {
      const value = change(row);
      expect(row.change, row.key).toBe(
        value === undefined ? '—' : value > 0 ? `+${value}` : String(value),
      );
    }
    expect(view.keyFigureRows.some((row) => row.change.startsWith('+'))).toBe(true);
  });

  it('lists only the sections it shows, and describes itself by them where no summary is written', () => {
    const view = reportView(archive, 'en', 2023);
    const ids = view.sections.map((section) => section.id);
    expect(ids.slice(0, 2)).toEqual(
      view.narrative ? ['narrative', 'key-figures'] : ['key-figures', 'reconciliation'],
    );
    expect(ids.includes('awards')).toBe(view.awards.length > 0);
    expect(ids.includes('news')).toBe(view.news.length > 0);
    if (!view.narrative)
      for (const { heading } of view.sections)
        expect(view.description.toLowerCase()).toContain(heading.toLowerCase());
  });
});

describe('the layout around every page (chromeView)', () => {
  const site = (extra: object) =>
    buildModel(
      contentOf({
        organisations: { ftu: { name: '某市总工会' } },
        settings: {
          site: {
            siteName: '站点',
            tagline: { zh: '副题', en: 'Subtitle' },
            description: '说明',
            publisher: 'ftu',
            navigation: [
              { path: '/studios/', label: { zh: '工作室', en: 'Studios' } },
              { path: '/documents/', label: '工会文件' },
            ],
            ...extra,
          },
        },
      }),
    );

  it('marks what English pages show in Chinese, for want of a translation, as zh-CN (WCAG 3.1.2)', () => {
    const untranslated = site({ tagline: '副题', contact: '地址：某市某路1号' });
    const english = chromeView(untranslated, 'en');
    expect(english.taglineLang).toBe('zh-CN');
    expect(english.navigation).toEqual([
      { path: '/studios/', label: 'Studios' },
      { path: '/documents/', label: '工会文件', lang: 'zh-CN' },
    ]);
    expect(english.records.contact).toEqual({ text: '地址：某市某路1号', lang: 'zh-CN' });
    // Chinese pages are in Chinese already; translated text is in the page's language.
    const chinese = chromeView(untranslated, 'zh');
    expect([chinese.taglineLang, chinese.navigation[1]!.lang, chinese.records.contact]).toEqual([
      undefined,
      undefined,
      { text: '地址：某市某路1号' },
    ]);
    const translated = chromeView(
      site({ contact: { zh: '地址：某市某路1号', en: 'Address: 1 Some Road' } }),
      'en',
    );
    expect([translated.taglineLang, translated.records.contact]).toEqual([
      undefined,
      { text: 'Address: 1 Some Road' },
    ]);
  });
});

describe('a document lists a renamed studio by the title it printed', () => {
  const decision = (date: string | undefined) => ({
    type: 'naming-decision',
    issuer: 'ftu',
    ...(date ? { date } : {}),
    title: '关于命名的决定',
    named: [{ studio: 's', level: 'municipal' }],
  });
  const renamed = buildModel(
    contentOf({
      organisations: { ftu: { name: '某市总工会' } },
      studios: {
        s: {
          title: { zh: '丙工匠创新工作室', en: 'Bing Craftsman Studio' },
          formerTitles: [
            { title: '丙班组创新小组', until: '2019' },
            { title: { zh: '丙职工创新工作室', en: 'Bing Staff Studio' }, until: '2022-06' },
          ],
        },
      },
      documents: {
        first: decision('2018-11-02'),
        second: decision('2020-05'),
        renaming: decision('2022-06-15'),
        later: decision('2023-01-05'),
        undated: decision(undefined),
      },
    }),
  );
  const listed = (id: string, locale: 'zh' | 'en' = 'zh') =>
    documentView(renamed, locale, id).studios.s;

  it('shows the title in force on the document’s date, with today’s title noted beside it', () => {
    expect(listed('first')).toMatchObject({
      title: '丙班组创新小组',
      titledNow: '（今名：丙工匠创新工作室）',
    });
    expect(listed('second')).toMatchObject({
      title: '丙职工创新工作室',
      titledNow: '（今名：丙工匠创新工作室）',
    });
    expect(listed('second', 'en')).toMatchObject({
      title: 'Bing Staff Studio',
      titledNow: ' (now Bing Craftsman Studio)',
    });
    expect(listed('later')).toEqual({ title: '丙工匠创新工作室', employer: expect.any(String) });
  });

  it('shows today’s title, with no note, where the sources leave the title of the day open', () => {
    // Dated within the month of the renaming, or not dated at all: either title could be the one printed.
    for (const id of ['renaming', 'undated'])
      expect(listed(id), id).toEqual({ title: '丙工匠创新工作室', employer: expect.any(String) });
  });
});

describe('the studio directory’s facets add up to its studios', () => {
  const named = buildModel(
    contentOf({
      organisations: { ftu: { name: '某市总工会' } },
      studios: {
        a: { title: '甲创新工作室' },
        b: { title: '乙创新工作室' },
        c: { title: '丙创新工作室' },
        never: { title: '丁创新工作室' },
      },
      designations: {
        a: { studio: 'a', level: 'municipal', issuers: ['ftu'], date: '2022-05' },
        // Named with no level stated, and named before a date: no year is certain.
        b: { studio: 'b', issuers: ['ftu'], date: '2022-09' },
        c: { studio: 'c', level: 'municipal', issuers: ['ftu'], date: { before: '2024-06' } },
      },
    }),
    '2026-11-26',
  );

  it('lists a studio whose level or first year no source states under 未注明 / 年份不详, never leaves it out', () => {
    const facets = Object.fromEntries(
      studiosDirectoryView(named, 'zh').facets.map((facet) => [
        facet.facet,
        facet.values.map((value) => [value.label, value.count]),
      ]),
    );
    expect(facets).toEqual({
      level: [
        ['市级', 2],
        ['级别未注明', 1],
      ],
      year: [
        ['2022年', 2],
        ['年份不详', 1],
      ],
    });
    const pages = studioFacetViews(named, 'zh').map((page) => [
      `${page.facet}/${page.value}`,
      page.rows.map((row) => row.id),
    ]);
    expect(pages).toContainEqual(['level/not-stated', ['b']]);
    expect(pages).toContainEqual(['year/not-stated', ['c']]);
  });
});

describe('an award announced in its own words, or with no winner named', () => {
  const model = buildModel(
    contentOf({
      organisations: { ftu: { name: '某市总工会' } },
      competitions: {
        skills: {
          name: '某省五小竞赛',
          organiser: 'ftu',
          family: 'five-small',
          level: 'provincial',
        },
      },
      awards: {
        organiser: {
          competition: 'skills',
          rank: 'other',
          rankAs: { zh: '优秀组织单位' },
          year: 2024,
          recipients: [{ type: 'organisation', organisation: 'ftu' }],
        },
        // 一种高效均温热管散热器 获一等成果: the announcement names no winner.
        nobody: {
          competition: 'skills',
          rank: 'first',
          rankAs: { zh: '一等成果' },
          year: 2024,
          achievement: { zh: '一种高效均温热管散热器' },
        },
        plain: {
          competition: 'skills',
          rank: 'first',
          year: 2024,
          recipients: [{ type: 'organisation', organisation: 'ftu' }],
        },
      },
    }),
    '2026-11-26',
  );
  const page = (facet: string, value: string) =>
    awardFacetViews(model, 'zh').find((view) => view.facet === facet && view.value === value)!;

  it('keeps the rank column on a rank’s page while a row words its rank its own way', () => {
    expect(page('rank', 'other').hide).toEqual([]);
    expect(page('rank', 'other').awards.map((row) => row.rank)).toEqual(['优秀组织单位']);
    expect(page('rank', 'first').hide).toEqual([]);
    expect(
      page('rank', 'first')
        .awards.map((row) => row.rank)
        .toSorted(),
    ).toEqual(['一等奖', '一等成果']);
    expect(page('level', 'provincial').hide).toEqual(['level']);
    expect(page('year', '2024').hide).toEqual(['year']);
  });

  it('refuses an honour of no rank without its own words, and keeps an award of no winner', () => {
    const award = (extra: object) =>
      awardSchema.safeParse({ competition: 'skills', year: 2024, ...extra });
    expect(award({ rank: 'other', recipients: [] }).success).toBe(false);
    expect(award({ rank: 'other', rankAs: '金牌班组' }).success).toBe(true);
    expect(page('rank', 'first').awards.find((row) => row.id === 'nobody')?.recipients).toEqual([]);
  });
});

describe('an award whose source states no year', () => {
  // 任文等14人获一等奖: the round's year is not said.
  const model = buildModel(
    contentOf({
      organisations: { ftu: { name: '某市总工会' } },
      people: { ren: { name: '任文' } },
      competitions: {
        skills: {
          name: '某市职工技能大赛',
          organiser: 'ftu',
          family: 'skills-contest',
          level: 'municipal',
        },
      },
      awards: {
        undated: {
          competition: 'skills',
          rank: 'first',
          recipients: [{ type: 'person', person: 'ren' }],
        },
        dated: {
          competition: 'skills',
          rank: 'second',
          year: 2022,
          recipients: [{ type: 'person', person: 'ren' }],
        },
      },
    }),
    '2026-11-26',
  );

  it('is listed under 未注明, after every year, in no year’s count, chart or search filter', () => {
    const pages = awardFacetViews(model, 'zh').filter((view) => view.facet === 'year');
    expect(pages.map((page) => [page.value, page.label])).toEqual([
      ['2022', '2022年'],
      ['not-stated', '未注明'],
    ]);
    expect(pages[1]!.awards.map((row) => [row.id, row.year])).toEqual([['undated', undefined]]);
    expect(awardFacetViews(model, 'en').find((view) => view.value === 'not-stated')?.label).toBe(
      'Not stated',
    );
    const perYear = METRIC_FUNCTIONS['awards-per-year'].compute(model, {
      locale: 'zh',
      placement: 'awards',
    })!;
    expect(perYear.labels).toEqual(['2022']);
    const record = awardRecords(model, ['zh']).find((r) => r.url.endsWith('#award-undated'))!;
    expect(record.url).toBe('/awards/year/not-stated/#award-undated');
    expect(record.filters.year).toBeUndefined();
    expect(record.sort).toEqual({});
    const rows = DATASETS.find((dataset) => dataset.name === 'awards')!.rows(model);
    expect(rows.find((row) => row.id === 'undated')?.year).toBeNull();
  });
});

describe("a studio's figures from a start the source does not state", () => {
  // 历经10多年…4项国家发明专利 (a report of August 2021): from when is not said, so not "since founding".
  const model = buildModel(
    contentOf({
      studios: { s: { title: '甲创新工作室' } },
      figures: {
        s: {
          studio: 's',
          periods: [
            { to: '2021-08', patents: { invention: 4 } },
            { from: '2021-01', to: '2021-12', proposals: { submitted: 3 } },
          ],
        },
      },
    }),
    '2026-11-26',
  );

  it('are a report of their own, its start said as not stated, and in no year', () => {
    const view = (locale: 'zh' | 'en') => studioView(model, locale, 's', images);
    expect(view('zh').cumulative.map((report) => report.period)).toEqual(['未注明 – 2021年8月']);
    expect(view('en').cumulative[0]!.period).toBe('Not stated – August 2021');
    expect(view('zh').years.map((year) => [year.year, year.patents])).toEqual([[2021, undefined]]);
    const row = DATASETS.find((dataset) => dataset.name === 'cumulative-figures')!.rows(model)[0]!;
    expect(row).toMatchObject({ studio: 's', from: null, to: '2021-08', patentsInvention: 4 });
  });

  it('may leave the end out too, but not a stated start', () => {
    const parse = (period: object) => periodFiguresSchema.safeParse(period).success;
    expect(parse({ patents: { invention: 4 } })).toBe(true);
    expect(parse({ from: '2021-01', patents: { invention: 4 } })).toBe(false);
  });
});

describe("a studio's facts", () => {
  it('keep a measure as its source writes it, decimals and unit: 23.8万只', () => {
    const withFacts = buildModel(
      contentOf({
        studios: { s: { title: '甲创新工作室' } },
        figures: {
          s: {
            studio: 's',
            facts: [
              { label: { zh: '产品销量' }, value: 23.8, unit: { zh: '万只' } },
              {
                label: { zh: '销售额' },
                value: { value: 688.5, qualifier: 'at-least' },
                unit: { zh: '万元' },
              },
            ],
          },
        },
      }),
      '2026-11-26',
    );
    const facts = studioView(withFacts, 'zh', 's', images).facts;
    expect(facts.map((fact) => [fact.label, fact.value])).toEqual([
      ['产品销量', '23.8万只'],
      ['销售额', '688.5万元以上'],
    ]);
  });
});

describe("a studio's members", () => {
  it('say until when a former leader led it, as the source dates it', () => {
    const handedOver = buildModel(
      contentOf({
        people: { wang: { name: '王工' }, li: { name: '李工' } },
        studios: {
          s: {
            title: '王工劳模创新工作室',
            leader: 'li',
            members: [
              { person: 'wang', role: 'leader', until: '2020-06' },
              { person: 'li', role: 'leader' },
            ],
          },
        },
      }),
      '2026-11-26',
    );
    const roles = (locale: 'zh' | 'en') =>
      studioView(handedOver, locale, 's', images).members.map((member) => member.role);
    expect(roles('zh')).toEqual(['领衔人（至2020年6月）', '领衔人']);
    expect(roles('en')).toEqual(['Leader (until June 2020)', 'Leader']);
  });
});
