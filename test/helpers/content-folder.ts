/**
 * A content folder written by a test: each entry as data (YAML files) or data and body (Markdown
 * and MDX), each attachment as its bytes, in a fresh temporary folder. The validator then reads
 * real files, as it does in a build, without the sample content.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';

/** An entry with a body (a `.md` or `.mdx` file): front matter and text. */
export interface WithBody {
  data: Record<string, unknown>;
  body: string;
}

/** Files by their path in the content folder: data for `.yaml`, data and body for `.md(x)`, text or bytes for anything else. */
export type ContentFiles = Record<string, Record<string, unknown> | WithBody | string | Buffer>;

/** The least a valid folder holds: the site settings and their publisher. */
export const MINIMAL_CONTENT: ContentFiles = {
  'settings/site.yaml': {
    siteName: '测试站点',
    tagline: '副题',
    description: '说明',
    publisher: 'ftu',
    navigation: [{ path: '/studios/', label: '工作室' }],
  },
  'organisations/ftu.yaml': { name: '某市总工会' },
};

const isWithBody = (value: unknown): value is WithBody =>
  value !== null && typeof value === 'object' && 'body' in value && 'data' in value;

/** Writes MINIMAL_CONTENT and `files` (which win) into a new temporary folder and returns its path. */
export function writeContentFolder(
  files: ContentFiles,
  base: ContentFiles = MINIMAL_CONTENT,
): string {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  for (const [path, value] of Object.entries({ ...base, ...files })) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    if (typeof value === 'string' || Buffer.isBuffer(value)) writeFileSync(target, value);
    else if (isWithBody(value))
      writeFileSync(target, `---\n${stringify(value.data)}---\n${value.body}\n`);
    else writeFileSync(target, stringify(value));
  }
  return root;
}
