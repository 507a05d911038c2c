import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { copySampleContent } from '../helpers/build.ts';
import { page } from '../helpers/html.ts';
import { SAMPLE_SITE_URL, TMP } from '../helpers/paths.ts';
import { sharedBuild } from '../helpers/shared-builds.ts';
import { descendants, parseXmlFile, readXml } from '../helpers/xml.ts';

/**
 * Hostile text in a copy of the sample content, on every page type: a title that closes the
 * JSON-LD script and adds a meta refresh, spreadsheet formulas. The built
 * site must show them as text, publish them as data, and keep every feed and sitemap valid XML.
 */
const BREAKOUT = '</script><meta http-equiv="refresh" content="0;url=https://evil.example">';
const FORMULA = '=HYPERLINK("http://x","y")';
const SERIES_FORMULA = '@SUM(1+1)';

const outDir = join(TMP, 'output-escaping-dist');
const PHOTO_OWNER = 'Probe Photo Owner';

/** Changes a YAML file, or the front matter of a Markdown/MDX file, through the yaml library. */
function editYaml(file: string, edit: (doc: ReturnType<typeof parseDocument>) => void): void {
  const source = readFileSync(file, 'utf8');
  const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const doc = parseDocument(frontMatter ? frontMatter[1]! : source);
  edit(doc);
  writeFileSync(
    file,
    frontMatter
      ? `---\n${doc.toString()}---\n${source.slice(frontMatter[0].length)}`
      : doc.toString(),
  );
}
const prefix = (doc: ReturnType<typeof parseDocument>, path: string[], text: string) =>
  doc.setIn(path, `${text}${doc.getIn(path)}`);

/** The pages under test, with the text on them that carries the breakout. */
const PAGES: { type: string; path: string; jsonLd: boolean }[] = [
  { type: 'home', path: '/', jsonLd: true },
  { type: 'studio', path: '/studios/zhao-pengda/', jsonLd: true },
  { type: 'person', path: '/people/zhao-pengda/', jsonLd: true },
  { type: 'document', path: '/documents/jz-2021-31/', jsonLd: true },
  { type: 'news', path: '/news/2019-first-studios-named/', jsonLd: true },
  { type: 'report', path: '/reports/2021/', jsonLd: false },
  { type: 'award', path: '/awards/year/2021/', jsonLd: false },
];

beforeAll(async () => {
  const content = copySampleContent('output-escaping');
  for (const locale of ['zh', 'en']) {
    // The publisher's name is in the home page's JSON-LD and in every footer.
    editYaml(join(content, 'organisations/jinzhou-ftu.yaml'), (doc) =>
      prefix(doc, ['name', locale], BREAKOUT),
    );
    editYaml(join(content, 'studios/zhao-pengda.yaml'), (doc) =>
      prefix(doc, ['title', locale], BREAKOUT),
    );
    editYaml(join(content, 'studios/gao-yan.yaml'), (doc) => doc.setIn(['title', locale], FORMULA));
    editYaml(join(content, 'people/zhao-pengda.yaml'), (doc) =>
      prefix(doc, ['name', locale], BREAKOUT),
    );
    editYaml(join(content, 'documents/jz-2021-31.mdx'), (doc) =>
      prefix(doc, ['title', locale], BREAKOUT),
    );
    editYaml(join(content, `news/${locale}/2019-first-studios-named.mdx`), (doc) =>
      prefix(doc, ['title'], BREAKOUT),
    );
    editYaml(join(content, `reports/${locale}/2021.mdx`), (doc) =>
      prefix(doc, ['title'], BREAKOUT),
    );
    editYaml(join(content, 'awards/2021-jz-ti-heat-exchanger.yaml'), (doc) =>
      prefix(doc, ['achievement', locale], BREAKOUT),
    );
    editYaml(join(content, 'charts/applied-publicised-named.yaml'), (doc) => {
      doc.setIn(['labels', 0, locale], FORMULA);
      doc.setIn(['series', 0, 'label', locale], SERIES_FORMULA);
    });
  }
  // Body headings named like the page's own sections: they must not take the sections' ids.
  for (const [file, headings] of [
    ['reports/zh/2021.mdx', ['key-figures', 'charts']],
    ['documents/jz-2021-31.mdx', ['cite', 'attachments']],
  ] as const)
    writeFileSync(
      join(content, file),
      `${readFileSync(join(content, file), 'utf8')}\n${headings.map((id) => `## ${id}\n\n正文。\n`).join('\n')}`,
    );
  // A studio photo as a phone saves it: its EXIF names its owner and where it was taken.
  const photo = join(content, 'studios/photos/zhao-pengda-plaque.jpg');
  writeFileSync(
    photo,
    await sharp(readFileSync(photo))
      .withExif({
        IFD0: { Artist: PHOTO_OWNER },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '41/1 7/1 30/1' },
      })
      .jpeg()
      .toBuffer(),
  );
  // With a public address: the share image's alt text and card carry the hostile titles too.
  // Kept for the next run while neither this content nor the code changes (test/helpers/shared-builds.ts).
  expect(await sharedBuild('output-escaping', content, { SITE_URL: SAMPLE_SITE_URL })).toBe(outDir);
});

/** Every string anywhere in a parsed JSON value. */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.values(value).flatMap(strings)
      : [];

const files = (dir: string, extension: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension))
    .map((file) => join(dir, file));

describe('hostile titles stay text on every page type', () => {
  for (const locale of ['zh', 'en'] as const) {
    for (const { type, path, jsonLd } of PAGES) {
      const url = locale === 'zh' ? path : `/en${path}`;
      it(`${type} page ${url}`, () => {
        const html: HTMLElement = page(outDir, url);
        // No element came out of the text: no meta refresh, no script but the site's own.
        expect(
          html.querySelectorAll('meta[http-equiv]').map((meta) => meta.getAttribute('http-equiv')),
        ).toEqual(['Content-Security-Policy']);
        for (const script of html.querySelectorAll('script')) {
          expect(
            script.getAttribute('src') !== undefined ||
              script.getAttribute('type') === 'application/ld+json',
            script.outerHTML.slice(0, 200),
          ).toBe(true);
        }
        // The text is on the page as the editor wrote it.
        expect(html.querySelector('main')!.textContent).toContain(BREAKOUT);
        // A card drawn from it has a name of hex digits, its alt text holds the title as text. (The studio shows its photo,
        // a news item without one its studio's image.)
        if (['person', 'document', 'report'].includes(type)) {
          expect(html.querySelector('meta[property="og:image"]')?.getAttribute('content')).toMatch(
            /^https:\/\/[^/]+\/share-cards\/[0-9a-f]{24}\.png$/,
          );
          expect(
            html.querySelector('meta[property="og:image:alt"]')?.getAttribute('content'),
          ).toContain(BREAKOUT);
        }
        const data = html.querySelectorAll('script[type="application/ld+json"]');
        expect(data).toHaveLength(jsonLd ? 1 : 0);
        if (jsonLd) {
          const raw = data[0]!.textContent;
          expect(raw).not.toMatch(/[<>&]/);
          expect(strings(JSON.parse(raw)).some((value) => value.startsWith(BREAKOUT))).toBe(true);
        }
      });
    }
  }
});

describe("a body's headings named like the page's sections", () => {
  it("keep the sections' ids for the sections: the contents and aria-labelledby lead there", () => {
    for (const [path, ids] of [
      ['/reports/2021/', ['key-figures', 'charts']],
      ['/documents/jz-2021-31/', ['cite', 'attachments']],
    ] as const) {
      const html = page(outDir, path);
      for (const id of ids) {
        // One element has the id, and it is not the body's heading, which has it prefixed.
        expect(html.querySelectorAll(`[id="${id}"]`), `${path} #${id}`).toHaveLength(1);
        expect(html.querySelector(`[id="${id}"]`)!.textContent.trim(), path).not.toBe(id);
        expect(html.querySelector(`[id="user-content-${id}"]`)?.textContent, path).toBe(id);
      }
    }
  });
});

describe('spreadsheet formulas in the published CSV files', () => {
  const csvFiles = () => [
    ...files(join(outDir, 'data'), '.csv'),
    ...files(join(outDir, 'charts'), '.csv'),
  ];
  const count = (text: string, part: string) => text.split(part).length - 1;

  it('are neutralised with an apostrophe in every CSV that holds them', () => {
    const holding = csvFiles().filter((file) => readFileSync(file, 'utf8').includes('HYPERLINK('));
    // The studios data set and the chart CSVs of both languages.
    expect(holding.map((file) => file.slice(outDir.length))).toEqual(
      expect.arrayContaining([
        '/data/studios.csv',
        expect.stringMatching(/^\/charts\/applied-publicised-named--year-2023--zh\./),
        expect.stringMatching(/^\/charts\/applied-publicised-named--year-2023--en\./),
      ]),
    );
    for (const file of holding) {
      const csv = readFileSync(file, 'utf8');
      expect(count(csv, 'HYPERLINK('), file).toBe(count(csv, `"'=HYPERLINK(""http://x"",""y"")"`));
    }
    for (const file of csvFiles().filter((file) => file.includes('applied-publicised-named'))) {
      expect(readFileSync(file, 'utf8').split('\r\n')[0]).toBe(`\uFEFF,'${SERIES_FORMULA}`);
    }
  });

  it('keep numbers as numbers', () => {
    for (const file of csvFiles())
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/(^|,)'[-+]?\d/m);
    const chart = csvFiles().find((file) =>
      file.includes('applied-publicised-named--year-2023--en'),
    )!;
    expect(readFileSync(chart, 'utf8').split('\r\n')[1]).toBe(
      `"'=HYPERLINK(""http://x"",""y"")",11`,
    );
  });

  it('stay as written in the JSON data sets, which no spreadsheet runs', () => {
    const studios = JSON.parse(readFileSync(join(outDir, 'data/studios.json'), 'utf8')) as {
      rows: { id: string; title_zh: string }[];
    };
    expect(studios.rows.find((row) => row.id === 'gao-yan')!.title_zh).toBe(FORMULA);
  });
});

// Control characters never reach a feed: the validator refuses them in any text (test/unit/hostile-content.test.ts),
// and the feed writer strips what XML forbids anyway (xmlText, test/unit/output-escaping.test.ts).
describe('feeds and sitemaps with hostile titles', () => {
  it('are well-formed XML, all of them', () => {
    const xml = files(outDir, '.xml');
    expect(xml.map((file) => file.slice(outDir.length)).toSorted()).toEqual([
      '/en/rss.xml',
      '/rss.xml',
      '/sitemap-0.xml',
      '/sitemap-index.xml',
    ]);
    for (const file of xml) expect(parseXmlFile(file).errors, file).toEqual([]);
  });

  it('keep the title as text', () => {
    for (const feed of ['rss.xml', 'en/rss.xml']) {
      const titles = descendants(readXml(join(outDir, feed)), 'title').map((title) => title.text);
      expect(
        titles.some((title) => title.startsWith(BREAKOUT) && title.length > BREAKOUT.length),
      ).toBe(true);
      // eslint-disable-next-line no-control-regex -- control characters are what this pattern finds
      expect(titles.join('')).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    }
  });

  it('list every page that search engines may index, and no other file', () => {
    const locs = descendants(readXml(join(outDir, 'sitemap-0.xml')), 'loc').map(
      (loc) => new URL(loc.text).pathname,
    );
    // An untranslated English page is noindex (its canonical is the Chinese page): it is left out.
    const pages = files(outDir, 'index.html')
      .filter((file) => !/<meta name="robots" content="noindex/.test(readFileSync(file, 'utf8')))
      .map((file) => file.slice(outDir.length).replace(/index\.html$/, ''));
    expect(locs.toSorted()).toEqual(pages.toSorted());
  });
});

describe('a photo whose EXIF names its owner and its place', () => {
  it('is published in no file with that EXIF: not its original beside the resized copies', () => {
    const filesUnder = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
        item.isDirectory() ? filesUnder(join(dir, item.name)) : [join(dir, item.name)],
      );
    const pictures = filesUnder(join(outDir, '_astro')).filter((file) =>
      /\.(jpe?g|png|webp)$/i.test(file),
    );
    expect(pictures.some((file) => file.includes('zhao-pengda-plaque'))).toBe(true);
    expect(pictures.filter((file) => readFileSync(file).includes(PHOTO_OWNER))).toEqual([]);
  });
});
