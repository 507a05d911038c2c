import { describe, expect, it } from 'vitest';
import { lighthouseScores } from '../../scripts/lib/lighthouse.ts';
import { SAMPLE_DIST } from '../helpers/paths.ts';
import { servedSite } from '../helpers/served-site.ts';

const site = servedSite(SAMPLE_DIST, { browser: false });

describe('Lighthouse 12.2.3 on the main page types', () => {
  it('scores 100 for accessibility, at least 90 for best practices and SEO, at least 80 for performance', async () => {
    const scores = await lighthouseScores(
      ['/', '/studios/zhao-pengda/', '/en/documents/jz-2021-31/', '/reports/2021/'].map(
        (path) => `${site.server.url}${path}`,
      ),
    );
    for (const [url, score] of scores) {
      console.log(`lighthouse ${url}: ${JSON.stringify(score)}`);
      expect(score.accessibility, url).toBe(100);
      expect(score['best-practices'], url).toBeGreaterThanOrEqual(90);
      expect(score.seo, url).toBeGreaterThanOrEqual(90);
      // Performance is simulated on a throttled phone and varies with the machine: a floor, not a target.
      expect(score.performance, url).toBeGreaterThanOrEqual(80);
    }
  }, 180_000);
});
