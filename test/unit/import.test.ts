/**
 * The import's parts on real files and real rows: reading workbooks and Word tables written by
 * exceljs and docx, columns and group headings, matching, the front page, the Markdown body, and the
 * plan's problems reported all at once.
 */
import { describe, expect, it } from 'vitest';
import { readColumnMap } from '../../src/lib/import/columns.ts';
import {
  bodyMarkdown,
  plainMarkdown,
  readFrontPage,
  readPrintedDate,
} from '../../src/lib/import/front-page.ts';
import { levelInText, readAmount, readLevel } from '../../src/lib/import/levels.ts';
import {
  leaderNames,
  matchOrganisation,
  matchPerson,
  matchStudio,
  normalText,
} from '../../src/lib/import/match.ts';
import { planImport, type Archive, type DecisionFacts } from '../../src/lib/import/plan.ts';
import { readAnnexFile, readDelimited } from '../../src/lib/import/read-annex.ts';
import { readAnnexRows } from '../../src/lib/import/rows.ts';
import { docxDecision, xlsxAnnex } from '../helpers/annex-fixtures.ts';

const noMap = new Map();
const rowsOf = (text: string) => readAnnexRows([readDelimited(text, 'test')], noMap);

describe('levels and amounts', () => {
  it('reads the level words of Chinese annexes as the vocabulary', () => {
    expect(readLevel('市级')).toBe('municipal');
    expect(readLevel('区级')).toBe('district');
    expect(readLevel('县级')).toBe('district');
    expect(readLevel('省级')).toBe('provincial');
    expect(readLevel('全国')).toBe('national');
    expect(readLevel('全国示范性')).toBe('national-demonstrative');
    expect(readLevel('市级示范性劳模创新工作室')).toBe('municipal-demonstrative');
    expect(readLevel('示范性', 'municipal')).toBe('municipal-demonstrative');
    expect(readLevel('示范性')).toBeUndefined();
    expect(readLevel('全国总工会支持建设')).toBe('national-supported');
    expect(readLevel('企业级')).toBe('enterprise');
    // A city's industry union (沈阳市总工会机械轻化工会): the industry tier, not the city's.
    expect(readLevel('市产业工会')).toBe('municipal-industry');
    expect(readLevel('市级行业')).toBe('municipal-industry');
    expect(levelInText('关于命名市产业工会劳模创新工作室的决定')).toBe('municipal-industry');
    expect(readLevel('municipal')).toBe('municipal');
    expect(readLevel('县处级')).toBeUndefined();
    expect(readLevel('优秀')).toBeUndefined();
  });
  it('reads amounts in 万元 with their qualifier', () => {
    expect(readAmount('3')).toEqual({ value: 3, qualifier: 'exact' });
    expect(readAmount('2.5万元')).toEqual({ value: 2.5, qualifier: 'exact' });
    expect(readAmount('1200多')).toEqual({ value: 1200, qualifier: 'at-least' });
    expect(readAmount('约5万')).toEqual({ value: 5, qualifier: 'about' });
    expect(readAmount('30000元')).toEqual({ value: 3, qualifier: 'exact' });
    expect(readAmount('三万')).toBeUndefined();
  });
});

describe('rows of an annex', () => {
  it('reads a name and its employer printed in one cell as the title and the employer', () => {
    const { table } = rowsOf(
      [
        '序号,工作室名称',
        '1,肖华峰创新工作室 （上海安谊车轮有限公司）',
        '2,王涛劳模创新工作室(锦州石化公司)',
        // A bracket that names no body stays part of the title.
        '3,李明创新工作室（筹）',
        '4,张强职工创新工作室（第二批）',
      ].join('\n'),
    );
    expect(table!.rows.map((row) => [row.title, row.employer])).toEqual([
      ['肖华峰创新工作室', '上海安谊车轮有限公司'],
      ['王涛劳模创新工作室', '锦州石化公司'],
      ['李明创新工作室（筹）', undefined],
      ['张强职工创新工作室（第二批）', undefined],
    ]);
    // With an employer column, the cell is left as it is.
    const withColumn = rowsOf('工作室名称,所在单位\n甲创新工作室（乙公司分厂）,乙公司');
    expect(withColumn.table!.rows[0]).toMatchObject({
      title: '甲创新工作室（乙公司分厂）',
      employer: '乙公司',
    });
  });

  it('turns group headings into groups, joins continuation rows and drops totals and repeated headers', () => {
    const { table, problems } = rowsOf(
      [
        '附件：2025年度名单,,,',
        '序号,工作室名称,所在单位,领衔人',
        '一、安亭镇（2个）,,,',
        '1,甲劳模创新工作室,上海某某,张三',
        ',,有限公司,李四',
        '2,乙职工创新工作室,上海乙厂,王　伟',
        '序号,工作室名称,所在单位,领衔人',
        '工业区（1个）：,,,',
        '3,丙创新工作室,,',
        '合计,3个,,',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(table!.rows).toEqual([
      {
        row: 4,
        seq: '1',
        title: '甲劳模创新工作室',
        employer: '上海某某有限公司',
        leader: '张三、李四',
        group: '安亭镇',
      },
      {
        row: 6,
        seq: '2',
        title: '乙职工创新工作室',
        employer: '上海乙厂',
        leader: '王 伟',
        group: '安亭镇',
      },
      { row: 9, seq: '3', title: '丙创新工作室', group: '工业区' },
    ]);
    expect(leaderNames('王 伟')).toEqual(['王伟']);
    expect(leaderNames('张三、李四')).toEqual(['张三', '李四']);
    expect(leaderNames('张三丰 李四光')).toEqual(['张三丰', '李四光']);
  });
  it('a heading written as an article words it (a colon, no count) is a heading in a one-column list, not a studio', () => {
    const { table } = rowsOf(
      [
        '工作室名称',
        '省级示范性劳模工作室：',
        '黄景图劳模工作室',
        '省级劳模工作室：',
        '甲劳模工作室',
        '乙劳模工作室',
      ].join('\n'),
    );
    expect(table!.rows.map((row) => [row.title, row.group, row.groupLevel])).toEqual([
      ['黄景图劳模工作室', '省级示范性劳模工作室', 'provincial-demonstrative'],
      ['甲劳模工作室', '省级劳模工作室', 'provincial'],
      ['乙劳模工作室', '省级劳模工作室', 'provincial'],
    ]);
  });
  it('a group heading that states a level gives it to its rows', () => {
    const { table } = rowsOf(
      '序号\t名称\n市级示范性劳模创新工作室（1个）\t\n1\t甲工作室\n区级（1个）\t\n2\t乙工作室',
    );
    expect(table!.rows.map((r) => r.groupLevel)).toEqual(['municipal-demonstrative', 'district']);
  });
  it('without a name column it says which headers it found and how to map one', () => {
    const { table, problems } = rowsOf('序号,单位,人\n1,某厂,张三');
    expect(table).toBeUndefined();
    expect(problems[0]!.en).toMatch(/no column of studio names.*序号 \| 单位 \| 人.*--map/);
    expect(problems[0]!.zh).toMatch(/找不到工作室名称列/);
  });
  it('--map names unusual headers, and refuses unknown fields', () => {
    const { map, problems } = readColumnMap('创新团队名称=title，备注=employer,x=nonsense');
    expect(problems).toHaveLength(1);
    const { table } = readAnnexRows([readDelimited('创新团队名称,备注\n甲工作室,某厂', 't')], map);
    expect(table!.rows[0]).toMatchObject({ title: '甲工作室', employer: '某厂' });
  });
  it('reads merged cells of a workbook: headings across, a unit down a column', async () => {
    const bytes = await xlsxAnnex(
      ['序号', '工作室名称', '所在单位', '领衔人'],
      [
        { heading: '安亭镇（2个）' },
        ['1', '甲工作室', '某厂', '张三'],
        ['2', '乙工作室', '', '李四'],
      ],
      { title: '附件', mergeDown: [{ column: 3, from: 4, to: 5 }] },
    );
    const annex = await readAnnexFile(bytes, 'annex.xlsx');
    const { table } = readAnnexRows(annex.grids, noMap);
    expect(table!.rows).toEqual([
      { row: 4, seq: '1', title: '甲工作室', employer: '某厂', leader: '张三', group: '安亭镇' },
      { row: 5, seq: '2', title: '乙工作室', employer: '某厂', leader: '李四', group: '安亭镇' },
    ]);
  });
  it('reads the table of a Word document with spanning headings and cells merged down', async () => {
    const bytes = await docxDecision(
      [
        '锦工发〔2026〕3号',
        '关于命名2025年度锦州市',
        '职工创新工作室的决定',
        '各县（市）区总工会：',
        '经评审，每个工作室给予2万元资助。',
        '锦州市总工会',
        '锦州市科学技术局',
        '2026年1月15日',
      ],
      ['附件', '名单'],
      ['序号', '工作室名称', '所在单位'],
      [
        { heading: '石化（2个）' },
        ['1', '甲\n工作室', '某厂'],
        { cells: ['2', '乙工作室', ''], continueColumn: 2 },
      ],
    );
    const annex = await readAnnexFile(bytes, 'decision.docx');
    const { table } = readAnnexRows(annex.grids, noMap);
    expect(table!.rows).toEqual([
      { row: 3, seq: '1', title: '甲工作室', employer: '某厂', group: '石化' },
      { row: 4, seq: '2', title: '乙工作室', employer: '某厂', group: '石化' },
    ]);
    const front = readFrontPage(annex.paragraphs!);
    expect(front).toMatchObject({
      number: '锦工发〔2026〕3号',
      title: '关于命名2025年度锦州市职工创新工作室的决定',
      addressees: '各县（市）区总工会：',
      issuerNames: ['锦州市总工会', '锦州市科学技术局'],
      date: '2026-01-15',
      cycleYear: 2025,
      funding: { value: 2, qualifier: 'exact' },
    });
    expect(front.level).toBeUndefined();
    expect(front.body).toEqual([
      '经评审，每个工作室给予2万元资助。',
      '锦州市总工会',
      '锦州市科学技术局',
      '2026年1月15日',
    ]);
  });
  it('old, password-protected and damaged files are refused with how to save them', async () => {
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(512),
    ]);
    await expect(readAnnexFile(ole, 'protected.xlsx')).rejects.toThrow(
      /password-protected.*\.xlsx/,
    );
    await expect(readAnnexFile(ole, 'old.doc')).rejects.toThrow(
      /old-format \(\.doc\).*Word document \(\.docx\)/,
    );
    await expect(
      readAnnexFile(Buffer.from('PK\u0003\u0004garbage'), 'broken.docx'),
    ).rejects.toThrow(/damaged.*\.docx/);
    await expect(readAnnexFile(Buffer.from('plain text'), 'broken.xlsx')).rejects.toThrow(
      /damaged/,
    );
    await expect(readAnnexFile(Buffer.from('x'), 'list.pdf')).rejects.toThrow(
      /expected an \.xlsx, \.docx, \.csv or \.tsv/,
    );
  });
  it('a CSV saved by Excel on Chinese Windows (GB18030) is read', async () => {
    const gbk = Buffer.from([
      0xc3, 0xfb, 0xb3, 0xc6, 0x0a, 0xbc, 0xd7, 0xb9, 0xa4, 0xd7, 0xf7, 0xca, 0xd2,
    ]); // 名称\n甲工作室
    const annex = await readAnnexFile(gbk, 'list.csv');
    expect(annex.grids[0]!.rows.map((r) => r.cells[0]!.text)).toEqual(['名称', '甲工作室']);
  });
});

describe('matching', () => {
  const studios = [
    { id: 'zhao-pengda', title: { zh: '赵鹏达劳模创新工作室' } },
    { id: 'zhang-tiezhu', title: { zh: '张铁柱劳模创新工作室' } },
    { id: 'port', title: { zh: '锦州港（通）智慧装卸职工创新工作室' } },
  ];
  it('matches titles across widths, spaces, brackets and the generic suffix', () => {
    expect(normalText('ＡＢ （1） 工作室')).toBe('ab1工作室');
    expect(matchStudio('赵鹏达 劳模创新工作室', studios)).toMatchObject({
      kind: 'matched',
      id: 'zhao-pengda',
      how: 'title',
    });
    expect(matchStudio('锦州港通智慧装卸职工创新工作室', studios)).toMatchObject({
      kind: 'matched',
      id: 'port',
    });
    expect(matchStudio('赵鹏达工作室', studios)).toMatchObject({
      kind: 'matched',
      id: 'zhao-pengda',
      how: 'suffix-variant',
    });
    expect(matchStudio('张铁柱职工创新工作室', studios)).toEqual({
      kind: 'ambiguous',
      candidates: [{ id: 'zhang-tiezhu', label: '张铁柱劳模创新工作室' }],
    });
    expect(matchStudio('李四工作室', studios)).toEqual({ kind: 'new' });
  });
  it('matches a title that names its employer before the studio, as news lists print it', () => {
    const organisations = [
      { id: 'sqq', name: { zh: '中铁山桥集团有限公司' }, shortName: { zh: '中铁山桥' } },
      { id: 'other', name: { zh: '秦皇岛港股份有限公司' } },
    ];
    const archive = [
      { id: 'liu-jianguo', title: { zh: '刘建国创新工作室' }, employer: 'sqq' },
      { id: 'liu-jianguo-port', title: { zh: '刘建国创新工作室' }, employer: 'other' },
      { id: 'sqq-own', title: { zh: '中铁山桥职工创新工作室' }, employer: 'sqq' },
    ];
    for (const title of ['中铁山桥集团有限公司刘建国创新工作室', '中铁山桥刘建国创新工作室'])
      expect(matchStudio(title, archive, organisations), title).toEqual({
        kind: 'matched',
        id: 'liu-jianguo',
        how: 'employer-prefix',
      });
    // At an organisation the studio of that title does not belong to: a new studio, not another's.
    expect(matchStudio('秦皇岛港股份有限公司王强创新工作室', archive, organisations)).toEqual({
      kind: 'new',
    });
    // The employer's name and a kind alone is the employer's own studio, matched by its title.
    expect(matchStudio('中铁山桥职工创新工作室', archive, organisations)).toMatchObject({
      id: 'sqq-own',
      how: 'title',
    });
    // Without the organisations, as before: a new studio.
    expect(matchStudio('中铁山桥刘建国创新工作室', archive)).toEqual({ kind: 'new' });
  });

  it('matches organisations by full or short name, and people by name and employer', () => {
    const organisations = [
      { id: 'a', name: { zh: '锦州锦鑫特钢有限公司' }, shortName: { zh: '锦鑫特钢' } },
      { id: 'b', shortName: { zh: '火箭院' } },
    ];
    expect(matchOrganisation('锦鑫特钢', organisations)).toMatchObject({
      kind: 'matched',
      id: 'a',
    });
    expect(matchOrganisation('火箭院', organisations)).toMatchObject({ kind: 'matched', id: 'b' });
    expect(matchOrganisation('锦鑫', organisations)).toEqual({ kind: 'new' });
    const people = [
      { id: 'wang-wei', name: { zh: '王伟' }, employer: 'a' },
      { id: 'wang-wei-2', name: { zh: '王伟' }, employer: 'b' },
      { id: 'li-si', name: { zh: '李四' } },
    ];
    expect(matchPerson('王伟', people, 'b')).toMatchObject({ kind: 'matched', id: 'wang-wei-2' });
    expect(matchPerson('王伟', people, undefined)).toMatchObject({ kind: 'ambiguous' });
    expect(matchPerson('李四', people, 'a')).toMatchObject({ kind: 'matched', id: 'li-si' });
    expect(matchPerson('王伟', [people[0]!], 'c')).toMatchObject({ kind: 'ambiguous' });
  });
});

describe('the body as plain Markdown', () => {
  it('escapes what MDX would run or read as markup', () => {
    expect(plainMarkdown('经费{alert(1)}<script>x</script>')).toBe(
      '经费\\{alert(1)\\}\\<script\\>x\\</script\\>',
    );
    expect(plainMarkdown('import x from "y"')).toBe('&#105;mport x from "y"');
    expect(plainMarkdown('export const a = 1')).toBe('&#101;xport const a = 1');
    expect(plainMarkdown('# 标题')).toBe('\\# 标题');
    expect(plainMarkdown('1. 第一')).toBe('1\\. 第一');
    expect(plainMarkdown('- 项')).toBe('\\- 项');
    expect(bodyMarkdown(['甲', '乙'])).toBe('甲\n\n乙\n');
  });
  it('reads printed dates at the precision printed', () => {
    expect(readPrintedDate('2022年2月10日')).toBe('2022-02-10');
    expect(readPrintedDate('二〇二二年二月十日')).toBe('2022-02-10');
    expect(readPrintedDate('2022年12月')).toBe('2022-12');
    expect(readPrintedDate('2022年2月30日')).toBeUndefined();
    expect(readPrintedDate('于2022年2月10日发布')).toBeUndefined();
  });
});

describe('the plan', () => {
  const archive: Archive = {
    studios: [{ id: 'zhao-pengda', title: { zh: '赵鹏达劳模创新工作室' } }],
    organisations: [{ id: 'ftu', name: { zh: '锦州市总工会' } }],
    people: [],
    documents: [
      {
        id: 'jz-2025-1',
        file: 'content/documents/jz-2025-1.mdx',
        type: 'naming-decision',
        year: 2025,
        listed: [{ studio: 'zhao-pengda', level: 'municipal' }],
      },
    ],
    designations: [],
  };
  const facts = {
    issuers: ['锦州市总工会'],
    date: '2025-12',
    title: '关于命名的决定',
    level: '市级',
  };
  it('reports every problem of every row at once', () => {
    const { table } = rowsOf(
      '序号,工作室名称,级别\n1,甲工作室,市级\n2,甲 工作室,市级\n3,乙工作室,县处级\n4,赵鹏达劳模创新工作室,市级\n5,,市级',
    );
    const plan = planImport('decision', table!.rows, facts, archive, new Map());
    const byRow = Map.groupBy(plan.problems, (p) => p.row);
    expect([...byRow.keys()]).toEqual([2, 3, 4, 5, 6]);
    expect(byRow.get(2)![0]!.message.en).toMatch(/same studio as row 3/);
    expect(byRow.get(4)![0]!.message.en).toMatch(/level "县处级" is not in the vocabulary/);
    expect(byRow.get(5)![0]!.message.en).toMatch(
      /zhao-pengda is named at level municipal in 2025 already, by content\/documents\/jz-2025-1\.mdx/,
    );
    expect(byRow.get(5)![0]!.message.zh).toMatch(/已于 2025 年度被命名/);
    expect(byRow.get(6)![0]!.message.en).toMatch(/has no studio name/);
    expect(plan.newStudios).toEqual([]);
  });
  it('plans new studios with only what the row gives, and the issuer by name', () => {
    const { table } = rowsOf('工作室名称,领衔人,地区\n王伟职工创新工作室,王伟,嘉定区安亭镇');
    const plan = planImport(
      'decision',
      table!.rows,
      { ...facts, date: '2026' },
      archive,
      new Map(),
    );
    expect(plan.problems).toEqual([]);
    expect(plan.newStudios).toEqual([
      {
        id: 'wang-wei',
        row: 2,
        data: {
          title: '王伟职工创新工作室',
          kind: 'employee',
          leader: 'wang-wei',
          region: '嘉定区安亭镇',
        },
      },
    ]);
    expect(plan.newPeople).toEqual([{ id: 'wang-wei', row: 2, data: { name: '王伟' } }]);
    expect(plan.facts).toMatchObject({ issuer: 'ftu', date: '2026', title: '关于命名的决定' });
    expect(plan.listed).toEqual([{ studio: 'wang-wei', level: 'municipal' }]);
  });
  it('does not publish one notice twice: a list of the same title from another report is refused, naming the document', () => {
    const { table } = rowsOf('工作室名称\n王伟职工创新工作室');
    const withNotice: Archive = {
      ...archive,
      documents: [
        ...archive.documents,
        {
          id: 'acftu-2025-supported',
          file: 'content/documents/acftu-2025-supported.mdx',
          type: 'naming-decision',
          title: '关于公布2025年全国总工会支持建设的全国劳模创新工作室名单的通知',
          year: 2025,
          listed: [],
        },
      ],
    };
    const again = {
      ...facts,
      title: '关于公布2025年全国总工会支持建设的全国劳模创新工作室名单的通知',
      date: '2026-01',
      cycleYear: 2025,
    };
    const refused = planImport('decision', table!.rows, again, withNotice, new Map());
    expect(refused.problems.map((p) => p.message.en).join('\n')).toMatch(
      /the archive has a document of this title already: content\/documents\/acftu-2025-supported\.mdx\. .*--id acftu-2025-supported/,
    );
    const chosen = planImport(
      'decision',
      table!.rows,
      { ...again, id: 'acftu-2025-supported' },
      withNotice,
      new Map(),
    );
    expect(chosen.problems).toEqual([]);
    expect(chosen.documentExists).toBe(true);
  });
  it('writes a cycle of several years (2012-2013年度) as its first and last year', () => {
    const { table } = rowsOf('工作室名称\n王伟职工创新工作室');
    const plan = planImport(
      'decision',
      table!.rows,
      { ...facts, date: '2014-03', cycleYear: 2013, cycleFrom: 2012 },
      archive,
      new Map(),
    );
    expect(plan.facts).toMatchObject({ cycleYear: 2013, cycleFrom: 2012 });
    const page = (...texts: string[]) =>
      readFrontPage(texts.map((text) => ({ kind: 'paragraph' as const, text })));
    expect(
      page('关于命名2012-2013年度锦州市职工创新工作室的决定', '锦州市总工会', '2014年3月1日'),
    ).toMatchObject({ cycleYear: 2013, cycleFrom: 2012 });
    const single = page('关于命名2025年度锦州市职工创新工作室的决定');
    expect(single).toMatchObject({ cycleYear: 2025 });
    expect(single.cycleFrom).toBeUndefined();
  });
  it("refuses a row naming several studios, as a decision's prose lists them", () => {
    const { table } = rowsOf('工作室名称\n马磊娟创新工作室、李仁创新工作室和张丽联合创新工作室');
    const plan = planImport('decision', table!.rows, facts, archive, new Map());
    expect(plan.problems.map((p) => p.message.en)).toEqual([
      expect.stringMatching(/^names several studios .*; expected one studio per row/),
    ]);
    expect(plan.newStudios).toEqual([]);
  });
  it("records the whole list's size when the annex is only part of it, never fewer than its rows", () => {
    const { table } = rowsOf('工作室名称\n王伟职工创新工作室\n李强职工创新工作室');
    const sized = (listSize: string) =>
      planImport('decision', table!.rows, { ...facts, listSize }, archive, new Map());
    expect(sized('600').facts.listSize).toBe(600);
    expect(sized('600多').facts.listSize).toEqual({ value: 600, qualifier: 'at-least' });
    expect(
      sized('1')
        .problems.map((p) => p.message.en)
        .join('\n'),
    ).toMatch(/--list-size "1" is not the size of a list holding these 2 rows/);
  });
  it('records the public source the list was read from, and refuses a source date alone', () => {
    const { table } = rowsOf('工作室名称\n王伟职工创新工作室');
    const sourced = (source: DecisionFacts['source']) =>
      planImport('decision', table!.rows, { ...facts, source }, archive, new Map());
    expect(
      sourced({ url: 'https://m.xyxww.com.cn/x.html', publisher: '信阳日报', date: '2026-01-26' })
        .facts.sources,
    ).toEqual([
      { publisher: '信阳日报', date: '2026-01-26', url: 'https://m.xyxww.com.cn/x.html' },
    ]);
    expect(sourced({ date: '2026-01-26' }).problems.map((p) => p.message.en)).toEqual([
      '--source-date needs --source-url or --source-publisher: a date alone names no source',
    ]);
  });
  it('keeps a date known only by a bound as the bound: 近日 in an article is not that day', () => {
    const { table } = rowsOf('工作室名称\n王伟职工创新工作室');
    const dated = (date: string) =>
      planImport('decision', table!.rows, { ...facts, date }, archive, new Map());
    expect(dated('shortly before 2026-01-22').facts.date).toEqual({ shortlyBefore: '2026-01-22' });
    expect(dated('by 2026-01-22').facts.date).toEqual({ reportedBy: '2026-01-22' });
    expect(dated('before 2026-01').facts.date).toEqual({ before: '2026-01' });
    // No source dates it: --date none leaves the date out (shown as not stated), never a made-up day.
    expect(dated('none').problems).toEqual([]);
    expect(dated('none').facts.date).toBeUndefined();
    // A month and day alone files a document under no year: refused before anything is written.
    expect(
      dated('02-19')
        .problems.map((p) => p.message.en)
        .join('\n'),
    ).toMatch(/--date "02-19" is not a document's date; .*a month and day alone/);
  });
});
