/**
 * Content is data, never code: the build refuses hostile content and leaves the published site as
 * it was; Astro itself refuses to compile code in MDX even when the validator was skipped; and raw
 * HTML in bodies reaches the built pages sanitized.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySampleContent, runAstroUnvalidated, runBuild } from '../helpers/build.ts';
import { page } from '../helpers/html.ts';
import { CODE_RAN_MARKER, hostileContent } from '../helpers/hostile.ts';
import { ROOT, TMP } from '../helpers/paths.ts';

const CODE_BODY = readFileSync(
  join(ROOT, 'test/fixtures/hostile-content/documents/runs-code.mdx'),
  'utf8',
).split(/^---$/m)[2]!;

describe('a build of hostile content', () => {
  rmSync(CODE_RAN_MARKER, { force: true });
  const outDir = join(TMP, 'hostile-dist');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'index.html'), 'the previous site');
  const result = runBuild(hostileContent(), outDir);

  it('exits non-zero and lists the problems', () => {
    expect(result.status).not.toBe(0);
    for (const expected of [
      'import and export run code on the build machine',
      'which leads outside the content folder',
      'is not valid UTF-8',
      'uses too many YAML aliases',
      'is not read',
      // Images in Markdown and MDX bodies: SVG, missing, outside the folder, from another host (before any bundler runs).
      'is an SVG image, which can carry script',
      'found "images/missing.png", but no such file exists',
      'found "../../../secret.png", which leads outside the content folder',
      'from another host',
    ]) {
      expect(result.output).toContain(expected);
    }
  });

  it('leaves the previous output untouched', () =>
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('the previous site'));

  it('runs nothing the content holds', () => expect(existsSync(CODE_RAN_MARKER)).toBe(false));
});

describe('Astro on its own, with the validator skipped', () => {
  rmSync(CODE_RAN_MARKER, { force: true });
  const contentDir = copySampleContent('code-unchecked');
  writeFileSync(
    join(contentDir, 'documents/runs-code.mdx'),
    `---\ntype: other\nnumber: 测试〔2099〕1号\nissuer: jinzhou-ftu\ndate: 2021-03-05\ntitle: 运行代码的文件\nsummary: 正文中有代码。\n---${CODE_BODY}`,
  );
  const outDir = join(TMP, 'code-unchecked-dist');
  const { status, output } = runAstroUnvalidated(contentDir, outDir);

  it('does not compile a body with code in it', () => {
    expect(status).not.toBe(0);
    expect(output).toContain('content may not contain code');
    expect(output).toContain('runs-code.mdx');
  });

  it('runs nothing the content holds', () => expect(existsSync(CODE_RAN_MARKER)).toBe(false));
});

describe('raw HTML in bodies', () => {
  const contentDir = copySampleContent('hostile-html');
  const hostile = (prefix: string) => `
${prefix}第一段。

<script>document.title = 'owned'</script>
<span title="图" onmouseover="alert(2)">图</span>
<a href="javascript:alert(3)">点击</a>
<meta http-equiv="refresh" content="0;url=https://evil.example/">
<form action="https://evil.example/"><input name="q"><button>提交</button></form>
<iframe src="https://evil.example/frame"></iframe>
<style>body { display: none }</style>

<table><tbody><tr><td>保留的表格</td></tr></tbody></table>

## 保留的标题

[保留的链接](https://www.acftu.org/)
`;
  const newsFile = join(contentDir, 'news/zh/hostile-html.md');
  writeFileSync(
    newsFile,
    `---\ntitle: 带有恶意 HTML 的新闻\ndate: '2021-06-01'\nsummary: 测试。\n---\n${hostile('新闻')}`,
  );
  // In MDX, HTML is JSX: the same tags, closed, with the site's own component.
  const mdxHostile =
    hostile('文件')
      .replace(
        '<span title="图" onmouseover="alert(2)">图</span>',
        '<span title="图" onMouseOver="alert(2)">图</span>',
      )
      .replace(
        '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
        '<meta http-equiv="refresh" content="0;url=https://evil.example/" />',
      )
      .replace('<input name="q">', '<input name="q" />')
      .replace("<script>document.title = 'owned'</script>", '<script>alert(1)</script>')
      .replace('<style>body { display: none }</style>', '') +
    '\n<Note>站点提供的说明组件。</Note>\n' +
    // What MDX means by a body, kept now that bodies are rendered to HTML without being compiled
    // (src/data/mdx-html.ts): a comment shows nothing, a JSX line is a block (no <p> around it),
    // a column's alignment is a style, and four spaces are no code block.
    '\n{/* 编辑的注释 */}\n\n<div align="center">居中的一行</div>\n\n| 名称 | 数量 |\n| --- | ---: |\n| 甲 | 1 |\n\n    缩进四格的一行\n' +
    // An alignment that is not a keyword does not become a style (CSS that would fetch a file).
    '\n<table><tbody><tr><td align="left;background:url(/x.png)">格</td></tr></tbody></table>\n';
  const documentFile = join(contentDir, 'documents/jz-2019-28.mdx');
  writeFileSync(documentFile, readFileSync(documentFile, 'utf8') + mdxHostile);
  const outDir = join(TMP, 'hostile-html-dist');
  const result = runBuild(contentDir, outDir);

  it('builds', () => expect(result.status, result.output).toBe(0));

  it.each([['/news/hostile-html/'], ['/documents/jz-2019-28/']])(
    '%s: no script, handler, javascript: URL, meta, form, iframe or style in the body',
    (path) => {
      const prose = page(outDir, path).querySelector('.prose')!;
      const html = prose.innerHTML;
      expect(html).toContain('第一段');
      for (const forbidden of [
        '<script',
        'onerror',
        'javascript:',
        '<meta',
        '<form',
        '<input',
        '<iframe',
        '<style',
        'evil.example',
        'owned',
        'alert(',
      ]) {
        expect(html, forbidden).not.toContain(forbidden);
      }
      // (An HTML <img> is refused by the check: the site publishes only images written as Markdown; test/unit/hostile-content.test.ts.)
      expect(prose.querySelector('span[title="图"]')?.textContent).toBe('图');
    },
  );

  it.each([['/news/hostile-html/'], ['/documents/jz-2019-28/']])(
    '%s: keeps tables, headings with ids and links',
    (path) => {
      const prose = page(outDir, path).querySelector('.prose')!;
      expect(prose.querySelector('table td')?.textContent).toBe('保留的表格');
      // Prefixed, as rehype-sanitize prefixes raw HTML's ids: a body's heading never takes the page's ids.
      expect(prose.querySelector('h2')?.getAttribute('id')).toBe('user-content-保留的标题');
      expect(prose.querySelector('a[href="https://www.acftu.org/"]')?.textContent).toBe(
        '保留的链接',
      );
    },
  );

  it('renders MDX as MDX means it: no comment, JSX lines as blocks, aligned columns, no indented code', () => {
    const prose = page(outDir, '/documents/jz-2019-28/').querySelector('.prose')!;
    expect(prose.innerHTML).not.toContain('编辑的注释');
    expect(prose.querySelector('div[align="center"]')?.textContent).toBe('居中的一行');
    expect(prose.querySelector('p div')).toBeNull();
    expect(prose.querySelector('th[style="text-align:right"]')?.textContent).toBe('数量');
    expect(prose.querySelector('td[style="text-align:right"]')?.textContent).toBe('1');
    expect(prose.innerHTML).not.toContain(' align="right"');
    expect(prose.querySelectorAll('[style]').map((cell) => cell.getAttribute('style'))).toEqual([
      'text-align:right',
      'text-align:right',
    ]);
    expect(prose.querySelectorAll('pre').map((pre) => pre.textContent)).not.toContain(
      '缩进四格的一行',
    );
    expect(prose.querySelectorAll('p').map((p) => p.textContent)).toContain('缩进四格的一行');
  });

  it("renders the site's own component", () => {
    expect(
      page(outDir, '/documents/jz-2019-28/').querySelector('.prose aside.content-note')
        ?.textContent,
    ).toBe('站点提供的说明组件。');
  });
});
