/**
 * The editor attacked: by a hostile clerk (paths out of the content folder, code in content, forged
 * roles and names, a draft that carries files the reviewer does not see), by a hostile page in the
 * same browser (cross-site posts, CORS, other host names), and by broken input (bodies that are not
 * what the protocol expects, YAML that is not YAML). Each attack that holds stays here to guard it.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitStore } from '../../src/lib/editor/git-store.ts';
import { ADMIN_CSP } from '../../src/lib/editor/admin-assets.ts';
import { SITE_CSP_HEADER, SITE_SECURITY_HEADERS } from '../../src/lib/site/content-security.ts';
import { ROOT } from '../helpers/paths.ts';
import { as, editorRepo, git, type EditorRepo } from '../helpers/editor-repo.ts';
import { commitAll } from '../../scripts/lib/editor-sandbox.ts';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const ORG = 'organisations/jinzhou-ftu.yaml';
const REVIEWER = as('李审核', 'reviewer');

let t: EditorRepo;
beforeEach(async () => void (t = await editorRepo()));
afterEach(() => t.cleanup());

/** persistEntry of one data file in the draft `collection`/`slug`. */
const save = (
  path: string,
  raw: string,
  {
    collection = path.split('/')[0],
    slug = path.split('/').pop()!.replace(/\..*$/, ''),
    headers = as('王芳'),
    newEntry = true,
    assets = [] as unknown[],
  } = {},
) =>
  t.api(
    'persistEntry',
    {
      dataFiles: [{ slug, path, raw }],
      assets,
      options: {
        collectionName: collection,
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
const drafts = () => git(t.repo, 'branch', '--list', 'cms/*').trim();

/** A raw HTTP request (fetch forbids setting Host and some methods); resolves with status, headers and body. */
function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  body = '',
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    // The path as given (a URL would resolve `%2e%2e` and `..` before sending).
    const { hostname, port } = new URL(t.server.url);
    const req = request({ hostname, port, path, method, headers }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () =>
        resolve({ status: response.statusCode!, headers: response.headers, body: text }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('paths', () => {
  const hostile = [
    '..',
    '../package.json',
    'organisations/../../package.json',
    '/etc/passwd',
    'organisations\\..\\..\\package.json',
    'organisations/a\u0000b.yaml',
    'organisations/a\nb.yaml',
    'organisations//x.yaml',
    './organisations/jinzhou-ftu.yaml',
    'x'.repeat(1001),
  ];

  it('reads refuse .., absolute, backslash, control characters, empty segments and very long names', async () => {
    for (const path of hostile) {
      expect((await t.api('getEntry', { path })).status, JSON.stringify(path)).toBe(400);
      expect((await t.api('getMediaFile', { path })).status, JSON.stringify(path)).toBe(400);
      expect((await t.studio('history', { path })).status, JSON.stringify(path)).toBe(400);
    }
    expect((await t.api('getMedia', { mediaFolder: '..' })).status).toBe(400);
    expect(
      (await t.api('entriesByFolder', { folder: '../src', extension: 'ts', depth: 9 })).status,
    ).toBe(400);
  });

  it('URL-encoded and look-alike names are names, not paths: nothing outside the content folder is read', async () => {
    for (const path of [
      '%2e%2e/package.json',
      'organisations/%2e%2e%2f%2e%2e%2fpackage.json',
      '\uff0e\uff0e/package.json',
      '\u2024\u2024/package.json',
    ]) {
      const answer = await t.api('getEntry', { path });
      expect(answer.status, path).toBe(200);
      expect(answer.body.data, path).toBeNull();
    }
  });

  it('paths into .git or any hidden file or folder are refused before git sees them', async () => {
    for (const path of [
      '.git/hooks/x.yaml',
      'organisations/.GIT/x.yaml',
      'organisations/.hidden.yaml',
    ]) {
      expect(
        (await save(path, 'name:\n  zh: x\n', { collection: 'organisations', slug: 'x' })).status,
        path,
      ).toBe(400);
      expect((await t.api('getEntry', { path })).status, path).toBe(400);
    }
    expect((await t.api('persistMedia', { asset: asset('.git/x.png', PNG) })).status).toBe(400);
    expect(
      (await t.api('persistMedia', { asset: asset('organisations/.git/x.png', PNG) })).status,
    ).toBe(400);
    expect(git(t.repo, 'ls-tree', '-r', '--name-only', 'main')).not.toMatch(/\.git\//);
  });

  it('a committed symbolic link inside the content folder that points out is neither read nor written through', async () => {
    symlinkSync('../../../../../etc', join(t.content, 'organisations', 'etc'));
    symlinkSync('/etc/hostname', join(t.content, 'organisations', 'host.yaml'));
    git(t.repo, 'add', 'content/organisations/etc', 'content/organisations/host.yaml');
    git(t.repo, '-c', 'user.name=x', '-c', 'user.email=x@x', 'commit', '-q', '-m', 'links');
    expect(
      (await t.api('getEntry', { path: 'organisations/host.yaml' })).status,
    ).toBeGreaterThanOrEqual(400);
    expect((await t.api('getMediaFile', { path: 'organisations/etc/hostname' })).status).toBe(400);
    const listed = await t.api('entriesByFolder', {
      folder: 'organisations',
      extension: 'yaml',
      depth: 1,
    });
    expect(JSON.stringify(listed.body)).not.toContain('host.yaml');
    expect(
      (await t.api('persistMedia', { asset: asset('organisations/etc/x.png', PNG) })).status,
    ).toBe(400);
    expect((await save('organisations/etc/x.yaml', 'name:\n  zh: x\n', { slug: 'x' })).status).toBe(
      400,
    );
  });

  it('drafts named with .., spaces, slashes or refs syntax are refused', async () => {
    for (const [collection, slug] of [
      ['organisations', '../../x'],
      ['organisations', 'a b'],
      ['organisations', 'a..b'],
      ['..', 'x'],
      ['organisations/..', 'x'],
      ['organisations', 'x.lock'],
      ['organisations', '@{-1}'],
      ['organisations', 'x~1'],
    ]) {
      expect(
        (await t.api('unpublishedEntry', { collection, slug })).status,
        `${collection}/${slug}`,
      ).toBe(400);
      expect(
        (await t.api('deleteUnpublishedEntry', { collection, slug })).status,
        `${collection}/${slug}`,
      ).toBe(400);
      expect(
        (await t.api('publishUnpublishedEntry', { collection, slug }, REVIEWER)).status,
        `${collection}/${slug}`,
      ).toBe(400);
      expect(
        (await t.studio('restore', { collection, slug, commit: 'a'.repeat(40) })).status,
        `${collection}/${slug}`,
      ).toBeGreaterThanOrEqual(400);
    }
    expect(drafts()).toBe('');
  });

  it('files outside the content folder but inside the repository are refused everywhere', async () => {
    const before = git(t.repo, 'rev-parse', 'main');
    for (const path of ['../package.json', '../src/x.yaml', '../.ci/run', '../.git/config']) {
      expect(
        (await save(path, 'x: 1\n', { collection: 'organisations', slug: 'x' })).status,
        path,
      ).toBe(400);
      expect(
        (await save('organisations/x.yaml', 'name:\n  zh: x\n', { assets: [asset(path, PNG)] }))
          .status,
        path,
      ).toBe(400);
      expect((await t.api('deleteFiles', { paths: [path] }, REVIEWER)).status, path).toBe(400);
      expect((await t.api('deleteFile', { path }, REVIEWER)).status, path).toBe(400);
      expect((await t.studio('restore', { path, commit: before.trim() })).status, path).toBe(400);
    }
    expect(git(t.repo, 'rev-parse', 'main')).toBe(before);
    expect(drafts()).toBe('');
  });
});

describe('a draft carries only its own entry', () => {
  it("a save cannot put another entry's file into a draft (the reviewer would publish what the workflow never showed)", async () => {
    // The draft of a new organisation, then a save to it that names the site settings.
    expect((await save('organisations/new-org.yaml', 'name:\n  zh: 新单位\n')).status).toBe(200);
    const smuggled = await save(
      'settings/site.yaml',
      readFileSync(join(t.content, 'settings/site.yaml'), 'utf8').replace('jinzhou-ftu', 'new-org'),
      {
        collection: 'organisations',
        slug: 'new-org',
        newEntry: false,
      },
    );
    expect(smuggled.status).toBe(400);
    expect(git(t.repo, 'diff', '--name-only', 'main', 'cms/organisations/new-org')).toBe(
      'content/organisations/new-org.yaml\n',
    );
    // Nor under a collection whose folder is not the file's, nor under another name, nor two files in one save.
    expect(
      (
        await save('organisations/new-org-2.yaml', 'name:\n  zh: x\n', {
          slug: 'new-org',
          newEntry: false,
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await save('organisations/new-org.txt', 'name:\n  zh: x\n', {
          slug: 'new-org',
          newEntry: false,
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await save('organisations/other.yaml', 'name:\n  zh: x\n', {
          collection: 'people',
          slug: 'other',
        })
      ).status,
    ).toBe(400);
    const two = await t.api('persistEntry', {
      dataFiles: [
        { slug: 'a', path: 'organisations/a.yaml', raw: 'name:\n  zh: a\n' },
        { slug: 'a', path: 'organisations/b.yaml', raw: 'name:\n  zh: b\n' },
      ],
      options: { collectionName: 'organisations', useWorkflow: true, newEntry: true },
    });
    expect(two.status).toBe(400);
  });

  it("a restore names the entry's own draft: another entry's draft cannot be given the file", async () => {
    expect((await save('organisations/new-org.yaml', 'name:\n  zh: 新单位\n')).status).toBe(200);
    const first = git(t.repo, 'rev-parse', 'main').trim();
    const answer = await t.studio('restore', {
      path: 'settings/site.yaml',
      collection: 'organisations',
      slug: 'new-org',
      commit: first,
    });
    expect(answer.status).toBe(400);
    expect(git(t.repo, 'diff', '--name-only', 'main', 'cms/organisations/new-org')).toBe(
      'content/organisations/new-org.yaml\n',
    );
  });

  it('uploads of a save go beside the entry (its media folder), and never replace a published file', async () => {
    writeFileSync(join(t.content, 'organisations/logo.png'), PNG);
    git(t.repo, 'add', 'content/organisations/logo.png');
    git(t.repo, '-c', 'user.name=x', '-c', 'user.email=x@x', 'commit', '-q', '-m', 'logo');
    const other = Buffer.concat([PNG, Buffer.from('other')]);
    const replaced = await save('organisations/new-org.yaml', 'name:\n  zh: 新单位\n', {
      assets: [asset('organisations/logo.png', other)],
    });
    expect(replaced.status).toBe(409);
    const elsewhere = await save('organisations/new-org.yaml', 'name:\n  zh: 新单位\n', {
      assets: [asset('news/zh/images/x.png', PNG)],
    });
    expect(elsewhere.status).toBe(400);
    expect(drafts()).toBe('');
  });
});

describe('content that would run code or reach a page unescaped', () => {
  const news = (body: string, front = 'title: 标题\ndate: 2024-01-10\nsummary: 摘要\n') =>
    `---\n${front}---\n${body}\n`;

  it('MDX bodies with import, export, expressions or components outside the list are refused, nothing committed', async () => {
    for (const body of [
      "import fs from 'node:fs'\n\n正文",
      'export const x = 1\n\n正文',
      '正文 {process.exit(1)}',
      '<div onClick={() => alert(1)}>正文</div>',
      '<Evil />',
    ]) {
      const answer = await save('news/zh/hostile.mdx', news(body), { collection: 'news-zh' });
      expect(answer.status, body).toBe(422);
      expect(
        (await t.studio('validate', { path: 'news/zh/hostile.mdx', raw: news(body) })).body.problems
          .length,
        body,
      ).toBeGreaterThan(0);
    }
    expect(drafts()).toBe('');
  });

  it('raw HTML in a body is left to the sanitizer (saved as text), YAML tags are plain data, alias bombs and huge texts are problems', async () => {
    expect(
      (
        await save('news/zh/html.mdx', news('<script>alert(1)</script>\n\n正文'), {
          collection: 'news-zh',
        })
      ).status,
    ).toBeLessThan(500);
    const tagged = await save(
      'organisations/tagged.yaml',
      'name:\n  zh: !!js/function "function () { process.exit(1) }"\n',
    );
    expect(tagged.status).toBeLessThan(500);
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 9 },
        (_, i) =>
          `${'bcdefghij'[i]}: &${'bcdefghij'[i]} [${Array(10).fill(`*${'abcdefghi'[i]}`).join(', ')}]`,
      ),
    ].join('\n');
    const bombed = await save('organisations/bomb.yaml', `name:\n  zh: x\n${bomb}\n`);
    expect([400, 422]).toContain(bombed.status);
    const huge = await save('organisations/huge.yaml', `name:\n  zh: ${'长'.repeat(30_000)}\n`);
    expect(huge.status).toBe(422);
    const body = await save('news/zh/huge.mdx', news('正文'.repeat(600_000)), {
      collection: 'news-zh',
    });
    expect(body.status).toBe(422);
    expect(drafts()).not.toMatch(/bomb|huge/);
  });

  it('an entry whose text is not YAML (or has no front matter) is refused as such, not as an internal error', async () => {
    for (const [path, text, collection] of [
      ['organisations/broken.yaml', 'name: [unclosed\n', 'organisations'],
      ['organisations/broken.yaml', 'name:\n  zh: a\nname:\n  zh: b\n', 'organisations'],
      ['news/zh/broken.mdx', 'no front matter', 'news-zh'],
    ] as const) {
      const answer = await save(path, text, { collection });
      expect(answer.status, text).toBe(422);
      expect(answer.body.error, text).not.toMatch(/内部错误/);
      expect((await t.studio('validate', { path, raw: text })).status, text).toBe(422);
    }
  });

  it('files that are SVG, HTML or a script renamed .jpg are refused by their bytes; a PDF must start as one', async () => {
    for (const bytes of [
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      '<!doctype html><script>alert(1)</script>',
      '\ufeff<svg/>',
      ' %PDF-1.7',
    ]) {
      expect(
        (
          await t.api('persistMedia', {
            asset: asset('organisations/photos/x.jpg', Buffer.from(bytes)),
          })
        ).status,
        bytes,
      ).toBe(415);
      expect(
        (
          await t.api('persistMedia', {
            asset: asset('documents/attachments/x.pdf', Buffer.from(bytes)),
          })
        ).status,
        bytes,
      ).toBe(415);
    }
    // A PDF that is also HTML is accepted as a PDF: it is served as application/pdf with nosniff (docs/nginx.conf), never as a page.
    const polyglot = Buffer.from('%PDF-1.7\n<html><script>alert(1)</script></html>\n');
    expect(
      (await t.api('persistMedia', { asset: asset('documents/attachments/poly.pdf', polyglot) }))
        .status,
    ).toBe(200);
  });

  it('__proto__ keys in a request or in YAML pollute nothing', async () => {
    const body =
      '{"action":"persistEntry","params":{"__proto__":{"polluted":1},"dataFiles":[{"slug":"p","path":"organisations/p.yaml","raw":"__proto__:\\n  polluted: 1\\nname:\\n  zh: x\\n"}],"options":{"__proto__":{"useWorkflow":false},"collectionName":"organisations","newEntry":true}}}';
    const answer = await raw(
      'POST',
      '/admin/api/v1',
      { ...as('王芳'), 'Content-Type': 'application/json', Host: new URL(t.server.url).host },
      body,
    );
    expect(answer.status).toBeLessThan(500);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('useWorkflow');
  });
});

describe('identity', () => {
  const whoami = (headers: Record<string, string>) =>
    raw(
      'POST',
      '/admin/api/studio/whoami',
      { 'Content-Type': 'application/json', Host: new URL(t.server.url).host, ...headers },
      '{}',
    );

  it('forged or malformed roles are refused; only the exact words editor and reviewer count', async () => {
    for (const role of [
      'Reviewer',
      'REVIEWER',
      'reviewer%00',
      'reviewer, editor',
      'admin',
      'reviewer%0a',
      'reviewer editor',
      '',
    ]) {
      const answer = await whoami({ 'X-Studio-User': 'x', 'X-Studio-Role': role });
      expect(answer.status, role).toBe(403);
    }
    // The same header twice (a client's beside nginx's) arrives joined, and is refused.
    const twice = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${t.server.url}/admin/api/studio/whoami`,
        { method: 'POST', headers: { 'Content-Type': 'application/json' } },
        (r) => resolve(r.statusCode!),
      );
      req.setHeader('X-Studio-User', 'x');
      req.setHeader('X-Studio-Role', ['reviewer', 'editor']);
      req.on('error', reject).end('{}');
    });
    expect(twice).toBe(403);
    // A role without a publish right cannot publish or delete by any other action's name.
    expect(
      (await t.api('publishUnpublishedEntry', { collection: 'organisations', slug: 'jinzhou-ftu' }))
        .status,
    ).toBe(403);
    expect((await t.api('deleteFile', { path: ORG })).status).toBe(403);
  });

  it('names with line breaks, control or direction characters, angle brackets or of great length are refused (commit author injection)', async () => {
    for (const name of [
      'a%0ab',
      'a%0d%0aX-Injected: 1',
      'a%00b',
      'Eve <eve@x>',
      'a%e2%80%aeb',
      'a%e2%80%a8b',
      'x'.repeat(201),
    ]) {
      expect(
        (await whoami({ 'X-Studio-User': name, 'X-Studio-Role': 'editor' })).status,
        name,
      ).toBe(400);
    }
    expect(
      (
        await whoami({
          'X-Studio-User': 'x',
          'X-Studio-Email': 'a@b>%0aAuthor: evil',
          'X-Studio-Role': 'editor',
        })
      ).status,
    ).toBe(400);
    expect(
      (await whoami({ 'X-Studio-User': '%E7%8E%8B%E8%8A%B3', 'X-Studio-Role': 'editor' })).body,
    ).toContain('王芳');
  });

  it('a restore by an editor makes a draft and publishes nothing', async () => {
    const before = git(t.repo, 'rev-parse', 'main');
    const answer = await t.studio(
      'restore',
      { collection: 'organisations', slug: 'jinzhou-ftu', commit: before.trim() },
      as('赵磊'),
    );
    expect(answer.status).toBe(200);
    expect(git(t.repo, 'rev-parse', 'main')).toBe(before);
    expect(t.builds).toBe(0);
    expect(git(t.repo, 'status', '--porcelain')).toBe('');
  });
});

describe('HTTP', () => {
  const host = () => new URL(t.server.url).host;
  const json = { 'Content-Type': 'application/json' };

  it('other host names are refused on every path (DNS rebinding), the loopback names are not', async () => {
    const port = new URL(t.server.url).port;
    for (const name of [
      `attacker.example:${port}`,
      `127.0.0.1.attacker.example:${port}`,
      `localhost:${port}@attacker.example`,
      '127.0.0.1',
    ])
      for (const path of ['/admin/', '/', '/admin/api/v1'])
        expect((await raw('GET', path, { Host: name })).status, `${name} ${path}`).toBe(421);
    expect((await raw('GET', '/admin/', { Host: `LOCALHOST:${port}` })).status).toBe(200);
  });

  it('a cross-site form (text/plain, urlencoded, multipart) and a cross-site fetch are refused; no CORS header is ever sent', async () => {
    const body =
      '{"action":"deleteUnpublishedEntry","params":{"collection":"organisations","slug":"x"}}';
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/jsonp',
      'text/json',
    ])
      expect(
        (
          await raw(
            'POST',
            '/admin/api/v1',
            { ...as('王芳'), Host: host(), 'Content-Type': type, Origin: 'https://evil.example' },
            body,
          )
        ).status,
        type,
      ).toBe(415);
    const crossSite = await raw(
      'POST',
      '/admin/api/v1',
      {
        ...as('王芳'),
        ...json,
        Host: host(),
        'Sec-Fetch-Site': 'cross-site',
        Origin: 'https://evil.example',
      },
      body,
    );
    expect(crossSite.status).toBe(403);
    const preflight = await raw('OPTIONS', '/admin/api/v1', {
      Host: host(),
      Origin: 'https://evil.example',
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type',
    });
    expect(preflight.status).toBeGreaterThanOrEqual(400);
    for (const answer of [
      crossSite,
      preflight,
      await raw('GET', '/admin/', { Host: host(), Origin: 'https://evil.example' }),
    ])
      expect(
        Object.keys(answer.headers).filter((name) => name.startsWith('access-control-')),
      ).toEqual([]);
  });

  it('HEAD and OPTIONS on the API are refused; HEAD of the admin page has its headers and no body', async () => {
    expect((await raw('HEAD', '/admin/api/v1', { ...as('王芳'), Host: host() })).status).toBe(405);
    const head = await raw('HEAD', '/admin/', { Host: host() });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers['content-security-policy']).toBe(ADMIN_CSP);
  });

  it('a body over the limit is refused with 413, by its declared length or as it arrives', async () => {
    const declared = await raw(
      'POST',
      '/admin/api/v1',
      { ...as('王芳'), ...json, Host: host(), 'Content-Length': String(200 * 1024 * 1024) },
      '',
    );
    expect(declared.status).toBe(413);
    const big = `{"action":"info","params":{"x":"${'a'.repeat(70 * 1024 * 1024)}"}}`;
    const streamed = await raw(
      'POST',
      '/admin/api/v1',
      { ...as('王芳'), ...json, Host: host(), 'Transfer-Encoding': 'chunked' },
      big,
    ).catch(() => ({
      status: 413,
    }));
    expect(streamed.status).toBe(413);
  });

  it('a body cut short leaves the server answering the next request', async () => {
    await new Promise<void>((resolve) => {
      const req = request(`${t.server.url}/admin/api/v1`, {
        method: 'POST',
        headers: { ...as('王芳'), ...json, 'Content-Length': '1000' },
      });
      req.on('error', () => resolve());
      req.write('{"action":"inf');
      setTimeout(() => (req.destroy(), resolve()), 100);
    });
    expect((await t.api('info')).status).toBe(200);
  });

  it('arrays, numbers and nulls where the protocol expects objects and strings are refused with 4xx, never 500', async () => {
    const weird: Array<[string, Record<string, unknown>]> = [
      ['persistEntry', { dataFiles: {}, options: { collectionName: 'organisations' } }],
      ['persistEntry', { dataFiles: 'x', options: { collectionName: 'organisations' } }],
      ['persistEntry', { dataFiles: [null], options: { collectionName: 'organisations' } }],
      [
        'persistEntry',
        {
          dataFiles: [{ slug: 'x', path: 5, raw: 'x' }],
          options: { collectionName: 'organisations' },
        },
      ],
      [
        'persistEntry',
        {
          dataFiles: [{ slug: 'x', path: 'organisations/x.yaml', raw: 'name:\n  zh: x\n' }],
          assets: 'x',
          options: { collectionName: 'organisations' },
        },
      ],
      [
        'persistEntry',
        {
          dataFiles: [{ slug: 'x', path: 'organisations/x.yaml', raw: 'name:\n  zh: x\n' }],
          assets: [5],
          options: { collectionName: 'organisations' },
        },
      ],
      [
        'persistEntry',
        {
          dataFiles: [{ slug: 'x', path: 'organisations/x.yaml', raw: 'name:\n  zh: x\n' }],
          options: { collectionName: 'organisations', status: 'Ready!', newEntry: true },
        },
      ],
      [
        'persistEntry',
        {
          dataFiles: [{ slug: 'x', path: 'organisations/x.yaml', raw: 'name:\n  zh: x\n' }],
          options: [],
        },
      ],
      ['persistMedia', { asset: 'x' }],
      ['persistMedia', { asset: { path: ['organisations', 'x.png'], content: 'x' } }],
      ['getEntry', { path: ['organisations/jinzhou-ftu.yaml'] }],
      ['getEntry', { path: 5 }],
      ['deleteFiles', { paths: [5] }],
      ['deleteFiles', { paths: 'x' }],
      ['unpublishedEntry', { id: 5 }],
      ['unpublishedEntry', { collection: ['organisations'], slug: { x: 1 } }],
      ['updateUnpublishedEntryStatus', { collection: 'organisations', slug: 'x', newStatus: 5 }],
      ['entriesByFolder', { folder: 'organisations', extension: 5 }],
    ];
    for (const [action, params] of weird) {
      const answer = await t.api(
        action,
        params,
        action.startsWith('delete') ? REVIEWER : as('王芳'),
      );
      expect(answer.status, `${action} ${JSON.stringify(params)}`).toBeGreaterThanOrEqual(400);
      expect(answer.status, `${action} ${JSON.stringify(params)}`).toBeLessThan(500);
    }
    expect(drafts()).toBe('');
    // A top-level array, a number, or JSON that does not parse.
    for (const body of ['[]', '5', 'null', '{"action":', '"x"'])
      expect(
        (await raw('POST', '/admin/api/v1', { ...as('王芳'), ...json, Host: host() }, body)).status,
        body,
      ).toBe(400);
  });

  it('entriesByFiles with a file that is not an object answers 4xx', async () => {
    const answer = await t.api('entriesByFiles', { files: [null] });
    expect(answer.status).toBeLessThan(500);
  });
});

describe('git', () => {
  const site = () => readFileSync(join(t.content, 'settings/site.yaml'), 'utf8');
  const saveOrg = (text: string, headers = as('王芳')) =>
    save(ORG, text, { headers, newEntry: false });

  it('two saves racing on one draft: one after the other, the later over the earlier only if its author had read it', async () => {
    const original = readFileSync(join(t.content, ORG), 'utf8');
    await t.api('getEntry', { path: ORG }, as('王芳'));
    await t.api('getEntry', { path: ORG }, as('赵磊'));
    const [a, b] = await Promise.all([
      saveOrg(original.replace('锦州市总工会', '锦州市总工会甲'), as('王芳')),
      saveOrg(original.replace('锦州市总工会', '锦州市总工会乙'), as('赵磊')),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect(git(t.repo, 'rev-list', '--count', 'main..cms/organisations/jinzhou-ftu').trim()).toBe(
      '1',
    );
  });

  it('a save to a draft while its publication builds is kept as a draft on top of what was published, never lost', async () => {
    await t.cleanup();
    let release = () => undefined as void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let building = () => undefined as void;
    const started = new Promise<void>((resolve) => (building = resolve));
    t = await editorRepo({ build: () => async () => (building(), await gate, 0) });
    const original = readFileSync(join(t.content, ORG), 'utf8');
    await t.api('getEntry', { path: ORG });
    expect((await saveOrg(original.replace('锦州市总工会', '锦州市总工会一'))).status).toBe(200);
    const publishing = t.api(
      'publishUnpublishedEntry',
      { collection: 'organisations', slug: 'jinzhou-ftu' },
      REVIEWER,
    );
    await started;
    await t.api(
      'unpublishedEntryDataFile',
      { collection: 'organisations', slug: 'jinzhou-ftu', path: ORG },
      as('赵磊'),
    );
    expect(
      (await saveOrg(original.replace('锦州市总工会', '锦州市总工会二'), as('赵磊'))).status,
    ).toBe(200);
    release();
    const published = await publishing;
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(readFileSync(join(t.content, ORG), 'utf8')).toContain('锦州市总工会一');
    expect(git(t.repo, 'status', '--porcelain', '--untracked-files=no')).toBe('');
    // The later save is a draft from the published branch, by its author, and can be published in turn.
    expect(git(t.repo, 'rev-parse', 'cms/organisations/jinzhou-ftu~1').trim()).toBe(
      git(t.repo, 'rev-parse', 'main').trim(),
    );
    expect(git(t.repo, 'log', '-1', '--format=%an', 'cms/organisations/jinzhou-ftu').trim()).toBe(
      '赵磊',
    );
    expect(git(t.repo, 'show', `cms/organisations/jinzhou-ftu:content/${ORG}`)).toContain(
      '锦州市总工会二',
    );
    expect(
      (
        await t.api(
          'publishUnpublishedEntry',
          { collection: 'organisations', slug: 'jinzhou-ftu' },
          REVIEWER,
        )
      ).status,
    ).toBe(200);
    expect(readFileSync(join(t.content, ORG), 'utf8')).toContain('锦州市总工会二');
  });

  it('a draft begun on an old main is not published over a newer published version: refused, naming who published it', async () => {
    const draft = site().replace('tagline: 发布与回滚', 'tagline: 草稿里的口号');
    await t.api('getEntry', { path: 'settings/site.yaml' });
    expect(
      (
        await save('settings/site.yaml', draft, {
          collection: 'settings',
          slug: 'site',
          newEntry: false,
        })
      ).status,
    ).toBe(200);
    writeFileSync(join(t.content, 'settings/site.yaml'), `${site()}# 手改\n`);
    git(t.repo, '-c', 'user.name=张手改', '-c', 'user.email=z@x', 'commit', '-q', '-am', 'by hand');
    const answer = await t.api(
      'publishUnpublishedEntry',
      { collection: 'settings', slug: 'site' },
      REVIEWER,
    );
    expect(answer.status).toBe(409);
    expect(answer.body.error).toContain('张手改');
    expect(site()).toContain('# 手改');
  });

  it('branches made by hand under cms/ with odd names are listed harmlessly and cannot be published', async () => {
    git(t.repo, 'branch', 'cms/organisations/a.b');
    git(t.repo, 'branch', 'cms/x');
    const listed = await t.api('unpublishedEntries');
    expect(listed.status).toBe(200);
    expect(
      (
        await t.api(
          'publishUnpublishedEntry',
          { collection: 'organisations', slug: 'a.b' },
          REVIEWER,
        )
      ).status,
    ).toBe(400);
    expect(t.builds).toBe(0);
  });

  it('an empty repository (no commit yet) and a detached HEAD are refused when the editor starts', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'studio-editor-empty-'));
    try {
      git(empty, 'init', '-q', '-b', 'main');
      await expect(GitStore.open(empty)).rejects.toThrow(/没有任何提交|no commit/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
    git(t.repo, 'checkout', '-q', '--detach');
    await expect(GitStore.open(t.content)).rejects.toThrow(/detached HEAD/);
  });
});

describe('the admin page', () => {
  const host = () => new URL(t.server.url).host;

  it('every response under /admin/ carries the admin policy, errors and the API included', async () => {
    const answers = [
      await raw('GET', '/admin/', { Host: host() }),
      await raw('GET', '/admin', { Host: host() }),
      await raw('GET', '/admin/nothing', { Host: host() }),
      await raw('GET', '/admin/decap/%2e%2e/%2e%2e/package.json', { Host: host() }),
      await raw('GET', '/admin/', { Host: 'attacker.example' }),
      await raw('POST', '/admin/', { Host: host() }),
      await raw('OPTIONS', '/admin/', { Host: host() }),
      await raw('DELETE', '/admin/config.yml', { Host: host() }),
      await raw('GET', '/admin/api/v1', { Host: host() }),
      await raw('GET', '/admin/api/nothing', { Host: host() }),
      await raw('POST', '/admin/api/v1', { Host: host(), 'Content-Type': 'text/plain' }, '{}'),
      await raw(
        'POST',
        '/admin/api/studio/whoami',
        { Host: host(), 'Content-Type': 'application/json' },
        '{}',
      ),
    ];
    for (const answer of answers) {
      expect(
        answer.headers['content-security-policy'],
        `${answer.status} ${answer.body.slice(0, 60)}`,
      ).toBe(ADMIN_CSP);
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['x-frame-options']).toBe('DENY');
    }
  });

  it('the policy names no other host; the page loads nothing from one', async () => {
    expect(ADMIN_CSP).not.toMatch(/https?:|\*|wss?:/);
    const page = (await raw('GET', '/admin/', { Host: host() })).body;
    expect(page).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
  });

  it("/admin/decap/ serves only Decap's own files, whatever the name's encoding", async () => {
    expect((await raw('GET', '/admin/decap/decap-cms-app.js', { Host: host() })).status).toBe(200);
    for (const name of [
      '../package.json',
      '..%2fpackage.json',
      '%2e%2e/%2e%2e/package.json',
      'esm/index.js',
      '..\\package.json',
      'decap-cms-app.js%00',
      '.',
      '',
    ])
      expect((await raw('GET', `/admin/decap/${name}`, { Host: host() })).status, name).toBe(404);
  });

  it('the preview of the live build is served with nosniff and no listing of hidden files', async () => {
    writeFileSync(join(t.repo, 'dist', 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(t.repo, 'dist', '.env'), 'SECRET=1');
    const page = await raw('GET', '/', { Host: host() });
    expect(page.status).toBe(200);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect((await raw('GET', '/.env', { Host: host() })).status).toBe(404);
    expect((await raw('GET', '/%2e%2e/package.json', { Host: host() })).status).toBe(404);
  });

  it('the preview sends the public site’s policy, so that an SVG opened on its own runs no script', async () => {
    writeFileSync(
      join(t.repo, 'dist', 'evil.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>',
    );
    const image = await raw('GET', '/evil.svg', { Host: host() });
    expect(image.status).toBe(200);
    expect(image.headers['content-security-policy']).toBe(SITE_CSP_HEADER);
    // Every security header docs/nginx.conf sends, as it sends it.
    for (const [name, value] of Object.entries(SITE_SECURITY_HEADERS))
      expect(image.headers[name.toLowerCase()], name).toBe(value);
    expect(SITE_CSP_HEADER).toMatch(/script-src 'self'/);
    expect(SITE_CSP_HEADER).not.toMatch(/unsafe-inline/);
  });
});

describe('the public site’s policy', () => {
  it('is the same in docs/nginx.conf as in the pages and the preview', () => {
    const nginx = readFileSync(join(ROOT, 'docs/nginx.conf'), 'utf8');
    const headers = [...nginx.matchAll(/add_header Content-Security-Policy "([^"]+)"/g)].map(
      (match) => match[1],
    );
    expect(headers.length).toBeGreaterThan(0);
    expect(headers[0]).toBe(SITE_CSP_HEADER);
    // The other security headers too: the project's own servers send SITE_SECURITY_HEADERS.
    for (const [name, value] of Object.entries(SITE_SECURITY_HEADERS))
      expect(nginx, name).toContain(`add_header ${name} "${value}" always;`);
  });
});

describe('the check before a save', () => {
  it('never writes through a linked folder into the published content', async () => {
    // A folder link committed in git, pointing back into the content folder by an absolute path.
    symlinkSync(join(t.content, 'organisations'), join(t.content, 'linked'));
    commitAll(t.repo, 'link');
    const before = git(t.repo, 'status', '--porcelain');
    await t.studio('validate', { path: 'linked/planted.yaml', raw: 'name: 植入\n' });
    await t.studio('validate', { path: 'organisations/planted.yaml', raw: 'name: 植入\n' });
    expect(git(t.repo, 'status', '--porcelain')).toBe(before);
    expect(() => readFileSync(join(t.content, 'organisations/planted.yaml'))).toThrow();
  });
});

describe('a later red team round', () => {
  it('started with --user, the editor is that person: a header naming another user or role is not believed', async () => {
    const local = await editorRepo({ defaults: { user: '本机编辑', role: 'editor' } });
    try {
      const forged = { 'X-Studio-User': 'evil', 'X-Studio-Role': 'reviewer' };
      const who = await local.studio('whoami', {}, forged);
      expect(who.status).toBe(200);
      expect(JSON.stringify(who.body)).toContain('本机编辑');
      expect(JSON.stringify(who.body)).not.toContain('evil');
      expect(
        (await local.api('deleteFile', { path: ORG }, forged)).status,
        'an editor may not delete, whatever the header says',
      ).toBe(403);
    } finally {
      await local.cleanup();
    }
  });

  it('a draft of a status the workflow has no column for is refused (it would vanish from the board)', async () => {
    expect((await save('organisations/new-org.yaml', 'name:\n  zh: 新单位\n')).status).toBe(200);
    for (const newStatus of ['hidden', 'published_hacked'])
      expect(
        (
          await t.api('updateUnpublishedEntryStatus', {
            collection: 'organisations',
            slug: 'new-org',
            newStatus,
          })
        ).status,
        newStatus,
      ).toBe(400);
  });

  it('the settings have one draft name: a slug with a slash is refused, and the settings stay savable', async () => {
    const settings = readFileSync(join(t.content, 'settings/site.yaml'), 'utf8');
    expect(
      (
        await save('settings/site.yaml', settings, {
          collection: 'settings',
          slug: 'site/x',
          newEntry: false,
        })
      ).status,
    ).toBe(400);
    expect(drafts()).toBe('');
    expect(
      (
        await save('settings/site.yaml', settings.replace('构建过程测试站点', '测试站点'), {
          collection: 'settings',
          slug: 'site',
          newEntry: false,
        })
      ).status,
    ).toBe(200);
  });

  it("a publication names the draft's writers, and their own commits stay in the repository", async () => {
    expect((await save('organisations/new-org.yaml', 'name:\n  zh: 新单位\n')).status).toBe(200);
    const written = git(t.repo, 'rev-parse', 'cms/organisations/new-org').trim();
    expect(
      (
        await t.api(
          'publishUnpublishedEntry',
          { collection: 'organisations', slug: 'new-org' },
          REVIEWER,
        )
      ).status,
    ).toBe(200);
    expect(git(t.repo, 'log', '-1', '--format=%an%n%b', 'main')).toContain(
      '李审核\nCo-authored-by: 王芳 <editor@union.example>',
    );
    expect(drafts()).toBe('');
    expect(
      git(t.repo, 'for-each-ref', '--format=%(objectname)', 'refs/published-drafts/'),
    ).toContain(written);
  });

  it('a new entry whose id another file of the collection has (.md beside .mdx) is refused at the save, not at the publication', async () => {
    const article = readFileSync(join(t.content, 'news/zh/build-marker.md'), 'utf8');
    writeFileSync(join(t.content, 'news/zh/other.mdx'), article);
    commitAll(t.repo, 'an MDX article');
    const answer = await save('news/zh/other.md', article, {
      collection: 'news-zh',
      slug: 'other',
    });
    expect(answer.status).toBe(422);
    expect(JSON.stringify(answer.body)).toContain('duplicate id');
    expect(drafts()).toBe('');
  });

  it('a bad request is refused with 400, never answered 500: a name of no letter, an upload under a file', async () => {
    expect((await t.studio('whoami', {}, as('.'))).status).toBe(400);
    const article = readFileSync(join(t.content, 'news/zh/build-marker.md'), 'utf8');
    const under = await save('news/zh/build-marker.md', article, {
      collection: 'news-zh',
      slug: 'build-marker',
      newEntry: false,
      assets: [asset('news/zh/build-marker.md/x.png', PNG)],
    });
    expect(under.status).toBe(400);
  });

  it('a draft approved for publishing and then changed by an editor goes back to review', async () => {
    expect((await save('organisations/new-org.yaml', 'name:\n  zh: 新单位\n')).status).toBe(200);
    const status = () =>
      git(t.repo, 'config', '--get', 'branch.cms/organisations/new-org.description').trim();
    expect(
      (
        await t.api(
          'updateUnpublishedEntryStatus',
          { collection: 'organisations', slug: 'new-org', newStatus: 'pending_publish' },
          REVIEWER,
        )
      ).status,
    ).toBe(200);
    expect(status()).toBe('decap-cms/pending_publish');
    await t.api('unpublishedEntry', { collection: 'organisations', slug: 'new-org' }, as('王芳'));
    expect(
      (
        await save('organisations/new-org.yaml', 'name:\n  zh: 审核之后换掉的名称\n', {
          newEntry: false,
        })
      ).status,
    ).toBe(200);
    expect(status()).toBe('decap-cms/pending_review');
  });

  it('a draft branch changed outside the editor publishes nothing the reviewer did not see', async () => {
    expect((await save('organisations/pr-c.yaml', 'name:\n  zh: 新单位\n')).status).toBe(200);
    // A commit made on the draft's branch by hand: it renames another, published organisation.
    const branch = 'cms/organisations/pr-c';
    git(t.repo, 'checkout', '-q', branch);
    writeFileSync(join(t.content, ORG), 'name:\n  zh: 被篡改的总工会\n');
    git(t.repo, '-c', 'user.name=x', '-c', 'user.email=x@x', 'commit', '-q', '-am', 'by hand');
    git(t.repo, 'checkout', '-q', 'main');
    const published = await t.api(
      'publishUnpublishedEntry',
      { collection: 'organisations', slug: 'pr-c' },
      REVIEWER,
    );
    expect(published.status).toBe(409);
    expect(published.body.error).toContain(`organisations/jinzhou-ftu.yaml`);
    expect(readFileSync(join(t.content, ORG), 'utf8')).not.toContain('被篡改');
    expect(t.builds).toBe(0);
  });

  it('a draft branch moved back onto the published history changes nothing, and is not published as an empty commit', async () => {
    expect((await save('organisations/pr-d.yaml', 'name:\n  zh: 新单位\n')).status).toBe(200);
    git(t.repo, 'branch', '-f', 'cms/organisations/pr-d', 'main');
    const before = git(t.repo, 'rev-parse', 'main');
    const published = await t.api(
      'publishUnpublishedEntry',
      { collection: 'organisations', slug: 'pr-d' },
      REVIEWER,
    );
    expect(published.status).toBe(409);
    expect(git(t.repo, 'rev-parse', 'main')).toBe(before);
  });

  it('a draft branch of another history is answered 409, not 500, and a reviewer can delete it', async () => {
    expect((await save('organisations/pr-e.yaml', 'name:\n  zh: 新单位\n')).status).toBe(200);
    const emptyTree = git(t.repo, 'hash-object', '-t', 'tree', '/dev/null').trim();
    const orphan = git(
      t.repo,
      '-c',
      'user.name=x',
      '-c',
      'user.email=x@x',
      'commit-tree',
      emptyTree,
      '-m',
      'unrelated',
    ).trim();
    git(t.repo, 'branch', '-f', 'cms/organisations/pr-e', orphan);
    const key = { collection: 'organisations', slug: 'pr-e' };
    for (const action of ['unpublishedEntry', 'publishUnpublishedEntry'])
      expect((await t.api(action, key, REVIEWER)).status, action).toBe(409);
    expect((await t.api('deleteUnpublishedEntry', key, REVIEWER)).status).toBe(200);
    expect(drafts()).not.toContain('pr-e');
  });

  it('a request of many values within the size limit is refused before it is parsed', async () => {
    const values = `{"action":"info","params":{"x":[${'0,'.repeat(600_000)}0]}}`;
    const started = performance.now();
    const answer = await raw(
      'POST',
      '/admin/api/v1',
      { 'Content-Type': 'application/json', ...as('王芳') },
      values,
    );
    expect(answer.status).toBe(413);
    expect(answer.body).toContain('too many values');
    expect(performance.now() - started).toBeLessThan(5_000);
    // An upload is one long string: a save of a large photo is not refused by the count.
    const photo = Buffer.alloc(3_000_000, 1);
    photo.set(PNG, 0);
    expect(
      (
        await save('organisations/big.yaml', 'name:\n  zh: 大图\n', {
          assets: [asset('organisations/photos/big.png', photo)],
        })
      ).status,
    ).not.toBe(413);
  });
});
