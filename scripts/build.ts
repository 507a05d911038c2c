/**
 * `npm run build`: builds the whole site into a staging folder and only then replaces the output
 * folder, so a failed build (bad content, a page error) publishes nothing half-made.
 * Environment: STUDIO_CONTENT_DIR (content folder), STUDIO_OUT_DIR (output, default dist), SITE_URL.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { contentRoot } from '../src/lib/collections.ts';
import { buildModel, publishedOnly } from '../src/lib/model.ts';
import { awardRecords } from '../src/lib/search-records.ts';
import { validateContent } from '../src/lib/validate.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
// As the astro CLI does: without it, import.meta.env.DEV is true in prerendered pages.
process.env.NODE_ENV = 'production';
const outDir = resolve(process.env.STUDIO_OUT_DIR || 'dist');
const staging = `${outDir}.staging`;
const started = performance.now();

rmSync(staging, { recursive: true, force: true });
try {
  await build({ outDir: staging, logLevel: process.env.STUDIO_LOG_LEVEL === 'debug' ? 'debug' : 'info' });
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed; ${outDir} was left as it was.\n`);
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

try {
  await indexForSearch(staging);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nSearch indexing failed; ${outDir} was left as it was.\n`);
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const previous = `${outDir}.previous`;
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`Site written to ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);

/** Pagefind over the built pages (one index per <html lang>) plus a record per award. */
async function indexForSearch(siteDir: string): Promise<void> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: siteDir });
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const { content } = validateContent(contentRoot());
  const records = awardRecords(buildModel(publishedOnly(content, false)));
  for (const record of records) {
    const response = await index.addCustomRecord(record);
    if (response.errors.length) throw new Error(`Pagefind record ${record.url}: ${response.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  console.log(`Search index: ${added.page_count} pages and ${records.length} award records in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}
