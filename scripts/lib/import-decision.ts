/**
 * The work of `npm run import` (scripts/import.ts): reads the annex, plans the import, asks in a
 * terminal, prints the report and writes (see import-writing.ts). The content folder, the language,
 * standard input and where messages go are passed in, and the exit status is returned, so that tests
 * run it in their own process. The logic lives in src/lib/import/; this reads, asks and writes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { Message } from '../../src/lib/content/validation-messages.ts';
import { archiveOf } from '../../src/lib/import/archive.ts';
import { readColumnMap } from '../../src/lib/import/columns.ts';
import { documentFile, newEntryFiles } from '../../src/lib/import/files.ts';
import { bodyMarkdown, readFrontPage } from '../../src/lib/import/front-page.ts';
import { IMPORT_KINDS, planImport, type ImportKind, type Plan } from '../../src/lib/import/plan.ts';
import {
  AnnexFileError,
  readAnnexFile,
  readDelimited,
  type Annex,
} from '../../src/lib/import/read-annex.ts';
import { reportLines } from '../../src/lib/import/report.ts';
import { readAnnexRows } from '../../src/lib/import/rows.ts';
import { terminalText } from '../../src/lib/import/terminal-text.ts';
import { messageLocale, validateContent } from '../../src/lib/validation/index.ts';
import type { CommandIo } from './command-io.ts';
import { decisionFacts, HELP, OPTIONS, readChoices } from './import-options.ts';
import { failWith, writeChecked, type Locale } from './import-writing.ts';
import type { TerminalQuestions } from './terminal-questions.ts';

export interface ImportDecisionOptions extends CommandIo {
  /** The arguments after `npm run import --`. */
  args: string[];
  contentDir: string;
  /** The language of the messages when no --lang is given (the environment's). */
  locale: Locale;
  /** The text on standard input when it is not a terminal: an annex piped or pasted (`-`, or no file). */
  readStdin: () => Promise<string>;
}

/** Imports one decision's annex; returns the exit status (0 done or dry run, 1 nothing written). */
export async function importDecision(options: ImportDecisionOptions): Promise<number> {
  try {
    return await importAnnex(options);
  } catch (error) {
    // An unforeseen error's message may quote the file too: it is printed stripped like everything else.
    options.output.stderr(
      `${terminalText(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`,
    );
    return 1;
  }
}

async function importAnnex({
  args,
  contentDir: root,
  locale: environmentLocale,
  readStdin,
  output,
  openTerminal,
}: ImportDecisionOptions): Promise<number> {
  /** Writes to the terminal: text from the annex (cells, names, file names) never drives it (src/lib/import/terminal-text.ts). */
  const printError = (text: string) => output.stderr(`${terminalText(text)}\n`);
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true });
  } catch (error) {
    printError(`${(error as Error).message}\n\n${HELP}`);
    return 1;
  }
  const { values, positionals } = parsed;
  const locale = values.lang === undefined ? environmentLocale : messageLocale(values.lang);
  const fail = (messages: Message[]) => failWith(messages, locale, printError);
  if (values.help) return (output.stdout(`${HELP}\n`), 0);
  const [kindName, file] = positionals;
  if (!kindName || !(kindName in IMPORT_KINDS) || positionals.length > 2) {
    output.stderr(`${HELP}\n`);
    return 1;
  }
  const kind = kindName as ImportKind;
  const fromStdin = file === undefined || file === '-';
  const terminal = openTerminal?.();
  const say = (text: string) => output.stdout(`${terminalText(text)}\n`);

  // Read the annex.
  let annex: Annex;
  let source: string;
  try {
    if (fromStdin) {
      source = 'standard input';
      let text: string;
      if (terminal) {
        say(
          locale === 'zh'
            ? '请粘贴表格（从 Word、WPS 或 Excel 复制），粘贴完后在空行按回车：'
            : 'Paste the table (copied from Word, WPS or Excel), then press Enter on an empty line:',
        );
        const lines: string[] = [];
        for (
          let line = await terminal.ask('');
          line !== undefined && line !== '';
          line = await terminal.ask('')
        )
          lines.push(line);
        text = lines.join('\n');
      } else text = await readStdin();
      annex = { grids: [readDelimited(text, 'standard input')] };
    } else {
      if (!existsSync(file))
        return fail([{ en: `${file}: no such file`, zh: `${file}：文件不存在` }]);
      source = basename(file);
      annex = await readAnnexFile(readFileSync(file), file);
    }
  } catch (error) {
    if (error instanceof AnnexFileError) return fail([error.text]);
    throw error;
  }
  if (values.body && !annex.paragraphs)
    return fail([
      {
        en: '--body reads the text of a .docx document; this annex is not one',
        zh: '--body 读取 .docx 文件的正文；此附件不是 .docx 文件',
      },
    ]);

  const early: Message[] = [];
  const columnMap = readColumnMap(values.map);
  early.push(...columnMap.problems);
  const chosen = readChoices(values.choose);
  early.push(...chosen.problems);
  const front = annex.paragraphs ? readFrontPage(annex.paragraphs) : undefined;
  const { facts, sources, problems: factProblems } = decisionFacts(values, front);
  early.push(...factProblems);
  // A commendation files its list under its date's year: a cycle year or batch given for it would be dropped unsaid.
  if (kind === 'commendation')
    for (const [key, flag] of [
      ['cycleYear', '--cycle-year'],
      ['batch', '--batch'],
    ] as const)
      if (sources[key] === 'flag')
        early.push({
          en: `${flag} is not kept for a commendation (it has no cycle year or batch; its list counts in the year of its date): leave it out, or import the list as a decision or selection if the source names one`,
          zh: `表彰决定不记录${flag === '--cycle-year' ? '年度' : '批次'}（其名单按成文日期的年份计）：请去掉 ${flag}；如来源是命名决定或评选公示，请按 decision 或 selection 导入`,
        });
  const { table, problems: tableProblems } = readAnnexRows(annex.grids, columnMap.map);
  early.push(...tableProblems);

  const before = validateContent(root);
  const archive = archiveOf(before.content);
  const choices = chosen.choices;
  const replan = () => planImport(kind, table?.rows ?? [], facts, archive, choices);
  let plan: Plan = replan();

  // In a terminal, the editor chooses each open match; a choice may open another (a new studio's leader).
  if (terminal && early.length === 0) {
    const chose = await chooseInTerminal(plan, replan, choices, terminal, locale, say);
    if (!chose) return fail([{ en: 'input ended', zh: '输入已结束' }]);
    plan = chose;
  }
  plan.factSources = sources;

  const body = values.body && front ? bodyMarkdown(front.body) : undefined;
  const blocked =
    early.length > 0 || plan.problems.length > 0 || plan.ambiguities.length > 0 || !plan.documentId;
  const entryFiles = blocked ? new Map<string, string>() : newEntryFiles(plan, source);
  const documentPath = plan.documentId
    ? join(root, 'documents', `${plan.documentId}.mdx`)
    : undefined;
  const existingText =
    documentPath && plan.documentExists && existsSync(documentPath)
      ? readFileSync(documentPath, 'utf8')
      : undefined;
  const document = !blocked ? documentFile(plan, source, existingText, body) : undefined;
  const files = [...entryFiles.keys(), ...(document?.changed ? [document.path] : [])];
  for (const line of reportLines({
    plan,
    table,
    document,
    files: files.map((f) => join(relative('.', root) || '.', f)),
    locale,
    early,
  }))
    say(line);

  if (blocked) {
    terminal?.close();
    const open = plan.ambiguities.length;
    say('');
    if (open && !plan.problems.length && !early.length) {
      say(
        locale === 'zh'
          ? `有 ${open} 处待选择：请用 --choose 行号=标识（或 new）指定，或在终端中运行以逐项选择。未写入任何文件。`
          : `${open} match(es) to choose: give --choose <row>=<id or new>, or run in a terminal to choose. Nothing written.`,
      );
    } else
      say(
        locale === 'zh'
          ? '存在上述问题，未写入任何文件。请修改附件或参数后重新运行。'
          : 'Nothing written: fix the problems above (in the annex or the flags) and run again.',
      );
    return 1;
  }
  if (files.length === 0) {
    terminal?.close();
    return 0;
  }
  if (!values.yes) {
    if (!terminal) {
      say('');
      say(
        locale === 'zh'
          ? '预览（未写入）。确认无误后加 --yes 重新运行以写入。'
          : 'Dry run: nothing written. Run again with --yes to write these files.',
      );
      return 0;
    }
    const answer = (
      await terminal.ask(
        locale === 'zh'
          ? '\n写入这些文件？Write these files? [y/N] '
          : '\nWrite these files? 写入这些文件？[y/N] ',
      )
    )
      ?.trim()
      .toLowerCase();
    if (answer !== 'y' && answer !== 'yes' && answer !== '是') {
      terminal.close();
      say(locale === 'zh' ? '未写入任何文件。' : 'Nothing written.');
      return 0;
    }
  }
  terminal?.close();
  return writeChecked({
    root,
    entryFiles,
    document,
    existingText,
    before,
    files,
    locale,
    say,
    printError,
  });
}

/**
 * Asks the editor to choose each open match, planning again after each round (a choice may open
 * another: a new studio's leader). Returns the plan, or undefined when the input ended.
 */
async function chooseInTerminal(
  first: Plan,
  replan: () => Plan,
  choices: Map<string, string>,
  terminal: TerminalQuestions,
  locale: Locale,
  say: (text: string) => void,
): Promise<Plan | undefined> {
  let plan = first;
  for (let round = 0; plan.ambiguities.length && round < 5; round++) {
    for (const open of plan.ambiguities) {
      const options = [...open.candidates.map((c) => c.id), 'new'];
      say(
        `\n${open.what === 'issuer' ? open.key : `row ${open.row}`} ${open.what} "${open.text}":`,
      );
      open.candidates.forEach((c, i) => say(`  ${i + 1}) ${c.id}  ${c.label}`));
      say(`  n) new  ${locale === 'zh' ? '新建' : 'a new entry'}`);
      for (;;) {
        const answer = (
          await terminal.ask(
            `${locale === 'zh' ? '选择' : 'Choose'} [1-${open.candidates.length}/n]: `,
          )
        )?.trim();
        if (answer === undefined) return undefined;
        const picked =
          answer === 'n' || answer === 'new'
            ? 'new'
            : /^\d+$/.test(answer)
              ? open.candidates[Number(answer) - 1]?.id
              : options.includes(answer)
                ? answer
                : undefined;
        if (picked) {
          choices.set(open.key, picked);
          break;
        }
      }
    }
    plan = replan();
  }
  return plan;
}
