/**
 * What the validator reports and how: one Problem per finding (file, entry, field, a zh/en
 * message), listed for the terminal grouped by file, in the reader's language.
 */
import type { Message } from '../content/validation-messages.ts';
import type { ContentSet, Entry } from '../content/types.ts';
import { environmentLocale, type Environment } from '../site/environment.ts';

export interface Problem {
  /** File path relative to the working directory. */
  file: string;
  /** Entry id. */
  entry: string;
  /** Field path such as `named[2].studio`, or empty for the whole file. */
  field: string;
  /** What is wrong and what is expected, in both languages. */
  message: Message;
  /** Line in the file, for syntax errors. */
  line?: number;
  /** Other files the problem concerns (the first file of a duplicate id), as `file` gives paths. */
  related?: string[];
}

/** Adds a problem of `entry`'s `field`, said in English and Chinese. */
export const reportProblem = (
  problems: Problem[],
  entry: Entry<unknown>,
  field: string,
  en: string,
  zh: string,
) => problems.push({ file: entry.file, entry: entry.id, field, message: { en, zh } });

export interface ValidationResult {
  content: ContentSet;
  problems: Problem[];
  /** Findings worth a look that refuse nothing (a document number not in the GB/T 9704 form): printed, never failing. */
  warnings: Problem[];
}

/** Formats a path such as ['named', 2, 'studio'] as `named[2].studio`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (out, key) =>
      typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
    '',
  );
}

/** Problems grouped by file, one line each, for the terminal, in Chinese or English. */
export function formatProblems(problems: Problem[], locale: 'zh' | 'en' = 'en'): string {
  const byFile = Map.groupBy(problems, (problem) => problem.file);
  const lines = [
    locale === 'zh'
      ? `发现 ${problems.length} 个问题，涉及 ${byFile.size} 个文件：`
      : `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${byFile.size} file${byFile.size === 1 ? '' : 's'}:`,
  ];
  for (const [file, list] of byFile) {
    lines.push('', file);
    for (const problem of list) {
      const where =
        locale === 'zh'
          ? [
              problem.line ? `第 ${problem.line} 行` : '',
              `条目 "${problem.entry}"`,
              problem.field ? `字段 ${problem.field}` : '',
            ]
              .filter(Boolean)
              .join('，')
          : [
              problem.line ? `line ${problem.line}` : '',
              `entry "${problem.entry}"`,
              problem.field ? `field ${problem.field}` : '',
            ]
              .filter(Boolean)
              .join(', ');
      lines.push(`  - ${where}: ${problem.message[locale]}`);
    }
  }
  return lines.join('\n');
}

/** Warnings grouped by file, one line each, in Chinese or English: printed by `npm run check`, never failing it. */
export function formatWarnings(warnings: Problem[], locale: 'zh' | 'en' = 'en'): string {
  const list = formatProblems(warnings, locale).split('\n').slice(1);
  const files = new Set(warnings.map((warning) => warning.file)).size;
  const heading =
    locale === 'zh'
      ? `提醒 ${warnings.length} 处（不影响检查结果），涉及 ${files} 个文件：`
      : `${warnings.length} warning${warnings.length === 1 ? '' : 's'} (not errors) in ${files} file${files === 1 ? '' : 's'}:`;
  return [heading, ...list].join('\n');
}

/** The language of messages: --lang, else STUDIO_LANG, else the system locale (zh_CN → Chinese). */
export function messageLocale(flag?: string, env?: Environment): 'zh' | 'en' {
  if (flag === undefined) return environmentLocale(env);
  return /^zh/i.test(flag) ? 'zh' : 'en';
}
