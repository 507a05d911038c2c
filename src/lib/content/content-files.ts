/**
 * Reading the content folder without Astro: listing a collection's files and parsing YAML and
 * MDX front matter with line numbers, so that problems can name the file and the line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { MAX_YAML_ALIASES } from './content-limits.ts';
import { dataTooDeep } from './nesting.ts';

/** Expands `{a,b}/*.{x,y}` style patterns into the relative paths of the files present. */
export function listFiles(dir: string, pattern: string): string[] {
  const brace = pattern.match(/^\{([^}]+)\}\/(.*)$/);
  if (brace) {
    return brace[1]!.split(',').flatMap((sub) => listFiles(join(dir, sub), brace[2]!).map((file) => `${sub}/${file}`));
  }
  if (!existsSync(dir)) return [];
  const source = pattern
    .replace(/[.+^$()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\{([^}]+)\}/g, (_, options: string) => `(?:${options.split(',').join('|')})`);
  const matcher = new RegExp(`^${source}$`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((item) => item.isFile() && matcher.test(item.name))
    .map((item) => item.name)
    .sort();
}

/**
 * Files in a collection's folder that look like entries but do not match its pattern (`.YAML`,
 * `.markdown`, `.yaml.txt` …): reported, because an editor expects them to be read.
 */
export function nearMissFiles(dir: string, pattern: string): string[] {
  const brace = pattern.match(/^\{([^}]+)\}\/(.*)$/);
  if (brace) {
    return brace[1]!.split(',').flatMap((sub) => nearMissFiles(join(dir, sub), brace[2]!).map((file) => `${sub}/${file}`));
  }
  if (!existsSync(dir)) return [];
  const matching = new Set(listFiles(dir, pattern));
  return readdirSync(dir, { withFileTypes: true })
    .filter((item) => item.isFile() && !matching.has(item.name) && /\.(ya?ml|mdx?|markdown|txt|json)(\.\w+)?$/i.test(item.name))
    .map((item) => item.name)
    .sort();
}

/** Why a file could not be read: not UTF-8, a YAML syntax error, an alias bomb, nested too deeply, no front matter. */
export type FileErrorKind = 'encoding' | 'yaml' | 'aliases' | 'nesting' | 'front-matter';

export interface ParsedFile {
  /** Parsed YAML data, or undefined when it could not be parsed. */
  data: unknown;
  /** The MDX body after the front matter. */
  body: string;
  /** The 1-based line of the file where the body starts. */
  bodyLine: number;
  /** Why the file could not be read, with the 1-based line where known. */
  error?: { kind: FileErrorKind; line: number; message: string };
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Parses a YAML file, or the front matter of an MDX file. */
export function parseContentFile(path: string, mdx: boolean): ParsedFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return { data: undefined, body: '', bodyLine: 1, error: { kind: 'encoding', line: 1, message: 'not valid UTF-8' } };
  }
  return parseContentBytes(bytes, mdx);
}

/** Parses the bytes of a YAML file, or of an MDX file's front matter (parseContentFile's work). */
export function parseContentBytes(bytes: Uint8Array, mdx: boolean): ParsedFile {
  let text: string;
  try {
    // Strict: a file saved in GBK would otherwise be published as mojibake. A BOM is dropped.
    text = utf8.decode(bytes);
  } catch {
    return { data: undefined, body: '', bodyLine: 1, error: { kind: 'encoding', line: 1, message: 'not valid UTF-8' } };
  }
  let yamlText = text;
  let body = '';
  let lineOffset = 0;
  let bodyLine = 1;
  if (mdx) {
    const match = text.match(/^---\r?\n(?:([\s\S]*?)\r?\n)?---(?:\r?\n|$)/);
    if (!match) {
      return { data: undefined, body: text, bodyLine, error: { kind: 'front-matter', line: 1, message: 'the file must start with front matter between two --- lines' } };
    }
    yamlText = match[1] ?? '';
    body = text.slice(match[0].length);
    lineOffset = 1;
    bodyLine = match[0].split('\n').length;
  }
  // A value nested thousands deep overflows the YAML reader's call stack: a problem of the file, not a crash.
  const tooDeep: ParsedFile = { data: undefined, body, bodyLine, error: { kind: 'nesting', line: 1, message: 'nested too deeply' } };
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    if (error instanceof RangeError) return tooDeep;
    throw error;
  }
  const first = doc.errors[0];
  if (first) {
    const line = (first.linePos?.[0]?.line ?? 1) + lineOffset;
    return { data: undefined, body, bodyLine, error: { kind: 'yaml', line, message: first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') } };
  }
  try {
    const data: unknown = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) ?? {};
    return dataTooDeep(data) ? tooDeep : { data, body, bodyLine };
  } catch (error) {
    if (error instanceof RangeError) return tooDeep;
    // The yaml package refuses to expand an alias bomb ("billion laughs") rather than run out of memory.
    return { data: undefined, body, bodyLine, error: { kind: 'aliases', line: 1, message: error instanceof Error ? error.message : String(error) } };
  }
}
