/**
 * The one table of file types content may name: pictures (photos, covers, images in bodies) and
 * attachments (document originals, achievement files). `npm run check`, the editor's uploads and
 * the published attachments all read it. A file's type is judged by its first bytes, never by its
 * name alone: a script renamed `.jpg` is not a picture. SVG is refused wherever a picture is
 * expected, since an SVG can carry script (the site's own chart drawings are not content).
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import type { Message } from './validation-messages.ts';

/** What a file's first bytes say it is: OLE2 for old Office files, ZIP for Office Open XML, OpenDocument and OFD. */
export type FileKind = 'jpeg' | 'png' | 'webp' | 'gif' | 'pdf' | 'ole' | 'zip' | 'svg';

export interface FileType {
  kind: FileKind;
  /** What readers are told the file is (an attachment list says “PDF, 1.2 MB”). */
  label: string;
  mime: string;
  /** Whether it may stand where a picture is expected. */
  picture: boolean;
}

/** Every extension content may use, lower-case. */
export const FILE_TYPES: Readonly<Record<string, FileType>> = {
  '.jpg': { kind: 'jpeg', label: 'JPEG', mime: 'image/jpeg', picture: true },
  '.jpeg': { kind: 'jpeg', label: 'JPEG', mime: 'image/jpeg', picture: true },
  '.png': { kind: 'png', label: 'PNG', mime: 'image/png', picture: true },
  '.webp': { kind: 'webp', label: 'WebP', mime: 'image/webp', picture: true },
  '.gif': { kind: 'gif', label: 'GIF', mime: 'image/gif', picture: true },
  '.pdf': { kind: 'pdf', label: 'PDF', mime: 'application/pdf', picture: false },
  '.doc': { kind: 'ole', label: 'Word', mime: 'application/msword', picture: false },
  '.docx': { kind: 'zip', label: 'Word', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', picture: false },
  '.xls': { kind: 'ole', label: 'Excel', mime: 'application/vnd.ms-excel', picture: false },
  '.xlsx': { kind: 'zip', label: 'Excel', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', picture: false },
  '.ppt': { kind: 'ole', label: 'PowerPoint', mime: 'application/vnd.ms-powerpoint', picture: false },
  '.pptx': { kind: 'zip', label: 'PowerPoint', mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', picture: false },
  '.odt': { kind: 'zip', label: 'OpenDocument', mime: 'application/vnd.oasis.opendocument.text', picture: false },
  '.ods': { kind: 'zip', label: 'OpenDocument', mime: 'application/vnd.oasis.opendocument.spreadsheet', picture: false },
  '.ofd': { kind: 'zip', label: 'OFD', mime: 'application/ofd', picture: false },
};

/** The allowed types as editors know them, in both languages. */
export const PICTURE_NAMES = { zh: 'JPEG、PNG、WebP、GIF', en: 'JPEG, PNG, WebP or GIF' };
export const ATTACHMENT_NAMES = { zh: 'JPEG、PNG、WebP、GIF、PDF、Word、Excel、PowerPoint、OpenDocument、OFD', en: 'JPEG, PNG, WebP, GIF, PDF, Word, Excel, PowerPoint, OpenDocument or OFD' };

/** Bytes enough to tell every kind apart (an SVG may open with an XML declaration and comments). */
export const HEAD_BYTES = 4096;

const starts = (bytes: Uint8Array, signature: number[], at = 0) => signature.every((byte, i) => bytes[at + i] === byte);

/** The kind of file its first bytes say it is, or undefined for anything else. */
export function sniffKind(bytes: Uint8Array): FileKind | undefined {
  const text = (end: number) => Buffer.from(bytes.subarray(0, end)).toString('latin1');
  if (starts(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts(bytes, [0x52, 0x49, 0x46, 0x46]) && starts(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  if (text(6) === 'GIF87a' || text(6) === 'GIF89a') return 'gif';
  if (text(5) === '%PDF-') return 'pdf';
  if (starts(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  // SVG is text with an <svg element near its start (after an XML declaration, comments or a doctype).
  if (/<svg[\s>/]/i.test(text(HEAD_BYTES))) return 'svg';
  return undefined;
}

/** The first bytes of a file (fewer if it is shorter). */
export function readHead(path: string): Uint8Array {
  const head = new Uint8Array(HEAD_BYTES);
  const fd = openSync(path, 'r');
  try {
    return head.subarray(0, readSync(fd, head, 0, HEAD_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

/** The type of a file by its name (for its label and media type), when the table has it. */
export const fileTypeOf = (name: string): FileType | undefined => FILE_TYPES[extname(name).toLowerCase()];

/**
 * What is wrong with a file of this name and these first bytes where a picture (or an attachment)
 * is expected, or undefined when nothing is: SVG, a type not allowed there, bytes that are not
 * what the name says.
 */
export function fileTypeProblem(name: string, head: Uint8Array, picture: boolean): Message | undefined {
  const extension = extname(name).toLowerCase();
  const sniffed = sniffKind(head);
  if (extension === '.svg' || extension === '.svgz' || sniffed === 'svg') {
    return {
      en: `"${name}" is an SVG image, which can carry script; expected a PNG, JPEG or WebP image (export or convert it to one of these)`,
      zh: `"${name}" 是 SVG 图片，SVG 可以包含脚本；请改用 PNG、JPEG 或 WebP 图片（导出或转换为这些格式之一）`,
    };
  }
  const type = FILE_TYPES[extension];
  const allowed = picture ? PICTURE_NAMES : ATTACHMENT_NAMES;
  if (!type || (picture && !type.picture)) {
    const found = extension || '(none)';
    return {
      en: `"${name}" is a ${found} file, not allowed here; expected ${allowed.en}`,
      zh: `"${name}" 是 ${extension || '无扩展名'} 文件，此处不接受；应为 ${allowed.zh}`,
    };
  }
  if (sniffed !== type.kind) {
    return {
      en: `"${name}" is not really a ${extension} file (its first bytes do not match); expected ${allowed.en}, saved as what its name says`,
      zh: `"${name}" 的内容不是 ${extension} 文件（文件头不符）；应为 ${allowed.zh}，且内容与扩展名一致`,
    };
  }
  return undefined;
}
