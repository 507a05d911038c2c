/** Global setup of the build tests: build the sample site once with the real build command. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runBuild } from './build.ts';
import { ROOT, SAMPLE_DIST, SAMPLE_SITE_URL } from './paths.ts';

export default function setup(): void {
  // The build and e2e projects share one build of the sample per run.
  if (process.env.STUDIO_REUSE_SAMPLE_BUILD === '1' || process.env.STUDIO_SAMPLE_BUILT === '1') return;
  process.env.STUDIO_SAMPLE_BUILT = '1';
  rmSync(SAMPLE_DIST, { recursive: true, force: true });
  const result = runBuild(join(ROOT, 'content'), SAMPLE_DIST, { SITE_URL: SAMPLE_SITE_URL });
  if (result.status !== 0) throw new Error(`The sample site did not build:\n${result.output}`);
}
