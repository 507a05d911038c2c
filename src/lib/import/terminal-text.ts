/**
 * Text from an annex made safe to print in a terminal. A cell, a file name or a front-page line can
 * hold control sequences that clear the screen, set the terminal's title, move the cursor over what
 * the editor is reviewing, or reorder the line (bidi overrides): the dry run must show what the file
 * says, not let the file drive the terminal.
 *
 * strip-ansi removes whole escape sequences (CSI, OSC, DCS and the other strings, with their
 * payload); what it leaves of a broken sequence, and every other control character (C0 but tab
 * and line feed, DEL, C1), goes with the bidi controls after it.
 */
import stripAnsi from 'strip-ansi';

/** C0 controls but tab (09) and line feed (0a), DEL, C1 controls, and the bidi marks, embeddings, overrides and isolates. */
const CONTROLS =
  // eslint-disable-next-line no-control-regex -- control characters are what this pattern finds
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` without terminal escape sequences and control characters; line breaks and tabs kept. */
export const terminalText = (text: string): string => stripAnsi(text).replace(CONTROLS, '');

/** `text` as one line: its line breaks and tabs as spaces too (a cell in a report's column). */
export const terminalCell = (text: string): string => terminalText(text).replace(/[\t\n]/g, ' ');
