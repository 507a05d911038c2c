/**
 * `npm run check` on content written as a hostile or careless editor would
 * (test/fixtures/hostile-content): every problem is listed with its file and field, and nothing in
 * the content runs. The test copies the fixture and adds what git should not carry: a symbolic
 * link to a file outside the folder and a sparse 11 MB photo.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODE_RAN_MARKER, hostileContent } from '../helpers/hostile.ts';
import { ROOT } from '../helpers/paths.ts';

describe('npm run check on hostile content', () => {
  rmSync(CODE_RAN_MARKER, { force: true });
  const dir = hostileContent();
  const run = (lang: string) =>
    spawnSync(process.execPath, ['scripts/check-content.ts', '--lang', lang], {
      cwd: ROOT,
      env: { ...process.env, STUDIO_CONTENT_DIR: dir },
      encoding: 'utf8',
    });
  const result = run('en');
  const output = result.stdout + result.stderr;
  const at = (file: string) => relative(ROOT, join(dir, file));

  it('exits non-zero without a stack trace', () => {
    expect(result.status).toBe(1);
    expect(output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  });

  it.each([
    [
      'documents/runs-code.mdx',
      'line 9, entry "runs-code", field (body): found "import { execSync } from \'node:child_process\'"',
    ],
    [
      'documents/runs-code.mdx',
      'line 12, entry "runs-code", field (body): found "export const x = process.env"',
    ],
    [
      'documents/runs-code.mdx',
      'line 16, entry "runs-code", field (body): found the expression {execSync(\'id > test/.tmp/hostile-code-ran\')}',
    ],
    [
      'documents/runs-code.mdx',
      'line 18, entry "runs-code", field (body): found the component <Shell>, which the site does not provide',
    ],
    [
      'documents/runs-code.mdx',
      'line 20, entry "runs-code", field (body): found data-x={process.env.HOME} on <p>',
    ],
    ['documents/runs-code.mdx', 'only these components: <Note>'],
    [
      'documents/syntax-error.mdx',
      'line 12, entry "syntax-error", field (body): MDX syntax error at line 12: Expected a closing tag for `<Note>`',
    ],
    [
      'documents/traversal.mdx',
      'field attachments[0].file: found "../../../../etc/passwd", which leads outside the content folder',
    ],
    [
      'documents/traversal.mdx',
      'field attachments[1].file: found "/etc/hostname", which leads outside the content folder',
    ],
    [
      'documents/traversal.mdx',
      'field attachments[2].file: found "attachments/outside.pdf", a link to ',
    ],
    [
      'studios/traversal-photo.yaml',
      'field photo: found "../../secret.jpg", which leads outside the content folder',
    ],
    [
      'studios/huge-photo.yaml',
      'field photo: found "photos/huge.jpg" of 11.0 MB; expected an image of at most 10.0 MB',
    ],
    [
      'studios/svg-photo.yaml',
      'field photo: "photos/evil.svg" is an SVG image, which can carry script; expected a PNG, JPEG or WebP image',
    ],
    [
      'documents/body-images.mdx',
      'field attachments[0].file: "images/not-a-pdf.pdf" is not really a .pdf file (its first bytes do not match)',
    ],
    // Images in a Markdown body (news) and an MDX body (a document): the rule of every file content names, at their lines.
    ...(
      [
        ['news/zh/body-images.md', 'zh/body-images', 0],
        ['documents/body-images.mdx', 'body-images', 6],
      ] as const
    ).flatMap(([file, entry, offset]) => {
      const at = (line: number) => `line ${line + offset}, entry "${entry}", field (body): `;
      return [
        [
          file,
          `${at(9)}"images/evil.svg" is an SVG image, which can carry script; expected a PNG, JPEG or WebP image`,
        ],
        [file, `${at(11)}"images/disguised.jpg" is an SVG image`],
        [
          file,
          `${at(13)}"images/not-a-png.png" is not really a .png file (its first bytes do not match)`,
        ],
        [file, `${at(15)}found "../../../secret.png", which leads outside the content folder`],
        [file, `${at(17)}found "images/missing.png", but no such file exists`],
        [file, `${at(19)}found "images/huge.png" of 11.0 MB; expected an image of at most 10.0 MB`],
        [file, `${at(21)}found "images/outside.png", a link to `],
        [
          file,
          `${at(23)}found the image "${offset ? '//evil.example/x.png' : 'https://evil.example/x.png'}" from another host`,
        ],
        [file, `${at(25)}found an HTML <img> ("images/evil.svg"), which the site does not publish`],
      ];
    }),
    [
      'news/zh/body-images.md',
      'line 27, entry "zh/body-images", field (body): found "images/missing-logo.png", but no such file exists',
    ],
    ['studios/bad-kind.yaml', 'entry "bad-kind", field kind: found "rocket-science"'],
    [
      'studios/bad-kind.yaml',
      'entry "bad-kind", field leader: found "nobody-here", which is not an entry of people',
    ],
    ['people/gbk.yaml', 'entry "gbk": is not valid UTF-8 (perhaps saved as GBK); expected UTF-8'],
    ['people/bomb.yaml', 'entry "bomb": uses too many YAML aliases'],
    ['people/control.yaml', 'entry "control", field name: contains the control character U+0007'],
    [
      'news/zh/too-long.mdx',
      'entry "zh/too-long", field summary: is 20001 characters long; expected at most 20000',
    ],
    ['organisations/near.YAML', 'field (file name): is not read'],
    ['people/near.Yml', 'field (file name): is not read'],
    ['news/zh/near.markdown', 'field (file name): is not read'],
    ['topics/near.yaml.txt', 'field (file name): is not read'],
    ['documents/near.md.txt', 'field (file name): is not read'],
    ['studios/notes.txt', 'field (file name): is not read'],
    ['awards/near.json', 'field (file name): is not read'],
  ])('names %s: %s', (file, expected) => {
    const section = output.split(`\n${at(file)}\n`)[1]?.split('\n\n')[0] ?? '';
    expect(section, `${file} in:\n${output}`).toContain(expected);
  });

  it('says the same in Chinese', () => {
    const zh = run('zh');
    const text = zh.stdout + zh.stderr;
    expect(text).toContain('不是有效的 UTF-8 编码');
    expect(text).toContain('import 和 export 会在构建机器上运行代码');
    expect(text).toContain('指向内容目录');
    expect(text).toContain('不会被读取');
  }, 30_000); // it runs the check once more, in its own process

  it('runs nothing the content holds', () => expect(existsSync(CODE_RAN_MARKER)).toBe(false));
});
