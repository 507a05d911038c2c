/**
 * The site's public address, from SITE_URL. Without it the build still writes absolute canonical
 * links (on a placeholder host, astro.config.mjs), but leaves out what would send a reader's
 * software to that host for a file: og:image (a relative og:image is invalid).
 */

/** What is wrong with a SITE_URL value, or undefined when it is an absolute http(s) address. */
export function siteUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `SITE_URL is ${JSON.stringify(value)}; expected an absolute address such as https://studios.example.org/.`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `SITE_URL is ${JSON.stringify(value)}; expected an http or https address such as https://studios.example.org/.`;
  return undefined;
}

/** The configured public address, or undefined when SITE_URL is not set (or not an absolute http(s) address). */
export function configuredSiteUrl(env: NodeJS.ProcessEnv = process.env): URL | undefined {
  const value = env.SITE_URL?.trim();
  if (!value || siteUrlProblem(value)) return undefined;
  return new URL(value.endsWith('/') ? value : `${value}/`);
}
