/**
 * Global setup of the build and e2e tests: the sample site, built once with the real build command
 * into SAMPLE_DIST (test/helpers/shared-builds.ts; a later run reuses it while its content and the
 * code are unchanged). STUDIO_REUSE_SAMPLE_BUILD=1 takes the build that is there as it is.
 */
import { sharedSampleBuild } from './shared-builds.ts';

export default async function setup(): Promise<void> {
  if (process.env.STUDIO_REUSE_SAMPLE_BUILD === '1') return;
  await sharedSampleBuild();
}
