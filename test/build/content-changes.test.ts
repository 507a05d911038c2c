import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copySampleContent } from '../helpers/build.ts';
import { page, textOf } from '../helpers/html.ts';
import { SAMPLE_DIST, SAMPLE_SITE_URL, TMP } from '../helpers/paths.ts';
import { sharedBuild } from '../helpers/shared-builds.ts';

/**
 * Figures and histories come from the content: change a copy of the sample content, build it,
 * and compare the pages with the sample build. One changed copy serves both describes: each asks
 * for it in its own beforeAll, so either runs alone (`-t`) and the site is built once.
 */
const outDir = join(TMP, 'changed-content-dist');
let built = false;

/** Edits of published entries: a re-dated naming with another level, a withdrawn award, more proposals. */
function changePublishedEntries(contentDir: string): void {
  // 1. The union re-issues the 2021 decision with another date and a demonstrative title for the Zhao Pengda studio.
  const decision = join(contentDir, 'documents/jz-2021-31.mdx');
  const original = readFileSync(decision, 'utf8');
  const changed = original
    .replace("date: '2021-12-07'", "date: '2021-12-20'")
    .replace(
      /studio: zhao-pengda\n(\s+)level: municipal/,
      'studio: zhao-pengda\n$1level: municipal-demonstrative',
    );
  expect(changed).not.toBe(original);
  writeFileSync(decision, changed);
  // 2. An award is withdrawn.
  rmSync(join(contentDir, 'awards/2021-jz-ti-heat-exchanger.yaml'));
  // 3. The Zhao Pengda studio reports 10 more proposals, in November 2021.
  const figures = join(contentDir, 'figures/zhao-pengda.yaml');
  writeFileSync(
    figures,
    readFileSync(figures, 'utf8').replace(
      'periods:\n',
      'periods:\n- from: 2021-11\n  to: 2021-11\n  proposals:\n    submitted: 10\n    adopted: 10\n    implemented: 10\n',
    ),
  );
}

/** Entries that wait: a draft article (with its English version), an article dated in the future, a draft document. */
function addWaitingEntries(contentDir: string): void {
  const article = (title: string, extra: string) =>
    `---\ntitle: ${title}\ndate: '2024-05-01'\nsummary: 摘要。\n${extra}---\n\n正文。\n`;
  writeFileSync(
    join(contentDir, 'news/zh/draft-article.mdx'),
    article('草稿文章', 'draft: true\n'),
  );
  writeFileSync(join(contentDir, 'news/en/draft-article.mdx'), article('Draft article', ''));
  writeFileSync(
    join(contentDir, 'news/zh/future-article.mdx'),
    article('定时文章', '').replace('2024-05-01', '2099-01-01'),
  );
  const notice = readFileSync(join(contentDir, 'documents/jz-2025-12.mdx'), 'utf8');
  const draft = notice
    .replace('number: 锦工发〔2025〕12号', 'number: 锦工发〔2026〕99号')
    .replace(/^type: pairing-notice$/m, 'type: pairing-notice\ndraft: true');
  expect(draft).toContain('draft: true');
  writeFileSync(join(contentDir, 'documents/draft-notice.mdx'), draft);
}

/** Builds the changed copy of the sample into outDir, the first time it is asked for. */
async function buildChangedSite(): Promise<void> {
  if (built) return;
  const contentDir = copySampleContent('changed-content');
  changePublishedEntries(contentDir);
  addWaitingEntries(contentDir);
  // With a public address: the feeds and the sitemap are written only then.
  // Kept for the next run while neither this content nor the code changes (test/helpers/shared-builds.ts).
  expect(await sharedBuild('changed-content', contentDir, { SITE_URL: SAMPLE_SITE_URL })).toBe(
    outDir,
  );
  built = true;
}

describe('pages follow the content', () => {
  beforeAll(buildChangedSite);

  it("changes the studio's history when the naming decision changes", () => {
    const firstRow = textOf(
      page(outDir, '/studios/zhao-pengda/').querySelector('[data-testid="designations"] tbody tr'),
    );
    expect(firstRow).toContain('2021年12月20日');
    expect(firstRow).toContain('市级示范性');
    expect(firstRow).not.toContain('2021年12月7日');
    expect(
      textOf(
        page(outDir, '/documents/jz-2021-31/').querySelector('[data-testid="named"] tbody tr'),
      ),
    ).toContain('市级示范性');
  });

  it('changes the home figures when awards and proposals change', () => {
    const figure = (dist: string, name: string) =>
      textOf(page(dist, '/').querySelector(`[data-figure="${name}"]`));
    expect(Number(figure(outDir, 'awards'))).toBe(Number(figure(SAMPLE_DIST, 'awards')) - 1);
    const proposals = (dist: string) => Number(figure(dist, 'proposals').replace(/,/g, ''));
    expect(proposals(outDir)).toBe(proposals(SAMPLE_DIST) + 10);
  });

  it("sums the studio's 2021 figures over both periods", () => {
    const studio = page(outDir, '/studios/zhao-pengda/');
    expect(textOf(studio.querySelector('[data-figure="2021-proposalsSubmitted"]'))).toBe('32');
    expect(
      page(SAMPLE_DIST, '/studios/zhao-pengda/').querySelector('#award-2021-jz-ti-heat-exchanger'),
    ).not.toBeNull();
    expect(studio.querySelector('#award-2021-jz-ti-heat-exchanger')).toBeNull();
  });
});

describe('drafts and scheduled entries', () => {
  beforeAll(buildChangedSite);

  it('leaves drafts and future-dated entries out of the production build, with their translations', () => {
    for (const path of [
      'news/draft-article',
      'en/news/draft-article',
      'news/future-article',
      'documents/draft-notice',
      'en/documents/draft-notice',
    ]) {
      expect(existsSync(join(outDir, path, 'index.html')), path).toBe(false);
    }
    for (const file of ['rss.xml', 'sitemap-0.xml', 'news/index.html', 'documents/index.html']) {
      const text = readFileSync(join(outDir, file), 'utf8');
      expect(text, file).not.toMatch(
        /draft-article|future-article|draft-notice|锦工发〔2026〕99号/,
      );
    }
    // The draft notice's pairings give no studio a pairing.
    expect(
      textOf(page(outDir, '/studios/he-jun/').querySelector('[data-testid="pairings"]')),
    ).not.toContain('锦工发〔2026〕99号');
  });
});
