/**
 * Red-team round: files a body or an entry names, and the folders the content is read from. Each
 * of these passed `npm run check` and was published, or broke the build with a stack trace:
 * - an image by reference with two definitions of its label (Markdown reads the first, the check
 *   read the last): a file outside the content folder was published;
 * - a collection folder that is a symbolic link: entries from elsewhere on the machine were read;
 * - a picture of 17000 × 17000 pixels in 281 KB: published whole, under other file types;
 * - a damaged JPEG, a % in a picture's path, a link definition inside a footnote: the build failed;
 * - two attachments of one file name in different folders: one replaced the other;
 * - a body of one huge paragraph (the parser's time grows with its square): the editor's server hung.
 */
import { symlinkSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { attachmentInfo } from '../../src/lib/content/attachments.ts';
import { MAX_PARAGRAPH_CHARS } from '../../src/lib/content/content-limits.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { writeContentFolder, type ContentFiles } from '../helpers/content-folder.ts';

/** A PNG of the given size whose pixels are one compressed row of zeros repeated: small on disk, huge decoded. */
function pngOf(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(width + 1))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A GIF of `frames` frames of one pixel on a `width` × `height` screen, each after a graphic control
 * extension, as animations are saved: 1.5 KB for 63 frames on 2048 × 2048.
 */
function gifOf(width: number, height: number, frames: number): Buffer {
  const screen = Buffer.alloc(7);
  screen.writeUInt16LE(width, 0);
  screen.writeUInt16LE(height, 2);
  screen[4] = 0x80; // a global colour table of two colours
  const frame = Buffer.from([
    ...[0x21, 0xf9, 0x04, 0x00, 0x0a, 0x00, 0x00, 0x00], // graphic control: a tenth of a second
    ...[0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0x00], // an image of 1 × 1 at the top left
    ...[0x02, 0x02, 0x44, 0x01, 0x00], // its LZW data
  ]);
  return Buffer.concat([
    Buffer.from('GIF89a', 'latin1'),
    screen,
    Buffer.from([0, 0, 0, 255, 255, 255]),
    ...Array.from({ length: frames }, () => frame),
    Buffer.from([0x3b]),
  ]);
}

/** The extended header of a WebP of `width` × `height`, with its animation flag set or not. */
function webpHeaderOf(width: number, height: number, animated: boolean): Buffer {
  const bytes = Buffer.alloc(30);
  bytes.write('RIFF', 0, 'latin1');
  bytes.writeUInt32LE(22, 4);
  bytes.write('WEBPVP8X', 8, 'latin1');
  bytes.writeUInt32LE(10, 16);
  bytes[20] = animated ? 0x02 : 0x00;
  bytes.writeUIntLE(width - 1, 24, 3);
  bytes.writeUIntLE(height - 1, 27, 3);
  return bytes;
}

const news = (body: string) =>
  `---\ntitle: 标题\ndate: "2024-05-01"\nsummary: 摘要\n---\n\n${body}\n`;

/** The problems of a folder holding `files` (and, before checking, whatever `prepare` adds), each as file: message. */
function problemsOf(files: ContentFiles, prepare: (root: string) => void = () => {}): string[] {
  const root = writeContentFolder(files);
  prepare(root);
  return validateContent(root).problems.map(
    (p) => `${p.file.replace(/^.*content-[^/]+\//, '')}: ${p.message.en}`,
  );
}

describe('an image by reference with two definitions of its label', () => {
  for (const format of ['md', 'mdx'] as const) {
    it(`is judged by every definition (${format}): the first one leads outside the folder`, () => {
      const problems = problemsOf({
        [`news/zh/two.${format}`]: news(
          '![牌匾][pic]\n\n[pic]: ../../../outside.jpg\n[PIC]: images/ok.png',
        ),
        'news/zh/images/ok.png': pngOf(10, 10),
      });
      expect(problems.join('\n')).toContain('"../../../outside.jpg", which leads outside');
    });
  }

  it('a definition inside a footnote, as Astro reads it (GitHub Markdown), is judged too', () => {
    const problems = problemsOf({
      'news/zh/footnote.md': news('![图][x]\n\n[^1]: 注释\n\n    [x]: ../../../outside.jpg'),
    });
    expect(problems.join('\n')).toContain('leads outside');
  });
});

describe('symbolic links in the content folder', () => {
  it('a collection folder that is a link is refused, and so is a linked entry file', () => {
    const elsewhere = writeContentFolder({ 'topics/leak.yaml': { name: { zh: '外部' } } }, {});
    const problems = problemsOf({}, (root) => {
      symlinkSync(join(elsewhere, 'topics'), join(root, 'topics'));
      symlinkSync(join(root, 'organisations/ftu.yaml'), join(root, 'organisations/alias.yaml'));
    });
    expect(problems).toContain(
      'topics: is a symbolic link to a folder; the site reads only folders that are in the content folder itself: copy the folder in, or remove the link',
    );
    expect(problems.join('\n')).toContain(
      'organisations/alias.yaml: is a symbolic link, which is not read as an entry',
    );
  });
});

describe('pictures', () => {
  const withCover = (file: string, bytes: Buffer | string): ContentFiles => ({
    'news/zh/cover.md': `---\ntitle: 标题\ndate: "2024-05-01"\nsummary: 摘要\ncover: images/${file}\ncoverAlt: 图\n---\n\n正文。\n`,
    [`news/zh/images/${file}`]: bytes,
  });

  it('of 17000 × 17000 pixels in a small file is refused with its size and the limits', () => {
    const bomb = pngOf(17_000, 17_000);
    expect(bomb.length).toBeLessThan(400_000);
    expect(problemsOf(withCover('bomb.png', bomb)).join('\n')).toContain(
      '"images/bomb.png" of 17000 × 17000 pixels; expected at most 100 million pixels and 16383 on a side',
    );
    expect(problemsOf(withCover('wide.png', pngOf(20_000, 10))).join('\n')).toContain(
      '20000 × 10 pixels',
    );
  });

  it('a damaged JPEG (its header cut off) is refused before the build', () => {
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);
    expect(problemsOf(withCover('broken.jpg', broken)).join('\n')).toContain(
      'whose size in pixels cannot be read',
    );
  });

  it('an animated GIF or WebP is refused: the pipeline reads its frames as one tall picture, and published it unoptimised', () => {
    // A probe's 1,488-byte GIF: 63 frames on 2048 × 2048, read as 2048 × 129,024, too tall for AVIF
    // and JPEG, so published as itself under .avif and .jpg names.
    for (const [file, bytes] of [
      ['anim.gif', gifOf(2048, 2048, 63)],
      ['two.gif', gifOf(64, 64, 2)],
      ['anim.webp', webpHeaderOf(640, 480, true)],
    ] as const)
      expect(problemsOf(withCover(file, bytes)).join('\n'), file).toContain(
        `"images/${file}", an animated picture; expected a still picture`,
      );
    expect(problemsOf(withCover('still.gif', gifOf(64, 64, 1)))).toEqual([]);
    expect(problemsOf(withCover('still.webp', webpHeaderOf(640, 480, false)))).toEqual([]);
  });

  it('held: a picture of ordinary size', () => {
    expect(problemsOf(withCover('fine.png', pngOf(4000, 3000)))).toEqual([]);
  });

  it("a % left in a body picture's path is refused (the pipeline would read %2F as /)", () => {
    const problems = problemsOf({
      'news/zh/pct.md': news('![图](images/..%2F..%2Fx.png)'),
      'news/zh/images/..%2F..%2Fx.png': pngOf(10, 10),
    });
    expect(problems.join('\n')).toContain(
      'a path with %, which the image pipeline reads as an escape',
    );
  });
});

describe("a document's attachments", () => {
  it('named with ?, # or % are refused: the link would end or escape there, and the original could not be opened', () => {
    const pdf = '%PDF-1.4\n%%EOF\n';
    const problems = problemsOf({
      'documents/notice.mdx': `---\ntype: other\nissuer: ftu\ndate: "2021-03"\ntitle: 通知\nattachments:\n  - { file: files/100%.pdf, title: 附件 }\n  - { file: files/scan#p2.pdf, title: 扫描件 }\n  - { file: files/附件1 名单.pdf, title: 名单 }\n---\n\n正文。\n`,
      'documents/files/100%.pdf': pdf,
      'documents/files/scan#p2.pdf': pdf,
      // Chinese and a space are kept: a browser asks for them escaped, and the server reads them back.
      'documents/files/附件1 名单.pdf': pdf,
    });
    expect(problems, problems.join('\n')).toHaveLength(2);
    for (const name of ['files/100%.pdf', 'files/scan#p2.pdf'])
      expect(problems.join('\n')).toContain(`found "${name}", a file name with ?, # or %`);
  });

  it('named in Chinese with a space are linked escaped, as the server reads the name back', () => {
    const root = writeContentFolder({
      'documents/notice.mdx': '---\ntype: other\nissuer: ftu\ntitle: 通知\n---\n\n正文。\n',
      'documents/files/附件1 名单.pdf': '%PDF-1.4\n%%EOF\n',
    });
    vi.stubEnv('STUDIO_CONTENT_DIR', root);
    const info = attachmentInfo(
      'notice',
      join(root, 'documents/notice.mdx'),
      'files/附件1 名单.pdf',
    );
    expect(info.fileName).toBe('附件1 名单.pdf');
    expect(info.path).toBe('/documents/notice/%E9%99%84%E4%BB%B61%20%E5%90%8D%E5%8D%95.pdf');
    expect(decodeURIComponent(info.path)).toBe('/documents/notice/附件1 名单.pdf');
  });

  it('of one file name in two folders are refused: one would replace the other', () => {
    const pdf = '%PDF-1.4\n%%EOF\n';
    const problems = problemsOf({
      'documents/notice.mdx': `---\ntype: other\nissuer: ftu\ndate: "2021-03"\ntitle: 通知\nattachments:\n  - file: a/notice.pdf\n  - file: b/notice.pdf\n---\n\n正文。\n`,
      'documents/a/notice.pdf': pdf,
      'documents/b/notice.pdf': pdf,
    });
    expect(problems.join('\n')).toContain(
      'found "b/notice.pdf", whose file name "notice.pdf" attachments[0].file has too',
    );
  });
});

describe('a body the parser would take minutes over', () => {
  it('a paragraph longer than MAX_PARAGRAPH_CHARS is refused at its line, before it is parsed', () => {
    const started = performance.now();
    const problems = problemsOf({ 'news/zh/slow.md': news(`第一段。\n\n${'~a'.repeat(60_000)}`) });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(problems.join('\n')).toContain(
      `has a paragraph of 120000 characters; expected at most ${MAX_PARAGRAPH_CHARS} (split it with a blank line)`,
    );
  });

  it('lines that look like a table or a list and are not one are one paragraph, as Markdown reads them', () => {
    // A probe's body: lines that start with a pipe, no delimiter row (the check took 315 s); and
    // ten-digit "list items", which CommonMark does not take as items.
    const pipes = Array.from({ length: 59 }, () => `|${'~a'.repeat(60)}`).join('\n');
    const digits = Array.from(
      { length: 59 },
      (_, i) => `${1234567890 + i}. ${'~a'.repeat(60)}`,
    ).join('\n');
    for (const [name, body] of [
      ['pipes', pipes],
      ['digits', digits],
    ] as const) {
      const started = performance.now();
      const problems = problemsOf({ [`news/zh/${name}.md`]: news(body) });
      expect(performance.now() - started, name).toBeLessThan(5_000);
      expect(problems.join('\n'), name).toMatch(
        /has a paragraph of \d+ characters; expected at most/,
      );
    }
  });

  it('held: a long list or table is read line by line, and a body of many paragraphs within the limits passes', () => {
    const list = Array.from({ length: 600 }, (_, i) => `- 第${i + 1}个职工创新工作室`).join('\n');
    const table = `| 序号 | 名称 |\n| --- | --- |\n${Array.from({ length: 600 }, (_, i) => `| ${i + 1} | 甲工作室 |`).join('\n')}`;
    expect(problemsOf({ 'news/zh/lists.md': news(`${list}\n\n${table}`) })).toEqual([]);
  });
});
