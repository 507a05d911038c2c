/**
 * The limits content must stay within, in one place: the validator (`npm run check`, the build)
 * reports anything beyond them with the limit in the message.
 */

/** A photo or cover larger than this is an error: the site would ship or process it whole. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** Any file content names (a picture, an attachment, an image in a body) is held to the same limit: the site serves it whole. */
export const MAX_FILE_BYTES = MAX_IMAGE_BYTES;

/** Any single text field (a title, a summary, a name): longer than any real one, far shorter than an abuse. */
export const MAX_STRING_CHARS = 20_000;

/**
 * The Markdown/MDX body of a document, article or report narrative: a naming decision with a list
 * of 600 studios is about 25,000 characters. The parser's time grows with the square of a
 * paragraph's length (40,000 characters of `*a` took 5 s), and the web editor checks on its one
 * thread: a body is at most MAX_BODY_CHARS, a paragraph (or a line of a list or table) at most
 * MAX_PARAGRAPH_CHARS, so that no body holds the editor for more than seconds.
 */
export const MAX_BODY_CHARS = 300_000;
/** One paragraph of a body, or one line of a list or table: far longer than any real one. */
export const MAX_PARAGRAPH_CHARS = 5_000;

/** Aliases a YAML file may use before it is treated as an alias bomb (the `yaml` package's own default). */
export const MAX_YAML_ALIASES = 100;

/**
 * Levels a YAML value or a body may nest (a list in a list, a quote in a quote). Real entries use a
 * handful; a few kilobytes of `[` or `>` nest thousands deep and overflow the call stack of the YAML
 * reader and of the Markdown pipeline, so deeper content is refused before either recurses into it.
 */
export const MAX_NESTING_DEPTH = 100;

/** Control characters that have no place in text: everything below U+0020 except tab, line feed and carriage return, and DEL. */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern finds
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Invisible characters that change how text is shown or hide in it: bidi embeddings, overrides,
 * isolates and marks (a U+202E makes a page show other text than search, feeds and CSV carry),
 * zero-width spaces and non-joiners, word joiners, invisible operators (U+2061–U+2064), a soft
 * hyphen, a combining grapheme joiner, tag characters, a BOM inside text, and the blank letters
 * that count as letters yet show nothing (Hangul fillers, the Braille blank, U+180E, U+17B4/5):
 * a title with one no longer matches itself, and a name of them alone looks empty. Text copied
 * from a PDF, Word or a web page often carries them. A zero-width joiner stays between emoji.
 */
// Combining marks (U+034F, U+17B4/5) stand alone, outside the class, so that none joins another.
export const INVISIBLE_CHARACTER =
  /\u034F|\u17B4|\u17B5|[\u00AD\u061C\u115F\u1160\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u2800\u3164\uFEFF\uFFA0\u{E0000}-\u{E007F}]|(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/u;
