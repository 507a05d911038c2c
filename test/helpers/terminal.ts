/**
 * Runs a command in a real pseudo-terminal, as an editor would at a shell, answering each prompt when
 * it appears. The terminal is util-linux `script` (on every Debian), which gives the command a pty
 * for stdin and stdout, so that `process.stdin.isTTY` is true and readline runs in terminal mode.
 */
import { spawn } from 'node:child_process';

export interface Exchange {
  /** Text of the prompt to wait for (a part of it). */
  prompt: string;
  /** What to type, without the Enter. */
  answer: string;
}

export interface TerminalRun {
  status: number | null;
  /** Everything the terminal showed: prompts, echoed answers and messages. */
  transcript: string;
  /** Prompts that never appeared. */
  unanswered: string[];
}

const quote = (arg: string) => `'${arg.replaceAll("'", `'\\''`)}'`;

export function runInTerminal(
  command: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; dialogue: Exchange[]; timeoutMs?: number },
): Promise<TerminalRun> {
  return new Promise((resolve, reject) => {
    // -q: no start and end banners; -e: exit with the command's status; /dev/null: no typescript file.
    const child = spawn('script', ['-q', '-e', '-c', command.map(quote).join(' '), '/dev/null'], {
      cwd: options.cwd,
      env: { ...options.env, SHELL: '/bin/sh' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let transcript = '';
    let step = 0;
    let from = 0;
    const answerWhatIsAsked = () => {
      while (step < options.dialogue.length) {
        const at = transcript.indexOf(options.dialogue[step]!.prompt, from);
        if (at < 0) return;
        from = at + options.dialogue[step]!.prompt.length;
        child.stdin.write(`${options.dialogue[step]!.answer}\r`);
        step++;
      }
    };
    child.stdout.on('data', (chunk: Buffer) => {
      transcript += chunk.toString('utf8');
      answerWhatIsAsked();
    });
    child.stderr.on('data', (chunk: Buffer) => (transcript += chunk.toString('utf8')));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `no answer after ${options.timeoutMs ?? 60_000} ms, waiting for "${options.dialogue[step]?.prompt}"; the terminal showed:\n${transcript}`,
        ),
      );
    }, options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({
        status,
        transcript,
        unanswered: options.dialogue.slice(step).map((exchange) => exchange.prompt),
      });
    });
  });
}
