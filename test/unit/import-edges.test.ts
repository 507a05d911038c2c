/**
 * The importer's edges: a report of 150,000 rows (spreading it into push overflowed the call
 * stack), the row limit, planning in time proportional to the rows, --id naming another document
 * (refused without --replace), and text from the file stripped of what would drive a terminal.
 */
import { describe, expect, it } from 'vitest';
import {
  MAX_ANNEX_ROWS,
  planImport,
  type Archive,
  type DecisionFacts,
  type Plan,
  type PlannedRow,
} from '../../src/lib/import/plan.ts';
import { readDelimited } from '../../src/lib/import/read-annex.ts';
import { columns, reportLines } from '../../src/lib/import/report.ts';
import { readAnnexRows, type AnnexRow } from '../../src/lib/import/rows.ts';
import { terminalText } from '../../src/lib/import/terminal-text.ts';

const CONTROL =
  // eslint-disable-next-line no-control-regex -- control characters are what these tests look for
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const archive: Archive = {
  studios: [{ id: 'zhao-pengda', title: { zh: '赵鹏达劳模创新工作室' } }],
  organisations: [{ id: 'ftu', name: { zh: '锦州市总工会' } }],
  people: [],
  documents: [
    {
      id: 'jz-2025-1',
      file: 'content/documents/jz-2025-1.mdx',
      type: 'naming-decision',
      number: '锦工发〔2025〕1号',
      title: '关于命名2025年度劳模创新工作室的决定',
      year: 2025,
      listed: [{ studio: 'zhao-pengda', level: 'municipal' }],
    },
  ],
  designations: [],
};
const facts: DecisionFacts = {
  issuers: ['锦州市总工会'],
  date: '2026-03',
  title: '关于命名2026年度职工创新工作室的决定',
  number: '锦工发〔2026〕9号',
  level: '市级',
};
const annexRows = (count: number): AnnexRow[] =>
  Array.from({ length: count }, (_, i) => ({
    row: i + 2,
    title: `测试${i}号职工创新工作室`,
    employer: `测试单位${i}有限公司`,
    leader: `王${i}名`,
  }));

describe('large annexes', () => {
  it('reports 150,000 rows without overflowing the call stack', () => {
    const rows: PlannedRow[] = Array.from({ length: 150_000 }, (_, i) => ({
      row: i + 2,
      title: `测试${i}号职工创新工作室`,
      studio: `ce-shi-${i}`,
      level: 'municipal',
      status: i % 2 ? 'new' : 'matched',
      how: 'title',
      reasons: [],
      notes: [],
    }));
    const plan: Plan = {
      kind: 'decision',
      documentId: 'big',
      documentExists: false,
      facts: {},
      listed: [],
      rows,
      newStudios: [],
      newPeople: [],
      newOrganisations: [],
      ambiguities: [],
      problems: [],
      factSources: {},
    };
    const lines = reportLines({
      plan,
      files: Array.from({ length: 150_000 }, (_, i) => `studios/ce-shi-${i}.yaml`),
      locale: 'en',
      early: [],
    });
    expect(lines).toContain('新建工作室 New studios (75000)');
    expect(lines.length).toBeGreaterThan(300_000);
    expect(columns(rows.map((r) => [String(r.row), r.title]))).toHaveLength(150_000);
  });

  it(`refuses more than ${MAX_ANNEX_ROWS} rows with the limit and plans none of them`, () => {
    const plan = planImport('decision', annexRows(MAX_ANNEX_ROWS + 1), facts, archive, new Map());
    expect(plan.problems.map((p) => p.message.en)).toEqual([
      `the annex lists ${MAX_ANNEX_ROWS + 1} rows; an import takes at most ${MAX_ANNEX_ROWS}: check that this is the naming list, or split it into several annexes`,
    ]);
    expect(plan.problems[0]!.message.zh).toContain(`一次导入最多 ${MAX_ANNEX_ROWS} 行`);
    expect(plan.rows).toEqual([]);
  });

  it('plans in time proportional to the rows: ten times the rows take far less than a hundred times as long', () => {
    const time = (count: number) => {
      const rows = annexRows(count);
      const start = performance.now();
      const plan = planImport('decision', rows, facts, archive, new Map());
      expect(plan.newStudios).toHaveLength(count);
      return performance.now() - start;
    };
    time(500); // warm
    const small = Math.min(time(1_000), time(1_000));
    const large = time(MAX_ANNEX_ROWS);
    // Linear is about 10×; the planning before this took about 100× (every row compared with every new entry).
    expect(large).toBeLessThan(small * 35 + 200);
  });

  it('names at most ten other rows in the message of a row repeated many times', () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => ({
      row: i + 2,
      title: '重复职工创新工作室',
    }));
    const plan = planImport('decision', rows, facts, archive, new Map());
    const first = plan.problems.find((p) => p.row === 2)!.message.en;
    expect(first).toBe(
      'lists the same studio as rows 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 … (+1989); expected each studio once',
    );
  });
});

describe('--id naming an existing document', () => {
  const unrelated = { ...facts, id: 'jz-2025-1' };
  it('is refused when neither number nor title match, saying which document it would replace and how to go on', () => {
    const plan = planImport('decision', annexRows(1), unrelated, archive, new Map());
    const message = plan.problems.find((p) => p.message.en.startsWith('--id'))?.message;
    expect(message?.en).toBe(
      '--id jz-2025-1 names content/documents/jz-2025-1.mdx (锦工发〔2025〕1号 关于命名2025年度劳模创新工作室的决定), which is not the document of this import (锦工发〔2026〕9号 关于命名2026年度职工创新工作室的决定): neither its number nor its title is the same, and writing would replace its number, date, title and list. To make a new document, give another --id (or none); to replace that one, run again with --replace',
    );
    expect(message?.zh).toContain('请加 --replace 重新运行');
  });

  it('goes on with --replace, or when the number or the title is the same', () => {
    for (const given of [
      { ...unrelated, replace: true },
      { ...unrelated, number: '锦工发〔2025〕1号' },
      { ...unrelated, number: undefined, title: '关于命名2025年度劳模创新工作室的决定' },
    ]) {
      const plan = planImport('decision', annexRows(1), given, archive, new Map());
      expect(plan.problems.filter((p) => p.message.en.includes('--id'))).toEqual([]);
      expect(plan).toMatchObject({ documentId: 'jz-2025-1', documentExists: true });
    }
  });
});

describe('text from the file in the terminal', () => {
  it('strips escape sequences (CSI, OSC, DCS, C1 CSI), C0 and C1 controls and bidi controls, keeping text, tabs and line breaks', () => {
    expect(terminalText('\u001b[2J\u001b[H清屏')).toBe('清屏');
    expect(terminalText('\u001b]0;pwned\u0007标题 \u001b]2;again\u001b\\x')).toBe('标题 x');
    expect(terminalText('\u009b2J\u009d0;c1\u009c c1')).toBe(' c1');
    expect(terminalText('\u001bP+q6b64\u001b\\dcs')).toBe('dcs');
    expect(terminalText('bell\u0007 back\u0008space cr\r del\u007f nul\u0000 esc\u001b')).toBe(
      'bell backspace cr del nul esc',
    );
    expect(terminalText('a\u202eevil\u202c \u2066iso\u2069 \u200fmark\u061c')).toBe(
      'aevil iso mark',
    );
    expect(terminalText('表\t头\n第二行')).toBe('表\t头\n第二行');
  });

  it('reports a hostile header and cells without controls, and aligns the columns on what is shown', () => {
    const text =
      '序号,工作室名称,级别,\u001b[2J\u001b[H备注\u001b]0;pwned\u0007\n1,新丁\u009b2J\u202e职工创新工作室\u0007,市级,x\n2,新戊职工创新工作室,县\u001b[31m处级,y\n';
    const { table } = readAnnexRows([readDelimited(text, 'evil\u001b[2J.csv')], new Map());
    const plan = planImport('decision', table!.rows, facts, archive, new Map());
    const lines = reportLines({ plan, table, files: [], locale: 'en', early: [] });
    for (const line of lines) expect(line).not.toMatch(CONTROL);
    expect(lines).toContain('附件 Annex: evil.csv, 2 rows');
    expect(lines.some((line) => /unknown headers.*: 备注$/.test(line))).toBe(true);
    expect(lines.some((line) => line.includes('level "县处级" is not in the vocabulary'))).toBe(
      true,
    );
    const aligned = columns([
      ['\u001b[31m甲\u001b[0m', 'x'],
      ['乙乙', 'y'],
    ]);
    expect(aligned).toEqual(['  甲    x', '  乙乙  y']);
  });
});
