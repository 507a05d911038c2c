/**
 * The Chinese names of the Chinese twins of English pages (src/lib/search/search-names.ts), kept
 * beside the search bundles between builds. The English bundle's fingerprint covers each English
 * page with its twin's names, so every build needs them for every page: reading them anew took
 * about 2.8 s at 10,000 news, a build with nothing new to read 0.3 s.
 *
 * A twin's names depend on its indexed element alone, so they are kept under the SHA-1 of that
 * element, and all of them under a digest of the code that reads them (the search modules, the
 * lock file): any other element, or other code, is read again. A file that fails its
 * check (src/lib/content/sealed-file.ts) is no cache.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { codeDigest } from '../../src/lib/content/code-digest.ts';
import { readSealed, writeSealed } from '../../src/lib/content/sealed-file.ts';
import { indexedElement } from '../../src/lib/search/search-bundles.ts';
import { chineseNamesOfPage } from '../../src/lib/search/search-names.ts';

type Names = ReturnType<typeof chineseNamesOfPage>;
interface Kept {
  code: string;
  names: Map<string, Names>;
}

const FILE = 'twin-names.v8';

/** The code that decides a twin's names: the search modules and the packages (node-html-parser). */
const namingCode = (): string =>
  codeDigest(
    [
      '../../src/lib/search/search-names.ts',
      '../../src/lib/search/search-bundles.ts',
      '../../package-lock.json',
    ].map((file) => new URL(file, import.meta.url)),
  );

export class TwinNames {
  private readonly file: string;
  private readonly code = namingCode();
  private readonly kept: Map<string, Names> = new Map();
  private readonly used: Map<string, Names> = new Map();
  private read = 0;

  /** The names kept in the search cache folder `cacheDir`. */
  constructor(cacheDir: string) {
    this.file = join(cacheDir, FILE);
    const kept = readSealed(this.file) as Kept | undefined;
    // None kept yet, changed on disk, or by other code: every twin is read.
    if (kept?.code === this.code) this.kept = kept.names;
  }

  /** The Chinese names of a twin page, kept or read. */
  of(twinHtml: string): Names {
    const key = createHash('sha1')
      .update(indexedElement(twinHtml) ?? '')
      .digest('hex');
    let names = this.used.get(key) ?? this.kept.get(key);
    if (!names) {
      names = chineseNamesOfPage(twinHtml);
      this.read += 1;
    }
    this.used.set(key, names);
    return names;
  }

  /** Keeps the names of this build's twins (only), when any was read or left out. */
  save(): void {
    if (this.read === 0 && this.used.size === this.kept.size) return;
    writeSealed(this.file, { code: this.code, names: this.used } satisfies Kept);
  }
}
