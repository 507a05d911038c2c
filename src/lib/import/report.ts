/**
 * The dry-run report: what an import would do, as tables an editor reads in a terminal. Section
 * titles are in both languages; problems in the language of messages (zh or en).
 *
 * Everything in it may come from the annex, so every line is stripped of terminal controls
 * (./terminal-text.ts). It grows line by line, never by spreading a list into push (an argument
 * list of 100,000 rows overflows the call stack).
 */
import type { Message } from '../content/validation-messages.ts';
import type { DocumentFile } from './files.ts';
import type { Plan } from './plan.ts';
import type { AnnexTable } from './rows.ts';
import { terminalCell, terminalText } from './terminal-text.ts';

/** Width of text in a terminal: Chinese characters take two columns. */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;
function width(text: string): number {
  let characters = 0;
  for (const _ of text) characters++;
  return characters + (text.match(WIDE)?.length ?? 0);
}
/** A funding amount's qualifier as the plan's table marks it, before the number. */
const FUNDING_QUALIFIER = { exact: '', 'at-least': '≥', nearly: '近', about: '约' } as const;

const pad = (text: string, to: number): string => text + ' '.repeat(Math.max(0, to - width(text)));

/**
 * A row as the clerk finds it: its number in the file, and the 序号 printed in the list where it
 * has one of its own (a list's numbering rarely matches the file's rows: headings, notes, a title).
 */
function rowName(r: Pick<Plan['rows'][number], 'row' | 'seq'>): string {
  return r.seq && r.seq !== String(r.row) ? `row ${r.row} (序号 ${r.seq})` : `row ${r.row}`;
}

/** Rows of text as aligned columns, indented; cells as single lines without terminal controls. */
/** A fact as the dry run shows it: a date's bound in the words --date takes ("shortly before 2026-01-22"). */
function factText(value: unknown): string {
  if (typeof value === 'string') return value;
  const bound = value && typeof value === 'object' ? Object.entries(value) : [];
  const words: Record<string, string> = {
    before: 'before',
    reportedBy: 'by',
    shortlyBefore: 'shortly before',
  };
  if (bound.length === 1 && typeof bound[0]![1] === 'string' && words[bound[0]![0]])
    return `${words[bound[0]![0]]} ${bound[0]![1]}`;
  return JSON.stringify(value);
}

export function columns(rows: string[][], indent = '  '): string[] {
  const cells = rows.map((row) => row.map(terminalCell));
  const widths: number[] = [];
  for (const row of cells)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))));
  return cells.map((row) =>
    `${indent}${row.map((cell, i) => (i === row.length - 1 ? cell : pad(cell, widths[i]!))).join('  ')}`.trimEnd(),
  );
}

const section = (title: string, count: number, lines: string[]): string[] =>
  count === 0 ? [] : ['', `${title} (${count})`].concat(lines);

export interface ReportInput {
  plan: Plan;
  table?: AnnexTable;
  document?: DocumentFile;
  /** Paths of the files the import would write, under the content folder. */
  files: string[];
  locale: 'zh' | 'en';
  /** Problems found before planning (the file, the columns). */
  early: Message[];
}

/** The report as lines. */
export function reportLines({
  plan,
  table,
  document,
  files,
  locale,
  early,
}: ReportInput): string[] {
  const out: string[] = [];
  if (table) {
    out.push(`附件 Annex: ${table.label}, ${table.rows.length} rows`);
    out.push(
      `  columns: ${table.header
        .filter((h) => h.text)
        .map((h) => `${h.text}→${h.field ?? '(not read)'}`)
        .join(' | ')}`,
    );
    if (table.unknown.length)
      out.push(
        `  not read (unknown headers; --map "<header>=<field>" reads one): ${table.unknown.join(', ')}`,
      );
  }
  if (plan.documentId) {
    out.push(
      '',
      `决定 Document: documents/${plan.documentId}.mdx (${plan.documentExists ? 'in the archive: updated' : 'new'})`,
    );
    for (const [key, value] of Object.entries(plan.facts)) {
      if (key === 'type') continue;
      const from = plan.factSources[key] ? `   (${plan.factSources[key]})` : '';
      out.push(`  ${key}: ${factText(value)}${from}`);
    }
  }
  const seqOf = new Map(plan.rows.map((r) => [r.row, r.seq]));
  /** A row by its number in the file, with the list's 序号 where the plan has the row. */
  const rowOf = (row: number) => rowName({ row, seq: seqOf.get(row) });
  const matched = plan.rows.filter((r) => r.status === 'matched');
  const fresh = plan.rows.filter((r) => r.status === 'new');
  const listRow = (r: Plan['rows'][number]) => [
    rowName(r),
    r.group ?? '',
    r.title,
    r.studio ?? '',
    r.level ?? '',
    r.funding ? `${FUNDING_QUALIFIER[r.funding.qualifier]}${r.funding.value}万元` : '',
  ];
  append(
    out,
    section(
      '已匹配的工作室 Matched studios',
      matched.length,
      columns(
        matched.map((r) => [
          ...listRow(r),
          r.how === 'title' ? '' : `(${r.how})`,
          r.notes.join('; '),
        ]),
      ),
    ),
  );
  append(out, section('新建工作室 New studios', fresh.length, columns(fresh.map(listRow))));
  for (const studio of plan.newStudios) {
    const given = Object.entries(studio.data)
      .filter(([key]) => key !== 'title')
      .map(
        ([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`,
      );
    if (given.length) out.push(`      ${studio.id}: ${given.join(', ')}`);
  }
  append(
    out,
    section(
      '新建人员 New people',
      plan.newPeople.length,
      columns(plan.newPeople.map((p) => [rowOf(p.row), p.id, p.data.name])),
    ),
  );
  append(
    out,
    section(
      '新建单位 New organisations',
      plan.newOrganisations.length,
      columns(
        plan.newOrganisations.map((o) => [o.row ? rowOf(o.row) : 'issuer', o.id, o.data.name]),
      ),
    ),
  );
  append(
    out,
    section(
      '待选择 Ambiguous: choose with --choose <key>=<id or new>',
      plan.ambiguities.length,
      plan.ambiguities.flatMap((a) => [
        `  ${a.what === 'issuer' ? a.key : rowOf(a.row)} ${a.what} "${a.text}" (--choose ${a.key}=…):`,
        ...a.candidates.map((c) => `      ${c.id}  ${c.label}`),
        '      new  (a new entry)',
      ]),
    ),
  );
  const unusable = plan.rows.filter((r) => r.status === 'unusable');
  append(
    out,
    section(
      '无法使用的行 Rows that cannot be used',
      unusable.length,
      unusable.flatMap((r) =>
        r.reasons.map((m) => `  ${rowName(r)}${r.title ? ` ${r.title}` : ''}: ${m[locale]}`),
      ),
    ),
  );
  const general = [
    ...early,
    ...plan.problems.filter((p) => p.row === undefined).map((p) => p.message),
  ];
  append(
    out,
    section(
      '问题 Problems',
      general.length,
      general.map((m) => `  - ${m[locale]}`),
    ),
  );
  if (document && document.changes.length)
    append(
      out,
      section(
        `与现有文件的差异 Differences from documents/${plan.documentId}.mdx`,
        document.changes.length,
        document.changes.map((c) => `  ${c}`),
      ),
    );
  append(
    out,
    section(
      '将写入 Files to write',
      files.length,
      files.map((f) => `  ${f}`),
    ),
  );
  if (
    files.length === 0 &&
    general.length === 0 &&
    unusable.length === 0 &&
    plan.ambiguities.length === 0
  )
    out.push('', '无需更改 Nothing to change: the archive already holds this annex.');
  return out.map(terminalText);
}

/** Appends a list of any length (push(...list) overflows the call stack past about 100,000 items). */
function append(to: string[], added: readonly string[]): void {
  for (const line of added) to.push(line);
}
