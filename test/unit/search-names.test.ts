import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TwinNames } from '../../scripts/lib/twin-names.ts';
import { readSealed, writeSealed } from '../../src/lib/content/sealed-file.ts';
import { chineseNamesOfPage, withChineseNames } from '../../src/lib/search/search-names.ts';

/** A built page's shape: navigation and footer links outside the indexed content, which are no names of the page. */
const page = (
  main: string,
) => `<!doctype html><html lang="zh-CN"><head><title>赵鹏达劳模创新工作室</title></head>
<body><nav><a href="/studios/">工作室名录</a><main>not this</main></nav>
<main id="main" data-pagefind-body>${main}</main>
<footer><a href="/about/">锦州市总工会</a></footer></body></html>`;

describe('the Chinese names an English page is found by', () => {
  it('are those of the twin’s indexed content only: title, facts, links and cells, without hidden, ignored or chart parts', () => {
    const html = page(`<h1>赵鹏达劳模创新工作室</h1>
      <dl class="facts"><div><dt>所在单位</dt><dd>锦州石化公司</dd></div></dl>
      <div hidden><a href="/x/">隐藏的名字</a></div>
      <section data-pagefind-ignore><a href="/y/">忽略的名字</a></section>
      <figure class="chart"><table><tr><td>图表里的数</td></tr></table></figure>
      <table><tr><th scope="row">赵鹏达</th><td>2021 年</td><td>12</td></tr></table>
      <p><a href="/people/zhao-pengda/">赵鹏达</a> and <a href="/en/">English</a></p>`);
    expect(chineseNamesOfPage(html)).toEqual({
      title: '赵鹏达劳模创新工作室',
      names: ['赵鹏达劳模创新工作室', '锦州石化公司', '赵鹏达', '2021 年'],
    });
  });

  it('are none for a page without indexed content, and the English page is then handed over as it is', () => {
    const html = page('').replace(' data-pagefind-body', '');
    expect(chineseNamesOfPage(html)).toEqual({ title: '', names: [] });
    expect(
      withChineseNames('<main data-pagefind-body><h1>Zhao</h1></main>', chineseNamesOfPage(html)),
    ).toBe('<main data-pagefind-body><h1>Zhao</h1></main>');
  });
});

describe('the twins’ names kept between builds (scripts/lib/twin-names.ts)', () => {
  it('are reused for the same indexed element only, and only when the code that read them is the same', () => {
    const dir = mkdtempSync(join(tmpdir(), 'twin-names-'));
    try {
      const twin = page('<h1>赵鹏达劳模创新工作室</h1><p><a href="/x/">锦州石化公司</a></p>');
      const first = new TwinNames(dir);
      expect(first.of(twin)).toEqual(chineseNamesOfPage(twin));
      first.save();
      // The kept names forged: a build reads them back for the same element, not for another.
      const file = join(dir, 'twin-names.v8');
      const kept = readSealed(file) as { code: string; names: Map<string, unknown> };
      for (const key of kept.names.keys()) kept.names.set(key, { title: '伪造', names: [] });
      writeSealed(file, kept);
      expect(new TwinNames(dir).of(twin).title).toBe('伪造');
      // Only the indexed element counts: the navigation changed, the names are still the kept ones.
      expect(new TwinNames(dir).of(twin.replace('工作室名录', '名录')).title).toBe('伪造');
      const changed = twin.replace('锦州石化公司', '锦州石化分公司');
      expect(new TwinNames(dir).of(changed)).toEqual(chineseNamesOfPage(changed));
      writeSealed(file, { ...kept, code: 'other code' });
      expect(new TwinNames(dir).of(twin)).toEqual(chineseNamesOfPage(twin));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
