/**
 * A picture's size in pixels, read from its header: a file of a few hundred kilobytes can hold a
 * picture of hundreds of millions of pixels (a "decompression bomb"), which the image pipeline
 * gives up on and then publishes whole, under other file types, to every reader. Such a picture,
 * or one whose size cannot be read (a damaged file), is refused before the build.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { FileKind } from './file-types.ts';

/** The most pixels a picture may have: a 48-megapixel phone photo passes with room to spare. */
export const MAX_PICTURE_PIXELS = 100_000_000;
/** The longest side a picture may have (the WebP and AVIF encoders' limit). */
export const MAX_PICTURE_SIDE = 16_383;

export interface PictureSize {
  width: number;
  height: number;
  /** An animation (a GIF of several frames, an animated WebP): the image pipeline reads every frame as one tall picture. */
  animated?: boolean;
}

/** `length` bytes of a picture from `offset` (fewer at its end): from a file, or from bytes in memory (an upload). */
type Reader = (offset: number, length: number) => Buffer;

const fileReader =
  (fd: number): Reader =>
  (offset, length) => {
    const buffer = Buffer.alloc(length);
    return buffer.subarray(0, readSync(fd, buffer, 0, length, offset));
  };

/** A JPEG's size, from its first start-of-frame segment (after any EXIF or other segments). */
function jpegSize(read: Reader): PictureSize | undefined {
  let offset = 2;
  for (let segments = 0; segments < 10_000; segments += 1) {
    const head = read(offset, 9);
    if (head.length < 4 || head[0] !== 0xff) return undefined;
    const marker = head[1]!;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    // Start of frame: every SOFn but DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return head.length < 9
        ? undefined
        : { height: head.readUInt16BE(5), width: head.readUInt16BE(7) };
    }
    if (marker === 0xd9 || marker === 0xda) return undefined; // end of image, or scan data before any frame
    offset += 2 + head.readUInt16BE(2);
  }
  return undefined;
}

/**
 * Whether a GIF holds more than one frame: its blocks walked from the header (the global colour
 * table, extensions and their sub-blocks, each image and its data) until a second image or the end.
 */
function gifAnimated(read: Reader, head: Buffer): boolean {
  const colourTable = (flags: number) => (flags & 0x80 ? 3 * 2 ** ((flags & 0x07) + 1) : 0);
  let offset = 13 + colourTable(head[10] ?? 0);
  /** The offset after a run of sub-blocks (each a size byte and its data) ending with an empty one. */
  const afterSubBlocks = (at: number): number | undefined => {
    for (let blocks = 0; blocks < 1_000_000; blocks += 1) {
      const size = read(at, 1)[0];
      if (size === undefined) return undefined;
      at += 1 + size;
      if (size === 0) return at;
    }
    return undefined;
  };
  let images = 0;
  for (let blocks = 0; blocks < 100_000; blocks += 1) {
    const introducer = read(offset, 1)[0];
    if (introducer === 0x21) {
      const end = afterSubBlocks(offset + 2);
      if (end === undefined) return false;
      offset = end;
    } else if (introducer === 0x2c) {
      images += 1;
      if (images > 1) return true;
      const descriptor = read(offset, 10);
      // The image descriptor, its own colour table, the LZW code size, then its data's sub-blocks.
      const end = afterSubBlocks(offset + 10 + colourTable(descriptor[9] ?? 0) + 1);
      if (end === undefined) return false;
      offset = end;
    } else return false; // the trailer (0x3b), or the file's end
  }
  return false;
}

/** A WebP's size, from its lossy (VP8), lossless (VP8L) or extended (VP8X) header. */
function webpSize(head: Buffer): PictureSize | undefined {
  const chunk = head.toString('latin1', 12, 16);
  if (chunk === 'VP8 ' && head.length >= 30)
    return { width: head.readUInt16LE(26) & 0x3fff, height: head.readUInt16LE(28) & 0x3fff };
  if (chunk === 'VP8L' && head.length >= 25) {
    const bits = head.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X' && head.length >= 30)
    return {
      width: head.readUIntLE(24, 3) + 1,
      height: head.readUIntLE(27, 3) + 1,
      // The animation flag of the extended header's flags byte.
      animated: (head[20]! & 0x02) !== 0,
    };
  return undefined;
}

/** The size of a picture of a kind its first bytes gave (file-types.ts), or undefined when its header cannot be read. */
function sizeOf(read: Reader, kind: FileKind): PictureSize | undefined {
  const head = read(0, 32);
  if (kind === 'png')
    return head.length >= 24 && head.toString('latin1', 12, 16) === 'IHDR'
      ? { width: head.readUInt32BE(16), height: head.readUInt32BE(20) }
      : undefined;
  if (kind === 'gif')
    return head.length >= 13
      ? { width: head.readUInt16LE(6), height: head.readUInt16LE(8), animated: gifAnimated(read, head) }
      : undefined;
  if (kind === 'webp') return webpSize(head);
  if (kind === 'jpeg') return jpegSize(read);
  return undefined;
}

/** The size of the picture in the file `path`. */
export function pictureSize(path: string, kind: FileKind): PictureSize | undefined {
  const fd = openSync(path, 'r');
  try {
    return sizeOf(fileReader(fd), kind);
  } finally {
    closeSync(fd);
  }
}

/** The size of a picture held in memory (an upload to the web editor). */
export const pictureSizeOfBytes = (bytes: Buffer, kind: FileKind): PictureSize | undefined =>
  sizeOf((offset, length) => bytes.subarray(offset, offset + length), kind);
