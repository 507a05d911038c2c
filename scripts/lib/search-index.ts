/**
 * Pagefind over the built site, one language bundle at a time (src/lib/search-bundles.ts). A
 * bundle whose pages and records are byte for byte those of the previous build is taken from the
 * cache (hard links, so reuse costs no copying); the others are indexed and stored for next time.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { createHash } from 'node:crypto';
import { linkOrCopy } from '../../src/lib/link-or-copy.ts';
import { bundleOfPath, isIndexed, searchBundlePath } from '../../src/lib/search-bundles.ts';
import { pagefindLanguage, type SearchRecord } from '../../src/lib/search-records.ts';
import { LOCALES, type Locale } from '../../src/schemas/vocabulary.ts';

// Read from the file: the package does not export its package.json.
const PAGEFIND_VERSION = (JSON.parse(readFileSync(new URL('../../node_modules/pagefind/package.json', import.meta.url), 'utf8')) as { version: string }).version;
/** Bumped when what is handed to Pagefind changes, so that cached bundles are not reused. */
const INDEXER_VERSION = `pagefind-${PAGEFIND_VERSION}/bundles-v1`;

export interface IndexResult {
  bundles: number;
  reused: number;
  pages: number;
  records: number;
}

interface Bundle {
  /** The indexed pages: their path in the site and a digest of their HTML. */
  pages: Array<{ sourcePath: string; digest: string }>;
  records: SearchRecord[];
}

/**
 * A bundle's fingerprint: what Pagefind would read. When it is unchanged since the last build,
 * that build's index files for the bundle are reused as they are.
 */
function bundleFingerprint(version: string, pages: Bundle['pages'], records: SearchRecord[]): string {
  const hash = createHash('sha256').update(version);
  for (const page of pages.toSorted((a, b) => a.sourcePath.localeCompare(b.sourcePath))) hash.update(`\0${page.sourcePath}\0${page.digest}`);
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

/** Hard-links a folder's files into another (copies where links are not possible). */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const item of readdirSync(from, { withFileTypes: true })) {
    if (item.isDirectory()) linkTree(join(from, item.name), join(to, item.name));
    else linkOrCopy(join(from, item.name), join(to, item.name));
  }
}

export async function indexSite(siteDir: string, records: SearchRecord[], cacheDir: string): Promise<IndexResult> {
  const bundles = new Map<Locale, Bundle>(
    LOCALES.map((locale) => [locale, { pages: [], records: records.filter((record) => record.language === pagefindLanguage(locale)) }]),
  );
  let pages = 0;
  for (const file of htmlFiles(siteDir)) {
    const html = readFileSync(file, 'utf8');
    if (!isIndexed(html)) continue;
    const sourcePath = relative(siteDir, file).split(sep).join('/');
    bundles.get(bundleOfPath(sourcePath))!.pages.push({ sourcePath, digest: pageDigest(html) });
    pages += 1;
  }

  let reused = 0;
  mkdirSync(cacheDir, { recursive: true });
  for (const [locale, bundle] of bundles) {
    const fingerprint = bundleFingerprint(INDEXER_VERSION, bundle.pages, bundle.records);
    const cached = join(cacheDir, locale);
    if (existsSync(join(cached, 'fingerprint')) && readFileSync(join(cached, 'fingerprint'), 'utf8') === fingerprint) {
      reused += 1;
    } else {
      const fresh = `${cached}.${process.pid}.tmp`;
      rmSync(fresh, { recursive: true, force: true });
      await indexBundle(siteDir, locale, bundle, fresh);
      writeFileSync(join(fresh, 'fingerprint'), fingerprint);
      rmSync(cached, { recursive: true, force: true });
      renameSync(fresh, cached);
    }
    const target = join(siteDir, searchBundlePath(locale));
    linkTree(cached, target);
    rmSync(join(target, 'fingerprint'));
  }
  await pagefind.close();
  return { bundles: bundles.size, reused, pages, records: records.length };
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
    .filter((item) => item.name !== 'pagefind' && (!item.isDirectory() || bundleOfPath(`${item.name}/`) === 'zh'))
    .flatMap((item) => (item.isDirectory() ? [`${item.name}/**/*.html`] : item.name.endsWith('.html') ? [item.name] : []));
  return `{${parts.join(',')}}`;
}

async function indexBundle(siteDir: string, locale: Locale, { pages, records }: Bundle, outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const fail = (what: string, found: string[]) => {
    if (found.length) throw new Error(`Pagefind, ${what}: ${found.join('; ')}`);
  };
  if (pages.length) fail('pages', (await index.addDirectory({ path: siteDir, glob: bundleGlob(siteDir, locale) })).errors);
  for (const record of records) fail(record.url, (await index.addCustomRecord(record)).errors);
  fail('writing', (await index.writeFiles({ outputPath })).errors);
  await index.deleteIndex();
}
