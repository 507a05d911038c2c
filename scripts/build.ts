/**
 * `npm run build`: builds the whole site into a staging folder and only then replaces the output
 * folder, so a failed build (bad content, a page error) publishes nothing half-made.
 * Environment: STUDIO_CONTENT_DIR (content folder), STUDIO_OUT_DIR (output, default dist), SITE_URL.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'astro';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
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

const previous = `${outDir}.previous`;
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`Site written to ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
