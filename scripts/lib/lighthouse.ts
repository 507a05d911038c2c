/** Lighthouse (pinned 12.2.3) on pages of a served site, in the tests' Chromium (scripts/lib/browser.ts). */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { browserSetup, CHROMIUM_FLAGS } from './browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof CATEGORIES)[number], number>;

export async function lighthouseScores(urls: string[]): Promise<Map<string, Scores>> {
  const { executablePath, env } = await browserSetup();
  const chrome = await chromeLauncher.launch({
    chromePath: executablePath,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
    envVars: { ...process.env, ...env } as Record<string, string>,
  });
  const scores = new Map<string, Scores>();
  try {
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        // Pictures of the page for a report nobody looks at here: no category's score reads them.
        disableFullPageScreenshot: true,
        skipAudits: ['screenshot-thumbnails', 'final-screenshot'],
      });
      const categories = result?.lhr.categories ?? {};
      scores.set(
        url,
        Object.fromEntries(
          CATEGORIES.map((category) => [
            category,
            Math.round((categories[category]?.score ?? 0) * 100),
          ]),
        ) as Scores,
      );
    }
  } finally {
    chrome.kill();
  }
  return scores;
}
