/**
 * Checks every entry gets whatever its schema says, so that one bad field never hides them:
 * text fields (control characters, length), the body (size, MDX syntax, code), and the files an
 * entry points at (inside the content folder, present, not too large, of an allowed type).
 */
import type { CollectionName } from './collections.ts';
import { CONTROL_CHARACTER, INVISIBLE_CHARACTER, MAX_BODY_CHARS, MAX_PARAGRAPH_CHARS, MAX_STRING_CHARS } from './content-limits.ts';
import { basename } from 'node:path';
import { BODY_PARSERS } from './body-files.ts';
import { checkMdxBody } from './mdx-rules.ts';
import { namedFileProblems } from './named-files.ts';
import { linesTooDeep, treeTooDeep, TOO_DEEP } from './nesting.ts';
import type { Message } from './validation-messages.ts';

/** Reports one problem of the entry being checked. */
export type Report = (field: string, message: Message, line?: number) => void;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The problem of an invisible character at a 0-based index of a text. */
const invisibleMessage = (char: string, index: number): Message => ({
  en: `contains the invisible character ${codePoint(char)} at position ${index + 1}, which changes how the text is shown or keeps it from matching itself (text copied from a PDF, Word or a web page often carries it); expected text without it: delete it`,
  zh: `第 ${index + 1} 个字符是不可见字符 ${codePoint(char)}，它会改变文字的显示顺序或使文字无法匹配（从 PDF、Word 或网页复制的文字常带有这种字符）；请删除它`,
});

/** Every string in the entry's data: no control characters, none longer than MAX_STRING_CHARS. */
export function checkStrings(data: unknown, report: Report, path = ''): void {
  if (typeof data === 'string') {
    const control = CONTROL_CHARACTER.exec(data);
    if (control) {
      report(path, {
        en: `contains the control character ${codePoint(control[0])} at position ${control.index + 1}; expected text without control characters (tabs and line breaks are fine)`,
        zh: `第 ${control.index + 1} 个字符是控制字符 ${codePoint(control[0])}；文字中不能有控制字符（制表符和换行除外）`,
      });
    }
    const invisible = INVISIBLE_CHARACTER.exec(data);
    if (invisible) report(path, invisibleMessage(invisible[0], invisible.index));
    if (data.length > MAX_STRING_CHARS) {
      report(path, { en: `is ${data.length} characters long; expected at most ${MAX_STRING_CHARS}`, zh: `长度为 ${data.length} 个字符；最多 ${MAX_STRING_CHARS} 个字符` });
    }
    return;
  }
  if (Array.isArray(data)) data.forEach((item, i) => checkStrings(item, report, `${path}[${i}]`));
  else if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) checkStrings(value, report, path ? `${path}.${key}` : key);
  }
}

/** The 1-based line of a body's character at `index`, counted in the file whose body starts at `bodyLine`. */
const lineAt = (body: string, index: number, bodyLine: number) =>
  bodyLine + body.slice(0, index).split('\n').length - 1;

/** A Markdown body's tree (the MDX parser's for MDX is checkMdxBody's), or the line where it nests too deeply. */
function parseMarkdown(body: string): { tree?: unknown; tooDeep?: number } {
  try {
    const tree: unknown = BODY_PARSERS.md.parse(body);
    const tooDeep = treeTooDeep(tree);
    return tooDeep === undefined ? { tree } : { tooDeep };
  } catch (error) {
    if (error instanceof RangeError) return { tooDeep: 1 };
    throw error;
  }
}

/**
 * A list item's first line, as CommonMark reads one: a bullet, or at most nine digits and a dot or
 * a bracket, then a space or the line's end. (1234567890. is no list item: its line joins the
 * paragraph around it.)
 */
const LIST_ITEM = /^\s*([-*+]|\d{1,9}[.)])(\s|$)/;
/** A table's delimiter row, under its header: | --- | :-: |. */
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/**
 * Whether a block's lines are each read on their own: the items of a list, or the rows of a table
 * (a header with a pipe over a delimiter row; every line after them is a row until a blank line).
 * Lines that only start with a pipe, with no delimiter row, are one paragraph.
 */
const linesApart = (lines: string[]): boolean =>
  (lines.length > 1 && lines[0]!.includes('|') && TABLE_DELIMITER.test(lines[1]!)) ||
  lines.every((text) => !text.trim() || LIST_ITEM.test(text));

/**
 * The first paragraph longer than MAX_PARAGRAPH_CHARS (a list's or table's lines each on their
 * own), with its 1-based line in the body; the parser's time grows with its square.
 */
function longParagraph(body: string): { line: number; length: number } | undefined {
  let line = 1;
  for (const block of body.split(/\n[ \t]*\n/)) {
    const lines = block.split('\n');
    const parts = linesApart(lines)
      ? lines.map((text, i) => ({ text, at: line + i }))
      : [{ text: block, at: line }];
    // Measured without the line breaks around it.
    const long = parts.find((part) => part.text.trim().length > MAX_PARAGRAPH_CHARS);
    if (long) return { line: long.at + (long.text.match(/^\n*/)?.[0].length ?? 0), length: long.text.trim().length };
    line += lines.length + 1;
  }
  return undefined;
}

/**
 * The body of a Markdown/MDX entry: its size, control and invisible characters, its depth, and for
 * MDX syntax and code. Gives back the parsed body (mdast) for the image checks, when it parsed.
 */
export function checkBody(body: string, bodyLine: number, mdx: boolean, report: Report): unknown {
  if (body.length > MAX_BODY_CHARS) {
    report('(body)', { en: `is ${body.length} characters long; expected at most ${MAX_BODY_CHARS}`, zh: `正文长度为 ${body.length} 个字符；最多 ${MAX_BODY_CHARS} 个字符` });
    return undefined;
  }
  const control = CONTROL_CHARACTER.exec(body);
  if (control) {
    report('(body)', { en: `contains the control character ${codePoint(control[0])}; expected text without control characters`, zh: `正文中有控制字符 ${codePoint(control[0])}；正文中不能有控制字符` }, lineAt(body, control.index, bodyLine));
  }
  const invisible = INVISIBLE_CHARACTER.exec(body);
  if (invisible) {
    const column = invisible.index - body.lastIndexOf('\n', invisible.index - 1) - 1;
    report('(body)', invisibleMessage(invisible[0], column), lineAt(body, invisible.index, bodyLine));
  }
  const long = longParagraph(body);
  if (long)
    return void report(
      '(body)',
      {
        en: `has a paragraph of ${long.length} characters; expected at most ${MAX_PARAGRAPH_CHARS} (split it with a blank line)`,
        zh: `正文有一段长 ${long.length} 个字符；每段最多 ${MAX_PARAGRAPH_CHARS} 个字符（请用空行分段）`,
      },
      bodyLine + long.line - 1,
    );
  // Nested thousands deep, a body passes the parser but overflows the call stack of Astro's pipeline.
  const linesDeep = linesTooDeep(body);
  if (linesDeep !== undefined) return void report('(body)', TOO_DEEP, bodyLine + linesDeep - 1);
  if (!mdx) {
    const { tree, tooDeep } = parseMarkdown(body);
    if (tooDeep !== undefined) report('(body)', TOO_DEEP, bodyLine + tooDeep - 1);
    return tree;
  }
  const checked = checkMdxBody(body);
  if (checked.tooDeep !== undefined) report('(body)', TOO_DEEP, bodyLine + checked.tooDeep - 1);
  if (checked.syntax) {
    const line = bodyLine + checked.syntax.line - 1;
    report('(body)', { en: `MDX syntax error at line ${line}: ${checked.syntax.message}`, zh: `第 ${line} 行 MDX 语法错误：${checked.syntax.message}` }, line);
  }
  for (const finding of checked.code) report('(body)', finding.message, bodyLine + finding.line - 1);
  return checked.tree;
}

/** A file an entry points at, with the field it sits in. */
interface FileReference {
  field: string;
  path: unknown;
  image: boolean;
}

/** The files each collection's entries point at, read from raw data (the schema may have failed). */
function fileReferences(collection: CollectionName, data: unknown): FileReference[] {
  const record = (data ?? {}) as Record<string, unknown>;
  if (collection === 'studios' || collection === 'people') return record.photo === undefined ? [] : [{ field: 'photo', path: record.photo, image: true }];
  if (collection === 'news') return record.cover === undefined ? [] : [{ field: 'cover', path: record.cover, image: true }];
  if (collection === 'documents' && Array.isArray(record.attachments)) {
    return record.attachments.flatMap((attachment, i) =>
      attachment && typeof attachment === 'object' && 'file' in attachment ? [{ field: `attachments[${i}].file`, path: (attachment as { file: unknown }).file, image: false }] : [],
    );
  }
  if (collection === 'achievements') {
    // An achievement's photos and files follow the rules of a document's attachments.
    const files = (list: unknown, field: string, image: boolean): FileReference[] =>
      Array.isArray(list) ? list.flatMap((item, i) => (item && typeof item === 'object' && 'file' in item ? [{ field: `${field}[${i}].file`, path: (item as { file: unknown }).file, image }] : [])) : [];
    return [...files(record.photos, 'photos', true), ...files(record.attachments, 'attachments', false)];
  }
  return [];
}

/** Every file the entry points at: inside the content folder, present, within MAX_FILE_BYTES, and of an allowed type by its bytes. */
export function checkFileReferences(root: string, collection: CollectionName, entryFile: string, data: unknown, report: Report): void {
  // Attachments are published side by side under their file names: two of one name would be one file.
  const published = new Map<string, string>();
  for (const reference of fileReferences(collection, data)) {
    if (typeof reference.path !== 'string') continue; // the schema reports it
    for (const problem of namedFileProblems(root, entryFile, reference.path, reference.image)) report(reference.field, problem);
    if (reference.image) continue;
    const name = basename(reference.path);
    const first = published.get(name);
    if (first === undefined) published.set(name, reference.field);
    else
      report(reference.field, {
        en: `found "${reference.path}", whose file name "${name}" ${first} has too; attachments are published side by side by their file names, so one would replace the other: expected a different file name (rename one of the files)`,
        zh: `"${reference.path}" 的文件名 "${name}" 与 ${first} 相同；附件按文件名并列发布，同名的会互相覆盖：请把其中一个文件改名`,
      });
  }
}
