/**
 * Astro's incremental build copies a page from the previous build when its cache key
 * (the digest of its view, src/lib/views/key.ts) and its code are unchanged. That is only safe if every key changes with
 * everything its page shows. Proof: change content that pages only name (a topic, a studio's
 * title, a person's name, an award, a document's date) and the text of articles, rebuild incrementally, and compare every
 * page with a cold build of the same content. The search index is kept per language between
 * builds the same way (scripts/lib/search-index.ts), and compared with a cold index
 * (test/build/incremental-search.test.ts: a file of its own, so that the two sets of builds run side by side).
 */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySampleContent, runBuild } from '../helpers/build.ts';
import { htmlPages } from '../helpers/html.ts';
import { differingPages, replaceIn, reusedBundles, searchBundle } from '../helpers/incremental.ts';
import { SAMPLE_SITE_URL, TMP } from '../helpers/paths.ts';

describe('incremental rebuilds', () => {
  it('give the same pages as a cold build after changes that pages only name', () => {
    const contentDir = copySampleContent('incremental');
    const warmOut = join(TMP, 'incremental-warm-dist');
    // With a public address, so that pages name their share images (og:image) too.
    const first = runBuild(contentDir, warmOut, { SITE_URL: SAMPLE_SITE_URL });
    expect(first.status, first.output).toBe(0);

    replaceIn(join(contentDir, 'topics/naming.yaml'), '命名授牌', '命名与授牌');
    replaceIn(join(contentDir, 'studios/gao-yan.yaml'), '高岩职工创新工作室', '高岩轧钢节能职工创新工作室');
    replaceIn(join(contentDir, 'people/xu-kai.yaml'), '徐凯', '徐开');
    replaceIn(join(contentDir, 'awards/2022-jz-sk-xu-kai.yaml'), 'rank: first', 'rank: second');
    replaceIn(join(contentDir, 'documents/jz-2020-35.mdx'), "date: '2020-12-10'", "date: '2020-12-11'");
    replaceIn(join(contentDir, 'organisations/jinxin-steel.yaml'), '锦州锦鑫特钢有限公司', '锦州锦鑫特殊钢有限公司');
    // And the text of a page's own article: a news body (zh and en) and a document's full text.
    replaceIn(join(contentDir, 'news/zh/2021-plaque-unveiled.mdx'), /\n*$/, '\n\n揭牌仪式后，工作室成员合影留念。\n');
    replaceIn(join(contentDir, 'news/en/2021-plaque-unveiled.mdx'), /\n*$/, '\n\nThe members had their photograph taken after the ceremony.\n');
    replaceIn(join(contentDir, 'documents/jz-2021-31.mdx'), /\n*$/, '\n\n（此件公开发布）\n');

    const second = runBuild(contentDir, warmOut, { SITE_URL: SAMPLE_SITE_URL });
    expect(second.status, second.output).toBe(0);
    expect(second.output).toContain('(restored)');

    // The same content at another path has its own, empty cache: a cold build.
    const coldContent = `${contentDir}-cold`;
    cpSync(contentDir, coldContent, { recursive: true });
    const coldOut = join(TMP, 'incremental-cold-dist');
    const cold = runBuild(coldContent, coldOut, { SITE_URL: SAMPLE_SITE_URL });
    expect(cold.status, cold.output).toBe(0);

    expect(differingPages(warmOut, coldOut)).toEqual([]);
    // Restored pages name share images (photo derivatives, cards) that this build published too.
    const shareImages = new Set(
      htmlPages(warmOut).flatMap((path) =>
        [...readFileSync(join(warmOut, path.endsWith('/') ? `${path}index.html` : path), 'utf8').matchAll(/<meta property="og:image" content="([^"]+)"/g)].map(
          (match) => new URL(match[1]!).pathname,
        ),
      ),
    );
    expect(shareImages.size).toBeGreaterThan(100);
    expect([...shareImages].filter((path) => !existsSync(join(warmOut, path)))).toEqual([]);

    // Both languages changed here: both search bundles were indexed again, and equal a cold index.
    expect(reusedBundles(second.output), second.output).toBe(0);
    for (const bundle of ['pagefind', 'en/pagefind']) {
      const warmIndex = searchBundle(warmOut, bundle);
      expect(Object.keys(warmIndex).length, bundle).toBeGreaterThan(10);
      expect(warmIndex, bundle).toEqual(searchBundle(coldOut, bundle));
    }
  });
});
