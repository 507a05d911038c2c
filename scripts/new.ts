/**
 * `npm run new -- <kind> [--flag value …]`: writes a new, valid entry in the right folder with a
 * comment on every field, proposing its id, and never overwriting an existing file.
 * It writes only what it was told: an optional answer left empty stays out of the file (a
 * commented-out line shows the field). Kinds: src/lib/scaffold/scaffold-kinds.ts; each question is the
 * schema field's label, hint and example (src/schemas/field-meta.ts) in the terminal's language.
 * Missing essentials are asked for when the terminal is interactive, and listed as an error
 * otherwise. `npm run new -- <kind> --help` lists a kind's flags.
 * The work is scripts/lib/new-entry.ts; this script gives it the process's arguments, environment and terminal.
 */
import { exitAfterOutput, inTerminal, processOutput } from './lib/command-io.ts';
import { newEntry } from './lib/new-entry.ts';
import { terminalQuestions } from './lib/terminal-questions.ts';
import { contentRoot } from '../src/lib/content/collections.ts';
import { publishingDate } from '../src/lib/model/model.ts';
import { messageLocale } from '../src/lib/validation/index.ts';

const status = await newEntry({
  args: process.argv.slice(2),
  contentDir: contentRoot(),
  publishingDate: () => publishingDate(),
  locale: messageLocale(),
  output: processOutput,
  openTerminal: inTerminal() ? terminalQuestions : undefined,
});
exitAfterOutput(status);
