/**
 * A CSS string literal of any text (the site's name in a report's running header). Quotes and
 * backslashes are escaped; line breaks and other control characters are written as hex escapes,
 * because a raw line break ends a CSS string and the rest of the line would be read as rules.
 */
export const cssString = (value: string): string =>
  // eslint-disable-next-line no-control-regex -- control characters are what this pattern finds
  `"${value.replace(/["\\]/g, '\\$&').replace(/[\u0000-\u001F\u007F]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
