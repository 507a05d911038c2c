/**
 * The rules a SITE_URL value must meet (src/lib/site/environment.ts reads the variable with them): an absolute
 * http(s) address of a host's root, with no user name, password, query or fragment.
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
  // Written into every canonical link, feed, sitemap and robots.txt: a password there is published.
  if (url.username || url.password)
    return `SITE_URL holds a user name or password; it is written into every public page, so give the address alone, such as ${url.protocol}//${url.host}/.`;
  if (url.search || value.includes('?'))
    return `SITE_URL has a query (?…); expected the address of the site's root alone, such as ${url.protocol}//${url.host}/.`;
  if (url.hash || value.includes('#'))
    return `SITE_URL has a fragment (#…); expected the address of the site's root alone, such as ${url.protocol}//${url.host}/.`;
  // The site lives at the root of its host: its pages, assets, search bundles, charts, the web editor
  // and the server configuration (docs/nginx.conf) all address it from / (README, Security).
  if (url.pathname !== '/')
    return (
      `SITE_URL has a path (${url.pathname}); the site must be served at the root of its host (its links, assets and search start at /), ` +
      `so give ${url.protocol}//${url.host}/ and serve it there, for example on a host name of its own.`
    );
  return undefined;
}
