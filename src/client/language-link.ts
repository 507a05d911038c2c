/**
 * Keeps the query (a search, the filters) when the reader switches language: the header's link to
 * the other language takes the page's current query string. Called by the scripts that put state
 * in the URL; without JavaScript the link goes to the other language's page as it is.
 */
export function syncLanguageLink(): void {
  const link = document.querySelector<HTMLAnchorElement>('.header-tools a[hreflang]');
  if (!link) return;
  const target = new URL(link.href, location.href);
  target.search = location.search;
  link.href = `${target.pathname}${target.search}`;
}
