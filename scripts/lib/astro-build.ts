/**
 * The Astro part of `npm run build` (scripts/build.ts), in a process of its own: Astro's modules
 * and content store stay on the heap until the process ends, and at 25,000 pages that is 2 GB
 * that Pagefind, which runs next, would otherwise add to.
 * Usage: node scripts/lib/astro-build.ts <outDir> [<marks.json>], started by scripts/build.ts with
 * an IPC channel and STUDIO_BUILD_MANIFEST naming the build manifest: this process takes the
 * content, the publishing date and the chart file names from it and reads no content file
 * (src/data/content-loader.ts).
 */
import { writeFileSync } from 'node:fs';
import { build } from 'astro';
import { readVariable } from '../../src/lib/site/environment.ts';

// A child of a build that was killed outright (SIGKILL, a crash) must not go on writing into a
// folder the next build will clean: when the parent's end closes the channel, this process ends.
if (process.channel) {
  process.channel.unref();
  process.on('disconnect', () => process.exit(1));
}

const [outDir, marksFile] = process.argv.slice(2);
if (!outDir) throw new Error('usage: astro-build.ts <outDir> [<marks.json>]');
await build({ outDir, logLevel: readVariable('STUDIO_LOG_LEVEL') });
if (marksFile) {
  // Phase marks of src/integrations/build-timing.ts, as wall-clock times the parent can compare.
  const marks =
    (globalThis as { __studioBuildMarks?: Record<string, number> }).__studioBuildMarks ?? {};
  writeFileSync(
    marksFile,
    JSON.stringify(
      Object.fromEntries(
        Object.entries(marks).map(([name, at]) => [name, performance.timeOrigin + at]),
      ),
    ),
  );
}
