/**
 * Lists read many entries at once (src/lib/editor/entry-reads.ts): one listing per folder instead of
 * one git call per file, each converted file kept by path, blob and helpers. Same answers as one by one.
 */
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { convertedOnce, entriesAt } from '../../src/lib/editor/entry-reads.ts';
import { GitStore } from '../../src/lib/editor/git-store.ts';
import { editorRepo, git, type EditorRepo } from '../helpers/editor-repo.ts';

let site: EditorRepo;
beforeEach(async () => void (site = await editorRepo()));
afterEach(async () => site?.cleanup());

describe('reading entries for a list', () => {
  it('finds the files of a folder in one listing as store.entry finds them one by one, and refuses a symbolic link', async () => {
    const store = await GitStore.open(site.content);
    const commit = (message: string) => {
      git(site.repo, 'add', '.');
      git(
        site.repo,
        '-c',
        'user.name=T',
        '-c',
        'user.email=t@example.org',
        'commit',
        '-q',
        '-m',
        message,
      );
    };
    writeFileSync(join(site.content, 'organisations/other.yaml'), 'name: {zh: 别的}\n');
    commit('another');
    const organisations = (await store.list(store.branch, [`${store.prefix}organisations/`]))
      .filter((file) => file.path.endsWith('.yaml'))
      .map((file) => file.path);
    const wanted = [
      ...organisations,
      `${store.prefix}organisations/no-such-one.yaml`,
      `${store.prefix}settings/site.yaml`,
    ];
    const found = await entriesAt(store, store.branch, wanted);
    const oneByOne = new Map();
    for (const path of wanted) {
      const entry = await store.entry(store.branch, path);
      if (entry) oneByOne.set(path, entry);
    }
    expect(found).toEqual(oneByOne);
    expect(organisations.length).toBeGreaterThan(1);
    expect(found.size).toBe(organisations.length + 1);

    symlinkSync('jinzhou-ftu.yaml', join(site.content, 'organisations/linked.yaml'));
    commit('link');
    await expect(
      entriesAt(store, store.branch, [
        `${store.prefix}organisations/linked.yaml`,
        `${store.prefix}organisations/other.yaml`,
      ]),
    ).rejects.toThrow(/symbolic link/);
  });

  it('converts a file once per path, blob and helpers', () => {
    let calls = 0;
    const convert = () => `converted ${++calls}`;
    expect(convertedOnce('organisations/a.yaml', 'blob-1', {}, convert)).toBe('converted 1');
    expect(convertedOnce('organisations/a.yaml', 'blob-1', {}, convert)).toBe('converted 1');
    expect(convertedOnce('organisations/a.yaml', 'blob-2', {}, convert)).toBe('converted 2');
    expect(convertedOnce('organisations/a.yaml', 'blob-1', { _level: '市级' }, convert)).toBe(
      'converted 3',
    );
    expect(convertedOnce('organisations/b.yaml', 'blob-1', {}, convert)).toBe('converted 4');
  });
});
