/**
 * `npm run reports:pdf`: prints every annual report of the built site (both languages) to A4 PDF
 * with Chromium into public/reports/pdf/, then rebuilds the site so that each report page links
 * its PDF. The browser and its Chinese font come from npm (scripts/lib/browser.ts): no system font is needed.
 * Options: --year 2021 (only that year), --no-build (do not rebuild), --dist <folder> (default dist).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/content/collections.ts';
import { buildModel, publishedOnly } from '../src/lib/model/model.ts';
import { localePath, reportPath } from '../src/lib/site/paths.ts';
import { REPORT_PDF_DIR, reportPdfFile } from '../src/lib/figures/report-files.ts';
import { validateContent } from '../src/lib/validation/index.ts';
import { contentYears } from '../src/lib/model/years.ts';
import { LOCALES } from '../src/schemas/vocabulary.ts';
import { launchBrowser } from './lib/browser.ts';
import { printReportPdf } from './lib/report-pdf.ts';
import { serve } from './lib/static-server.ts';
import { readVariable } from '../src/lib/site/environment.ts';

const { values } = parseArgs({
  options: {
    year: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    dist: { type: 'string', default: readVariable('STUDIO_OUT_DIR') },
  },
});
const dist = values.dist!;
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist} holds no built site; run npm run build first.`);
  process.exit(1);
}

const model = buildModel(publishedOnly(validateContent(contentRoot()).content, false));
const years = values.year ? [Number(values.year)] : contentYears(model);
const server = await serve(dist);
const browser = await launchBrowser();
mkdirSync(REPORT_PDF_DIR, { recursive: true });
try {
  for (const year of years) {
    for (const locale of LOCALES) {
      const pdf = await printReportPdf(
        browser,
        `${server.url}${localePath(locale, reportPath(year))}`,
      );
      const file = join('public', reportPdfFile(year, locale));
      writeFileSync(file, pdf);
      console.log(`${file} (${Math.round(pdf.length / 1024)} KB)`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

if (!values['no-build']) {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
