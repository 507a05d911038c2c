/**
 * Review of the second hardening round (issue 25), at build level. A picture's path (a body image or
 * a studio photo) that carries a query (`?`) or a fragment (`#`) followed by `/..` was judged by the
 * whole string, which the `..` brought back to a picture inside the content folder, so `npm run check`
 * passed it; Astro cuts the path at the first `?` and, with no importer left in the query, resolves
 * the part before it from its own .astro folder: a picture outside the content folder. Before the fix
 * the body image failed the build late, rendering its page, with a stack trace, and the photo passed
 * the build and was silently left off the studio's page; nothing outside the folder is published.
 */
import {
  copyFileSync,
  existsSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySampleContent, runBuild } from '../helpers/build.ts';
import { ROOT, TMP } from '../helpers/paths.ts';

const PHOTO = join(ROOT, 'content/news/zh/images/plaque-unveiled.jpg');
const NEWS = "---\ntitle: 正文有图片的新闻\ndate: '2021-06-01'\nsummary: 测试。\n---\n\n第一段。\n";
const STACK_TRACE = /\n\s+at .+\(.+:\d+:\d+\)/;
/** Where Vite resolves a path whose query lost Astro's importer. */
const ASTRO_FOLDER = join(ROOT, '.astro');

describe('picture paths whose query or fragment leads back into the content folder', () => {
  const contentDir = copySampleContent('picture-query');
  const newsDir = join(contentDir, 'news/zh');
  const studiosDir = join(contentDir, 'studios');
  // Real pictures beside the content folder, never to be published.
  const secret = (name: string) => {
    const file = `${contentDir}-${name}-secret.jpg`;
    copyFileSync(PHOTO, file);
    return file;
  };
  /** `<base><mark>/../<back>`: `base` leads from `from` to `file`; the whole, normalised from `entryDir`, is `inside`. */
  const path = (file: string, from: string, mark: string, entryDir: string, inside: string) => {
    const base = relative(from, file);
    return `${base}${mark}/../${relative(join(entryDir, dirname(base)), inside)}`;
  };
  const byQuery = secret('query');
  const byFragment = secret('fragment');
  const byPhoto = secret('photo');
  const newsPicture = join(newsDir, 'images/plaque-unveiled.jpg');
  writeFileSync(
    join(newsDir, 'body-image-query.md'),
    `${NEWS}\n![查询](${path(byQuery, ASTRO_FOLDER, '?', newsDir, newsPicture)})\n`,
  );
  writeFileSync(
    join(newsDir, 'body-image-fragment.md'),
    `${NEWS}\n![片段](${path(byFragment, newsDir, '#', newsDir, newsPicture)})\n`,
  );
  const studioFile = join(studiosDir, 'zhao-pengda.yaml');
  const photo = path(
    byPhoto,
    ASTRO_FOLDER,
    '?',
    studiosDir,
    join(studiosDir, 'photos/zhao-pengda-plaque.jpg'),
  );
  writeFileSync(
    studioFile,
    readFileSync(studioFile, 'utf8').replace(
      'photo: photos/zhao-pengda-plaque.jpg',
      `photo: '${photo}'`,
    ),
  );
  const outDir = join(TMP, 'picture-query-dist');
  rmSync(outDir, { recursive: true, force: true });
  const result = runBuild(contentDir, outDir);

  it('publishes nothing from outside the folder', () => {
    const published = existsSync(join(outDir, '_astro')) ? readdirSync(join(outDir, '_astro')) : [];
    const leaked = published.filter((name) =>
      [byQuery, byFragment, byPhoto].some((file) => name.startsWith(basename(file, '.jpg'))),
    );
    expect(leaked, result.output).toEqual([]);
  });

  it('is a content error with file, entry and field, found before Astro runs', () => {
    expect(result.status, result.output).not.toBe(0);
    const refused = (entry: string, field: string) =>
      new RegExp(
        `entry "${entry}", field ${field}: found "[^"]*[?#][^"]*", a path with a query \\(\\?\\) or a fragment \\(#\\)`,
      );
    expect(result.output).toMatch(refused('zh/body-image-query', '\\(body\\)'));
    expect(result.output).toMatch(refused('zh/body-image-fragment', '\\(body\\)'));
    expect(result.output).toMatch(refused('zhao-pengda', 'photo'));
    expect(result.output).not.toMatch(STACK_TRACE);
  });
});
