import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesOutsideEditor } from '../../src/lib/editor/outside-editor.ts';

describe('entry files the web editor cannot list', () => {
  it('names a news article whose extension differs from its collection in the editor, and only it', () => {
    const root = mkdtempSync(join(tmpdir(), 'outside-editor-'));
    const files: [string, string][] = [
      ['news/zh/a.mdx', '---\n---\n'],
      ['news/zh/b.md', '---\n---\n'],
      ['studios/c.yaml', 'title: 丙\n'],
      ['settings/site.yaml', 'siteName: 站\n'],
      ['achievements/d.md', '---\n---\n'],
    ];
    for (const [path, text] of files) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    expect(filesOutsideEditor(root)).toEqual(['news/zh/b.md']);
  });
});
