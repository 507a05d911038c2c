/**
 * Reading the content folder without Astro: listing a collection's files and parsing YAML and
 * MDX front matter with line numbers, so that problems can name the file and the line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

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

export interface ParsedFile {
  /** Parsed YAML data, or undefined when it could not be parsed. */
  data: unknown;
  /** The MDX body after the front matter. */
  body: string;
  /** A syntax error with its 1-based line. */
  error?: { line: number; message: string };
}

/** Parses a YAML file, or the front matter of an MDX file. */
export function parseContentFile(path: string, mdx: boolean): ParsedFile {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  let yamlText = text;
  let body = '';
  let lineOffset = 0;
  if (mdx) {
    const match = text.match(/^---\r?\n(?:([\s\S]*?)\r?\n)?---(?:\r?\n|$)/);
    if (!match) {
      return { data: undefined, body: text, error: { line: 1, message: 'the file must start with front matter between two --- lines' } };
    }
    yamlText = match[1] ?? '';
    body = text.slice(match[0].length);
    lineOffset = 1;
  }
  const doc = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const line = (first.linePos?.[0]?.line ?? 1) + lineOffset;
    return { data: undefined, body, error: { line, message: first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') } };
  }
  return { data: doc.toJS() ?? {}, body };
}
