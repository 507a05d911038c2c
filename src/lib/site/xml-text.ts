/**
 * Text for an XML file (feeds). XML 1.0 forbids most control characters even as character
 * references, so a feed reader rejects the whole file if one title holds one: they are removed.
 * Allowed: tab, line feed, carriage return and everything from U+0020 except the surrogates
 * (lone ones only; pairs are characters above U+FFFF) and U+FFFE, U+FFFF.
 */
const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- control characters are what this pattern finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const xmlText = (value: string): string => value.replace(XML_FORBIDDEN, '');
