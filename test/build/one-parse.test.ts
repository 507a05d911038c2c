/**
 * One parse per build: scripts/build.ts reads and validates every content file once, and Astro's
 * process takes the content from the build's manifest instead of reading the folder again. Every
 * process of a real build records the content files it reads (test/helpers/content-reads.ts), and
 * Astro's process edits two files before it starts, as an editor saving during a build would.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../helpers/build.ts';
import { page } from '../helpers/html.ts';
import { ROOT, TMP } from '../helpers/paths.ts';

mkdirSync(TMP, { recursive: true });
const contentDir = mkdtempSync(join(TMP, 'one-parse-'));
cpSync(join(ROOT, 'test/fixtures/small-content'), contentDir, { recursive: true });
// A date written without quotes, in YAML front matter: YAML 1.2 reads it as the string 2021-12-07.
mkdirSync(join(contentDir, 'documents'));
writeFileSync(
  join(contentDir, 'documents/unquoted-date.mdx'),
  '---\ntype: other\nissuer: jinzhou-ftu\ndate: 2021-12-07\ntitle: 日期未加引号的文件\nsummary: 日期未加引号。\n---\n\n正文。\n',
);
const readLog = join(contentDir, '..', `${contentDir.split('/').pop()}.reads.log`);
writeFileSync(readLog, '');
const outDir = join(TMP, 'one-parse-dist');
const result = runBuild(contentDir, outDir, {
  STUDIO_TEST_READ_LOG: readLog,
  NODE_OPTIONS:
    `${process.env.NODE_OPTIONS ?? ''} --import=${pathToFileURL(join(ROOT, 'test/helpers/content-reads.ts')).href}`.trim(),
});
const logLines = readFileSync(readLog, 'utf8').trim().split('\n').filter(Boolean);
const modelsBuilt = logLines
  .filter((line) => line.endsWith('\tmodel built'))
  .map((line) => line.split('\t')[0]);
const reads = logLines
  .filter((line) => !line.endsWith('\tmodel built'))
  .map((line) => {
    const [process, file] = line.split('\t') as [string, string];
    return { process, file: file.slice(contentDir.length + 1) };
  });

describe('a build reads its content once', () => {
  it('builds', () => expect(result.status, result.output).toBe(0));

  it('reads each data file and Markdown file once, in the build process, and Astro reads none of them', () => {
    const dataFiles = [
      'settings/site.yaml',
      'organisations/jinzhou-ftu.yaml',
      'charts/test-series.yaml',
      'news/zh/build-marker.md',
    ];
    for (const file of dataFiles)
      expect(
        reads.filter((read) => read.file === file),
        file,
      ).toEqual([{ process: 'build', file }]);
    // An MDX body is compiled from its file when its page renders; nothing else is read there.
    expect(reads.filter((read) => read.process === 'astro' && !read.file.endsWith('.mdx'))).toEqual(
      [],
    );
  });

  it('shows the content as validated, not as changed on disk while Astro ran', () => {
    const article = page(outDir, '/news/build-marker/');
    expect(article.querySelector('.prose')?.textContent).toContain('构建标记：original');
    expect(article.toString()).not.toContain('changed-after-validation');
    expect(page(outDir, '/documents/unquoted-date/').toString()).toContain('锦州市总工会');
    expect(page(outDir, '/documents/unquoted-date/').toString()).not.toContain('验证后改动的名称');
  });

  it('builds one model per build, in the build process', () =>
    expect(modelsBuilt).toEqual(['build']));

  it("renders from the model the build process built: Astro's process builds none from its store", () => {
    // The helper changed the organisation's name in the manifest's content before Astro started.
    const doc = page(outDir, '/documents/unquoted-date/').toString();
    expect(doc).toContain('锦州市总工会');
    expect(doc).not.toContain('仅在清单中改动的名称');
  });

  it('reads a date written without quotes as that day', () => {
    const doc = page(outDir, '/documents/unquoted-date/');
    expect(doc.toString()).toContain('2021年12月7日');
    expect(page(outDir, '/en/documents/unquoted-date/').toString()).toContain('7 December 2021');
    expect(
      page(outDir, '/news/build-marker/').querySelector('time')?.getAttribute('datetime'),
    ).toBe('2024-01-10');
  });
});

describe('a rebuild of unchanged content after a build of another folder', () => {
  // Astro keeps one content store per content folder (node_modules/.astro/<key>) but one list of
  // MDX modules for the project (.astro/): the rebuild, whose MDX entry comes unchanged from its
  // store, must still declare its module, else the body cannot be found.
  const otherDir = mkdtempSync(join(TMP, 'one-parse-other-'));
  cpSync(contentDir, otherDir, { recursive: true });
  const other = runBuild(otherDir, join(TMP, 'one-parse-other-dist'));
  const againDir = join(TMP, 'one-parse-again-dist');
  const again = runBuild(contentDir, againDir);

  it('builds and renders the MDX body', () => {
    expect(other.status, other.output).toBe(0);
    expect(again.status, again.output).toBe(0);
    expect(
      page(againDir, '/documents/unquoted-date/').querySelector('.prose')?.textContent,
    ).toContain('正文。');
  });
});
