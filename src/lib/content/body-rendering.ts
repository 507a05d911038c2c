/**
 * A digest of the code that turns Markdown and MDX bodies into HTML. Bodies are rendered in the
 * content layer (src/data/mdx-html.ts), and Astro keeps rendered entries and pages across builds:
 * its content store and its incremental build notice a change of the configuration's values, not
 * of the plugins' code. astro.config.mjs gives this digest to a plugin as an option, so that a
 * change to the rendering (a sanitizing rule, say) renders every body and page again.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { codeDigest } from './code-digest.ts';

/** The files that decide a body's HTML, besides the packages (in the lock file). */
const RENDERING_CODE = [
  'astro.config.mjs',
  'src/data/mdx-html.ts',
  'src/lib/content/mdx-rules.ts',
  'src/lib/content/body-files.ts',
  'src/lib/content/nesting.ts',
  'src/lib/content/named-files.ts',
  'src/lib/content/content-limits.ts',
  'package-lock.json',
];

export const bodyRenderingDigest = (project: string): string =>
  codeDigest(RENDERING_CODE.map((file) => pathToFileURL(join(project, file)))).slice(0, 16);
