/**
 * Runs the content validator before Astro loads anything, so that a broken archive stops the
 * build (and the dev server) with every problem listed at once rather than Astro's first error.
 */
import type { AstroIntegration } from 'astro';
import { formatProblems, messageLocale, validateContent } from '../lib/validate.ts';

export default function validateContentIntegration({ contentDir }: { contentDir: string }): AstroIntegration {
  return {
    name: 'studio-showcase:validate-content',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const { problems } = validateContent(contentDir);
        if (problems.length > 0) {
          const error = new Error(`Content in ${contentDir} has problems.\n\n${formatProblems(problems, messageLocale())}`);
          error.stack = error.message; // the list is the message; a stack trace would bury it
          throw error;
        }
        logger.info(`content in ${contentDir} is valid`);
      },
    },
  };
}
