/**
 * Astro's incremental build copies a page from the previous build when its cache key
 * (src/lib/cache-keys.ts) and its code are unchanged. That is only safe if every key changes with
 * everything its page shows. Proof: change content that pages only name (a topic, a studio's
 * title, a person's name, an award, a document's date), rebuild incrementally, and compare every
 * page with a cold build of the same content. The search index is kept per language between
 * builds the same way (scripts/lib/search-index.ts), and compared with a cold index.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySampleContent, runBuild } from '../helpers/build.ts';
import { htmlPages } from '../helpers/html.ts';
import { TMP } from '../helpers/paths.ts';

/** Every file of a language's search bundle, with a digest of its bytes. */
function searchBundle(siteDir: string, bundlePath: string): Record<string, string> {
  const root = join(siteDir, bundlePath);
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, item.name);
      if (item.isDirectory()) walk(path);
      else files[relative(root, path)] = createHash('sha1').update(readFileSync(path)).digest('hex');
    }
  };
  if (existsSync(root)) walk(root);
  return files;
}
const reusedBundles = (output: string) => Number(/(\d+) reused from the last build/.exec(output)?.[1]);

const replaceIn = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  expect(next, file).not.toBe(text);
  writeFileSync(file, next);
};

describe('incremental rebuilds', () => {
  it('give the same pages as a cold build after changes that pages only name', () => {
    const contentDir = copySampleContent('incremental');
    const warmOut = join(TMP, 'incremental-warm-dist');
    const first = runBuild(contentDir, warmOut);
    expect(first.status, first.output).toBe(0);

    replaceIn(join(contentDir, 'topics/naming.yaml'), '命名授牌', '命名与授牌');
    replaceIn(join(contentDir, 'studios/gao-yan.yaml'), '高岩职工创新工作室', '高岩轧钢节能职工创新工作室');
    replaceIn(join(contentDir, 'people/xu-kai.yaml'), '徐凯', '徐开');
    replaceIn(join(contentDir, 'awards/2022-jz-sk-xu-kai.yaml'), 'rank: first', 'rank: second');
    replaceIn(join(contentDir, 'documents/jz-2020-35.mdx'), "date: '2020-12-10'", "date: '2020-12-11'");
    replaceIn(join(contentDir, 'organisations/jinxin-steel.yaml'), '锦州锦鑫特钢有限公司', '锦州锦鑫特殊钢有限公司');

    const second = runBuild(contentDir, warmOut);
    expect(second.status, second.output).toBe(0);
    expect(second.output).toContain('(restored)');

    // The same content at another path has its own, empty cache: a cold build.
    const coldContent = `${contentDir}-cold`;
    cpSync(contentDir, coldContent, { recursive: true });
    const coldOut = join(TMP, 'incremental-cold-dist');
    const cold = runBuild(coldContent, coldOut);
    expect(cold.status, cold.output).toBe(0);

    const pages = htmlPages(coldOut);
    expect(htmlPages(warmOut)).toEqual(pages);
    const differing = pages.filter((path) => {
      const file = path.endsWith('/') ? `${path}index.html` : path;
      return readFileSync(join(warmOut, file), 'utf8') !== readFileSync(join(coldOut, file), 'utf8');
    });
    expect(differing).toEqual([]);

    // Both languages changed here: both search bundles were indexed again, and equal a cold index.
    expect(reusedBundles(second.output), second.output).toBe(0);
    for (const bundle of ['pagefind', 'en/pagefind']) {
      const warmIndex = searchBundle(warmOut, bundle);
      expect(Object.keys(warmIndex).length, bundle).toBeGreaterThan(10);
      expect(warmIndex, bundle).toEqual(searchBundle(coldOut, bundle));
    }
  });

  it('index again only the language whose pages changed, and reuse the other as it was', () => {
    const contentDir = copySampleContent('search-reuse');
    const warmOut = join(TMP, 'search-reuse-warm-dist');
    const first = runBuild(contentDir, warmOut);
    expect(first.status, first.output).toBe(0);
    const englishBefore = searchBundle(warmOut, 'en/pagefind');
    const chineseBefore = searchBundle(warmOut, 'pagefind');

    // A Chinese news item without an English translation: its English page shows the Chinese
    // text but is not indexed, so only the Chinese bundle changes.
    const news = join(contentDir, 'news/zh/2019-sun-jianguo-cnc-first.mdx');
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
  });
});
