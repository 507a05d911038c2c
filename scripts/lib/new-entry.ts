/**
 * The work of `npm run new` (scripts/new.ts): reads the flags, asks for what is missing in a
 * terminal, proposes the id, writes the entry without overwriting and checks it with the content
 * validator. The content folder, the publishing date, the language and where messages go are
 * passed in, and the exit status is returned, so that tests run it in their own process.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { COLLECTIONS, type CollectionName } from '../../src/lib/content/collections.ts';
import { listFiles } from '../../src/lib/content/content-files.ts';
import {
  answerProblems,
  answersProblems,
  FORMS,
  isRequired,
  KINDS,
  type Answers,
  type Field,
  type Kind,
} from '../../src/lib/scaffold/scaffold-kinds.ts';
import {
  choicesText,
  questionHint,
  questionLabel,
  type QuestionLocale,
} from '../../src/lib/scaffold/questions.ts';
import { formatProblems, validateContent } from '../../src/lib/validation/index.ts';
import type { CommandIo, CommandOutput } from './command-io.ts';

export interface NewEntryOptions extends CommandIo {
  /** The arguments after `npm run new --`: the kind, then its flags. */
  args: string[];
  contentDir: string;
  /**
   * The publishing date (YYYY-MM-DD), proposed as a news article's own date; read only past the
   * usage and help, which a wrong STUDIO_BUILD_DATE does not stop.
   */
  publishingDate: () => string;
  locale: QuestionLocale;
}

/** The ids of a collection's files, valid or not: a reference to an entry with a problem is still a reference. */
function idsIn(root: string, collection: CollectionName): Set<string> {
  const spec = COLLECTIONS[collection];
  return new Set(
    listFiles(join(root, spec.dir), spec.pattern).map((file) =>
      file.replace(/\.(ya?ml|mdx?)$/, ''),
    ),
  );
}

/** The list of kinds: asked for (status 0), or after an unknown kind (status 1). */
function usage(kindName: string | undefined, output: CommandOutput): number {
  output.stdout(
    `Usage: npm run new -- <kind> [--flag value …]\nKinds:\n${Object.entries(KINDS)
      .map(([name, k]) => `  ${name.padEnd(13)} ${k.about}`)
      .join('\n')}\n`,
  );
  return kindName ? 1 : 0;
}

function help(kindName: string, kind: Kind, locale: QuestionLocale): string {
  const describe = (f: Field) =>
    `  --${f.flag.padEnd(17)} ${questionLabel(f.question, locale)}${f.required === true ? ' (required)' : typeof f.required === 'object' ? ` (required ${f.required.says})` : ''}${f.choices ? ` [${choicesText(f.choices, locale)}]` : ''}`;
  return `npm run new -- ${kindName}: ${kind.about}\n${kind.fields.map(describe).join('\n')}\n  --id                the entry's id (proposed when not given)\nAn optional answer left empty is left out of the file: write only what a source states.\n`;
}

/** Some ids of a collection, as an answer names them (without the prefix the reference leaves out). */
function someIds(field: Field, known: (collection: CollectionName) => Set<string>): string[] {
  const prefix = field.idPrefix ?? '';
  return [...known(field.refers!)]
    .filter((id) => id.startsWith(prefix))
    .map((id) => id.slice(prefix.length));
}

/** The question as shown: its label, its choices or some existing ids, and what Enter does. */
function questionText(
  field: Field,
  answers: Answers,
  known: (collection: CollectionName) => Set<string>,
  today: string,
  locale: QuestionLocale,
): string {
  const offer = field.choices
    ? ` [${choicesText(field.choices, locale)}]`
    : field.refers
      ? ` [${someIds(field, known).slice(0, 8).join(', ')}…]`
      : '';
  const proposed = field.proposed?.({ today });
  const enter = proposed
    ? ` (Enter: ${proposed.value}, ${proposed.note})`
    : isRequired(field, answers)
      ? ''
      : ' (Enter: 未注明 not stated, left out)';
  return `${questionLabel(field.question, locale)}${offer}${enter}: `;
}

/** Writes one new entry; returns the exit status (0 written, 1 nothing written). */
export async function newEntry({
  args,
  contentDir: root,
  publishingDate,
  locale,
  output,
  openTerminal,
}: NewEntryOptions): Promise<number> {
  const [kindName, ...rest] = args;
  const kind = kindName ? KINDS[kindName] : undefined;
  if (!kind) return usage(kindName, output);
  const options: Record<string, { type: 'string' | 'boolean' }> = Object.fromEntries([
    ...kind.fields.map((f) => [f.flag, { type: 'string' }]),
    ['id', { type: 'string' }],
    ['help', { type: 'boolean' }],
  ]);
  let parsed: Record<string, string | boolean | undefined>;
  try {
    parsed = parseArgs({ args: rest, options }).values as typeof parsed;
  } catch (error) {
    output.stderr(
      `Nothing written: ${(error as Error).message}\nSee: npm run new -- ${kindName} --help\n`,
    );
    return 1;
  }
  if (parsed.help) return (output.stdout(help(kindName!, kind, locale)), 0);

  const today = publishingDate();
  const idCache = new Map<CollectionName, Set<string>>();
  const known = (collection: CollectionName) =>
    idCache.get(collection) ?? idCache.set(collection, idsIn(root, collection)).get(collection)!;
  const exists = (collection: CollectionName, id: string) => known(collection).has(id);
  // Empty flags count as not given: `--founded ""` states nothing.
  const answers: Answers = Object.fromEntries(
    Object.entries(parsed)
      .filter(([, v]) => typeof v === 'string' && v.trim() !== '')
      .map(([k, v]) => [k, (v as string).trim()]),
  );

  const terminal = openTerminal?.();
  const notes: string[] = [];
  for (const field of kind.fields) {
    if (answers[field.flag] !== undefined) continue;
    const proposed = field.proposed?.({ today });
    if (terminal && (field.askWhen?.(answers) ?? true)) {
      const hint = questionHint(field.question, locale);
      if (hint) terminal.say(`\n  ${hint}`);
      for (;;) {
        const line = await terminal.ask(questionText(field, answers, known, today, locale));
        if (line === undefined) {
          output.stderr('\nInput ended; nothing written.\n');
          return 1;
        }
        const value = line.trim() || proposed?.value;
        if (value === undefined) {
          if (!isRequired(field, answers)) break;
          terminal.say(
            `  必填 This answer is required${typeof field.required === 'object' ? ` ${field.required.says}` : ''}.`,
          );
          continue;
        }
        const wrong = answerProblems(field, value, exists);
        if (wrong.length) {
          terminal.say(wrong.map((problem) => `  ${problem.replace(/^--\S+ /, '')}`).join('\n'));
          continue;
        }
        answers[field.flag] = value;
        break;
      }
    } else if (proposed) {
      answers[field.flag] = proposed.value;
      notes.push(`--${field.flag} not given: ${proposed.value} (${proposed.note})`);
    }
  }
  const problems = answersProblems(kind, answers, exists);
  if (answers.id !== undefined && !FORMS.id.accepts(answers.id))
    problems.push(`--id "${answers.id}" is not ${FORMS.id.expected}`);
  if (problems.length) {
    terminal?.close();
    output.stderr(
      `Nothing written:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee: npm run new -- ${kindName} --help\n`,
    );
    return 1;
  }

  let id = answers.id ?? kind.proposeId(answers);
  if (terminal && answers.id === undefined) {
    for (;;) {
      const line = await terminal.ask(`id [${id}]: `);
      const chosen = line?.trim() || id;
      if (FORMS.id.accepts(chosen)) {
        id = chosen;
        break;
      }
      terminal.say(`  "${chosen}" is not ${FORMS.id.expected}`);
    }
  }
  terminal?.close();
  if (!FORMS.id.accepts(id)) {
    output.stderr(
      `Nothing written: the proposed id "${id}" is not ${FORMS.id.expected}; choose one with --id.\n`,
    );
    return 1;
  }
  const file = join(root, kind.path(id, answers));
  if (existsSync(file)) {
    output.stderr(
      `${relative(process.cwd(), file)} exists already; nothing written. Choose another id with --id.\n`,
    );
    return 1;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, kind.render(answers, id), { flag: 'wx' });

  const check = validateContent(root);
  const mine = check.problems.filter(
    (p) => p.file === relative(process.cwd(), file) || p.file === file,
  );
  if (mine.length) {
    output.stderr(`${formatProblems(mine, locale)}\n`);
    return 1;
  }
  for (const note of notes) output.stdout(`${note}\n`);
  output.stdout(
    `Written ${relative(process.cwd(), file)}. Edit it, then preview with npm run dev and check with npm run check.\n`,
  );
  return 0;
}
