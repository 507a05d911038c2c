/**
 * The public site's Content-Security-Policy, in one place: every page carries it in a <meta> element
 * (src/layouts/Base.astro), and the editor's preview of the live build sends it as a header
 * (src/lib/editor/server.ts), as docs/nginx.conf does for the public host (a unit test keeps that copy equal).
 * A header also covers what a <meta> cannot: a file opened on its own (an SVG image), and framing.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The policy of the <meta> element of every page. */
export const SITE_CSP_META = DIRECTIVES.join('; ');

/** The policy as a response header: the same, and no framing by other pages (which a <meta> cannot say). */
export const SITE_CSP_HEADER = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/**
 * Every response header docs/nginx.conf sends for security, as the project's own servers send them too
 * (the static server of the tests and scripts, the editor's preview, `npm run preview`): a file of
 * the site opened on its own (an SVG, say) runs no script on any of them, and no file is taken for another type.
 */
export const SITE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': SITE_CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};
