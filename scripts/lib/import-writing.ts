/**
 * The writing step of `npm run import` (scripts/lib/import-decision.ts): writes the planned files,
 * then checks the whole content folder; any new problem takes everything back.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Message } from '../../src/lib/content/validation-messages.ts';
import {
  formatProblems,
  validateContent,
  type Problem,
  type ValidationResult,
} from '../../src/lib/validation/index.ts';

export type Locale = 'zh' | 'en';

/** Problems of the content folder as comparable keys. */
const problemKey = (p: Problem) => `${p.file}|${p.entry}|${p.field}|${p.message.en}`;

/** Prints why nothing was written; returns the exit status, 1. */
export function failWith(
  messages: Message[],
  locale: Locale,
  printError: (text: string) => void,
): number {
  printError(messages.map((m) => m[locale]).join('\n'));
  printError(locale === 'zh' ? '未写入任何文件。' : 'Nothing written.');
  return 1;
}

export interface WriteStep {
  root: string;
  /** New entries' files (paths in the content folder) and their text. */
  entryFiles: Map<string, string>;
  document: { path: string; text: string; changed: boolean } | undefined;
  /** The document's text before this import, when it replaces one. */
  existingText: string | undefined;
  /** The content check before writing: the problems it found already are not this import's. */
  before: ValidationResult;
  files: string[];
  locale: Locale;
  say: (text: string) => void;
  printError: (text: string) => void;
}

/** Writes, checks and takes back on a problem; returns the exit status. */
export function writeChecked({
  root,
  entryFiles,
  document,
  existingText,
  before,
  files,
  locale,
  say,
  printError,
}: WriteStep): number {
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
    return failWith(
      [
        {
          en: `could not write: ${(error as Error).message}; everything taken back`,
          zh: `写入失败：${(error as Error).message}；已全部撤回`,
        },
      ],
      locale,
      printError,
    );
  }
  const known = new Set(before.problems.map(problemKey));
  let after: ReturnType<typeof validateContent>['problems'];
  try {
    after = validateContent(root).problems.filter((p) => !known.has(problemKey(p)));
  } catch (error) {
    // A check that stops half-way has passed nothing: the files go back as on a problem.
    rollBack(written, restore);
    return failWith(
      [
        {
          en: `the content check stopped: ${(error as Error).message}; everything taken back`,
          zh: `内容检查中断：${(error as Error).message}；已全部撤回`,
        },
      ],
      locale,
      printError,
    );
  }
  if (after.length) {
    rollBack(written, restore);
    printError(formatProblems(after, locale));
    return failWith(
      [
        {
          en: 'the files written did not pass the content check; everything taken back',
          zh: '写入的文件未通过内容检查，已全部撤回',
        },
      ],
      locale,
      printError,
    );
  }
  say('');
  say(
    locale === 'zh'
      ? `已写入 ${files.length} 个文件，并通过内容检查。用 npm run dev 预览。`
      : `Written ${files.length} file(s); the content check passes. Preview with npm run dev.`,
  );
  return 0;
}

function rollBack(written: string[], restore: Map<string, string>): void {
  for (const file of written) rmSync(file, { force: true });
  for (const [file, text] of restore) writeFileSync(file, text);
}
