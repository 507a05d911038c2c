/**
 * The safe name an upload is kept under (src/lib/editor/uploads.ts): Chinese in pinyin, and an
 * extension typed in full-width letters (照片.ｐｎｇ, as an input method gives it) read as the
 * half-width one, not cut to a bare dot (a red team's x.ｐｎｇ was refused as "a . file").
 */
import { expect, it } from 'vitest';
import { safeFileName } from '../../src/lib/editor/uploads.ts';

it('reads a full-width extension as its letters, and Chinese as pinyin', () => {
  expect(safeFileName('x.ｐｎｇ')).toBe('x.png');
  expect(safeFileName('王芳 照片.ＪＰＧ')).toBe('wang-fang-zhao-pian.jpg');
  expect(safeFileName('王芳 照片.JPG')).toBe('wang-fang-zhao-pian.jpg');
  expect(safeFileName('a/b\\c/报告.pdf')).toBe('bao-gao.pdf');
});
