/**
 * Runs the content validator before Astro loads anything, so that a broken archive stops the
 * build (and the dev server) with every problem listed at once rather than Astro's first error.
 */
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { formatProblems, messageLocale, validateContent } from '../lib/validation/index.ts';
import { readVariable } from '../lib/site/environment.ts';

/**
 * Called by scripts/build.ts after it validated the folder itself: the Astro build it then starts
 * in a child process inherits the mark and skips the validation.
 */
export function markValidated(contentDir: string): void {
  process.env.STUDIO_VALIDATED = resolve(contentDir);
}

const alreadyValidated = (contentDir: string) =>
  readVariable('STUDIO_VALIDATED') === resolve(contentDir);

export default function validateContentIntegration({
  contentDir,
}: {
  contentDir: string;
}): AstroIntegration {
  return {
    name: 'studio-showcase:validate-content',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (alreadyValidated(contentDir)) return;
        const { problems } = validateContent(contentDir);
        if (problems.length > 0 && command === 'dev') {
          // The preview starts anyway and shows the problems on every page (src/layouts/Base.astro).
          logger.error(
            `Content in ${contentDir} has problems; every page shows them until they are fixed.\n\n${formatProblems(problems, messageLocale())}`,
          );
          return;
        }
        if (problems.length > 0) {
          const error = new Error(
            `Content in ${contentDir} has problems.\n\n${formatProblems(problems, messageLocale())}`,
          );
          error.stack = error.message; // the list is the message; a stack trace would bury it
          throw error;
        }
        logger.info(`content in ${contentDir} is valid`);
      },
    },
  };
}
