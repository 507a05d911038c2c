/**
 * The editor's server speaks Decap's proxy protocol over a real git repository (made in the test):
 * every action, drafts that never touch the working tree, commits authored by the signed-in user,
 * the editorial status, publishing by a reviewer only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileToCms } from '../../src/lib/editor/entry-shapes.ts';
import { as, editorRepo, git, type EditorRepo } from '../helpers/editor-repo.ts';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const ORG = 'name:\n  zh: 新单位\n';

let t: EditorRepo;
beforeEach(async () => void (t = await editorRepo()));
afterEach(() => t.cleanup());

/** Saves a new organisation as a draft. */
const create = (slug: string, raw = ORG, headers = as('王芳'), assets: unknown[] = []) =>
  t.api(
    'persistEntry',
    {
      dataFiles: [{ slug, path: `organisations/${slug}.yaml`, raw }],
      assets,
      options: {
        collectionName: 'organisations',
        commitMessage: 'x',
        useWorkflow: true,
        status: 'draft',
        newEntry: true,
      },
    },
    headers,
  );

describe('reading', () => {
  it('info, entriesByFolder, entriesByFiles, getEntry answer in decap-server shapes, through fileToCms', async () => {
    expect((await t.api('info')).body).toMatchObject({ publish_modes: ['editorial_workflow'] });
    const raw = readFileSync(join(t.content, 'organisations/jinzhou-ftu.yaml'), 'utf8');
    const blob = git(t.repo, 'rev-parse', 'main:content/organisations/jinzhou-ftu.yaml').trim();
    const listed = await t.api('entriesByFolder', {
      folder: 'organisations',
      extension: 'yaml',
      depth: 1,
    });
    expect(listed.body).toEqual([
      {
        data: fileToCms('organisations/jinzhou-ftu.yaml', raw),
        file: { path: 'organisations/jinzhou-ftu.yaml', id: blob },
      },
    ]);
    const byFiles = await t.api('entriesByFiles', {
      files: [{ path: 'settings/site.yaml', label: 'Site' }, { path: 'settings/none.yaml' }],
    });
    expect(byFiles.body[0].file).toMatchObject({ path: 'settings/site.yaml', label: 'Site' });
    expect(byFiles.body[1]).toEqual({ data: null, file: { path: 'settings/none.yaml', id: null } });
    expect((await t.api('getEntry', { path: 'organisations/jinzhou-ftu.yaml' })).body.file.id).toBe(
      blob,
    );
  });

  it('getMedia and getMediaFile answer {id, content (base64), encoding, path, name}', async () => {
    const made = await t.api('persistMedia', {
      asset: {
        path: 'studios/photos/Logo 图.PNG',
        content: PNG.toString('base64'),
        encoding: 'base64',
      },
      options: { commitMessage: 'x' },
    });
    expect(made.status).toBe(200);
    expect(made.body).toMatchObject({
      path: 'studios/photos/logo-tu.png',
      name: 'logo-tu.png',
      encoding: 'base64',
      content: PNG.toString('base64'),
    });
    const media = await t.api('getMedia', { mediaFolder: 'studios/photos' });
    expect(media.body).toEqual([made.body]);
    expect((await t.api('getMediaFile', { path: 'studios/photos/logo-tu.png' })).body).toEqual(
      made.body,
    );
    expect(git(t.repo, 'log', '-1', '--format=%an|%s')).toBe(
      '王芳|上传 studios/photos/logo-tu.png / Upload studios/photos/logo-tu.png\n',
    );
  });
});

describe('drafts', () => {
  it('persistEntry makes a draft branch by the user, never touching the working tree; the unpublished actions read it', async () => {
    const head = git(t.repo, 'rev-parse', 'HEAD');
    expect(
      (
        await create('new-org', ORG, as('王芳', 'editor', 'wang@union.example'), [
          {
            path: 'organisations/photos/a.png',
            content: PNG.toString('base64'),
            encoding: 'base64',
          },
        ])
      ).status,
    ).toBe(200);
    expect(git(t.repo, 'rev-parse', 'HEAD')).toBe(head);
    expect(git(t.repo, 'status', '--porcelain')).toBe('');
    expect(git(t.repo, 'log', '-1', '--format=%an <%ae>|%cn|%s', 'cms/organisations/new-org')).toBe(
      '王芳 <wang@union.example>|王芳|新建 organisations/new-org.yaml（草稿） / Create organisations/new-org.yaml (draft)\n',
    );
    expect((await t.api('unpublishedEntries')).body).toEqual(['organisations/new-org']);
    const entry = await t.api('unpublishedEntry', { id: 'organisations/new-org' });
    expect(entry.body).toMatchObject({
      collection: 'organisations',
      slug: 'new-org',
      status: 'draft',
      pullRequestAuthor: '王芳',
    });
    expect(entry.body.diffs).toEqual(
      expect.arrayContaining([
        {
          oldPath: 'organisations/new-org.yaml',
          newPath: 'organisations/new-org.yaml',
          status: 'added',
          newFile: true,
          path: 'organisations/new-org.yaml',
          id: 'organisations/new-org.yaml',
          binary: false,
        },
        expect.objectContaining({ path: 'organisations/photos/a.png', binary: true }),
      ]),
    );
    const data = await t.api('unpublishedEntryDataFile', {
      collection: 'organisations',
      slug: 'new-org',
      id: 'x',
      path: 'organisations/new-org.yaml',
    });
    expect(data.body.data).toContain('新单位');
    const media = await t.api('unpublishedEntryMediaFile', {
      collection: 'organisations',
      slug: 'new-org',
      id: 'x',
      path: 'organisations/photos/a.png',
    });
    expect(media.body.content).toBe(PNG.toString('base64'));
    expect(
      (await t.api('unpublishedEntry', { collection: 'organisations', slug: 'none' })).status,
    ).toBe(404);
  });

  it('updateUnpublishedEntryStatus keeps the status in git config; deleteUnpublishedEntry drops the branch', async () => {
    await create('new-org');
    expect(
      (
        await t.api('updateUnpublishedEntryStatus', {
          collection: 'organisations',
          slug: 'new-org',
          newStatus: 'pending_review',
        })
      ).status,
    ).toBe(200);
    expect(git(t.repo, 'config', 'branch.cms/organisations/new-org.description')).toBe(
      'decap-cms/pending_review\n',
    );
    expect((await t.api('unpublishedEntry', { id: 'organisations/new-org' })).body.status).toBe(
      'pending_review',
    );
    const other = await t.api(
      'deleteUnpublishedEntry',
      { collection: 'organisations', slug: 'new-org' },
      as('张三'),
    );
    expect(other.status).toBe(403);
    expect(other.body.error).toMatch(/只有草稿的作者或审核人可以删除/);
    expect(
      (await t.api('deleteUnpublishedEntry', { collection: 'organisations', slug: 'new-org' }))
        .status,
    ).toBe(200);
    expect((await t.api('unpublishedEntries')).body).toEqual([]);
  });

  it('a second save of a draft adds a commit on the draft branch', async () => {
    await create('new-org');
    const save = await t.api('persistEntry', {
      dataFiles: [
        { slug: 'new-org', path: 'organisations/new-org.yaml', raw: 'name:\n  zh: 改名单位\n' },
      ],
      assets: [],
      options: {
        collectionName: 'organisations',
        commitMessage: 'x',
        useWorkflow: true,
        status: 'draft',
        newEntry: false,
      },
    });
    expect(save.status).toBe(200);
    expect(
      git(t.repo, 'log', '--format=%s', 'main..cms/organisations/new-org')
        .split('\n')
        .filter(Boolean),
    ).toHaveLength(2);
    expect(
      git(t.repo, 'show', 'cms/organisations/new-org:content/organisations/new-org.yaml'),
    ).toContain('改名单位');
  });
});

describe('publishing', () => {
  it('an editor may not publish; a reviewer publishes: the file is committed on main by the reviewer, built, the draft deleted', async () => {
    await create('new-org');
    const refused = await t.api('publishUnpublishedEntry', {
      collection: 'organisations',
      slug: 'new-org',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatch(/^只有审核人可以发布.* \/ Only a reviewer may publish/);
    const published = await t.api(
      'publishUnpublishedEntry',
      { collection: 'organisations', slug: 'new-org' },
      as('李审核', 'reviewer'),
    );
    expect(published.status).toBe(200);
    expect(git(t.repo, 'log', '-1', '--format=%an|%s')).toBe(
      '李审核|发布 organisations/new-org.yaml / Publish organisations/new-org.yaml\n',
    );
    expect(readFileSync(join(t.content, 'organisations/new-org.yaml'), 'utf8')).toContain('新单位');
    expect(git(t.repo, 'status', '--porcelain')).toBe('');
    expect(t.builds).toBe(1);
    expect((await t.api('unpublishedEntries')).body).toEqual([]);
    const status = await t.studio('publish-status');
    expect(status.body).toMatchObject({
      stage: 'done',
      state: 'published',
      by: '李审核',
      changedPaths: ['organisations/new-org.yaml'],
      urls: ['/'],
    });
  });

  it('deleting a published entry: reviewer only, then checked and built', async () => {
    const path = 'news/zh/build-marker.md';
    expect(
      (await t.api('deleteFiles', { paths: [path], options: { commitMessage: 'x' } })).status,
    ).toBe(403);
    const deleted = await t.api(
      'deleteFile',
      { path, options: { commitMessage: 'x' } },
      as('李审核', 'reviewer'),
    );
    expect(deleted.status).toBe(200);
    expect(git(t.repo, 'log', '-1', '--format=%an|%s')).toBe(
      `李审核|删除 ${path} / Delete ${path}\n`,
    );
    expect(t.builds).toBe(1);
  });

  it('getDeployPreview answers null; an unknown action is a 422 {error}', async () => {
    expect((await t.api('getDeployPreview', { collection: 'a', slug: 'b' })).body).toBeNull();
    const unknown = await t.api('rewriteHistory');
    expect(unknown).toMatchObject({
      status: 422,
      body: { error: expect.stringContaining('Unknown action rewriteHistory') },
    });
  });
});
