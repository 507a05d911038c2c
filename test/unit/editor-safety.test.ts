/**
 * What the editor's server refuses, each with a message in Chinese then English: a save over
 * someone else's newer change, a new entry under a name already taken, uploads (SVG, names that
 * climb out, too large, bytes that are not what the name says), paths out of the content folder,
 * unknown roles and hosts, non-JSON requests, content the check finds wrong (with the check's own
 * words); and an entry's history and restore.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReadLog } from '../../src/lib/editor/drafts.ts';
import { MAX_UPLOAD_BYTES } from '../../src/lib/editor/uploads.ts';
import { as, editorRepo, git, type EditorRepo } from '../helpers/editor-repo.ts';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const ORG_PATH = 'organisations/jinzhou-ftu.yaml';

let t: EditorRepo;
beforeEach(async () => void (t = await editorRepo()));
afterEach(() => t.cleanup());

const save = (
  path: string,
  raw: string,
  headers = as('王芳'),
  newEntry = false,
  assets: unknown[] = [],
) =>
  t.api(
    'persistEntry',
    {
      dataFiles: [{ slug: path.split('/').pop()!.replace(/\..*$/, ''), path, raw }],
      assets,
      options: {
        collectionName: path.split('/')[0],
        commitMessage: 'x',
        useWorkflow: true,
        status: 'draft',
        newEntry,
      },
    },
    headers,
  );
const asset = (path: string, bytes: Buffer) => ({
  path,
  content: bytes.toString('base64'),
  encoding: 'base64',
});
const upload = (path: string, bytes: Buffer) =>
  t.api('persistMedia', { asset: asset(path, bytes), options: { commitMessage: 'x' } });

describe('conflicts', () => {
  it('who opened which version is kept across a restart of the editor (a red team overwrote a change after one)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'reads-')), 'studio-editor-reads.json');
    const before = new ReadLog(file);
    before.saw('王芳', { path: 'content/organisations/x.yaml', blob: 'a'.repeat(40) });
    await new Promise((resolve) => setImmediate(resolve));
    const after = new ReadLog(file);
    expect(after.lastSeen('王芳', 'content/organisations/x.yaml')).toBe('a'.repeat(40));
    expect(after.lastSeen('赵磊', 'content/organisations/x.yaml')).toBeUndefined();
    // The server keeps it in the repository's git folder.
    await t.api('getEntry', { path: ORG_PATH }, as('王芳'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(readFileSync(join(t.repo, '.git/studio-editor-reads.json'), 'utf8')).toContain(ORG_PATH);
  });

  it('a save over a change made by someone else since the user read the entry is refused, naming who changed it', async () => {
    const original = readFileSync(join(t.content, ORG_PATH), 'utf8');
    await t.api('getEntry', { path: ORG_PATH }, as('王芳'));
    await t.api('getEntry', { path: ORG_PATH }, as('赵磊'));
    expect(
      (await save(ORG_PATH, original.replace('锦州市总工会', '锦州市总工会（赵）'), as('赵磊')))
        .status,
    ).toBe(200);
    const refused = await save(
      ORG_PATH,
      original.replace('锦州市总工会', '锦州市总工会（王）'),
      as('王芳'),
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatch(
      /^organisations\/jinzhou-ftu\.yaml 在你打开之后已被 赵磊（.+）修改.* \/ .*was changed by 赵磊/,
    );
    expect(git(t.repo, 'show', `cms/organisations/jinzhou-ftu:content/${ORG_PATH}`)).toContain(
      '（赵）',
    );
    // Having read the draft, the user may save over it.
    await t.api(
      'unpublishedEntryDataFile',
      { collection: 'organisations', slug: 'jinzhou-ftu', id: 'x', path: ORG_PATH },
      as('王芳'),
    );
    expect(
      (await save(ORG_PATH, original.replace('锦州市总工会', '锦州市总工会（王）'), as('王芳')))
        .status,
    ).toBe(200);
  });

  it('a new entry under the name of a published entry, or of another draft, is refused', async () => {
    const taken = await save(ORG_PATH, 'name:\n  zh: 重名\n', as('王芳'), true);
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatch(/已经存在.* \/ .*already exists/);
    expect(
      (await save('organisations/new-org.yaml', 'name:\n  zh: 新\n', as('王芳'), true)).status,
    ).toBe(200);
    expect(
      (await save('organisations/new-org.yaml', 'name:\n  zh: 又一个\n', as('赵磊'), true)).status,
    ).toBe(409);
  });
});

describe('uploads', () => {
  it('SVG, a wrong type for the folder, bytes that are not what the name says, and oversize files are refused', async () => {
    const svg = await upload(
      'studios/photos/logo.svg',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    );
    expect(svg).toMatchObject({
      status: 415,
      body: { error: expect.stringMatching(/^不接受 SVG 文件.* \/ SVG files are not accepted/) },
    });
    const pdfAsPhoto = await upload('studios/photos/scan.pdf', Buffer.from('%PDF-1.7\n'));
    expect(pdfAsPhoto.status).toBe(415);
    expect(pdfAsPhoto.body.error).toContain('JPEG、PNG、WebP、GIF');
    const fake = await upload('studios/photos/photo.png', Buffer.from('%PDF-1.7\n'));
    expect(fake).toMatchObject({
      status: 415,
      body: { error: expect.stringContaining('文件头不符') },
    });
    expect((await upload('documents/attachments/scan.pdf', Buffer.from('%PDF-1.7\n'))).status).toBe(
      200,
    );
    // The media library writes onto the published branch unreviewed: only into the photo and file folders.
    const elsewhere = await upload('studios/logo.png', PNG);
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.error).toMatch(/媒体库只能上传到图片和附件文件夹/);
    const big = Buffer.concat([PNG, Buffer.alloc(MAX_UPLOAD_BYTES)]);
    const tooBig = await upload('studios/photos/big.png', big);
    expect(tooBig.status).toBe(413);
    // Just over the limit, in bytes: "10.0 MB, over the limit of 10 MB" said nothing.
    expect(tooBig.body.error).toContain(`(${big.length} bytes)`);
    // A picture is checked as npm run check checks it: a damaged JPEG and an animated GIF are not kept.
    const damaged = await upload(
      'studios/photos/broken.jpg',
      Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]),
    );
    expect(damaged).toMatchObject({
      status: 415,
      body: { error: expect.stringContaining('无法读取图片') },
    });
    const frame = [
      0x21, 0xf9, 0x04, 0, 10, 0, 0, 0, 0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0,
    ];
    const animated = Buffer.from([
      ...Buffer.from('GIF89a', 'latin1'),
      ...[64, 0, 64, 0, 0x80, 0, 0],
      ...[0, 0, 0, 255, 255, 255],
      ...frame,
      ...frame,
      0x3b,
    ]);
    expect((await upload('studios/photos/moving.gif', animated)).body.error).toContain('是动图');
    // In an entry's save too: nothing is written.
    const inEntry = await save(
      'organisations/new-org.yaml',
      'name:\n  zh: 新\n',
      as('王芳'),
      true,
      [asset('organisations/photos/x.svg', Buffer.from('<svg/>'))],
    );
    expect(inEntry.status).toBe(415);
    expect(git(t.repo, 'branch', '--list', 'cms/*')).toBe('');
  });

  it('a name that climbs out of the folder is refused; an unsafe name is made safe, and the entry names the new file', async () => {
    expect((await upload('../outside.png', PNG)).status).toBe(400);
    expect((await upload('organisations/../../outside.png', PNG)).status).toBe(400);
    expect((await upload('/etc/outside.png', PNG)).status).toBe(400);
    const saved = await save(
      'people/new-person.yaml',
      'name:\n  zh: 王芳\nphoto: photos/王 芳.PNG\n',
      as('王芳'),
      true,
      [asset('people/photos/王 芳.PNG', PNG)],
    );
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(git(t.repo, 'ls-tree', '-r', '--name-only', 'cms/people/new-person')).toContain(
      'content/people/photos/wang-fang.png',
    );
    expect(git(t.repo, 'show', 'cms/people/new-person:content/people/new-person.yaml')).toContain(
      'photos/wang-fang.png',
    );
  });
});

describe('paths, roles, hosts, requests', () => {
  it('paths outside the content folder are refused: .., absolute, control characters, a link that leads out', async () => {
    for (const path of [
      '../README.md',
      'organisations/../../x',
      '/etc/passwd',
      'organisations/a\u0000b.yaml',
      'organisations\\x.yaml',
    ]) {
      const answer = await t.api('getEntry', { path });
      expect(answer.status, path).toBe(400);
      expect(answer.body.error).toMatch(/不在内容目录之内.* \/ .*not inside the content folder/);
    }
    symlinkSync('/etc', join(t.content, 'outside'));
    expect((await t.api('getMediaFile', { path: 'outside/hostname' })).status).toBe(400);
  });

  it('an unknown role is refused, a missing user too; the user is URI-decoded', async () => {
    expect(
      (await t.studio('whoami', {}, { 'X-Studio-User': 'x', 'X-Studio-Role': 'admin' })).status,
    ).toBe(403);
    expect((await t.studio('whoami', {}, {})).status).toBe(401);
    expect(
      (await t.studio('whoami', {}, as('王芳', 'reviewer', 'w@x.example'))).body,
    ).toMatchObject({ name: '王芳', email: 'w@x.example', role: 'reviewer' });
  });

  it('another host name, a request that is not JSON, and a GET on the API are refused', async () => {
    const url = `${t.server.url}/admin/api/studio/whoami`;
    const headers = { ...as('王芳'), 'Content-Type': 'application/json' };
    const rebound = await new Promise<number>((resolve, reject) =>
      request(
        url,
        { method: 'POST', headers: { ...headers, Host: `attacker.example:${new URL(url).port}` } },
        (response) => resolve(response.statusCode!),
      )
        .on('error', reject)
        .end('{}'),
    );
    expect(rebound).toBe(421);
    expect(
      (
        await fetch(url, {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'text/plain' },
          body: '{}',
        })
      ).status,
    ).toBe(415);
    expect((await fetch(url, { headers })).status).toBe(405);
  });
});

describe('validation', () => {
  it("validate returns the check's problems of the file, in the language asked for; persistEntry refuses the same with 422", async () => {
    const raw = 'name:\n  zh: 新单位\nkind: not-a-kind\n';
    const en = await t.studio('validate', { path: 'organisations/bad.yaml', raw, lang: 'en' });
    expect(en.status).toBe(200);
    expect(en.body.problems).toEqual([
      expect.objectContaining({ file: 'organisations/bad.yaml', field: 'kind' }),
    ]);
    const zh = await t.studio('validate', { path: 'organisations/bad.yaml', raw });
    expect(zh.body.problems[0].message).not.toBe(en.body.problems[0].message);
    expect(
      (
        await t.studio('validate', {
          path: 'organisations/good.yaml',
          raw: 'name:\n  zh: 新单位\n',
        })
      ).body.problems,
    ).toEqual([]);
    const refused = await save('organisations/bad.yaml', raw, as('王芳'), true);
    expect(refused.status).toBe(422);
    expect(refused.body.error).toContain(zh.body.problems[0].message);
    expect(refused.body.error).toContain(en.body.problems[0].message);
    expect(git(t.repo, 'branch', '--list', 'cms/*')).toBe('');
  });

  it('a publish whose whole-folder check fails is undone: main, the working tree and the draft as they were', async () => {
    const head = git(t.repo, 'rev-parse', 'HEAD');
    // A draft made outside the editor's check (by hand), with a settings file naming a publisher that does not exist.
    const site = readFileSync(join(t.content, 'settings/site.yaml'), 'utf8').replace(
      'publisher: jinzhou-ftu',
      'publisher: nobody',
    );
    mkdirSync(join(t.repo, 'tmp'), { recursive: true });
    writeFileSync(join(t.repo, 'tmp/site.yaml'), site);
    const blob = git(t.repo, 'hash-object', '-w', 'tmp/site.yaml').trim();
    git(t.repo, 'read-tree', 'HEAD', '--index-output=.git/tmp-index');
    const env = { ...process.env, GIT_INDEX_FILE: join(t.repo, '.git/tmp-index') };
    const { execFileSync } = await import('node:child_process');
    execFileSync(
      'git',
      ['update-index', '--cacheinfo', `100644,${blob},content/settings/site.yaml`],
      { cwd: t.repo, env },
    );
    const tree = execFileSync('git', ['write-tree'], { cwd: t.repo, env, encoding: 'utf8' }).trim();
    const commit = git(
      t.repo,
      '-c',
      'user.name=x',
      '-c',
      'user.email=x@x',
      'commit-tree',
      tree,
      '-p',
      'HEAD',
      '-m',
      'bad',
    ).trim();
    git(t.repo, 'update-ref', 'refs/heads/cms/settings/site', commit);
    const published = await t.api(
      'publishUnpublishedEntry',
      { collection: 'settings', slug: 'site' },
      as('李审核', 'reviewer'),
    );
    expect(published.status).toBe(422);
    expect(published.body.error).toContain('settings/site.yaml');
    expect(git(t.repo, 'rev-parse', 'HEAD')).toBe(head);
    expect(readFileSync(join(t.content, 'settings/site.yaml'), 'utf8')).toContain(
      'publisher: jinzhou-ftu',
    );
    expect(git(t.repo, 'status', '--porcelain', '--untracked-files=no')).toBe('');
    expect(git(t.repo, 'rev-parse', 'cms/settings/site').trim()).toBe(commit);
    expect(t.builds).toBe(0);
    expect((await t.studio('publish-status')).body).toMatchObject({
      stage: 'failed',
      state: 'failed',
    });
  });
});

describe('history and restore', () => {
  it('history lists the commits of a file on main; restore makes a draft with the file as it was', async () => {
    const original = readFileSync(join(t.content, ORG_PATH), 'utf8');
    await save(ORG_PATH, original.replace('锦州市总工会', '锦州市总工会新名'), as('王芳'));
    await t.api(
      'publishUnpublishedEntry',
      { collection: 'organisations', slug: 'jinzhou-ftu' },
      as('李审核', 'reviewer'),
    );
    const history = await t.studio('history', { path: ORG_PATH });
    expect(
      history.body.versions.map(
        (v: { author: string; subject: string }) => `${v.author}|${v.subject}`,
      ),
    ).toEqual([`李审核|发布 ${ORG_PATH} / Publish ${ORG_PATH}`, 'Setup|Start']);
    const first = history.body.versions[1].commit;
    const restored = await t.studio(
      'restore',
      { collection: 'organisations', slug: 'jinzhou-ftu', commit: first },
      as('赵磊'),
    );
    expect(restored.status).toBe(200);
    expect(git(t.repo, 'show', `cms/organisations/jinzhou-ftu:content/${ORG_PATH}`)).toBe(original);
    expect(git(t.repo, 'log', '-1', '--format=%an|%s', 'cms/organisations/jinzhou-ftu')).toMatch(
      /^赵磊\|恢复 organisations\/jinzhou-ftu\.yaml 到 [0-9a-f]{7} 的版本/,
    );
    expect(readFileSync(join(t.content, ORG_PATH), 'utf8')).toContain('新名');
    expect((await t.studio('restore', { path: ORG_PATH, commit: 'f'.repeat(40) })).status).toBe(
      404,
    );
  });
});
