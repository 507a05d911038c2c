/**
 * Attachments are published as their files; a picture among them is published without what its
 * camera wrote (src/lib/content/picture-metadata.ts): a red team's photo kept its GPS location and
 * its owner's name on the site. Checked with real pictures made by sharp, decoded again after.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { publishedBytes } from '../../src/lib/content/attachments.ts';
import { withoutMetadata } from '../../src/lib/content/picture-metadata.ts';
import { writeContentFolder } from '../helpers/content-folder.ts';

const exif = {
  IFD0: { Artist: 'Wang Xiaoming', Copyright: 'probe' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '41/1 7/1 30/1', GPSLongitudeRef: 'E' },
};
const picture = () => sharp({ create: { width: 40, height: 30, channels: 3, background: '#2a6' } });
const pixels = async (bytes: Uint8Array) =>
  (await sharp(bytes).raw().toBuffer()).toString('base64');
const said = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('a picture published as an attachment', () => {
  for (const format of ['jpeg', 'png', 'webp'] as const) {
    it(`(${format}) keeps its pixels and loses its EXIF, XMP and comments`, async () => {
      const image = picture().withExif(exif).withXmp('<x:xmpmeta>probe-xmp</x:xmpmeta>');
      const bytes = await (
        format === 'jpeg'
          ? image.jpeg()
          : format === 'png'
            ? image.png()
            : image.webp({ lossless: true })
      ).toBuffer();
      expect(said(bytes)).toContain('Wang Xiaoming');
      const published = withoutMetadata(bytes, format);
      for (const word of ['Wang Xiaoming', 'probe-xmp', 'Exif\0'])
        expect(said(published), word).not.toContain(word);
      const metadata = await sharp(published).metadata();
      expect(metadata.exif).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      expect(await pixels(published)).toBe(await pixels(bytes));
    });
  }

  it('walks a progressive JPEG to its end, and leaves out a second picture after it (a phone’s, with its own EXIF)', async () => {
    const progressive = await picture().withExif(exif).jpeg({ progressive: true }).toBuffer();
    const second = await picture().withExif(exif).jpeg().toBuffer();
    const both = Buffer.concat([progressive, second]);
    const published = withoutMetadata(both, 'jpeg');
    expect(said(published)).not.toContain('Wang Xiaoming');
    expect(published.length).toBeLessThan(progressive.length);
    expect(await pixels(published)).toBe(await pixels(progressive));
  });

  it('keeps a JPEG’s colour profile, and leaves a picture with nothing to remove byte for byte', async () => {
    const withProfile = await picture().withIccProfile('p3').jpeg().toBuffer();
    expect((await sharp(withoutMetadata(withProfile, 'jpeg')).metadata()).icc).toBeDefined();
    const plain = await picture().png().toBuffer();
    expect(Buffer.compare(withoutMetadata(plain, 'png'), plain)).toBe(0);
    // What it cannot read it leaves as it is (the check refuses a damaged picture before the build).
    const damaged = Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x00]);
    expect(withoutMetadata(damaged, 'jpeg')).toBe(damaged);
  });

  it('is what the attachment’s page serves and sizes', async () => {
    const root = writeContentFolder({});
    const file = join(root, 'scan.jpg');
    writeFileSync(file, await picture().withExif(exif).jpeg().toBuffer());
    expect(said(publishedBytes(file))).not.toContain('Wang Xiaoming');
  });
});
