/**
 * Files uploaded through the editor: a safe new name made from the original, the content limits,
 * and the type checked by the file's first bytes as well as its extension, against the one table
 * of types content may name (src/lib/content/file-types.ts, which `npm run check` reads too).
 * Pictures (JPEG, PNG, WebP, GIF; never SVG, which can carry script) go in photo and cover
 * folders; PDF, office and OFD files are attachments.
 */
import { extname } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { MAX_FILE_BYTES } from '../content/content-limits.ts';
import { fileTypeProblem, sniffKind } from '../content/file-types.ts';
import { pictureProblems } from '../content/named-files.ts';
import { pictureSizeOfBytes } from '../content/picture-size.ts';
import { refuse } from './errors.ts';

/** Attachments (document originals, achievement files) are held to the same limit as images: the site serves them whole. */
export const MAX_UPLOAD_BYTES = MAX_FILE_BYTES;

/** True for a folder of attachments (documents' `attachments/`, achievements' `files/`); other media folders take images only. */
export const isAttachmentFolder = (path: string): boolean =>
  /(^|\/)(attachments|files)\//.test(path);

/**
 * A safe file name from an uploaded one: Chinese in pinyin, lower-case letters, digits and hyphens,
 * a dot and the lower-case extension (`王芳 照片.JPG` → `wang-fang-zhao-pian.jpg`).
 */
export function safeFileName(original: string): string {
  // Full-width letters as a Chinese input method types them (照片.ｐｎｇ) are read as the half-width ones.
  const base = (original.split(/[\\/]/).pop() ?? '').normalize('NFKC');
  const extension = extname(base)
    .toLowerCase()
    .replace(/[^a-z0-9.]/g, '');
  const stem = base.slice(0, base.length - extname(base).length);
  const latin = pinyin(stem, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('-');
  const slug = latin
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'file'}${extension}`;
}

/** Refuses a file that is too large, of a type not allowed in its folder, or whose bytes are not what its extension says. */
export function checkUpload(path: string, bytes: Buffer): void {
  const name = path.split('/').pop() ?? path;
  const extension = extname(name).toLowerCase();
  if (extension === '.svg' || extension === '.svgz' || sniffKind(bytes) === 'svg')
    throw refuse(
      415,
      `不接受 SVG 文件（${name}）：SVG 可以包含脚本；请上传 PNG、JPEG 或 WebP 图片`,
      `SVG files are not accepted (${name}): an SVG can carry script; upload a PNG, JPEG or WebP image`,
    );
  if (bytes.length > MAX_UPLOAD_BYTES) {
    // In bytes beside the megabytes: a file just over the limit would read "10.0 MB, over the limit of 10 MB".
    const size = `${(bytes.length / 1024 / 1024).toFixed(1)} MB (${bytes.length} bytes)`;
    const limit = `${MAX_UPLOAD_BYTES / 1024 / 1024} MB (${MAX_UPLOAD_BYTES} bytes)`;
    throw refuse(
      413,
      `文件 ${name} 有 ${size}，超过上限 ${limit}`,
      `The file ${name} is ${size}, over the limit of ${limit}`,
    );
  }
  const picture = !isAttachmentFolder(path);
  const problem = fileTypeProblem(name, bytes, picture);
  if (problem) throw refuse(415, `${problem.zh}，已拒绝`, `${problem.en}; refused`);
  // A picture is checked as npm run check checks it (damaged, animated, too large), before it is kept.
  const kind = sniffKind(bytes);
  const [pictureProblem] =
    picture && kind ? pictureProblems(name, pictureSizeOfBytes(bytes, kind)) : [];
  if (pictureProblem)
    throw refuse(415, `${pictureProblem.zh}，已拒绝`, `${pictureProblem.en}; refused`);
}
