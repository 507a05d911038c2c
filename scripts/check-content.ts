/**
 * `npm run check`: validates the whole content folder without building pages and lists every
 * problem, grouped by file. Exits 1 when there is any problem.
 * Usage: npm run check [-- <content folder>]   (default: $STUDIO_CONTENT_DIR or ./content)
 */
import { contentRoot } from '../src/lib/collections.ts';
import { formatProblems, validateContent } from '../src/lib/validate.ts';

const root = process.argv[2] ?? contentRoot();
const started = performance.now();
const { content, problems } = validateContent(root);
const entries = Object.values(content).reduce((total, list) => total + list.length, 0);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`\n${root}: ${problems.length} problem(s); fix them and run \`npm run check\` again.`);
  process.exit(1);
}
console.log(`${root}: ${entries} entries checked in ${seconds} s, no problems.`);
