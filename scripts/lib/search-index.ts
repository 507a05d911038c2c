/**
 * Pagefind over the built site, one bundle per language (src/lib/search/search-bundles.ts). A
 * bundle whose pages and records are byte for byte those of the previous build is taken from the
 * cache (scripts/lib/search-cache.ts); the others are indexed and stored for next time. Files are
 * copied into the site, never linked, so that a write to the site cannot change the cache or the
 * other way round.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { removeStaleTemporaries, temporaryName } from '../../src/lib/content/owned-temporaries.ts';
import {
  bundleOfPath,
  indexedDocument,
  isIndexed,
  searchBundlePath,
  searchExcludedSelectors,
} from '../../src/lib/search/search-bundles.ts';
import { pagefindLanguage, type SearchRecord } from '../../src/lib/search/search-records.ts';
import { chineseTwinPath, withChineseNames } from '../../src/lib/search/search-names.ts';
import { LOCALES, type Locale } from '../../src/schemas/vocabulary.ts';
import {
  bundleFingerprint,
  FINGERPRINT,
  pageDigest,
  replaceCached,
  verifiedBundle,
  writeManifest,
  type IndexedPage,
} from './search-cache.ts';
import { TwinNames } from './twin-names.ts';

// Read from the file: the package does not export its package.json.
const PAGEFIND_VERSION = (
  JSON.parse(
    readFileSync(new URL('../../node_modules/pagefind/package.json', import.meta.url), 'utf8'),
  ) as { version: string }
).version;
/** Bumped when what is handed to Pagefind changes, so that cached bundles are not reused. */
const INDEXER_VERSION = `pagefind-${PAGEFIND_VERSION}/bundles-v5-zh-names`;

export interface IndexResult {
  bundles: number;
  reused: number;
  /** Cached bundles that failed their check and were indexed again. */
  corrupt: number;
  pages: number;
  records: number;
}

interface Bundle {
  /** The indexed pages; an English page's digest is of what Pagefind is given (englishPage). */
  pages: IndexedPage[];
  records: SearchRecord[];
}

/**
 * One bundle after the other: Pagefind holds one index at a time (the Chinese one is about 2 GB at
 * 10,000 news). Starting the Chinese reading while the pages were digested, and preparing the
 * English pages while Pagefind wrote the Chinese bundle, were measured: no faster on 2 cores, and
 * the latter 150 MB more at Pagefind's peak (docs/performance.md).
 */
export async function indexSite(
  siteDir: string,
  records: SearchRecord[],
  cacheDir: string,
): Promise<IndexResult> {
  mkdirSync(cacheDir, { recursive: true });
  removeStaleTemporaries(cacheDir);
  const twinNames = new TwinNames(cacheDir);
  const paths = htmlPaths(siteDir);
  const outcomes: Outcome[] = [];
  let pageCount = 0;
  // A language's pages are read when its turn comes: the English pages' names are read after
  // Pagefind has written and let go of the Chinese index, not beside it (the large archive's cold
  // build peaked at 2,672 MB with the names read first, 2,525 MB after; one run each).
  for (const locale of LOCALES) {
    const pages = indexedPages(siteDir, paths, locale, twinNames);
    pageCount += pages.length;
    outcomes.push(
      await publishBundle(siteDir, locale, cacheDir, twinNames, {
        pages,
        records: records.filter((record) => record.language === pagefindLanguage(locale)),
      }),
    );
  }
  await pagefind.close();
  twinNames.save();
  return {
    bundles: LOCALES.length,
    reused: outcomes.filter((outcome) => outcome === 'reused').length,
    corrupt: outcomes.filter((outcome) => outcome === 'corrupt').length,
    pages: pageCount,
    records: records.length,
  };
}

type Outcome = 'reused' | 'corrupt' | 'indexed';

/**
 * The pages a language's bundle indexes, with the digests of what Pagefind is given: for an English
 * page, its indexed part with its Chinese twin's names (englishPage), so that a change of the twin
 * that changes no name (a news item's summary, say) does not index the English bundle again.
 */
function indexedPages(
  siteDir: string,
  paths: string[],
  locale: Locale,
  twinNames: TwinNames,
): IndexedPage[] {
  const pages: IndexedPage[] = [];
  for (const sourcePath of paths.filter((path) => bundleOfPath(path) === locale)) {
    const html = readFileSync(join(siteDir, sourcePath), 'utf8');
    if (!isIndexed(html)) continue;
    pages.push({
      sourcePath,
      digest: pageDigest(
        locale === 'zh' ? html : englishPage(siteDir, sourcePath, html, twinNames),
      ),
    });
  }
  return pages;
}

/**
 * What Pagefind is given of a page outside Chinese: its indexed part (indexedDocument), with the
 * Chinese names of its twin, if it has one.
 */
function englishPage(
  siteDir: string,
  sourcePath: string,
  html: string,
  twinNames: TwinNames,
): string {
  const twin = chineseTwinOf(siteDir, sourcePath);
  return indexedDocument(twin === undefined ? html : withChineseNames(html, twinNames.of(twin)));
}

/**
 * Sends each item to Pagefind in order, up to `window` requests awaiting their answer at once.
 * Pagefind's service (1.6.0, pinned) reads its requests in the order written and handles them one
 * by one (pagefind/src/service/mod.rs), so the pages keep their order and the bundle is the same
 * as when each waited for the last (byte for byte, measured); not waiting took the English pages
 * of the large archive from 5.5 to 3.7 s. A refused item fails the run; the others' answers are
 * let go.
 */
async function sendInOrder<T>(
  items: Iterable<T>,
  send: (item: T) => Promise<void>,
  window = 64,
): Promise<void> {
  const pending: Promise<void>[] = [];
  try {
    for (const item of items) {
      if (pending.length >= window) await pending.shift();
      pending.push(send(item));
    }
    while (pending.length) await pending.shift();
  } finally {
    for (const left of pending) left.catch(() => undefined);
  }
}

/** A language's bundle into the site: from the cache when what it indexes is unchanged, else indexed. */
async function publishBundle(
  siteDir: string,
  locale: Locale,
  cacheDir: string,
  twinNames: TwinNames,
  bundle: Bundle,
): Promise<Outcome> {
  const fingerprint = bundleFingerprint(
    `${INDEXER_VERSION}/${searchExcludedSelectors(locale).join(',')}`,
    bundle.pages,
    bundle.records,
  );
  const cached = join(cacheDir, locale);
  const fingerprintFile = join(cached, FINGERPRINT);
  let outcome: Outcome = 'indexed';
  let files: Map<string, Buffer> | undefined;
  if (existsSync(fingerprintFile) && readFileSync(fingerprintFile, 'utf8') === fingerprint) {
    const check = verifiedBundle(cached);
    if ('files' in check) {
      files = check.files;
      outcome = 'reused';
    } else {
      outcome = 'corrupt';
      console.warn(
        `Warning: the cached search bundle ${cached} failed its check (${check.problem}); indexing it again.`,
      );
    }
  }
  if (!files) {
    const fresh = temporaryName(cached);
    await indexBundle(siteDir, locale, bundle, fresh, twinNames);
    files = writeManifest(fresh);
    writeFileSync(join(fresh, FINGERPRINT), fingerprint);
    replaceCached(fresh, cached);
  }
  const target = join(siteDir, searchBundlePath(locale));
  for (const [file, bytes] of files) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    writeFileSync(join(target, file), bytes);
  }
  return outcome;
}

/** The HTML pages of the site by their path in it, with / separators (search bundles left out). */
function htmlPaths(siteDir: string, dir = siteDir, found: string[] = []): string[] {
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    if (item.isDirectory()) {
      if (item.name !== 'pagefind') htmlPaths(siteDir, path, found);
    } else if (item.name.endsWith('.html'))
      found.push(relative(siteDir, path).split(sep).join('/'));
  }
  return found;
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

/** A Pagefind index for a language's bundle. */
async function newIndex(locale: Locale): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({
    excludeSelectors: searchExcludedSelectors(locale),
  });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  return index;
}

const fail = (what: string, found: string[]) => {
  if (found.length) throw new Error(`Pagefind, ${what}: ${found.join('; ')}`);
};

async function indexBundle(
  siteDir: string,
  locale: Locale,
  { pages, records }: Bundle,
  outputPath: string,
  twinNames: TwinNames,
): Promise<void> {
  const index = await newIndex(locale);
  // Chinese pages are read by Pagefind from the site folder (with none marked for indexing,
  // Pagefind would index every page whole).
  if (locale === 'zh' && pages.length)
    fail(
      'pages',
      (await index.addDirectory({ path: siteDir, glob: bundleGlob(siteDir, locale) })).errors,
    );
  // Other languages page by page, in the site's order, each with the Chinese names of its twin as
  // search metadata (search-names.ts); pages are prepared while Pagefind reads the ones before.
  // Not from a copy read as a folder: Pagefind takes a folder's pages in another order, and results
  // that score the same came in another order too (the English search tests' names ranked lower).
  if (locale !== 'zh')
    await sendInOrder(pages, async ({ sourcePath }) => {
      const html = readFileSync(join(siteDir, sourcePath), 'utf8');
      const added = await index.addHTMLFile({
        sourcePath,
        content: englishPage(siteDir, sourcePath, html, twinNames),
      });
      fail(sourcePath, added.errors);
    });
  await sendInOrder(records, async (record) =>
    fail(record.url, (await index.addCustomRecord(record)).errors),
  );
  fail('writing', (await index.writeFiles({ outputPath })).errors);
  await index.deleteIndex();
}
