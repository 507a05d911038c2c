/**
 * A picture's bytes without what its camera or editing program wrote about it: EXIF (the camera,
 * its owner, the place a photo was taken), XMP, IPTC and comments. Photos on pages are published
 * only as Astro's resized copies, which carry none; attachments are published as their files, and
 * a notice photographed with a phone carries where it was taken. Lossless: the picture's own data,
 * its colour profile and its orientation-free header (JFIF, Adobe) are kept byte for byte.
 */
import type { FileKind } from './file-types.ts';

/** JPEG segments kept before the scan: JFIF (APP0), a colour profile (APP2 ICC_PROFILE), Adobe's colour transform (APP14). */
const KEPT_APP = (marker: number, data: Buffer): boolean =>
  marker === 0xe0 ||
  marker === 0xee ||
  (marker === 0xe2 && data.toString('latin1', 0, 12) === 'ICC_PROFILE\0');

/** The offset just after a scan's entropy-coded data: at the next marker that is no restart marker or stuffed byte. */
function afterScanData(bytes: Buffer, from: number): number {
  let i = from;
  while (i + 1 < bytes.length) {
    if (bytes[i] === 0xff) {
      const next = bytes[i + 1]!;
      if (next !== 0x00 && !(next >= 0xd0 && next <= 0xd7) && next !== 0xff) return i;
    }
    i += 1;
  }
  return bytes.length;
}

/**
 * A JPEG walked segment by segment to its end of image (EOI): metadata segments are left out before
 * and between the scans, and whatever follows the end of image (a phone's second picture, with an
 * EXIF of its own) is not kept.
 */
function jpegWithout(bytes: Buffer): Buffer | undefined {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  const parts: Buffer[] = [bytes.subarray(0, 2)];
  let offset = 2;
  let scanned = false;
  while (offset + 2 <= bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset += 1; // a fill byte
      continue;
    }
    if (marker === 0xd9) return Buffer.concat([...parts, bytes.subarray(offset, offset + 2)]);
    if (offset + 4 > bytes.length) return undefined;
    const length = bytes.readUInt16BE(offset + 2);
    const end = offset + 2 + length;
    if (length < 2 || end > bytes.length) return undefined;
    if (marker === 0xda) {
      // A scan: its header, then its entropy-coded data, kept as they are.
      const dataEnd = afterScanData(bytes, end);
      parts.push(bytes.subarray(offset, dataEnd));
      offset = dataEnd;
      scanned = true;
      continue;
    }
    const isApp = marker >= 0xe1 && marker <= 0xef;
    const dropped = marker === 0xfe || (isApp && !KEPT_APP(marker, bytes.subarray(offset + 4, end)));
    if (!dropped) parts.push(bytes.subarray(offset, end));
    offset = end;
  }
  // A file cut off after its picture data (no end of image) keeps what it has, without its metadata.
  return scanned ? Buffer.concat(parts) : undefined;
}

/** PNG chunks that say things about the picture, not the picture: EXIF, text (XMP is an iTXt), its time. */
const PNG_DROPPED = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME']);

function pngWithout(bytes: Buffer): Buffer | undefined {
  const parts: Buffer[] = [bytes.subarray(0, 8)];
  let offset = 8;
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (end > bytes.length) return undefined;
    if (!PNG_DROPPED.has(type)) parts.push(bytes.subarray(offset, end));
    offset = end;
    if (type === 'IEND') return Buffer.concat(parts);
  }
  return undefined;
}

function webpWithout(bytes: Buffer): Buffer | undefined {
  if (bytes.toString('latin1', 0, 4) !== 'RIFF' || bytes.toString('latin1', 8, 12) !== 'WEBP')
    return undefined;
  const parts: Buffer[] = [];
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const type = bytes.toString('latin1', offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    const end = offset + 8 + size + (size % 2);
    if (end > bytes.length + (size % 2)) return undefined;
    const chunk = Buffer.from(bytes.subarray(offset, Math.min(end, bytes.length)));
    // The extended header says which chunks follow: no EXIF (bit 3), no XMP (bit 2) any more.
    if (type === 'VP8X') chunk[8] = chunk[8]! & ~0x0c;
    if (type !== 'EXIF' && type !== 'XMP ') parts.push(chunk);
    offset = end;
  }
  const body = Buffer.concat(parts);
  const header = Buffer.from('RIFF0000WEBP', 'latin1');
  header.writeUInt32LE(body.length + 4, 4);
  return Buffer.concat([header, body]);
}

/**
 * The picture without its metadata, or its bytes as they are when it is no JPEG, PNG or WebP, or
 * cannot be read (the content check refuses a damaged picture before the build).
 */
export function withoutMetadata(bytes: Buffer, kind: FileKind | undefined): Buffer {
  const stripped =
    kind === 'jpeg'
      ? jpegWithout(bytes)
      : kind === 'png'
        ? pngWithout(bytes)
        : kind === 'webp'
          ? webpWithout(bytes)
          : undefined;
  return stripped ?? bytes;
}
