/**
 * JSON for an inline `<script type="application/ld+json">`. JSON.stringify alone is not safe there:
 * the HTML parser ends the script at the first `</script>` whatever the JSON means, and `<!--`
 * changes how it looks for that end. Escaping `<`, `>` and `&` as \u003c, \u003e and \u0026 leaves
 * no markup in the element and the same value for a JSON parser. U+2028 and U+2029 are escaped too:
 * they are valid in JSON strings but end a line in older JavaScript parsers.
 */
const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;

const unicodeEscape = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function jsonForScript(value: object): string {
  return JSON.stringify(value).replace(SCRIPT_UNSAFE, unicodeEscape);
}
