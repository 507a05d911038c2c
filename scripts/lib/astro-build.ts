/**
 * The Astro part of `npm run build` (scripts/build.ts), in a process of its own: Astro's modules
 * and content store stay on the heap until the process ends, and at 25,000 pages that is 2 GB
 * that Pagefind, which runs next, would otherwise add to.
 * Usage: node scripts/lib/astro-build.ts <outDir> [<marks.json>], started by scripts/build.ts with
 * an IPC channel, in a working folder of its own inside the project (see below).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';

// A child of a build that was killed outright (SIGKILL, a crash) must not go on writing into a
// folder the next build will clean: when the parent's end closes the channel, this process ends.
if (process.channel) {
  process.channel.unref();
  process.on('disconnect', () => process.exit(1));
}

const [outDir, marksFile] = process.argv.slice(2);
if (!outDir) throw new Error('usage: astro-build.ts <outDir> [<marks.json>]');
// The project is the root; the working folder is not. Astro writes its server chunks beside the
// output when the output's path starts with the working folder's, else into <working folder>/.astro:
// a working folder of this build's own, inside the project, keeps the chunks where Node finds the
// project's packages, and apart from any other build's, wherever the output is.
const root = fileURLToPath(new URL('../..', import.meta.url));
await build({ root, outDir, logLevel: process.env.STUDIO_LOG_LEVEL === 'debug' ? 'debug' : 'info' });
if (marksFile) {
  // Phase marks of src/integrations/build-timing.ts, as wall-clock times the parent can compare.
  const marks = (globalThis as { __studioBuildMarks?: Record<string, number> }).__studioBuildMarks ?? {};
  writeFileSync(marksFile, JSON.stringify(Object.fromEntries(Object.entries(marks).map(([name, at]) => [name, performance.timeOrigin + at]))));
}
