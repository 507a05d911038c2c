/** Original files published with a document: where they are, what they are (the one table, file-types.ts), how large. */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Locale } from '../../schemas/vocabulary.ts';
import { contentRoot } from './collections.ts';
import { fileTypeOf, sniffKind } from './file-types.ts';
import { withoutMetadata } from './picture-metadata.ts';
import { containedFile, namedFileProblems } from './named-files.ts';
import { achievementPath, documentPath } from '../site/paths.ts';

export interface AttachmentInfo {
  /** Path of the source file. */
  source: string;
  /** File name in the published URL. */
  fileName: string;
  /** Locale-free URL path, its file name escaped as a link needs it (附件1 名单.pdf, as the server reads it back). */
  path: string;
  bytes: number;
  typeLabel: string;
  mime: string;
}

/**
 * Describes an attachment of the document (or achievement) stored in `documentFile`. The validator
 * has already refused a path outside the content folder, an oversize file or a wrong type; this
 * refuses it again, because what is returned here is copied into the public site.
 */
export function attachmentInfo(documentId: string, documentFile: string, relativeFile: string, publishedAt = documentPath(documentId)): AttachmentInfo {
  const problems = namedFileProblems(contentRoot(), documentFile, relativeFile, false);
  if (problems.length > 0) throw new Error(`${documentFile}: attachment not published: ${problems.map((problem) => problem.en).join('; ')}`);
  const source = containedFile(contentRoot(), documentFile, relativeFile).path!;
  const type = fileTypeOf(source) ?? { label: extname(source).slice(1).toUpperCase(), mime: 'application/octet-stream' };
  const fileName = basename(source);
  // Only a picture is published other than as it is (without its metadata): any other file is sized without reading it.
  const bytes = 'picture' in type && type.picture ? publishedBytes(source).length : statSync(source).size;
  return { source, fileName, path: `${publishedAt}${encodeURIComponent(fileName)}`, bytes, typeLabel: type.label, mime: type.mime };
}

/** The bytes an attachment is published as: the file, a picture without its metadata (picture-metadata.ts). */
export function publishedBytes(source: string): Uint8Array<ArrayBuffer> {
  const bytes = readFileSync(source);
  const kind = sniffKind(bytes);
  return kind === 'jpeg' || kind === 'png' || kind === 'webp' ? new Uint8Array(withoutMetadata(bytes, kind)) : bytes;
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
