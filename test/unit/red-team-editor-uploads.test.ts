/**
 * Red-team round, the web editor's uploads: a save whose files are renamed to safe names must not
 * give two different files one name. 公示.jpg and 公式.jpg (or 王芳.jpg and 汪芳.jpg, IMG_1.JPG and
 * img_1.jpg) are all the same in pinyin and lower case; before, the second silently replaced the
 * first and both photos of the entry showed it. Now the save is refused, naming both files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { as, editorRepo, git, type EditorRepo } from '../helpers/editor-repo.ts';

let t: EditorRepo;
beforeEach(async () => {
  t = await editorRepo();
  // The studio the achievement belongs to.
  mkdirSync(join(t.content, 'studios'), { recursive: true });
  writeFileSync(join(t.content, 'studios/han-dong.yaml'), 'title:\n  zh: 韩东职工创新工作室\n');
  git(t.repo, 'add', 'content/studios/han-dong.yaml');
  git(t.repo, '-c', 'user.name=x', '-c', 'user.email=x@x', 'commit', '-q', '-m', 'studio');
});
afterEach(() => t.cleanup());

const png = (last: number) =>
  Buffer.concat([
    Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'),
    Buffer.from([last]),
  ]);
const asset = (path: string, bytes: Buffer) => ({
  path,
  content: bytes.toString('base64'),
  encoding: 'base64',
});
const ENTRY = 'achievements/two-photos.md';
const entry = (first: string, second: string) =>
  [
    '---',
    'title: { zh: 双图成果 }',
    'type: software-copyright',
    'studios: [han-dong]',
    'date: "2025"',
    'photos:',
    `  - { file: files/${first}, alt: { zh: 第一张 } }`,
    `  - { file: files/${second}, alt: { zh: 第二张 } }`,
    '---',
    '',
    '正文。',
    '',
  ].join('\n');
const save = (first: string, second: string, assets: unknown[]) =>
  t.api(
    'persistEntry',
    {
      dataFiles: [{ slug: 'two-photos', path: ENTRY, raw: entry(first, second) }],
      assets,
      options: {
        collectionName: 'achievements',
        commitMessage: 'x',
        useWorkflow: true,
        status: 'draft',
        newEntry: true,
      },
    },
    as('王芳'),
  );

describe('two uploads of one save', () => {
  for (const [first, second] of [
    ['公示.png', '公式.png'],
    ['王芳.png', '汪芳.png'],
    ['IMG_1.PNG', 'img 1.png'],
  ]) {
    it(`that would take one safe name are refused, not one put in place of the other (${first}, ${second})`, async () => {
      const saved = await save(first!, second!, [
        asset(`achievements/files/${first}`, png(1)),
        asset(`achievements/files/${second}`, png(2)),
      ]);
      expect(saved.status).toBe(409);
      expect(saved.body.error).toContain(first);
      expect(saved.body.error).toContain(second);
      expect(git(t.repo, 'branch', '--list', 'cms/*').trim()).toBe('');
    });
  }

  it('held: the same file uploaded twice, and two files with different names, are saved', async () => {
    const same = await save('图.png', '图.png', [
      asset('achievements/files/图.png', png(1)),
      asset('achievements/files/图.png', png(1)),
    ]);
    expect(same.status, JSON.stringify(same.body)).toBe(200);
    git(t.repo, 'branch', '-D', 'cms/achievements/two-photos');
    const two = await save('甲.png', '乙.png', [
      asset('achievements/files/甲.png', png(1)),
      asset('achievements/files/乙.png', png(2)),
    ]);
    expect(two.status, JSON.stringify(two.body)).toBe(200);
    const files = git(t.repo, 'ls-tree', '-r', '--name-only', 'cms/achievements/two-photos');
    expect(files).toContain('content/achievements/files/jia.png');
    expect(files).toContain('content/achievements/files/yi.png');
  });
});
