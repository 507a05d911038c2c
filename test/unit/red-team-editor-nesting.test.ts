/**
 * Red-team round, the web editor: an entry saved with YAML nested thousands deep is refused as a
 * problem of the entry (422), as `npm run check` refuses it, not answered with an internal error;
 * nothing is committed and the server goes on answering.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { as, editorRepo, git, type EditorRepo } from '../helpers/editor-repo.ts';

let t: EditorRepo;
beforeEach(async () => void (t = await editorRepo()));
afterEach(() => t.cleanup());

const DEEP = 3000;

const save = (path: string, raw: string) =>
  t.api(
    'persistEntry',
    {
      dataFiles: [{ slug: 'deep', path, raw }],
      assets: [],
      options: {
        collectionName: 'organisations',
        commitMessage: 'x',
        useWorkflow: true,
        status: 'draft',
        newEntry: true,
      },
    },
    as('王芳'),
  );

describe('a request nested thousands deep', () => {
  it('is refused with 400 on every action, never an internal error, and the server goes on', async () => {
    const deep = '['.repeat(DEEP * 10) + ']'.repeat(DEEP * 10);
    const keys = ['path', 'collection', 'slug', 'dataFiles', 'options', 'asset', 'paths', 'commit'];
    const post = async (path: string, body: string) =>
      (
        await fetch(`${t.server.url}${path}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...as('李审核', 'reviewer') },
          body,
        })
      ).status;
    const params = `{${keys.map((key) => `"${key}":${deep}`).join(',')}}`;
    for (const action of [
      'unpublishedEntry',
      'updateUnpublishedEntryStatus',
      'publishUnpublishedEntry',
      'deleteFiles',
    ])
      expect(await post('/admin/api/v1', `{"action":"${action}","params":${params}}`), action).toBe(
        400,
      );
    for (const name of ['validate', 'history', 'restore'])
      expect(await post(`/admin/api/studio/${name}`, params), name).toBe(400);
    expect(await post('/admin/api/v1', '{"action":"info","params":{}}')).toBe(200);
  });
});

describe('YAML nested thousands deep in the editor', () => {
  for (const [label, value] of [
    ['flow sequences', '['.repeat(DEEP) + ']'.repeat(DEEP)],
    ['compact block sequences', '\n' + '- '.repeat(DEEP) + 'x'],
  ] as const) {
    it(`is refused as a problem of the entry, not an internal error (${label})`, async () => {
      const raw = `name:\n  zh: 某单位\nextra: ${value}\n`;
      const saved = await save('organisations/deep.yaml', raw);
      expect(saved.status).toBe(422);
      expect(JSON.stringify(saved.body)).toMatch(/嵌套超过 100 层|nested more than 100 levels/);
      const validated = await t.studio('validate', { path: 'organisations/deep.yaml', raw });
      expect(validated.status).toBe(422);
      expect(git(t.repo, 'branch', '--list', 'cms/*').trim()).toBe('');
      const again = await save('organisations/deep.yaml', 'name:\n  zh: 某单位\n');
      expect(again.status).toBeLessThan(300);
    });
  }
});
