/**
 * `npm run check`: validates the whole content folder without building pages and lists every
 * problem, grouped by file, with the field and what to write instead. Exits 1 on any problem.
 * Warnings (a document number not in the GB/T 9704 form) are listed first and never fail it.
 * Usage: npm run check [-- <content folder>] [-- --lang zh|en]
 * The folder defaults to $STUDIO_CONTENT_DIR or ./content; the language to $STUDIO_LANG or the system locale.
 */
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/content/collections.ts';
import {
  formatProblems,
  formatWarnings,
  messageLocale,
  validateContent,
} from '../src/lib/validation/index.ts';

const { values, positionals } = parseArgs({
  options: { lang: { type: 'string' } },
  allowPositionals: true,
});
const locale = messageLocale(values.lang);
const root = positionals[0] ?? contentRoot();
const started = performance.now();
const { content, problems, warnings } = validateContent(root, { cacheFor: root });
const entries = Object.values(content).reduce((total, list) => total + list.length, 0);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
// Warnings are printed and never change the exit code: they flag what real documents sometimes do.
if (warnings.length > 0) console.log(`${formatWarnings(warnings, locale)}\n`);
if (problems.length > 0) {
  console.error(formatProblems(problems, locale));
  console.error(
    locale === 'zh'
      ? `\n${root}：共 ${problems.length} 个问题；修改后请再次运行 npm run check。`
      : `\n${root}: ${problems.length} problem(s); fix them and run \`npm run check\` again.`,
  );
  process.exit(1);
}
console.log(
  locale === 'zh'
    ? `${root}：已检查 ${entries} 个条目，用时 ${seconds} 秒，没有发现问题。`
    : `${root}: ${entries} entries checked in ${seconds} s, no problems.`,
);
