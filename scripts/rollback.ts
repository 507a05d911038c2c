/**
 * `npm run rollback`: the site published before the live one becomes live again, and the live one
 * becomes the rollback copy (so running it twice undoes it). Both are complete builds, and each
 * link is switched in one rename: there is no moment without a site. It takes the output folder's
 * lock, so it never runs while a build publishes. Environment: STUDIO_OUT_DIR (default dist).
 */
import { resolve } from 'node:path';
import { lockOutput, OutputError, outputFolder, swapLiveAndPrevious } from './lib/output-folder.ts';
import { readVariable } from '../src/lib/site/environment.ts';

const output = outputFolder(resolve(readVariable('STUDIO_OUT_DIR')));
try {
  const lock = await lockOutput(output, 0);
  try {
    swapLiveAndPrevious(output);
  } finally {
    await lock.release();
  }
  console.log(
    `${output.out} now serves the site it served before the last build; ${output.previous} holds the one it replaced (run again to undo).`,
  );
} catch (error) {
  console.error(
    error instanceof OutputError
      ? error.message
      : `Rollback failed: ${(error as Error).message}. ${output.out} was left as it was.`,
  );
  process.exit(1);
}
