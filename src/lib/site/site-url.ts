/**
 * The site's public address, from SITE_URL. With it the build writes absolute canonical links,
 * language alternates, og:url, og:image, feeds and the sitemap; without it the build leaves out all that
 * must be absolute (printed and cited addresses are paths). No made-up host is ever written.
 */

import { EnvironmentError, readVariable, type Environment } from './environment.ts';

export { siteUrlProblem } from './site-url-rules.ts';

/** The configured public address, or undefined when SITE_URL is not set (or is refused by siteUrlProblem: the build and Astro's config stop on it). */
export function configuredSiteUrl(env?: Environment): URL | undefined {
  try {
    return readVariable('SITE_URL', env);
  } catch (error) {
    if (error instanceof EnvironmentError) return undefined;
    throw error;
  }
}
