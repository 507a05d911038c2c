/**
 * The site's public address, from SITE_URL. With it the build writes absolute canonical links,
 * language alternates, og:url, og:image, feeds and the sitemap; without it the build leaves out all that
 * must be absolute (printed and cited addresses are paths). No made-up host is ever written.
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
