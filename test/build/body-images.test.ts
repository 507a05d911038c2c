/**
 * Images in Markdown and MDX bodies follow the rule of every file content names: a missing one is a
 * content error naming file and line, found before Astro or its bundler runs (never a bundler stack
 * trace), and the previous site stays; a correct one passes and is published, optimised; and Astro on its own, with the
 * validator skipped, refuses to publish an image from outside the content folder.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySampleContent, runAstroUnvalidated, runBuild } from '../helpers/build.ts';
import { page } from '../helpers/html.ts';
import { ROOT, TMP } from '../helpers/paths.ts';

const PHOTO = join(ROOT, 'content/news/zh/images/plaque-unveiled.jpg');
const STACK_TRACE = /\n\s+at .+\(.+:\d+:\d+\)/;

/** Appends `lines` to a file and says at which line of the file the first of them is. */
function append(file: string, lines: string): number {
  const before = readFileSync(file, 'utf8').replace(/\n*$/, '\n\n');
  writeFileSync(file, before + lines);
  return before.split('\n').length;
}

const NEWS = "---\ntitle: 正文有图片的新闻\ndate: '2021-06-01'\nsummary: 测试。\n---\n\n第一段。\n";

describe('a missing image in a Markdown and in an MDX body', () => {
  const contentDir = copySampleContent('body-image-missing');
  const newsFile = join(contentDir, 'news/zh/body-image-missing.md');
  writeFileSync(newsFile, NEWS);
  const newsLine = append(newsFile, '![缺失的照片](images/missing-photo.png)\n');
  const documentFile = join(contentDir, 'documents/jz-2019-28.mdx');
  const documentLine = append(
    documentFile,
    '<Note>![缺失的扫描件](attachments/missing-scan.png)</Note>\n',
  );
  const outDir = join(TMP, 'body-image-missing-dist');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'index.html'), 'the previous site');
  const result = runBuild(contentDir, outDir);
  const at = (file: string) => relative(ROOT, file);

  it('fails the build with the file, line and image, found by the content check', () => {
    expect(result.status).not.toBe(0);
    const section = (file: string) =>
      result.output.split(`\n${at(file)}\n`)[1]?.split('\n\n')[0] ?? '';
    expect(section(newsFile), result.output).toContain(
      `line ${newsLine}, entry "zh/body-image-missing", field (body): found "images/missing-photo.png", but no such file exists`,
    );
    expect(section(documentFile), result.output).toContain(
      `line ${documentLine}, entry "jz-2019-28", field (body): found "attachments/missing-scan.png", but no such file exists`,
    );
  });

  it('never reaches the bundler: no stack trace, no unresolved import', () => {
    expect(result.output).not.toMatch(STACK_TRACE);
    expect(result.output).not.toMatch(/Could not resolve|ENOENT|\[vite\]/);
  });

  it('leaves the previous output untouched', () =>
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('the previous site'));
});

describe('correct images in a Markdown and in an MDX body', () => {
  const contentDir = copySampleContent('body-image-correct');
  const newsFile = join(contentDir, 'news/zh/body-image-correct.md');
  writeFileSync(
    newsFile,
    `${NEWS}\n![挂牌仪式](images/plaque-unveiled.jpg)\n\n![引用式][photo]\n\n[photo]: ./images/plaque-unveiled.jpg\n`,
  );
  mkdirSync(join(contentDir, 'documents/images'));
  copyFileSync(PHOTO, join(contentDir, 'documents/images/挂牌 仪式.jpg'));
  append(
    join(contentDir, 'documents/jz-2019-28.mdx'),
    '<Note>![挂牌仪式](images/挂牌%20仪式.jpg)</Note>\n',
  );
  const result = spawnSync(
    process.execPath,
    ['scripts/check-content.ts', '--lang', 'en', contentDir],
    { cwd: ROOT, encoding: 'utf8' },
  );

  it('pass the check', () => expect(result.status, result.stdout + result.stderr).toBe(0));

  // An MDX body too, written inside a component, and each as an editor writes it (images/…, not ./images/…).
  const mdxNews = join(contentDir, 'news/zh/body-image-correct-mdx.mdx');
  writeFileSync(
    mdxNews,
    `${NEWS}\n![挂牌仪式](images/plaque-unveiled.jpg)\n\n<Note>\n![说明中的图](images/plaque-unveiled.jpg)\n</Note>\n`,
  );
  const outDir = join(TMP, 'body-image-correct-dist');
  const built = runBuild(contentDir, outDir);
  const bodyImages = (path: string) =>
    page(outDir, path)
      .querySelectorAll('.prose img')
      .map((image) => [image.getAttribute('alt'), image.getAttribute('src')]);
  const OPTIMISED = expect.stringMatching(/^\/_astro\/[^/]+\.webp$/);

  it('are published, optimised, from a Markdown and an MDX body and inside a component', () => {
    expect(built.status, built.output).toBe(0);
    expect(bodyImages('/news/body-image-correct/')).toEqual([
      ['挂牌仪式', OPTIMISED],
      ['引用式', OPTIMISED],
    ]);
    expect(bodyImages('/news/body-image-correct-mdx/')).toEqual([
      ['挂牌仪式', OPTIMISED],
      ['说明中的图', OPTIMISED],
    ]);
    expect(bodyImages('/documents/jz-2019-28/')).toEqual([['挂牌仪式', OPTIMISED]]);
  });
});

describe('Astro on its own, with the validator skipped', () => {
  const contentDir = copySampleContent('body-image-unchecked');
  // A real picture beside the content folder, named from a news body by ../
  const outside = `${contentDir}-outside.jpg`;
  copyFileSync(PHOTO, outside);
  writeFileSync(
    join(contentDir, 'news/zh/body-image-outside.md'),
    `${NEWS}\n![目录之外](../../../${basename(outside)})\n`,
  );
  const outDir = join(TMP, 'body-image-unchecked-dist');
  rmSync(outDir, { recursive: true, force: true });
  const { status, output } = runAstroUnvalidated(contentDir, outDir);

  it('does not publish an image from outside the content folder', () => {
    expect(status, output).not.toBe(0);
    expect(output).toContain('body-image-outside.md: an image of the body cannot be published');
    expect(output).toContain('which leads outside the content folder');
    const published = existsSync(join(outDir, '_astro')) ? readdirSync(join(outDir, '_astro')) : [];
    expect(published.filter((name) => name.startsWith(basename(outside, '.jpg')))).toEqual([]);
  });
});
