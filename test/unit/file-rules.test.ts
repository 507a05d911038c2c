/**
 * One table of file types for everything content names (src/lib/content/file-types.ts): the
 * editor's uploads accept exactly its types, by their bytes; published attachments are labelled
 * from it; SVG is refused wherever a picture is expected. And the Astro pipeline's guard on body
 * images (remarkContainedImages) refuses an MDX body's image outside the content folder, through
 * the real MDX compiler.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { attachmentInfo } from '../../src/lib/content/attachments.ts';
import { BODY_PARSERS, imagesOf, remarkContainedImages } from '../../src/lib/content/body-files.ts';
import { FILE_TYPES, type FileKind } from '../../src/lib/content/file-types.ts';
import { checkUpload } from '../../src/lib/editor/uploads.ts';
import { ROOT, TMP } from '../helpers/paths.ts';

/** The first bytes of a file of each kind. */
const BYTES: Record<FileKind, Buffer> = {
  jpeg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]),
  png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  webp: Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]),
  gif: Buffer.from('GIF89a'),
  pdf: Buffer.from('%PDF-1.7\n'),
  ole: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  zip: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0]),
  svg: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
};

describe('the one table of file types', () => {
  it.each(Object.entries(FILE_TYPES))(
    '%s: uploaded as an attachment, published with its label and type',
    (extension, type) => {
      expect(() =>
        checkUpload(`documents/attachments/scan${extension}`, BYTES[type.kind]),
      ).not.toThrow();
      const root = mkdtempSync(join(TMP, 'file-types-'));
      mkdirSync(join(root, 'documents/attachments'), { recursive: true });
      writeFileSync(join(root, 'documents/attachments', `scan${extension}`), BYTES[type.kind]);
      const previous = process.env.STUDIO_CONTENT_DIR;
      process.env.STUDIO_CONTENT_DIR = root;
      try {
        expect(
          attachmentInfo('doc', join(root, 'documents/doc.mdx'), `attachments/scan${extension}`),
        ).toMatchObject({ typeLabel: type.label, mime: type.mime });
      } finally {
        if (previous === undefined) delete process.env.STUDIO_CONTENT_DIR;
        else process.env.STUDIO_CONTENT_DIR = previous;
      }
    },
  );

  it('names OFD, PowerPoint and OpenDocument (the two tables disagreed before)', () => {
    for (const extension of ['.ofd', '.ppt', '.pptx', '.odt', '.ods'])
      expect(FILE_TYPES[extension], extension).toBeDefined();
    expect(FILE_TYPES['.pptx']!.label).toBe('PowerPoint');
  });

  it('refuses SVG, by name or by bytes, wherever a picture is expected, saying what to use', () => {
    expect(() => checkUpload('studios/photos/logo.png', BYTES.svg)).toThrow(
      /SVG.*PNG、JPEG 或 WebP/,
    );
    expect(() => checkUpload('documents/attachments/logo.svg', BYTES.svg)).toThrow(/SVG/);
    expect(() => checkUpload('studios/photos/scan.pdf', BYTES.pdf)).toThrow(/JPEG、PNG、WebP、GIF/);
  });
});

describe('images of a body', () => {
  it('are found in Markdown and MDX, written inline, by reference, as HTML or inside a component, with their lines', () => {
    const markdown =
      '第一段。\n\n![a](a.png)\n\n![b][b]\n\n<img src="c.png">\n\n<!-- <img src="not-an-image.png"> -->\n\n[b]: b.png\n';
    expect(imagesOf(BODY_PARSERS.md.parse(markdown) as never)).toEqual([
      { url: 'a.png', line: 3, html: false },
      { url: 'b.png', line: 5, html: false },
      { url: 'c.png', line: 7, html: true },
    ]);
    const mdx = '第一段。\n\n<Note>![a](a.png)</Note>\n\n<img src="c.png" />\n';
    expect(imagesOf(BODY_PARSERS.mdx.parse(mdx) as never)).toEqual([
      { url: 'a.png', line: 3, html: false },
      { url: 'c.png', line: 5, html: true },
    ]);
  });

  it('outside the content folder do not compile in MDX (remarkContainedImages, the real MDX compiler)', async () => {
    const root = mkdtempSync(join(TMP, 'mdx-images-'));
    mkdirSync(join(root, 'documents'));
    copyFileSync(join(ROOT, 'content/news/zh/images/plaque-unveiled.jpg'), `${root}-outside.jpg`);
    const file = (value: string) => new VFile({ path: join(root, 'documents/doc.mdx'), value });
    const plugins = { remarkPlugins: [[remarkContainedImages, { root }]] as never };
    await expect(
      compile(file(`正文。\n\n![越界](../../${root.split('/').pop()}-outside.jpg)\n`), plugins),
    ).rejects.toThrow(
      /doc\.mdx: an image of the body cannot be published:\n {2}line 3 of the body: found .* which leads outside the content folder/,
    );
    copyFileSync(`${root}-outside.jpg`, join(root, 'documents/inside.jpg'));
    await expect(
      compile(file('正文。\n\n![目录之内](inside.jpg)\n'), plugins),
    ).resolves.toBeDefined();
  });
});
