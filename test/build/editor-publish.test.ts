/**
 * The web editor end to end: an editor changes the small site's article through the real server
 * (a draft), a reviewer publishes it, and the real build (scripts/build.ts) puts the change live;
 * the server's preview serves it. The content is a fresh git repository made from
 * test/fixtures/small-content; the output is in the system's temporary folder.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { scriptBuild } from '../../src/lib/editor/publisher.ts';
import { as, editorRepo, git, type EditorRepo } from '../helpers/editor-repo.ts';
import { ROOT } from '../helpers/paths.ts';

const OUTSIDE = mkdtempSync(join(tmpdir(), 'studio-editor-publish-'));
const OUT = join(OUTSIDE, 'site');
const ARTICLE = 'news/zh/build-marker.md';
let t: EditorRepo;

beforeAll(async () => {
  t = await editorRepo({
    outDir: OUT,
    build: (content) =>
      scriptBuild(ROOT, {
        STUDIO_CONTENT_DIR: content,
        STUDIO_OUT_DIR: OUT,
        ASTRO_TELEMETRY_DISABLED: '1',
        ASTRO_DISABLE_UPDATE_CHECK: 'true',
      }),
  });
});
afterAll(async () => {
  await t?.cleanup();
  rmSync(OUTSIDE, { recursive: true, force: true });
});

it('a draft published by a reviewer is built and live; the preview serves it', async () => {
  const read = await t.api('getEntry', { path: ARTICLE }, as('王芳'));
  expect(read.body.data).toContain('构建标记：original');
  const raw = read.body.data.replace('构建标记：original', '构建标记：编辑器发布');
  const saved = await t.api(
    'persistEntry',
    {
      dataFiles: [{ slug: 'build-marker', path: ARTICLE, raw }],
      assets: [],
      options: {
        collectionName: 'news-zh',
        commitMessage: 'x',
        useWorkflow: true,
        status: 'draft',
        newEntry: false,
      },
    },
    as('王芳'),
  );
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  expect(readFileSync(join(t.content, ARTICLE), 'utf8')).toContain('构建标记：original');

  const published = await t.api(
    'publishUnpublishedEntry',
    { collection: 'news-zh', slug: 'build-marker' },
    as('李审核', 'reviewer'),
  );
  expect(published.status, JSON.stringify(published.body)).toBe(200);
  expect(git(t.repo, 'log', '-1', '--format=%an')).toBe('李审核\n');
  expect(readFileSync(join(OUT, 'news/build-marker/index.html'), 'utf8')).toContain(
    '构建标记：编辑器发布',
  );
  const status = await t.studio('publish-status');
  expect(status.body).toMatchObject({
    stage: 'done',
    changedPaths: [ARTICLE],
    urls: ['/news/build-marker/'],
  });
  const preview = await fetch(`${t.server.url}/news/build-marker/`);
  expect(await preview.text()).toContain('构建标记：编辑器发布');
});
