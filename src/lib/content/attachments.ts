/** Original files published with a document: where they are, what they are, how large. */
import { statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Locale } from '../../schemas/vocabulary.ts';
import { contentRoot } from './collections.ts';
import { containedFile } from './content-checks.ts';
import { achievementPath, documentPath } from '../site/paths.ts';

const TYPES: Record<string, { label: string; mime: string }> = {
  '.pdf': { label: 'PDF', mime: 'application/pdf' },
  '.doc': { label: 'Word', mime: 'application/msword' },
  '.docx': { label: 'Word', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  '.xls': { label: 'Excel', mime: 'application/vnd.ms-excel' },
  '.xlsx': { label: 'Excel', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  '.ofd': { label: 'OFD', mime: 'application/ofd' },
  '.jpg': { label: 'JPEG', mime: 'image/jpeg' },
  '.png': { label: 'PNG', mime: 'image/png' },
};

export interface AttachmentInfo {
  /** Path of the source file. */
  source: string;
  /** File name in the published URL. */
  fileName: string;
  /** Locale-free URL path. */
  path: string;
  bytes: number;
  typeLabel: string;
  mime: string;
}

/**
 * Describes an attachment of the document (or achievement) stored in `documentFile`. The validator
 * has already refused a path outside the content folder; this refuses it again, because what is
 * returned here is copied into the public site.
 */
export function attachmentInfo(documentId: string, documentFile: string, relativeFile: string, publishedAt = documentPath(documentId)): AttachmentInfo {
  const contained = containedFile(contentRoot(), documentFile, relativeFile);
  if (contained.error) throw new Error(`${documentFile}: attachment not published: ${contained.error.en}`);
  const source = contained.path;
  const type = TYPES[extname(source).toLowerCase()] ?? { label: extname(source).slice(1).toUpperCase(), mime: 'application/octet-stream' };
  const fileName = basename(source);
  return { source, fileName, path: `${publishedAt}${fileName}`, bytes: statSync(source).size, typeLabel: type.label, mime: type.mime };
}

/** Describes an attachment of an achievement, published under /achievements/<id>/files/ (the same rules as a document's). */
export const achievementAttachment = (id: string, entryFile: string, relativeFile: string): AttachmentInfo => attachmentInfo(id, entryFile, relativeFile, `${achievementPath(id)}files/`);

/** 1.2 MB, 340 KB. */
export function formatBytes(locale: Locale, bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}
