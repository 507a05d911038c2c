/**
 * `npm run import -- decision <annex> [--yes] [--choose row=id] [--issuer …] [--date …] …`: publishes
 * a naming decision (or a 公示, `selection`, or a commendation) from its annex: an .xlsx workbook, a
 * .docx document, a .csv or .tsv file, or a table pasted on standard input (`-`, or no file).
 * By default a dry run: it prints what it would do and writes nothing. `--yes` writes (in a terminal
 * it asks). Ambiguous matches are chosen with `--choose`, or in a terminal. Everything written is
 * checked with the content validator and taken back when a problem appears.
 * The logic lives in src/lib/import/; this script reads, asks, writes and rolls back.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { terminalQuestions } from './lib/terminal-questions.ts';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/content/collections.ts';
import { archiveOf } from '../src/lib/import/archive.ts';
import { readColumnMap } from '../src/lib/import/columns.ts';
import { documentFile, newEntryFiles } from '../src/lib/import/files.ts';
import { bodyMarkdown, readFrontPage, type FrontPage } from '../src/lib/import/front-page.ts';
import { IMPORT_KINDS, planImport, type DecisionFacts, type ImportKind, type Plan } from '../src/lib/import/plan.ts';
import { AnnexFileError, readAnnexFile, readDelimited, type Annex } from '../src/lib/import/read-annex.ts';
import { reportLines } from '../src/lib/import/report.ts';
import { readAnnexRows } from '../src/lib/import/rows.ts';
import { terminalText } from '../src/lib/import/terminal-text.ts';
import type { Message } from '../src/lib/content/validation-messages.ts';
import { formatProblems, messageLocale, validateContent, type Problem } from '../src/lib/validation/index.ts';

const OPTIONS = {
  yes: { type: 'boolean' },
  choose: { type: 'string', multiple: true },
  map: { type: 'string' },
  number: { type: 'string' },
  issuer: { type: 'string' },
  date: { type: 'string' },
  title: { type: 'string' },
  addressees: { type: 'string' },
  'cycle-year': { type: 'string' },
  batch: { type: 'string' },
  level: { type: 'string' },
  funding: { type: 'string' },
  designation: { type: 'string' },
  id: { type: 'string' },
  replace: { type: 'boolean' },
  body: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean' },
} as const;

const HELP = `npm run import -- <decision|selection|commendation> <annex.xlsx|.docx|.csv|.tsv|-> [options]
  Reads the annex (附件) of a naming decision and prints what it would do; --yes writes the files.
  A table pasted from Word, WPS or Excel: give - (or no file) and paste it on standard input.
  --number 锦工发〔2022〕15号   --issuer <id or name>[,<co-issuer>…]   --date 2022-02-10 | 2022-02 | 2022
  --title "关于……的决定"   --addressees "…："   --cycle-year 2021   --batch 第三批
  --level 市级 | municipal   (rows without a level column)   --funding 3   (万元, rows without a funding column)
  --designation "锦州市劳模创新工作室"   --id <document id>
  --replace   let --id name an existing document whose number and title differ from this import's (it is replaced)
  --map "表头=field,…"  fields: seq, title, employer, leader, level, region, funding, designation, group, ignore
  --choose 12=<studio id>|new   --choose 12.employer=<id>|new   --choose 12.leader=<id>|new   (repeatable, or comma-separated)
  --body   the .docx text becomes the document's text (plain Markdown)
  --yes    write (in a terminal: asked)   --lang zh|en   messages
  A .docx front page gives number, title, addressees, issuers (signature), date, cycle year, batch, level and
  per-studio funding when it states them; flags take precedence.`;

type Say = (text: string) => void;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Problems of the content folder as comparable keys. */
const problemKey = (p: Problem) => `${p.file}|${p.entry}|${p.field}|${p.message.en}`;

/** Writes to the terminal: text from the annex (cells, names, file names) never drives it (./src/lib/import/terminal-text.ts). */
const printError = (text: string) => console.error(terminalText(text));

function fail(messages: Message[], locale: 'zh' | 'en'): never {
  printError(messages.map((m) => m[locale]).join('\n'));
  console.error(locale === 'zh' ? '未写入任何文件。' : 'Nothing written.');
  process.exit(1);
}

/** Splits --choose values: "12=id" items, repeatable and comma-separated. */
function readChoices(values: string[] | undefined): { choices: Map<string, string>; problems: Message[] } {
  const choices = new Map<string, string>();
  const problems: Message[] = [];
  for (const item of (values ?? [])
    .flatMap((v) => v.split(/[,，]/))
    .map((v) => v.trim())
    .filter(Boolean)) {
    const [key, id] = item.split('=').map((part) => part.trim());
    if (!key || !id || !/^(\d+(\.(employer|leader\d*))?|issuer\d+)$/.test(key)) {
      problems.push({
        en: `--choose "${item}" is not <row>=<id or new> (or <row>.employer=…, <row>.leader=…)`,
        zh: `--choose “${item}”应写作 行号=标识或 new（或 行号.employer=…、行号.leader=…）`,
      });
      continue;
    }
    choices.set(key, id);
  }
  return { choices, problems };
}

/** Facts from the flags over those of the front page, and where each came from. */
function decisionFacts(
  values: Record<string, unknown>,
  front: FrontPage | undefined,
): { facts: DecisionFacts; sources: Record<string, 'flag' | 'front page'>; problems: Message[] } {
  const sources: Record<string, 'flag' | 'front page'> = {};
  const problems: Message[] = [];
  const pick = <T>(key: string, flag: T | undefined, page: T | undefined): T | undefined => {
    if (flag !== undefined && flag !== '') return ((sources[key] = 'flag'), flag);
    if (page !== undefined && !(Array.isArray(page) && page.length === 0)) return ((sources[key] = 'front page'), page);
    return undefined;
  };
  const text = (key: string) => (typeof values[key] === 'string' ? (values[key] as string).trim() : undefined);
  const cycleFlag = text('cycle-year');
  if (cycleFlag !== undefined && !/^\d{4}$/.test(cycleFlag))
    problems.push({ en: `--cycle-year "${cycleFlag}" is not a year such as 2021`, zh: `--cycle-year “${cycleFlag}”不是年份，例如 2021` });
  const facts: DecisionFacts = {
    number: pick('number', text('number'), front?.number),
    issuers:
      pick(
        'issuer',
        text('issuer')
          ?.split(/[,，、]/)
          .map((s) => s.trim())
          .filter(Boolean),
        front?.issuerNames,
      ) ?? [],
    date: pick('date', text('date'), front?.date),
    title: pick('title', text('title'), front?.title),
    addressees: pick('addressees', text('addressees'), front?.addressees),
    cycleYear: pick('cycleYear', cycleFlag && /^\d{4}$/.test(cycleFlag) ? Number(cycleFlag) : undefined, front?.cycleYear),
    batch: pick('batch', text('batch'), front?.batch),
    level: pick('level', text('level'), front?.level),
    funding: pick(
      'funding',
      text('funding'),
      front?.funding
        ? front.funding.qualifier === 'at-least'
          ? `${front.funding.value}多`
          : front.funding.qualifier === 'about'
            ? `约${front.funding.value}`
            : String(front.funding.value)
        : undefined,
    ),
    designation: text('designation'),
    id: text('id'),
    replace: values.replace === true,
  };
  if (sources.issuer) sources.coIssuers = sources.issuer;
  return { facts, sources, problems };
}

async function main(): Promise<void> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: process.argv.slice(2), options: OPTIONS, allowPositionals: true });
  } catch (error) {
    printError(`${(error as Error).message}\n\n${HELP}`);
    process.exit(1);
  }
  const { values, positionals } = parsed;
  const locale = messageLocale(values.lang);
  if (values.help) return void console.log(HELP);
  const [kindName, file] = positionals;
  if (!kindName || !(kindName in IMPORT_KINDS) || positionals.length > 2) {
    console.error(HELP);
    process.exit(1);
  }
  const kind = kindName as ImportKind;
  const root = contentRoot();
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const fromStdin = file === undefined || file === '-';
  const terminal = interactive ? terminalQuestions() : undefined;
  const say: Say = (text) => process.stdout.write(`${terminalText(text)}\n`);

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
        for (let line = await terminal.ask(''); line !== undefined && line !== ''; line = await terminal.ask('')) lines.push(line);
        text = lines.join('\n');
      } else text = await readStdin();
      annex = { grids: [readDelimited(text, 'standard input')] };
    } else {
      if (!existsSync(file)) fail([{ en: `${file}: no such file`, zh: `${file}：文件不存在` }], locale);
      source = basename(file);
      annex = await readAnnexFile(readFileSync(file), file);
    }
  } catch (error) {
    if (error instanceof AnnexFileError) fail([error.text], locale);
    throw error;
  }
  if (values.body && !annex.paragraphs)
    fail([{ en: '--body reads the text of a .docx document; this annex is not one', zh: '--body 读取 .docx 文件的正文；此附件不是 .docx 文件' }], locale);

  const early: Message[] = [];
  const columnMap = readColumnMap(values.map);
  early.push(...columnMap.problems);
  const chosen = readChoices(values.choose);
  early.push(...chosen.problems);
  const front = annex.paragraphs ? readFrontPage(annex.paragraphs) : undefined;
  const { facts, sources, problems: factProblems } = decisionFacts(values, front);
  early.push(...factProblems);
  const { table, problems: tableProblems } = readAnnexRows(annex.grids, columnMap.map);
  early.push(...tableProblems);

  const before = validateContent(root);
  const archive = archiveOf(before.content);
  const choices = chosen.choices;
  let plan: Plan = planImport(kind, table?.rows ?? [], facts, archive, choices);

  // In a terminal, the editor chooses each open match; a choice may open another (a new studio's leader).
  if (terminal && early.length === 0) {
    for (let round = 0; plan.ambiguities.length && round < 5; round++) {
      for (const open of plan.ambiguities) {
        const options = [...open.candidates.map((c) => c.id), 'new'];
        say(`\n${open.what === 'issuer' ? open.key : `row ${open.row}`} ${open.what} "${open.text}":`);
        open.candidates.forEach((c, i) => say(`  ${i + 1}) ${c.id}  ${c.label}`));
        say(`  n) new  ${locale === 'zh' ? '新建' : 'a new entry'}`);
        for (;;) {
          const answer = (await terminal.ask(`${locale === 'zh' ? '选择' : 'Choose'} [1-${open.candidates.length}/n]: `))?.trim();
          if (answer === undefined) fail([{ en: 'input ended', zh: '输入已结束' }], locale);
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
      plan = planImport(kind, table?.rows ?? [], facts, archive, choices);
    }
  }
  plan.factSources = sources;

  const body = values.body && front ? bodyMarkdown(front.body) : undefined;
  const blocked = early.length > 0 || plan.problems.length > 0 || plan.ambiguities.length > 0 || !plan.documentId;
  const entryFiles = blocked ? new Map<string, string>() : newEntryFiles(plan, source);
  const documentPath = plan.documentId ? join(root, 'documents', `${plan.documentId}.mdx`) : undefined;
  const existingText = documentPath && plan.documentExists && existsSync(documentPath) ? readFileSync(documentPath, 'utf8') : undefined;
  const document = !blocked ? documentFile(plan, source, existingText, body) : undefined;
  const files = [...entryFiles.keys(), ...(document?.changed ? [document.path] : [])];
  for (const line of reportLines({ plan, table, document, files: files.map((f) => join(relative('.', root) || '.', f)), locale, early })) say(line);

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
    process.exit(1);
  }
  if (files.length === 0) {
    terminal?.close();
    return;
  }
  if (!values.yes) {
    if (!terminal) {
      say('');
      say(locale === 'zh' ? '预览（未写入）。确认无误后加 --yes 重新运行以写入。' : 'Dry run: nothing written. Run again with --yes to write these files.');
      return;
    }
    const answer = (await terminal.ask(locale === 'zh' ? '\n写入这些文件？Write these files? [y/N] ' : '\nWrite these files? 写入这些文件？[y/N] '))
      ?.trim()
      .toLowerCase();
    if (answer !== 'y' && answer !== 'yes' && answer !== '是') {
      terminal.close();
      say(locale === 'zh' ? '未写入任何文件。' : 'Nothing written.');
      return;
    }
  }
  terminal?.close();

  // Write, then check the whole folder; any new problem takes everything back.
  const written: string[] = [];
  const restore = new Map<string, string>();
  try {
    for (const [path, text] of entryFiles) {
      const full = join(root, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text, { flag: 'wx' });
      written.push(full);
    }
    if (document?.changed) {
      const full = join(root, document.path);
      if (existingText !== undefined) restore.set(full, existingText);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, document.text, { flag: existingText === undefined ? 'wx' : 'w' });
      if (existingText === undefined) written.push(full);
    }
  } catch (error) {
    rollBack(written, restore);
    fail([{ en: `could not write: ${(error as Error).message}; everything taken back`, zh: `写入失败：${(error as Error).message}；已全部撤回` }], locale);
  }
  const known = new Set(before.problems.map(problemKey));
  const after = validateContent(root).problems.filter((p) => !known.has(problemKey(p)));
  if (after.length) {
    rollBack(written, restore);
    printError(formatProblems(after, locale));
    fail([{ en: 'the files written did not pass the content check; everything taken back', zh: '写入的文件未通过内容检查，已全部撤回' }], locale);
  }
  say('');
  say(
    locale === 'zh'
      ? `已写入 ${files.length} 个文件，并通过内容检查。用 npm run dev 预览。`
      : `Written ${files.length} file(s); the content check passes. Preview with npm run dev.`,
  );
}

function rollBack(written: string[], restore: Map<string, string>): void {
  for (const file of written) rmSync(file, { force: true });
  for (const [file, text] of restore) writeFileSync(file, text);
}

// An unforeseen error's message may quote the file too: it is printed stripped like everything else.
await main().catch((error: unknown) => {
  printError(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
