/**
 * Pagefind over the built site, one language bundle at a time (src/lib/search/search-bundles.ts). A
 * bundle whose pages and records are byte for byte those of the previous build is taken from the
 * cache; the others are indexed and stored for next time. A cached bundle keeps the SHA-256 of
 * each of its files (manifest.json) and is reused only when every file matches: a changed file is
 * reported and the bundle indexed again. Files are copied into the site, never linked, so that a
 * write to the site cannot change the cache or the other way round.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { createHash } from 'node:crypto';
import { removeStaleTemporaries, temporaryName } from '../../src/lib/content/owned-temporaries.ts';
import {
  bundleOfPath,
  isIndexed,
  searchBundlePath,
  searchExcludedSelectors,
} from '../../src/lib/search/search-bundles.ts';
import { pagefindLanguage, type SearchRecord } from '../../src/lib/search/search-records.ts';
import { chineseTwinPath, withChineseNames } from '../../src/lib/search/search-names.ts';
import { LOCALES, type Locale } from '../../src/schemas/vocabulary.ts';

// Read from the file: the package does not export its package.json.
const PAGEFIND_VERSION = (
  JSON.parse(
    readFileSync(new URL('../../node_modules/pagefind/package.json', import.meta.url), 'utf8'),
  ) as { version: string }
).version;
/** Bumped when what is handed to Pagefind changes, so that cached bundles are not reused. */
const INDEXER_VERSION = `pagefind-${PAGEFIND_VERSION}/bundles-v4-zh-names`;

export interface IndexResult {
  bundles: number;
  reused: number;
  /** Cached bundles that failed their check and were indexed again. */
  corrupt: number;
  pages: number;
  records: number;
}

interface Bundle {
  /** The indexed pages: their path in the site and a digest of their HTML (an English page's with its Chinese twin's, whose names it is indexed with). */
  pages: Array<{ sourcePath: string; digest: string }>;
  records: SearchRecord[];
}

/**
 * A bundle's fingerprint: what Pagefind would read. When it is unchanged since the last build,
 * that build's index files for the bundle are reused as they are.
 */
function bundleFingerprint(
  version: string,
  pages: Bundle['pages'],
  records: SearchRecord[],
): string {
  const hash = createHash('sha256').update(version);
  for (const page of pages.toSorted((a, b) => a.sourcePath.localeCompare(b.sourcePath)))
    hash.update(`\0${page.sourcePath}\0${page.digest}`);
  hash.update(JSON.stringify(records));
  return hash.digest('hex');
}

const pageDigest = (html: string): string => createHash('sha1').update(html).digest('hex');

function htmlFiles(dir: string, found: string[] = []): string[] {
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    if (item.isDirectory()) {
      if (path !== join(dir, 'pagefind')) htmlFiles(path, found);
    } else if (item.name.endsWith('.html')) found.push(path);
  }
  return found;
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
/** Beside a cached bundle's files: what Pagefind was given, and the SHA-256 of each file. */
const FINGERPRINT = 'fingerprint';
const MANIFEST = 'manifest.json';

/** A folder's files by path (with / separators) relative to it. */
function filesIn(dir: string, base = dir, found: string[] = []): string[] {
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    if (item.isDirectory()) filesIn(path, base, found);
    else found.push(relative(base, path).split(sep).join('/'));
  }
  return found;
}

/** Records the SHA-256 of each file of a freshly indexed bundle. */
function writeManifest(bundleDir: string): void {
  const digests = Object.fromEntries(
    filesIn(bundleDir).map((file) => [file, sha256(readFileSync(join(bundleDir, file)))]),
  );
  writeFileSync(join(bundleDir, MANIFEST), JSON.stringify(digests));
}

/**
 * The files of a cached bundle, read and checked against its manifest, or why they fail: a file
 * missing, extra or changed.
 */
function verifiedBundle(bundleDir: string): { files: Map<string, Buffer> } | { problem: string } {
  const manifestFile = join(bundleDir, MANIFEST);
  if (!existsSync(manifestFile)) return { problem: 'it has no manifest' };
  let expected: Record<string, string>;
  try {
    expected = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string>;
  } catch {
    return { problem: 'its manifest is unreadable' };
  }
  const present = filesIn(bundleDir).filter((file) => file !== MANIFEST && file !== FINGERPRINT);
  const extra = present.filter((file) => !(file in expected));
  if (extra.length) return { problem: `${extra[0]} is not in its manifest` };
  const files = new Map<string, Buffer>();
  for (const [file, digest] of Object.entries(expected)) {
    if (!existsSync(join(bundleDir, file))) return { problem: `${file} is missing` };
    const bytes = readFileSync(join(bundleDir, file));
    if (sha256(bytes) !== digest) return { problem: `${file} does not match its recorded SHA-256` };
    files.set(file, bytes);
  }
  return { files };
}

/** Replaces a cached bundle by a fresh one; readers see the old one, the new one, or none (and index). */
function replaceCached(fresh: string, cached: string): void {
  const old = temporaryName(cached);
  if (existsSync(cached)) renameSync(cached, old);
  renameSync(fresh, cached);
  rmSync(old, { recursive: true, force: true });
}

export async function indexSite(
  siteDir: string,
  records: SearchRecord[],
  cacheDir: string,
): Promise<IndexResult> {
  const bundles = new Map<Locale, Bundle>(
    LOCALES.map((locale) => [
      locale,
      {
        pages: [],
        records: records.filter((record) => record.language === pagefindLanguage(locale)),
      },
    ]),
  );
  let pages = 0;
  for (const file of htmlFiles(siteDir)) {
    const html = readFileSync(file, 'utf8');
    if (!isIndexed(html)) continue;
    const sourcePath = relative(siteDir, file).split(sep).join('/');
    const twin = chineseTwinOf(siteDir, sourcePath);
    bundles.get(bundleOfPath(sourcePath))!.pages.push({
      sourcePath,
      digest: pageDigest(twin === undefined ? html : `${html}\0${twin}`),
    });
    pages += 1;
  }

  let reused = 0;
  let corrupt = 0;
  mkdirSync(cacheDir, { recursive: true });
  removeStaleTemporaries(cacheDir);
  for (const [locale, bundle] of bundles) {
    const fingerprint = bundleFingerprint(
      `${INDEXER_VERSION}/${searchExcludedSelectors(locale).join(',')}`,
      bundle.pages,
      bundle.records,
    );
    const cached = join(cacheDir, locale);
    const fingerprintFile = join(cached, FINGERPRINT);
    let files: Map<string, Buffer> | undefined;
    if (existsSync(fingerprintFile) && readFileSync(fingerprintFile, 'utf8') === fingerprint) {
      const check = verifiedBundle(cached);
      if ('files' in check) {
        files = check.files;
        reused += 1;
      } else {
        corrupt += 1;
        console.warn(
          `Warning: the cached search bundle ${cached} failed its check (${check.problem}); indexing it again.`,
        );
      }
    }
    if (!files) {
      const fresh = temporaryName(cached);
      await indexBundle(siteDir, locale, bundle, fresh);
      writeManifest(fresh);
      writeFileSync(join(fresh, FINGERPRINT), fingerprint);
      replaceCached(fresh, cached);
      const check = verifiedBundle(cached);
      if ('problem' in check)
        throw new Error(
          `The search bundle just written to ${cached} failed its check (${check.problem}).`,
        );
      files = check.files;
    }
    const target = join(siteDir, searchBundlePath(locale));
    for (const [file, bytes] of files) {
      mkdirSync(dirname(join(target, file)), { recursive: true });
      writeFileSync(join(target, file), bytes);
    }
  }
  await pagefind.close();
  return { bundles: bundles.size, reused, corrupt, pages, records: records.length };
}

/** The HTML of an English page's Chinese twin, when there is one. */
function chineseTwinOf(siteDir: string, sourcePath: string): string | undefined {
  const twin = chineseTwinPath(sourcePath);
  return twin !== undefined && existsSync(join(siteDir, twin))
    ? readFileSync(join(siteDir, twin), 'utf8')
    : undefined;
}

/**
 * The files of a language as a glob over the site folder, by the rule of bundleOfPath: English
 * under en/, Chinese everything else. Pagefind reads and parses them itself, in parallel, and
 * skips pages without data-pagefind-body. (A folder of links to only the indexed pages costs
 * more in file-system operations than Pagefind spends skipping the rest.)
 */
function bundleGlob(siteDir: string, locale: Locale): string {
  if (locale !== 'zh') return `${locale}/**/*.html`;
  const parts = readdirSync(siteDir, { withFileTypes: true })
    .filter(
      (item) =>
        item.name !== 'pagefind' && (!item.isDirectory() || bundleOfPath(`${item.name}/`) === 'zh'),
    )
    .flatMap((item) =>
      item.isDirectory()
        ? [`${item.name}/**/*.html`]
        : item.name.endsWith('.html')
          ? [item.name]
          : [],
    );
  return `{${parts.join(',')}}`;
}

async function indexBundle(
  siteDir: string,
  locale: Locale,
  { pages, records }: Bundle,
  outputPath: string,
): Promise<void> {
  const { index, errors } = await pagefind.createIndex({
    excludeSelectors: searchExcludedSelectors(locale),
  });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const fail = (what: string, found: string[]) => {
    if (found.length) throw new Error(`Pagefind, ${what}: ${found.join('; ')}`);
  };
  if (locale === 'zh' && pages.length)
    fail(
      'pages',
      (await index.addDirectory({ path: siteDir, glob: bundleGlob(siteDir, locale) })).errors,
    );
  // Other languages page by page, each with the Chinese names of its twin as search metadata (search-names.ts).
  if (locale !== 'zh')
    for (const { sourcePath } of pages) {
      const html = readFileSync(join(siteDir, sourcePath), 'utf8');
      const twin = chineseTwinOf(siteDir, sourcePath);
      const content = twin === undefined ? html : withChineseNames(html, twin);
      fail(sourcePath, (await index.addHTMLFile({ sourcePath, content })).errors);
    }
  for (const record of records) fail(record.url, (await index.addCustomRecord(record)).errors);
  fail('writing', (await index.writeFiles({ outputPath })).errors);
  await index.deleteIndex();
}
