/**
 * Questions in a terminal, for the commands that ask (`npm run new`, `npm run import`). Lines are
 * queued as they arrive, so that answers typed or pasted ahead of their question are kept, not
 * lost; `ask` resolves undefined once the input has ended; Ctrl-C writes nothing and exits.
 */
import { createInterface } from 'node:readline';

export interface TerminalQuestions {
  ask: (question: string) => Promise<string | undefined>;
  say: (text: string) => void;
  close: () => void;
}

export function terminalQuestions(): TerminalQuestions {
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  const lines: string[] = [];
  let waiting: ((line: string | undefined) => void) | undefined;
  let ended = false;
  terminal.on('line', (line) =>
    waiting ? (waiting(line), (waiting = undefined)) : lines.push(line),
  );
  terminal.on('close', () => {
    ended = true;
    waiting?.(undefined);
  });
  terminal.on('SIGINT', () => {
    process.stdout.write('\nNothing written. 未写入任何文件。\n');
    process.exit(130);
  });
  return {
    ask: (question) => {
      terminal.setPrompt(question);
      terminal.prompt();
      if (lines.length) return Promise.resolve(lines.shift());
      if (ended) return Promise.resolve(undefined);
      return new Promise((resolve) => (waiting = resolve));
    },
    say: (text) => process.stdout.write(`${text}\n`),
    close: () => terminal.close(),
  };
}
