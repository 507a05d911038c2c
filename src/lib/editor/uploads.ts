/**
 * Files uploaded through the editor: a safe new name made from the original, the content limits,
 * and the type checked by the file's first bytes as well as its extension. Images (JPEG, PNG,
 * WebP, GIF; never SVG, which can carry script) go in photo and cover folders; PDF and office
 * files are attachments.
 */
import { extname } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { MAX_IMAGE_BYTES } from '../content/content-limits.ts';
import { refuse } from './errors.ts';

type Kind = 'jpeg' | 'png' | 'webp' | 'gif' | 'pdf' | 'ole' | 'zip';

/** What each allowed extension must start with: OLE2 for old Office, ZIP for Office Open XML and OpenDocument. */
const EXTENSIONS: Record<string, Kind> = {
  '.jpg': 'jpeg',
  '.jpeg': 'jpeg',
  '.png': 'png',
  '.webp': 'webp',
  '.gif': 'gif',
  '.pdf': 'pdf',
  '.doc': 'ole',
  '.xls': 'ole',
  '.ppt': 'ole',
  '.docx': 'zip',
  '.xlsx': 'zip',
  '.pptx': 'zip',
  '.odt': 'zip',
  '.ods': 'zip',
};
const IMAGES = new Set<Kind>(['jpeg', 'png', 'webp', 'gif']);

/** Attachments (document originals, achievement files) are held to the same limit as images: the site serves them whole. */
export const MAX_UPLOAD_BYTES = MAX_IMAGE_BYTES;

const starts = (bytes: Buffer, signature: number[], at = 0) => signature.every((byte, i) => bytes[at + i] === byte);

/** The kind of file its first bytes say it is. */
function sniff(bytes: Buffer): Kind | undefined {
  if (starts(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts(bytes, [0x52, 0x49, 0x46, 0x46]) && starts(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  if (bytes.subarray(0, 6).toString('latin1') === 'GIF87a' || bytes.subarray(0, 6).toString('latin1') === 'GIF89a') return 'gif';
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (starts(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  return undefined;
}

/** True for a folder of attachments (documents' `attachments/`, achievements' `files/`); other media folders take images only. */
export const isAttachmentFolder = (path: string): boolean => /(^|\/)(attachments|files)\//.test(path);

/**
 * A safe file name from an uploaded one: Chinese in pinyin, lower-case letters, digits and hyphens,
 * a dot and the lower-case extension (`王芳 照片.JPG` → `wang-fang-zhao-pian.jpg`).
 */
export function safeFileName(original: string): string {
  const base = original.split(/[\\/]/).pop() ?? '';
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
  if (extension === '.svg' || extension === '.svgz')
    throw refuse(
      415,
      `不接受 SVG 文件（${name}）：SVG 可以包含脚本；请上传 JPEG、PNG、WebP 或 GIF`,
      `SVG files are not accepted (${name}): an SVG can carry script; upload JPEG, PNG, WebP or GIF`,
    );
  if (bytes.length > MAX_UPLOAD_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    throw refuse(
      413,
      `文件 ${name} 有 ${mb} MB，超过上限 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`,
      `The file ${name} is ${mb} MB, over the limit of ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`,
    );
  }
  const attachments = isAttachmentFolder(path);
  const expected = EXTENSIONS[extension];
  const allowed = attachments ? 'JPEG、PNG、WebP、GIF、PDF、Word、Excel、PowerPoint、OpenDocument' : 'JPEG、PNG、WebP、GIF';
  const allowedEn = attachments ? 'JPEG, PNG, WebP, GIF, PDF, Word, Excel, PowerPoint or OpenDocument' : 'JPEG, PNG, WebP or GIF';
  if (!expected || (!attachments && !IMAGES.has(expected)))
    throw refuse(
      415,
      `此处不接受 ${extension || '无扩展名'} 文件（${name}）；可以上传：${allowed}`,
      `${extension || 'Extension-less'} files are not accepted here (${name}); allowed: ${allowedEn}`,
    );
  if (sniff(bytes) !== expected)
    throw refuse(
      415,
      `文件 ${name} 的内容不是 ${extension} 文件（文件头不符），已拒绝`,
      `The file ${name} is not really a ${extension} file (its first bytes do not match); refused`,
    );
}
