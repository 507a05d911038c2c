/**
 * `npm run import` as an editor runs it, on annexes made with the libraries a clerk's software
 * writes with, into one copy of the sample content: a grouped workbook of 32 rows (new and existing
 * studios), a re-run and a corrected annex, a Word decision with its front page and body, an
 * ambiguous match chosen with --choose and in a real terminal, a pasted table, and bad input. Each
 * asserts the report, the files written and, after one build of the result, the pages.
 * Most runs call the command's own function (scripts/lib/import-decision.ts, all of scripts/import.ts
 * but reading the process) in this process; the real command is spawned for a write with --yes, the
 * pasted table on standard input, the 100,000-row annex (the process must not crash) and the terminal.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDecision } from '../../scripts/lib/import-decision.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { docxDecision, xlsxAnnex, type FixtureRow } from '../helpers/annex-fixtures.ts';
import { copySampleContent } from '../helpers/build.ts';
import { page, textOf } from '../helpers/html.ts';
import { ROOT, TMP } from '../helpers/paths.ts';
import { sharedBuild } from '../helpers/shared-builds.ts';
import { runInTerminal, type TerminalRun } from '../helpers/terminal.ts';

const TODAY = '2026-11-26';
let contentDir: string;
const environment = () => ({
  ...process.env,
  STUDIO_CONTENT_DIR: contentDir,
  STUDIO_BUILD_DATE: TODAY,
  STUDIO_LANG: 'en',
});

interface Run {
  status: number | null;
  out: string;
}
/** Runs `node scripts/import.ts` (what `npm run import` runs) without a terminal, as a script or CI would. */
function spawnImport(args: string[], input?: string): Run {
  const result = spawnSync(process.execPath, ['scripts/import.ts', ...args], {
    cwd: ROOT,
    env: environment(),
    input: input ?? '',
    encoding: 'utf8',
  });
  return { status: result.status, out: `${result.stdout}\n${result.stderr}` };
}
/** The same in this process: the command's function with what the spawned command would read from environment() and standard input. */
async function runImport(args: string[], input?: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const status = await importDecision({
    args,
    contentDir,
    locale: 'en',
    readStdin: () => Promise.resolve(input ?? ''),
    output: { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text) },
  });
  return { status, out: `${stdout}\n${stderr}` };
}

/** Every file of the content folder with its text, to see what a run changed. */
function snapshot(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, item.name);
      if (item.isDirectory()) walk(path);
      else if (/\.(ya?ml|mdx?)$/.test(item.name))
        files.set(relative(contentDir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(contentDir);
  return files;
}
function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])]
    .filter((file) => before.get(file) !== after.get(file))
    .sort();
}
const read = (path: string) => readFileSync(join(contentDir, path), 'utf8');
const frontMatter = (path: string) =>
  parseYaml(read(path).split(/^---$/m)[1]!) as Record<string, unknown>;
const yamlOf = (path: string) => parseYaml(read(path)) as Record<string, unknown>;

// The grouped municipal annex: 32 rows in three towns; 4 studios are in the sample archive.
const SURNAMES = [...'钱孙周吴郑冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹'];
const GIVEN = ['建华', '志强', '秀英', '海燕', '立新', '国庆', '红梅', '永胜', '春生', '晓东'];
const leaderOf = (i: number) => `${SURNAMES[i]}${GIVEN[i % GIVEN.length]}`;
const HEADER = ['序号', '工作室名称', '所在单位', '领衔人', '级别', '资助（万元）'];
function groupedRows(options: { demonstrative?: string; drop?: string; add?: string[] } = {}): {
  rows: FixtureRow[];
  titles: string[];
} {
  const existing: string[][] = [
    ['赵鹏达 劳模创新工作室', '锦州渤海石化装备有限公司', '赵鹏达'],
    ['高岩职工创新工作室', '锦鑫特钢', '高岩'],
    ['陈磊工作室', '锦州港通物流有限公司', '陈磊'],
    ['锦州港通智慧装卸职工创新工作室', '港通物流', ''],
  ];
  const fresh = Array.from({ length: 28 }, (_, i) => [
    `${leaderOf(i)}职工创新工作室`,
    i % 7 === 0
      ? '锦州凌河精密机械有限公司'
      : `锦州${['东方', '北辰', '滨海', '辽西'][i % 4]}机械有限公司`,
    leaderOf(i),
  ]);
  const all = [...existing, ...fresh].filter(([title]) => title !== options.drop);
  if (options.add) all.push(options.add);
  const rows: FixtureRow[] = [];
  const towns = ['安亭镇', '马陆镇', '工业区'];
  const size = Math.ceil(all.length / 3);
  all.forEach((row, i) => {
    if (i % size === 0)
      rows.push({ heading: `${towns[i / size]}（${Math.min(size, all.length - i)}个）` });
    rows.push([
      String(i + 1),
      row[0]!,
      row[1]!,
      row[2]!,
      row[0] === options.demonstrative ? '市级示范性' : '市级',
      '3',
    ]);
  });
  return { rows, titles: all.map((row) => row[0]!) };
}
const DECISION_FLAGS = [
  '--number',
  '锦工发〔2026〕40号',
  '--issuer',
  '锦州市总工会',
  '--date',
  '2026-10-20',
  '--title',
  '关于命名2026年度锦州市劳模和职工创新工作室的决定',
];

const runs: Record<string, Run> = {};
const changes: Record<string, string[]> = {};
let terminal: TerminalRun;
/** The build's output folder, or why the build failed. */
let build: { outDir: string } | { error: unknown };
let docAfterFirst: Record<string, unknown>;

beforeAll(async () => {
  contentDir = copySampleContent('import');
  const files = join(contentDir, '..', `${relative(TMP, contentDir)}-annexes`);
  (await import('node:fs')).mkdirSync(files, { recursive: true });
  const step = async (
    name: string,
    args: string[],
    input?: string,
    how: 'in-process' | 'spawned' = 'in-process',
  ) => {
    const before = snapshot();
    runs[name] = how === 'spawned' ? spawnImport(args, input) : await runImport(args, input);
    changes[name] = changedFiles(before, snapshot());
  };

  // 1. The grouped workbook: dry run, write, run again, correct.
  const grouped = groupedRows();
  const xlsx = join(files, '附件-2026年度命名名单.xlsx');
  writeFileSync(
    xlsx,
    await xlsxAnnex(HEADER, grouped.rows, {
      title: '附件：2026年度锦州市劳模和职工创新工作室名单',
    }),
  );
  await step('dry', ['decision', xlsx, ...DECISION_FLAGS]);
  await step('write', ['decision', xlsx, ...DECISION_FLAGS, '--yes'], undefined, 'spawned');
  docAfterFirst = frontMatter('documents/jgf-2026-40.mdx');
  await step('rerun', ['decision', xlsx, ...DECISION_FLAGS, '--yes']);
  // An editor adds a summary; the corrected annex must keep it.
  const docFile = join(contentDir, 'documents/jgf-2026-40.mdx');
  writeFileSync(
    docFile,
    readFileSync(docFile, 'utf8').replace(/^title:/m, 'summary: 命名32个工作室。\ntitle:'),
  );
  const corrected = groupedRows({
    demonstrative: `${leaderOf(3)}职工创新工作室`,
    drop: `${leaderOf(27)}职工创新工作室`,
    add: ['锦州滨海智能焊接创新工作室', '锦州东方机械有限公司', ''],
  });
  const correctedXlsx = join(files, '附件-更正.xlsx');
  writeFileSync(correctedXlsx, await xlsxAnnex(HEADER, corrected.rows));
  await step('correctedDry', ['decision', correctedXlsx, ...DECISION_FLAGS]);
  await step('corrected', ['decision', correctedXlsx, ...DECISION_FLAGS, '--yes']);

  // 2. A Word decision: facts from its front page, its text as the body.
  const docx = join(files, '锦工发〔2026〕38号.docx');
  writeFileSync(
    docx,
    await docxDecision(
      [
        '锦州市总工会文件',
        '锦工发〔2026〕38号',
        '关于命名2026年度锦州市',
        '劳模创新工作室的决定',
        '各县（市）区总工会，各产业（系统）工会：',
        '经评审，决定命名李晓梅劳模创新工作室等3个团队为2026年度锦州市劳模创新工作室，每个工作室给予2万元经费资助。',
        '说明：{alert(1)} <script>alert(2)</script>',
        "import fs from 'node:fs'",
        '附件：2026年度锦州市劳模创新工作室名单',
        '锦州市总工会',
        '锦州市科学技术局',
        '2026年9月8日',
      ],
      ['附件', '2026年度锦州市劳模创新工作室名单'],
      ['序号', '创新工作室名称', '依托单位', '带头人'],
      [
        { heading: '电子信息（1个）' },
        ['1', '李晓梅劳模创新工作室', '锦州光合电子科技有限公司', '李晓梅'],
        { heading: '装备制造（2个）' },
        ['2', '锦州精工\n数控劳模创新工作室', '锦州华锐重工有限公司', '邵明'],
        { cells: ['3', '苗青劳模创新工作室', '', '苗青'], continueColumn: 2 },
      ],
    ),
  );
  await step('docx', ['decision', docx, '--level', '市级', '--body', '--yes']);

  // 3. An ambiguous match: refused without a choice, chosen with --choose, and in a terminal.
  const ambiguous = join(files, 'ambiguous.csv');
  writeFileSync(
    ambiguous,
    '序号,工作室名称,单位名称,负责人,级别\n1,张铁柱职工创新工作室,锦州辽西铁路运输有限公司,张铁柱,区级\n2,太和区智慧农机职工创新工作室,锦州太和现代农业发展有限公司,,区级\n',
  );
  const ambiguousFlags = [
    '--issuer',
    'taihe-ftu',
    '--date',
    '2026-05',
    '--title',
    '关于命名2026年度太和区职工创新工作室的决定',
  ];
  await step('ambiguousDry', ['decision', ambiguous, ...ambiguousFlags]);
  await step('ambiguousYes', ['decision', ambiguous, ...ambiguousFlags, '--yes']);
  await step('ambiguousWrongChoice', [
    'decision',
    ambiguous,
    ...ambiguousFlags,
    '--yes',
    '--choose',
    '2=nobody',
  ]);
  const before = snapshot();
  terminal = await runInTerminal(
    [process.execPath, 'scripts/import.ts', 'decision', ambiguous, ...ambiguousFlags],
    {
      cwd: ROOT,
      env: environment(),
      dialogue: [
        { prompt: 'Choose [1-1/n]: ', answer: 'n' },
        { prompt: 'Write these files?', answer: 'y' },
      ],
    },
  );
  changes.terminal = changedFiles(before, snapshot());

  // 4. A table pasted from Excel: tab-separated, a heading row with empty cells after it.
  const pasted = [
    '序号\t名称\t依托单位\t带头人\t类别',
    '高新区（2个）\t\t\t\t',
    '1\t韩东劳模和工匠人才创新工作室\t锦州城建集团有限公司\t韩东\t市级',
    '2\t"锦州北方\n热电检修创新工作室"\t北方热电\t\t市级',
    '',
  ].join('\n');
  await step(
    'pasted',
    [
      'decision',
      '-',
      '--issuer',
      'jinzhou-ftu',
      '--date',
      '2026',
      '--title',
      '关于命名第二批锦州市高新区创新工作室的决定',
      '--batch',
      '第二批',
      '--yes',
      '--choose',
      '3=han-dong',
    ],
    pasted,
    'spawned',
  );

  // 5. Bad input: every problem at once, nothing written.
  const bad = join(files, 'bad.csv');
  writeFileSync(
    bad,
    '序号,工作室名称,级别\n1,赵鹏达劳模创新工作室,市级\n2,新甲工作室,县处级\n3,新乙工作室,市级\n4,新乙 工作室,市级\n5,,市级\n',
  );
  await step('bad', [
    'decision',
    bad,
    ...DECISION_FLAGS.slice(0, 2).map((v, i) => (i === 1 ? '锦工发〔2026〕41号' : v)),
    ...DECISION_FLAGS.slice(2),
    '--yes',
  ]);
  const noName = join(files, 'no-name.csv');
  writeFileSync(noName, '序号,单位,领衔人\n1,锦州某厂,张三\n');
  await step('noName', ['decision', noName, ...DECISION_FLAGS, '--yes']);
  const xls = join(files, 'old.xls');
  writeFileSync(
    xls,
    Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(1024),
    ]),
  );
  await step('xls', ['decision', xls, ...DECISION_FLAGS, '--yes']);

  // 6. What the content check refuses after writing is taken back: a studio revoked in 2024 named again.
  const revoked = join(files, 'revoked.csv');
  writeFileSync(revoked, '工作室名称,领衔人\n王淑兰工作室,王淑兰\n新丙职工创新工作室,孙秀英\n');
  await step('revoked', [
    'decision',
    revoked,
    '--issuer',
    'jinzhou-ftu',
    '--date',
    '2026-03',
    '--title',
    '关于命名2026年度锦州市职工创新工作室的决定',
    '--level',
    'municipal',
    '--yes',
  ]);

  // 7. The edges: an annex of 100,000 rows, --id naming another document, and a file that would drive the terminal.
  const huge = join(files, 'huge.csv');
  const hugeLines = ['序号,工作室名称,所在单位,领衔人,级别'];
  for (let i = 1; i <= 100_000; i++)
    hugeLines.push(`${i},测试${i}号职工创新工作室,测试单位${i}有限公司,王${i}名,市级`);
  writeFileSync(huge, hugeLines.join('\n'));
  await step(
    'huge',
    [
      'decision',
      huge,
      ...DECISION_FLAGS.slice(0, 1),
      '锦工发〔2026〕50号',
      ...DECISION_FLAGS.slice(2),
    ],
    undefined,
    'spawned',
  );
  const small = join(files, 'small.csv');
  writeFileSync(small, '序号,工作室名称,级别\n1,赵鹏达劳模创新工作室,市级\n');
  const otherFlags = [
    '--number',
    '锦工发〔2027〕3号',
    '--issuer',
    '锦州市总工会',
    '--date',
    '2027-01-05',
    '--title',
    '关于命名2027年度锦州市劳模创新工作室的决定',
  ];
  await step('unrelatedId', ['decision', small, ...otherFlags, '--id', 'jgf-2026-40', '--yes']);
  await step('unrelatedIdReplace', [
    'decision',
    small,
    ...otherFlags,
    '--id',
    'jgf-2026-40',
    '--replace',
  ]);
  await step('relatedId', ['decision', small, ...DECISION_FLAGS, '--id', 'jgf-2026-40']);
  const hostile = join(files, 'evil\u001b[2J\u001b]0;pwned\u0007.csv');
  writeFileSync(
    hostile,
    [
      '序号,工作室名称,级别,\u001b[2J\u001b[H备注\u001b]0;pwned\u0007',
      '1,新丁\u009b2J\u202e职工创新工作室\u0007,市级,x',
      '2,新戊职工创新工作室,县\u001b[31m处级\u001b[0m\r,\u001bP+q\u001b\\y',
      '',
    ].join('\n'),
  );
  await step('hostile', ['decision', hostile, ...otherFlags]);

  // The real build command; a later run whose folder and code are the same reads the build it made (test/helpers/shared-builds.ts).
  build = await sharedBuild('import', contentDir).then(
    (outDir) => ({ outDir }),
    (error: unknown) => ({ error }),
  );
}, 900_000);

describe('npm run import -- decision', () => {
  it('a dry run of a grouped 32-row workbook reports matched and new studios and writes nothing', () => {
    const { status, out } = runs.dry!;
    expect(status, out).toBe(0);
    expect(out).toContain('32 rows');
    expect(out).toMatch(/已匹配的工作室 Matched studios \(4\)/);
    expect(out).toMatch(/row 4 \(序号 1\) +安亭镇 +赵鹏达 劳模创新工作室 +zhao-pengda +municipal/);
    expect(out).toMatch(/陈磊工作室 +chen-lei .*\(suffix-variant\)/);
    expect(out).toMatch(/新建工作室 New studios \(28\)/);
    expect(out).toMatch(/新建单位 New organisations \(4\)/);
    expect(out).toContain('Dry run: nothing written');
    expect(changes.dry).toEqual([]);
  });

  it('--yes writes the decision and only what the annex gives for new studios, people and organisations', () => {
    expect(runs.write!.status, runs.write!.out).toBe(0);
    expect(changes.write!.filter((f) => f.startsWith('studios/'))).toHaveLength(28);
    expect(changes.write!.filter((f) => f.startsWith('people/'))).toHaveLength(28);
    expect(changes.write!.filter((f) => f.startsWith('organisations/'))).toHaveLength(4);
    expect(changes.write).toContain('documents/jgf-2026-40.mdx');
    const named = docAfterFirst.named as Array<Record<string, unknown>>;
    expect(docAfterFirst).toMatchObject({
      type: 'naming-decision',
      number: '锦工发〔2026〕40号',
      issuer: 'jinzhou-ftu',
      date: '2026-10-20',
    });
    expect(named).toHaveLength(32);
    expect(named.slice(0, 4).map((row) => row.studio)).toEqual([
      'zhao-pengda',
      'gao-yan',
      'chen-lei',
      'smart-port-handling',
    ]);
    expect(named[0]).toEqual({
      studio: 'zhao-pengda',
      level: 'municipal',
      group: '安亭镇',
      funding: 3,
    });
    expect(named.at(-1)).toMatchObject({ group: '工业区' });
    const studioFile = changes.write!.find(
      (f) => f.startsWith('studios/') && read(f).includes(leaderOf(1)),
    )!;
    const studio = yamlOf(studioFile);
    expect(Object.keys(studio).sort()).toEqual(['employer', 'kind', 'leader', 'title']);
    expect(studio).toMatchObject({ title: `${leaderOf(1)}职工创新工作室`, kind: 'employee' });
    expect(yamlOf(`people/${studio.leader}.yaml`)).toEqual({ name: leaderOf(1) });
    expect(yamlOf(`organisations/${studio.employer}.yaml`)).toEqual({
      name: '锦州北辰机械有限公司',
    });
    // An employer known by its full name is matched, not made again.
    expect(
      yamlOf(changes.write!.find((f) => f.startsWith('studios/') && read(f).includes(leaderOf(0)))!)
        .employer,
    ).toBe('linghe-precision');
    expect(validateContent(contentDir).problems).toEqual([]);
  });

  it('importing the same annex again changes nothing', () => {
    expect(runs.rerun!.status, runs.rerun!.out).toBe(0);
    expect(runs.rerun!.out).toContain('Nothing to change');
    expect(runs.rerun!.out).toMatch(/已匹配的工作室 Matched studios \(32\)/);
    expect(changes.rerun).toEqual([]);
  });

  it('a corrected annex shows the differences before writing, and keeps what an editor added', () => {
    const { out } = runs.correctedDry!;
    expect(out).toMatch(/Differences from documents\/jgf-2026-40\.mdx/);
    expect(out).toMatch(/~ \S+ level: municipal → municipal-demonstrative/);
    expect(out).toMatch(/- \S+ \(municipal, 工业区\)/);
    expect(out).toMatch(/\+ \S+ \(municipal, 工业区, 3 万元\)/);
    expect(changes.correctedDry).toEqual([]);
    expect(runs.corrected!.status, runs.corrected!.out).toBe(0);
    const doc = frontMatter('documents/jgf-2026-40.mdx');
    expect(doc.summary).toBe('命名32个工作室。');
    const named = doc.named as Array<Record<string, unknown>>;
    expect(named).toHaveLength(32);
    expect(named.filter((row) => row.level === 'municipal-demonstrative')).toHaveLength(1);
    expect(changes.corrected!.filter((f) => f.startsWith('studios/'))).toHaveLength(1);
  });

  it('a Word decision gives its facts from the front page and its text as an escaped body', () => {
    const { status, out } = runs.docx!;
    expect(status, out).toBe(0);
    expect(out).toMatch(/number: 锦工发〔2026〕38号 +\(front page\)/);
    expect(out).toMatch(/date: 2026-09-08 +\(front page\)/);
    const doc = frontMatter('documents/jgf-2026-38.mdx');
    expect(doc).toMatchObject({
      number: '锦工发〔2026〕38号',
      issuer: 'jinzhou-ftu',
      title: '关于命名2026年度锦州市劳模创新工作室的决定',
      addressees: '各县（市）区总工会，各产业（系统）工会：',
      date: '2026-09-08',
    });
    expect((doc.coIssuers as string[]).length).toBe(1);
    expect(yamlOf(`organisations/${(doc.coIssuers as string[])[0]}.yaml`)).toEqual({
      name: '锦州市科学技术局',
    });
    const named = doc.named as Array<Record<string, unknown>>;
    expect(named.map((row) => [row.group, row.funding, row.level])).toEqual([
      ['电子信息', 2, 'municipal'],
      ['装备制造', 2, 'municipal'],
      ['装备制造', 2, 'municipal'],
    ]);
    expect(named[0]!.studio).toBe('li-xiaomei');
    // The unit merged down the column is the third studio's employer too.
    expect(yamlOf(`studios/${named[1]!.studio}.yaml`)).toMatchObject({
      title: '锦州精工数控劳模创新工作室',
    });
    expect(yamlOf(`studios/${named[2]!.studio}.yaml`).employer).toBe(
      yamlOf(`studios/${named[1]!.studio}.yaml`).employer,
    );
    const body = read('documents/jgf-2026-38.mdx').split(/^---$/m)[2]!;
    expect(body).toContain('\\{alert(1)\\}');
    expect(body).toContain('&#105;mport fs');
    expect(body).not.toContain('锦州市总工会文件');
    expect(body.trim().split('\n\n').at(-1)).toBe('2026年9月8日');
  });

  it('an ambiguous match is listed with its candidates and needs a choice', () => {
    expect(runs.ambiguousDry!.status).toBe(1);
    expect(runs.ambiguousDry!.out).toMatch(
      /row 2 \(序号 1\) studio "张铁柱职工创新工作室" \(--choose 2=…\):\n\s+zhang-tiezhu\s+张铁柱劳模创新工作室\n\s+new/,
    );
    expect(runs.ambiguousYes!.status).toBe(1);
    expect(runs.ambiguousYes!.out).toContain('Nothing written');
    expect(runs.ambiguousWrongChoice!.out).toMatch(
      /--choose 2=nobody: "nobody" is neither an id in the archive nor "new"/,
    );
    for (const name of ['ambiguousDry', 'ambiguousYes', 'ambiguousWrongChoice'])
      expect(changes[name], name).toEqual([]);
  });

  it('in a terminal the editor chooses and confirms', () => {
    expect(terminal.status, terminal.transcript).toBe(0);
    expect(terminal.unanswered).toEqual([]);
    expect(terminal.transcript).toContain('1) zhang-tiezhu');
    expect(changes.terminal).toContain('studios/zhang-tiezhu-2.yaml');
    expect(yamlOf('studios/zhang-tiezhu-2.yaml')).toEqual({
      title: '张铁柱职工创新工作室',
      kind: 'employee',
      leader: 'zhang-tiezhu',
      employer: 'liaoxi-rail',
    });
    const doc = changes.terminal!.find((f) => f.startsWith('documents/'))!;
    const named = frontMatter(doc).named as Array<Record<string, unknown>>;
    expect(named.map((row) => row.level)).toEqual(['district', 'district']);
    expect(named[0]!.studio).toBe('zhang-tiezhu-2');
    expect(yamlOf(`studios/${named[1]!.studio}.yaml`)).toEqual({
      title: '太和区智慧农机职工创新工作室',
      kind: 'employee',
      employer: 'taihe-agri',
    });
  });

  it('reads a table pasted on standard input', () => {
    expect(runs.pasted!.status, runs.pasted!.out).toBe(0);
    const doc = changes.pasted!.find((f) => f.startsWith('documents/'))!;
    const data = frontMatter(doc);
    expect(data).toMatchObject({ date: '2026', batch: '第二批' });
    expect(data.named).toEqual([
      { studio: 'han-dong', level: 'municipal', group: '高新区' },
      { studio: expect.any(String), level: 'municipal', group: '高新区' },
    ]);
    const second = (data.named as Array<{ studio: string }>)[1]!.studio;
    expect(yamlOf(`studios/${second}.yaml`)).toEqual({
      title: '锦州北方热电检修创新工作室',
      employer: 'beifang-power',
    });
  });

  it('bad input: every problem at once, per row, and nothing written', () => {
    const { status, out } = runs.bad!;
    expect(status).toBe(1);
    expect(out).toMatch(
      /row 2 \(序号 1\) 赵鹏达劳模创新工作室: zhao-pengda is named at level municipal in 2026 already, by .*jgf-2026-40\.mdx/,
    );
    expect(out).toMatch(/row 3 \(序号 2\) 新甲工作室: level "县处级" is not in the vocabulary/);
    expect(out).toMatch(/row 4 \(序号 3\) 新乙工作室: lists the same studio as row 5/);
    expect(out).toMatch(/row 5 \(序号 4\) 新乙 工作室: lists the same studio as row 4/);
    expect(out).toMatch(/row 6 \(序号 5\): has no studio name/);
    expect(changes.bad).toEqual([]);
    expect(runs.noName!.status).toBe(1);
    expect(runs.noName!.out).toMatch(/no column of studio names/);
    expect(runs.xls!.status).toBe(1);
    expect(runs.xls!.out).toMatch(
      /old-format \(\.xls\) or password-protected.*save it as an Excel workbook \(\.xlsx\)/,
    );
    expect([...changes.noName!, ...changes.xls!]).toEqual([]);
  });

  it('files that the content check refuses are all taken back', () => {
    const { status, out } = runs.revoked!;
    expect(status).toBe(1);
    expect(out).toMatch(
      /Names "wang-shulan" on 2026-03|Names "wang-shulan" in March 2026|Names "wang-shulan"/,
    );
    expect(out).toContain('everything taken back');
    expect(changes.revoked).toEqual([]);
  });

  it('refuses an annex of 100,000 rows with the row limit, without a crash and writing nothing', () => {
    const { status, out } = runs.huge!;
    expect(status, out.slice(-2000)).toBe(1);
    expect(out).toContain('100000 rows');
    expect(out).toContain('the annex lists 100000 rows; an import takes at most 10000');
    expect(out).not.toMatch(/RangeError|call stack/);
    expect(changes.huge).toEqual([]);
  });

  it('--id naming a document this import does not match by number or title is refused unless --replace is given', () => {
    const refused = runs.unrelatedId!;
    expect(refused.status).toBe(1);
    expect(refused.out).toMatch(
      /--id jgf-2026-40 names \S*documents\/jgf-2026-40\.mdx \(锦工发〔2026〕40号 关于命名2026年度锦州市劳模和职工创新工作室的决定\)/,
    );
    expect(refused.out).toContain('run again with --replace');
    expect(changes.unrelatedId).toEqual([]);
    const replaced = runs.unrelatedIdReplace!;
    expect(replaced.status, replaced.out).toBe(0);
    expect(replaced.out).toContain('~ number: 锦工发〔2026〕40号 → 锦工发〔2027〕3号');
    expect(replaced.out).toContain('Dry run: nothing written');
    expect(runs.relatedId!.status, runs.relatedId!.out).toBe(0);
    expect(runs.relatedId!.out).not.toContain('--replace');
  });

  it('prints no terminal control from the file: escape sequences, C0 and C1 controls and bidi overrides are stripped', () => {
    const { status, out } = runs.hostile!;
    expect(status).toBe(1);
    // eslint-disable-next-line no-control-regex -- control characters are what this test looks for
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(out).toContain('evil.csv');
    expect(out).toMatch(/not read \(unknown headers.*\): 备注/);
    expect(out).toContain('新丁职工创新工作室');
    expect(out).toContain('level "县处级" is not in the vocabulary');
    expect(changes.hostile).toEqual([]);
  });

  it('the site builds, with the decision pages and the pages of the new studios', () => {
    if ('error' in build) throw build.error;
    const { outDir } = build;
    const decision = page(outDir, '/documents/jgf-2026-40/');
    const named = decision.querySelectorAll('table[data-testid="named"] tbody tr');
    expect(named).toHaveLength(32);
    expect(textOf(named[0])).toContain('赵鹏达劳模创新工作室');
    expect(textOf(named[0])).toContain('安亭镇');
    const newStudio = (
      frontMatter('documents/jgf-2026-40.mdx').named as Array<{ studio: string }>
    )[5]!.studio;
    const studioPage = page(outDir, `/studios/${newStudio}/`);
    expect(textOf(studioPage.querySelector('h1'))).toContain(leaderOf(1));
    expect(
      studioPage.querySelector(
        'table[data-testid="designations"] a[href="/documents/jgf-2026-40/"]',
      ),
    ).not.toBeNull();
    const word = page(outDir, '/documents/jgf-2026-38/');
    const text = textOf(word.querySelector('main'));
    expect(text).toContain('说明：{alert(1)} <script>alert(2)</script>');
    // The Markdown renderer's typographic quotes apply; the words are the document's.
    expect(text).toMatch(/import fs from .node:fs./);
    expect(word.querySelectorAll('script').some((s) => s.textContent.includes('alert'))).toBe(
      false,
    );
    expect(word.querySelectorAll('table[data-testid="named"] tbody tr')).toHaveLength(3);
    expect(statSync(join(outDir, 'documents/jgf-2026-38/index.html')).size).toBeGreaterThan(0);
  });
});
