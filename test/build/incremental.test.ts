/**
 * Astro's incremental build copies a page from the previous build when its cache key (the digest of
 * its view, src/lib/views/key.ts) and its code are unchanged, and the search index is kept per
 * language between builds (scripts/lib/search-index.ts). That is only safe if every key changes with
 * everything its page shows, and a kept bundle equals what a cold index would be. One chain of builds
 * on one copy of the sample proves both:
 * 1. a first build;
 * 2. after changes that pages only name (a topic, a studio's title, a person's name, an award, a
 *    document's date, an organisation) and the text of articles in both languages: pages restored,
 *    both search bundles indexed again;
 * 3. after a typo fixed in one Chinese news item: only the Chinese bundle is indexed again;
 * 4. a cold build of the same content at another path (its own, empty caches).
 * The chained build's pages and bundles must equal the cold build's, file for file: a page wrongly
 * restored in step 2 is restored again in step 3 (its key is unchanged) and shows up as a difference.
 * test/property/incremental-builds.test.ts (in CI) does the same for a change to every field.
 */
import { cpSync, existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chinaToday } from '../../src/lib/site/build-date.ts';
import { copySampleContent, runBuild } from '../helpers/build.ts';
import { htmlPages } from '../helpers/html.ts';
import { differingPages, replaceIn, reusedBundles, searchBundle } from '../helpers/incremental.ts';
import { SAMPLE_SITE_URL, TMP } from '../helpers/paths.ts';

/** Every share image the pages of a site name (og:image), by path. */
const shareImagesOf = (site: string) =>
  new Set(
    htmlPages(site).flatMap((path) =>
      [
        ...readFileSync(
          join(site, path.endsWith('/') ? `${path}index.html` : path),
          'utf8',
        ).matchAll(/<meta property="og:image" content="([^"]+)"/g),
      ].map((match) => new URL(match[1]!).pathname),
    ),
  );

describe('incremental rebuilds', () => {
  it('give the same pages and search bundles as a cold build, after changes that pages only name and after one typo fixed', () => {
    const contentDir = copySampleContent('incremental');
    // The typo's article as plain Markdown, as `npm run new` and the generator write news: Astro does
    // not see a change to a Markdown body by itself, so the page's cache key must.
    const typoArticle = join(contentDir, 'news/zh/2019-sun-jianguo-cnc-first.md');
    renameSync(typoArticle.replace(/\.md$/, '.mdx'), typoArticle);
    const warmOut = join(TMP, 'incremental-warm-dist');
    // With a public address, so that pages name their share images (og:image) too; on one
    // publishing day, so that builds either side of midnight in China give the same pages.
    const day = chinaToday();
    const build = (content: string, out: string) => {
      const result = runBuild(content, out, { SITE_URL: SAMPLE_SITE_URL, STUDIO_BUILD_DATE: day });
      expect(result.status, result.output).toBe(0);
      return result.output;
    };
    build(contentDir, warmOut);

    replaceIn(join(contentDir, 'topics/naming.yaml'), '命名授牌', '命名与授牌');
    replaceIn(
      join(contentDir, 'studios/gao-yan.yaml'),
      '高岩职工创新工作室',
      '高岩轧钢节能职工创新工作室',
    );
    replaceIn(join(contentDir, 'people/xu-kai.yaml'), '徐凯', '徐开');
    replaceIn(join(contentDir, 'awards/2022-jz-sk-xu-kai.yaml'), 'rank: first', 'rank: second');
    replaceIn(
      join(contentDir, 'documents/jz-2020-35.mdx'),
      "date: '2020-12-10'",
      "date: '2020-12-11'",
    );
    replaceIn(
      join(contentDir, 'organisations/jinxin-steel.yaml'),
      '锦州锦鑫特钢有限公司',
      '锦州锦鑫特殊钢有限公司',
    );
    // And the text of a page's own article: a news body (zh and en) and a document's full text.
    replaceIn(
      join(contentDir, 'news/zh/2021-plaque-unveiled.mdx'),
      /\n*$/,
      '\n\n揭牌仪式后，工作室成员合影留念。\n',
    );
    replaceIn(
      join(contentDir, 'news/en/2021-plaque-unveiled.mdx'),
      /\n*$/,
      '\n\nThe members had their photograph taken after the ceremony.\n',
    );
    replaceIn(join(contentDir, 'documents/jz-2021-31.mdx'), /\n*$/, '\n\n（此件公开发布）\n');
    const named = build(contentDir, warmOut);
    expect(named).toContain('(restored)');
    // Both languages changed: both search bundles were indexed again.
    expect(reusedBundles(named), named).toBe(0);
    const englishBefore = searchBundle(warmOut, 'en/pagefind');
    const chineseBefore = searchBundle(warmOut, 'pagefind');

    // A Chinese news item without an English translation: its English page shows the Chinese text
    // but is not indexed. And the Chinese text of a translated one: its English page is indexed with
    // the Chinese names of this page, which stay the same. So only the Chinese bundle changes.
    replaceIn(typoArticle, /\n*$/, '\n\n本文于次年补充了比赛现场照片说明。\n');
    replaceIn(
      join(contentDir, 'news/zh/2021-plaque-unveiled.mdx'),
      /\n*$/,
      '\n\n仪式由锦州石化公司工会主持。\n',
    );
    const typo = build(contentDir, warmOut);
    expect(reusedBundles(typo), typo).toBe(1);
    expect(searchBundle(warmOut, 'en/pagefind')).toEqual(englishBefore);
    expect(searchBundle(warmOut, 'pagefind')).not.toEqual(chineseBefore);
    expect(
      readFileSync(join(warmOut, 'news/2019-sun-jianguo-cnc-first/index.html'), 'utf8'),
    ).toContain('补充了比赛现场照片说明');
    // The build it replaced stays beside it, for a rollback.
    expect(
      readFileSync(
        join(`${warmOut}.previous`, 'news/2019-sun-jianguo-cnc-first/index.html'),
        'utf8',
      ),
    ).not.toContain('补充了比赛现场照片说明');

    // The same content at another path has its own, empty caches: a cold build.
    const coldContent = `${contentDir}-cold`;
    cpSync(contentDir, coldContent, { recursive: true });
    const coldOut = join(TMP, 'incremental-cold-dist');
    expect(reusedBundles(build(coldContent, coldOut))).toBe(0);

    expect(differingPages(warmOut, coldOut)).toEqual([]);
    for (const bundle of ['pagefind', 'en/pagefind']) {
      const warmIndex = searchBundle(warmOut, bundle);
      expect(Object.keys(warmIndex).length, bundle).toBeGreaterThan(10);
      expect(warmIndex, bundle).toEqual(searchBundle(coldOut, bundle));
    }
    // Restored pages name share images (photo derivatives, cards) that this build published too.
    const shareImages = shareImagesOf(warmOut);
    expect(shareImages.size).toBeGreaterThan(100);
    expect([...shareImages].filter((path) => !existsSync(join(warmOut, path)))).toEqual([]);
  });
});
