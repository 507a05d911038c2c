/**
 * What a content file's own checks find (its encoding, YAML or front matter, and its body's size,
 * characters, depth, syntax, code and images), kept between runs by the file's bytes. These are
 * most of a check's time (YAML and the body parsers: about 5 of 6.5 s at 10,000 news), and they
 * depend on nothing but the bytes and the code, so a rebuild, and the build after the web
 * editor's check, need them again only for the files that changed.
 *
 * A file's result is reused only when its bytes and the checking code (this folder's modules, the
 * packages in the lock file, Node's version) are the same as when it was made; anything else,
 * an unreadable cache included, checks the file again. What depends on the rest of the folder
 * (the files an entry or its images name, the schemas, references) is checked on every run.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { codeDigest } from './code-digest.ts';
import { fileURLToPath } from 'node:url';
import { imagesOf, type BodyImage } from './body-files.ts';
import { checkBody } from './content-checks.ts';
import { contentFolderKey } from './collections.ts';
import { parseContentBytes, parseContentFile, type ParsedFile } from './content-files.ts';
import { readSealed, writeSealed } from './sealed-file.ts';
import type { Message } from './validation-messages.ts';

/** A problem of the body alone, as checkBody reports it. */
export interface BodyProblem {
  field: string;
  message: Message;
  line?: number;
}

/** What a file's own checks found. */
export interface CheckedFile {
  parsed: ParsedFile;
  /** Problems of the body (size, characters, depth, MDX syntax, code), in the order found. */
  bodyProblems: BodyProblem[];
  /** The body's images, to be checked against the folder; none when the body did not parse. */
  images: BodyImage[];
}

/**
 * Checks one file's bytes: `mdx` when the collection's files have front matter and a body,
 * `mdxSyntax` when the body is MDX (`.mdx`) rather than Markdown.
 */
function checkFileBytes(bytes: Buffer, mdx: boolean, mdxSyntax: boolean): CheckedFile {
  const parsed = parseContentBytes(bytes, mdx);
  if (parsed.error || !mdx) return { parsed, bodyProblems: [], images: [] };
  const bodyProblems: BodyProblem[] = [];
  const tree = checkBody(parsed.body, parsed.bodyLine, mdxSyntax, (field, message, line) =>
    bodyProblems.push({ field, message, ...(line ? { line } : {}) }),
  );
  return { parsed, bodyProblems, images: tree === undefined ? [] : imagesOf(tree as never) };
}

/** The cache file of a content folder's checked files, in the project's own cache folder. */
export const checkedFilesCache = (contentDir: string): string =>
  fileURLToPath(
    new URL(
      `../../../node_modules/.cache/studio-showcase/checked-files/${contentFolderKey(contentDir)}.v8`,
      import.meta.url,
    ),
  );

/** The checking code: this folder's modules and the packages (their versions in the lock file). */
const checkingCode = (): string => {
  const folder = new URL('.', import.meta.url);
  return codeDigest([
    ...readdirSync(folder)
      .filter((name) => name.endsWith('.ts'))
      .sort()
      .map((name) => new URL(name, folder)),
    new URL('../../../package-lock.json', import.meta.url),
  ]);
};

interface Kept {
  digest: string;
  /** By the file's path in the content folder: its kind and bytes' SHA-1, and what it gave. */
  files: Map<string, { key: string; checked: CheckedFile }>;
}

/**
 * The checked files of one content folder. Without a cache file, every file is checked (tests, the
 * dev server); with one, results are read from it and `save` writes the files of this run back.
 */
export class CheckedFiles {
  private readonly cacheFile: string | undefined;
  private readonly kept: Kept['files'] = new Map();
  private readonly used: Kept['files'] = new Map();
  private readonly digest: string = '';
  private changed = false;

  constructor(cacheFile?: string) {
    this.cacheFile = cacheFile;
    if (!cacheFile) return;
    this.digest = checkingCode();
    const kept = readSealed(cacheFile) as Kept | undefined;
    // None yet, changed on disk, or made by other code: every file is checked.
    if (kept?.digest === this.digest) this.kept = kept.files;
  }

  /** The file at `path` (`contentPath` in the folder), checked or as kept for the same bytes. */
  check(path: string, contentPath: string, mdx: boolean, mdxSyntax: boolean): CheckedFile {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      // Unreadable: reported as the file's problem, never kept.
      return { parsed: parseContentFile(path, mdx), bodyProblems: [], images: [] };
    }
    if (!this.cacheFile) return checkFileBytes(bytes, mdx, mdxSyntax);
    const sha1 = createHash('sha1').update(bytes).digest('hex');
    const key = `${Number(mdx)}${Number(mdxSyntax)}${sha1}`;
    let found = this.kept.get(contentPath);
    if (found?.key !== key) {
      found = { key, checked: checkFileBytes(bytes, mdx, mdxSyntax) };
      this.changed = true;
    }
    this.used.set(contentPath, found);
    return found.checked;
  }

  /** Writes this run's files to the cache (when any differ from it), replacing it whole. */
  save(): void {
    if (!this.cacheFile || (!this.changed && this.used.size === this.kept.size)) return;
    writeSealed(this.cacheFile, { digest: this.digest, files: this.used } satisfies Kept);
  }
}
