/**
 * The search index is kept per language between builds (scripts/lib/search-index.ts): after a
 * change to one news item, only its language's bundle is indexed again, and both bundles equal a
 * cold index of the same content (see test/build/incremental.test.ts for the pages).
 */
import { cpSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySampleContent, runBuild } from '../helpers/build.ts';
import { differingPages, reusedBundles, searchBundle } from '../helpers/incremental.ts';
import { TMP } from '../helpers/paths.ts';

describe('incremental rebuilds', () => {
  it('after a typo fixed in one news item: that page and its language index are redone, nothing else', () => {
    const contentDir = copySampleContent('search-reuse');
    // The article as plain Markdown, as `npm run new` and the generator write news: Astro does not
    // see a change to a Markdown body by itself, so the page's cache key must.
    renameSync(join(contentDir, 'news/zh/2019-sun-jianguo-cnc-first.mdx'), join(contentDir, 'news/zh/2019-sun-jianguo-cnc-first.md'));
    const warmOut = join(TMP, 'search-reuse-warm-dist');
    const first = runBuild(contentDir, warmOut);
    expect(first.status, first.output).toBe(0);
    const englishBefore = searchBundle(warmOut, 'en/pagefind');
    const chineseBefore = searchBundle(warmOut, 'pagefind');

    // A Chinese news item without an English translation: its English page shows the Chinese
    // text but is not indexed, so only the Chinese bundle changes.
    const news = join(contentDir, 'news/zh/2019-sun-jianguo-cnc-first.md');
    writeFileSync(news, `${readFileSync(news, 'utf8')}\n本文于次年补充了比赛现场照片说明。\n`);
    const second = runBuild(contentDir, warmOut);
    expect(second.status, second.output).toBe(0);
    expect(reusedBundles(second.output), second.output).toBe(1);
    expect(searchBundle(warmOut, 'en/pagefind')).toEqual(englishBefore);
    expect(searchBundle(warmOut, 'pagefind')).not.toEqual(chineseBefore);

    const coldContent = `${contentDir}-cold`;
    cpSync(contentDir, coldContent, { recursive: true });
    const coldOut = join(TMP, 'search-reuse-cold-dist');
    const cold = runBuild(coldContent, coldOut);
    expect(cold.status, cold.output).toBe(0);
    expect(reusedBundles(cold.output)).toBe(0);
    for (const bundle of ['pagefind', 'en/pagefind']) expect(searchBundle(warmOut, bundle), bundle).toEqual(searchBundle(coldOut, bundle));
    expect(readFileSync(join(warmOut, 'news/2019-sun-jianguo-cnc-first/index.html'), 'utf8')).toContain('补充了比赛现场照片说明');
    // The build it replaced stays beside it, for a rollback.
    expect(readFileSync(join(`${warmOut}.previous`, 'news/2019-sun-jianguo-cnc-first/index.html'), 'utf8')).not.toContain('补充了比赛现场照片说明');
    expect(differingPages(warmOut, coldOut)).toEqual([]);
  });
});
