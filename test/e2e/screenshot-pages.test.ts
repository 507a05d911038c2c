/** `npm run screenshots` finds an example of every page type in the sample build, in both languages, each a real page. */
import { describe, expect, it } from 'vitest';
import { englishPath, screenshotPages } from '../../scripts/lib/screenshot-pages.ts';
import { servedSite } from '../helpers/served-site.ts';

const site = servedSite(undefined, { browser: false });

describe('the pages npm run screenshots takes', () => {
  it('are every page type of the sample, each answering 200 in Chinese and English', async () => {
    const { pages, missing } = await screenshotPages(site.server.url);
    expect(missing).toEqual([]);
    expect(pages.map((page) => page.name)).toEqual([
      'home',
      'studios',
      'studio',
      'people',
      'person',
      'documents',
      'document',
      'news',
      'news-item',
      'topic',
      'awards',
      'award-facet',
      'achievements',
      'achievement',
      'reports',
      'report',
      'data',
      'search',
      '404',
    ]);
    for (const page of pages) {
      for (const path of [page.path, englishPath(page.path)]) {
        const response = await fetch(`${site.server.url}${path}`);
        expect(response.status, path).toBe(200);
        const html = await response.text();
        expect(html, path).toContain(
          path.startsWith('/en/') ? '<html lang="en"' : '<html lang="zh-CN"',
        );
      }
    }
  });
});
