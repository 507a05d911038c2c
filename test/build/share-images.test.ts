/**
 * Sharing: every studio, person, news, document and report page names one absolute og:image that
 * the build published, at the size it states: the page's photo (a derivative at most 1200 px wide)
 * or a 1200×630 card drawn from its title. A news item without a photo shares its first studio's
 * image (or the site's card), every other page the site's card: no page names a file the build did
 * not publish. Cards are kept between builds and not drawn again;
 * without SITE_URL no og:image is written (a relative one is invalid, a made-up host serves nothing).
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { fileDigest } from '../helpers/digests.ts';
import { htmlPages, page } from '../helpers/html.ts';
import { ROOT, SAMPLE_DIST, SAMPLE_SITE_URL, TMP } from '../helpers/paths.ts';
import { model } from '../helpers/sample-model.ts';

const SHARED_PAGE = /^(?:\/en)?\/(studios|people|news|documents|reports)\/[^/]+\/$/;

function shareMeta(dist: string, path: string) {
  const html = page(dist, path);
  const property = (name: string) =>
    html
      .querySelectorAll(`meta[property="${name}"]`)
      .map((meta) => meta.getAttribute('content') ?? '');
  return {
    images: property('og:image'),
    type: property('og:image:type')[0],
    width: Number(property('og:image:width')[0]),
    height: Number(property('og:image:height')[0]),
    alt: property('og:image:alt')[0],
    twitterCard: html.querySelector('meta[name="twitter:card"]')?.getAttribute('content'),
  };
}

describe('share images on the sample site', () => {
  const pages = htmlPages(SAMPLE_DIST).filter((path) => SHARED_PAGE.test(path));

  it('covers every studio and person page in both languages, and news, documents and reports', () => {
    const count = (type: string) =>
      pages.filter((path) => SHARED_PAGE.exec(path)![1] === type).length;
    expect(count('studios')).toBe(model.studios.size * 2);
    expect(count('people')).toBe(model.people.size * 2);
    for (const type of ['news', 'documents', 'reports'])
      expect(count(type), type).toBeGreaterThan(0);
  });

  it('gives each one absolute og:image, published at the stated size and type, with its alt text and a large-image Twitter card', async () => {
    for (const path of pages) {
      const meta = shareMeta(SAMPLE_DIST, path);
      expect(meta.images, path).toHaveLength(1);
      const url = new URL(meta.images[0]!);
      expect(url.href.startsWith(SAMPLE_SITE_URL), `${path}: ${url.href}`).toBe(true);
      const file = join(SAMPLE_DIST, decodeURIComponent(url.pathname));
      expect(existsSync(file), `${path}: ${url.pathname} is not in the build`).toBe(true);
      const image = await sharp(file).metadata();
      expect([image.width, image.height], `${path}: ${url.pathname}`).toEqual([
        meta.width,
        meta.height,
      ]);
      expect(meta.type, path).toBe(image.format === 'png' ? 'image/png' : 'image/jpeg');
      expect(meta.twitterCard, path).toBe('summary_large_image');
      if (url.pathname.startsWith('/share-cards/')) {
        expect(url.pathname, path).toMatch(/^\/share-cards\/[0-9a-f]{24}\.png$/);
        expect([image.width, image.height, image.format], path).toEqual([1200, 630, 'png']);
        expect(meta.alt, path).toBeTruthy();
      }
    }
  });

  it('uses the photo of a page that has one (a derivative no wider than 1200 px and its source), and a card otherwise', async () => {
    const source = await sharp(
      join(ROOT, 'content/studios/photos/zhao-pengda-plaque.jpg'),
    ).metadata();
    for (const path of ['/studios/zhao-pengda/', '/en/studios/zhao-pengda/']) {
      const meta = shareMeta(SAMPLE_DIST, path);
      expect(new URL(meta.images[0]!).pathname, path).toMatch(
        /^\/_astro\/zhao-pengda-plaque\.[^/]+\.jpg$/,
      );
      expect(meta.width).toBe(Math.min(1200, source.width));
      expect(meta.alt, path).toBeTruthy();
    }
    expect(
      new URL(shareMeta(SAMPLE_DIST, '/news/2021-plaque-unveiled/').images[0]!).pathname,
    ).toMatch(/^\/_astro\/plaque-unveiled\.[^/]+\.jpg$/);
    const withoutPhoto = [...model.studios.values()].find((studio) => !studio.data.photo)!;
    expect(
      new URL(shareMeta(SAMPLE_DIST, `/studios/${withoutPhoto.id}/`).images[0]!).pathname,
    ).toMatch(/^\/share-cards\//);
  });

  it('draws a card of its own for each page and language, in the site’s colours', async () => {
    const cardOf = (path: string) => new URL(shareMeta(SAMPLE_DIST, path).images[0]!).pathname;
    const documentId = [...model.documents.keys()][0]!;
    const cards = [
      '/people/zhao-pengda/',
      '/en/people/zhao-pengda/',
      `/documents/${documentId}/`,
      '/reports/2021/',
      '/en/reports/2021/',
    ].map(cardOf);
    expect(new Set(cards).size).toBe(cards.length);
    // A drawing, not an empty canvas: the union red bar on the left, dark title text on white.
    const { data, info } = await sharp(join(SAMPLE_DIST, cards[0]!))
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [
      ...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3),
    ];
    expect(pixel(5, 300)).toEqual([0xa3, 0x21, 0x1f]);
    expect(pixel(1190, 10)).toEqual([255, 255, 255]);
    let dark = 0;
    for (let i = 0; i < data.length; i += 3)
      if (data[i]! < 80 && data[i + 1]! < 80 && data[i + 2]! < 80) dark += 1;
    expect(dark).toBeGreaterThan(1000);
  });
});

describe('cards per subject, not per page', () => {
  const all = htmlPages(SAMPLE_DIST);
  const imageOf = (path: string) => shareMeta(SAMPLE_DIST, path).images[0];

  it('names no og:image on any page that the build did not publish', () => {
    const missing: string[] = [];
    for (const path of all)
      for (const image of shareMeta(SAMPLE_DIST, path).images) {
        const file = join(SAMPLE_DIST, decodeURIComponent(new URL(image).pathname));
        if (!existsSync(file)) missing.push(`${path}: ${image}`);
      }
    expect(missing).toEqual([]);
  });

  it("shows a news item without a photo as its first studio's image (its card when the studio has no photo), else the site's card", () => {
    let studioCards = 0;
    for (const [slug, entry] of model.newsZh) {
      if (entry.data.cover) continue;
      const studio = entry.data.studios.find((id) => model.studios.has(id));
      for (const prefix of ['', '/en']) {
        const expected = imageOf(studio ? `${prefix}/studios/${studio}/` : `${prefix}/`);
        expect(expected, `${prefix}/news/${slug}/`).toBeTruthy();
        expect(imageOf(`${prefix}/news/${slug}/`), `${prefix}/news/${slug}/`).toBe(expected);
        if (studio && !model.studios.get(studio)!.data.photo) {
          expect(new URL(expected!).pathname).toMatch(/^\/share-cards\/[0-9a-f]{24}\.png$/);
          studioCards += 1;
        }
      }
    }
    expect(studioCards).toBeGreaterThan(0);
  });

  it("shows lists, facets and the search page as the site's card, in their language", () => {
    const lists = all.filter((path) => !SHARED_PAGE.test(path) && path !== '/' && path !== '/en/');
    expect(lists.length).toBeGreaterThan(20);
    for (const path of lists)
      expect(imageOf(path), path).toBe(imageOf(path.startsWith('/en/') ? '/en/' : '/'));
    expect(imageOf('/')).not.toBe(imageOf('/en/'));
  });

  it('publishes fewer cards than the pages that name one, each card named by some page', () => {
    const named = new Map<string, number>();
    for (const path of all) {
      const image = imageOf(path);
      if (image?.includes('/share-cards/')) named.set(image, (named.get(image) ?? 0) + 1);
    }
    const published = readdirSync(join(SAMPLE_DIST, 'share-cards'));
    expect(published.toSorted()).toEqual(
      [...named.keys()].map((url) => new URL(url).pathname.split('/').pop()).toSorted(),
    );
    expect(published.length).toBeLessThan(
      [...named.values()].reduce((sum, pages) => sum + pages, 0),
    );
    // Not one card per news item: the sample's news without a photo name no card of their own.
    const newsCards = all.filter((path) => /^(?:\/en)?\/news\/[^/]+\/$/.test(path)).map(imageOf);
    const otherCards = new Set(all.filter((path) => !/^(?:\/en)?\/news\//.test(path)).map(imageOf));
    expect(
      newsCards.filter((image) => image?.includes('/share-cards/') && !otherCards.has(image)),
    ).toEqual([]);
  });
});

describe('share cards between builds, and without SITE_URL', () => {
  mkdirSync(TMP, { recursive: true });
  const scratch = mkdtempSync(join(TMP, 'share-cards-'));
  const cardCache = join(scratch, 'card-cache');
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  function build(out: string, siteUrl: string | undefined) {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      STUDIO_CONTENT_DIR: join(ROOT, 'test/fixtures/small-content'),
      STUDIO_OUT_DIR: join(scratch, out),
      STUDIO_CARD_CACHE: cardCache,
      STUDIO_CHART_CACHE: join(scratch, 'chart-cache'),
      STUDIO_SEARCH_CACHE: join(scratch, 'search-cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      ASTRO_DISABLE_UPDATE_CHECK: 'true',
    };
    if (siteUrl === undefined) delete env.SITE_URL;
    else env.SITE_URL = siteUrl;
    const result = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  }
  // Each cached card's file (a card written again is a new file: it lands by a rename) and bytes;
  // not its time, which a build sets when it marks the card used (scripts/lib/cache-upkeep.ts).
  const cacheFiles = () =>
    Object.fromEntries(
      readdirSync(cardCache)
        .filter((name) => name.endsWith('.png'))
        .map((name) => [
          name,
          `${statSync(join(cardCache, name)).ino} ${fileDigest(join(cardCache, name))}`,
        ]),
    );
  const newsPage = (out: string) =>
    htmlPages(join(scratch, out)).find(
      (path) => SHARED_PAGE.test(path) && path.startsWith('/news/'),
    )!;

  it('draws the cards once and reuses them, unchanged, on the next build', () => {
    const first = build('first', 'https://studios.example.org');
    expect(first.status, first.output).toBe(0);
    const drawn = /Share cards: (\d+) published, (\d+) drawn, 0 reused/.exec(first.output);
    expect(drawn, first.output).not.toBeNull();
    expect(Number(drawn![2])).toBe(Number(drawn![1]));
    const cached = cacheFiles();
    expect(Object.keys(cached)).toHaveLength(Number(drawn![1]));

    const second = build('second', 'https://studios.example.org');
    expect(second.status, second.output).toBe(0);
    expect(second.output).toContain(
      `Share cards: ${drawn![1]} published, 0 drawn, ${drawn![1]} reused from the cache.`,
    );
    expect(cacheFiles()).toEqual(cached);
    // The published card is a copy of the cached bytes, at the absolute address the page names.
    const meta = shareMeta(join(scratch, 'second'), newsPage('second'));
    expect(meta.images[0]).toMatch(
      /^https:\/\/studios\.example\.org\/share-cards\/[0-9a-f]{24}\.png$/,
    );
    const name = new URL(meta.images[0]!).pathname.split('/').pop()!;
    expect(
      readFileSync(join(scratch, 'second', 'share-cards', name)).equals(
        readFileSync(join(cardCache, name)),
      ),
    ).toBe(true);
  });

  it('writes no og:image, card, canonical link, feed or sitemap without SITE_URL (no host made up), and refuses a SITE_URL that is not an absolute address', () => {
    const plain = build('plain', undefined);
    expect(plain.status, plain.output).toBe(0);
    expect(plain.output).not.toContain('Share cards:');
    expect(shareMeta(join(scratch, 'plain'), newsPage('plain')).images).toEqual([]);
    expect(existsSync(join(scratch, 'plain', 'share-cards'))).toBe(false);
    // Nor any other address that must be absolute: no host is made up for them.
    const plainDir = join(scratch, 'plain');
    expect(plain.output).toContain('SITE_URL is not set');
    for (const file of ['rss.xml', 'en/rss.xml', 'sitemap-index.xml', 'sitemap-0.xml'])
      expect(existsSync(join(plainDir, file)), file).toBe(false);
    expect(readFileSync(join(plainDir, 'robots.txt'), 'utf8')).not.toContain('Sitemap');
    const pages = htmlPages(plainDir);
    expect(pages.length).toBeGreaterThan(20);
    for (const path of pages) {
      const html = page(plainDir, path);
      const absolute = html
        .querySelectorAll(
          'link[rel="canonical"], link[hreflang], link[type="application/rss+xml"], meta[property="og:url"]',
        )
        .map((element) => element.toString());
      expect(absolute, path).toEqual([]);
      for (const script of html.querySelectorAll('script[type="application/ld+json"]'))
        expect(JSON.parse(script.text), path).not.toHaveProperty('url');
      expect(html.toString(), path).not.toContain('jinzhou-union.example');
    }

    const relative = build('relative', 'studios.example.org');
    expect(relative.status).toBe(1);
    expect(relative.output).toContain(
      'SITE_URL is "studios.example.org"; expected an absolute address',
    );
  });
});
