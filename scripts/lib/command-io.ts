/**
 * What a command-line command talks to, passed in rather than read from `process`, so that the same
 * function runs as the script (scripts/new.ts, scripts/import.ts) and in a test's own process.
 */
import type { TerminalQuestions } from './terminal-questions.ts';

/** Where a command's messages go: text as written, newlines included. */
export interface CommandOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface CommandIo {
  output: CommandOutput;
  /** Opens the dialogue with the editor; absent when standard input and output are not a terminal. */
  openTerminal?: () => TerminalQuestions;
}

/** The process's own standard output and error, for the scripts. */
export const processOutput: CommandOutput = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

/**
 * Ends the process with `status` once everything written has reached its readers: stdout and stderr
 * on a pipe are written asynchronously, and process.exit would cut off what is still pending (the
 * end of a long report, read by a script or a test).
 */
export function exitAfterOutput(status: number): void {
  let pending = 2;
  const flushed = () => {
    if (--pending === 0) process.exit(status);
  };
  process.stdout.write('', flushed);
  process.stderr.write('', flushed);
}

/** Whether the command runs in a terminal, where it asks its questions. */
export const inTerminal = (): boolean => Boolean(process.stdin.isTTY && process.stdout.isTTY);
