/**
 * `npm run lighthouse`: Lighthouse scores (performance, accessibility, best practices, SEO) of the
 * main page types of the built site, served locally, as a Markdown table for the README.
 */
import { existsSync } from 'node:fs';
import { lighthouseScores, CATEGORIES } from './lib/lighthouse.ts';
import { serve } from './lib/static-server.ts';
import { readVariable } from '../src/lib/site/environment.ts';

export const MAIN_PAGES = [
  '/',
  '/studios/',
  '/studios/zhao-pengda/',
  '/documents/jz-2021-31/',
  '/awards/',
  '/news/2021-zhao-pengda-studio-named/',
  '/reports/2021/',
  '/en/',
  '/en/studios/zhao-pengda/',
];

const dist = readVariable('STUDIO_OUT_DIR');
if (!existsSync(`${dist}/index.html`)) {
  console.error(`${dist} holds no built site; run npm run build first.`);
  process.exit(1);
}
const server = await serve(dist);
try {
  const scores = await lighthouseScores(MAIN_PAGES.map((path) => `${server.url}${path}`));
  console.log(
    `| page | ${CATEGORIES.join(' | ')} |\n| --- | ${CATEGORIES.map(() => '---:').join(' | ')} |`,
  );
  for (const [url, score] of scores)
    console.log(
      `| \`${url.slice(server.url.length)}\` | ${CATEGORIES.map((c) => score[c]).join(' | ')} |`,
    );
} finally {
  await server.close();
}
