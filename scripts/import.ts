/**
 * `npm run import -- decision <annex> [--yes] [--choose row=id] [--issuer …] [--date …] …`: publishes
 * a naming decision (or a 公示, `selection`, or a commendation) from its annex: an .xlsx workbook, a
 * .docx document, a .csv or .tsv file, or a table pasted on standard input (`-`, or no file).
 * By default a dry run: it prints what it would do and writes nothing. `--yes` writes (in a terminal
 * it asks). Ambiguous matches are chosen with `--choose`, or in a terminal. Everything written is
 * checked with the content validator and taken back when a problem appears.
 * The logic lives in src/lib/import/, the command's work in scripts/lib/import-decision.ts; this
 * script gives it the process's arguments, environment, standard input and terminal.
 */
import { exitAfterOutput, inTerminal, processOutput } from './lib/command-io.ts';
import { importDecision } from './lib/import-decision.ts';
import { terminalQuestions } from './lib/terminal-questions.ts';
import { contentRoot } from '../src/lib/content/collections.ts';
import { messageLocale } from '../src/lib/validation/index.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const status = await importDecision({
  args: process.argv.slice(2),
  contentDir: contentRoot(),
  locale: messageLocale(),
  readStdin,
  output: processOutput,
  openTerminal: inTerminal() ? terminalQuestions : undefined,
});
exitAfterOutput(status);
