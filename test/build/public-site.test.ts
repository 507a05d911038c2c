import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/lib/model/model.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { htmlPages, page, textOf } from '../helpers/html.ts';
import { ROOT, SAMPLE_DIST } from '../helpers/paths.ts';
import { descendants, readXml } from '../helpers/xml.ts';

const { content } = validateContent(join(ROOT, 'content'));
const model = buildModel(content);
const exists = (path: string) => existsSync(join(SAMPLE_DIST, path));

describe('every page type, in both languages', () => {
  const pageTypes = [
    '/',
    '/studios/',
    '/studios/zhao-pengda/',
    '/people/',
    '/people/zhao-pengda/',
    '/documents/',
    '/documents/jz-2021-31/',
    '/awards/',
    '/awards/year/2021/',
    '/awards/level/national/',
    '/awards/rank/first/',
    '/awards/family/skills-contest/',
    '/news/',
    '/news/page/2/',
    '/news/2021-zhao-pengda-studio-named/',
    '/news/topics/naming/',
    '/reports/',
    '/reports/2021/',
    '/search/',
    '/data/',
  ];
  it.each(pageTypes)('%s', (path) => {
    expect(exists(`${path}index.html`), path).toBe(true);
    expect(exists(`/en${path}index.html`), `/en${path}`).toBe(true);
  });
  it('has feeds, a sitemap with language alternates, robots.txt and a 404 page', () => {
    for (const file of [
      '/rss.xml',
      '/en/rss.xml',
      '/sitemap-index.xml',
      '/sitemap-0.xml',
      '/robots.txt',
      '/404.html',
    ])
      expect(exists(file), file).toBe(true);
    const urls = descendants(readXml(join(SAMPLE_DIST, 'sitemap-0.xml')), 'url');
    const studio = urls.find(
      (url) =>
        descendants(url, 'loc')[0]!.text.endsWith('/studios/zhao-pengda/') &&
        !descendants(url, 'loc')[0]!.text.includes('/en/'),
    )!;
    const alternates = Object.fromEntries(
      descendants(studio, 'xhtml:link').map((link) => [
        link.attributes.hreflang,
        new URL(link.attributes.href!).pathname,
      ]),
    );
    expect(alternates).toEqual({
      'zh-CN': '/studios/zhao-pengda/',
      en: '/en/studios/zhao-pengda/',
    });
    const titles = (feed: string) =>
      descendants(readXml(join(SAMPLE_DIST, feed)), 'title').map((title) => title.text);
    expect(titles('rss.xml')).toContain(
      '锦工发〔2021〕31号 关于命名2021年度锦州市劳模和职工创新工作室的决定',
    );
    expect(
      titles('en/rss.xml').some((title) =>
        title.endsWith('first model worker innovation studio is named'),
      ),
    ).toBe(true);
  });
});

describe('every page', () => {
  const pages = htmlPages(SAMPLE_DIST);
  it('has a title, a description, a canonical URL, Open Graph tags and a Content-Security-Policy without inline script', () => {
    for (const path of pages) {
      const html = page(SAMPLE_DIST, path);
      const head = html.querySelector('head')!;
      expect(textOf(head.querySelector('title')), path).not.toBe('');
      expect(
        head.querySelector('meta[name="description"]')?.getAttribute('content'),
        path,
      ).toBeTruthy();
      expect(head.querySelector('link[rel="canonical"]')?.getAttribute('href'), path).toMatch(
        /^https:\/\//,
      );
      expect(head.querySelector('meta[property="og:title"]'), path).not.toBeNull();
      const csp =
        head.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ??
        '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).not.toContain('unsafe-inline');
      // No inline executable script: only external scripts and JSON-LD data blocks.
      for (const script of html.querySelectorAll('script')) {
        const type = script.getAttribute('type');
        expect(
          script.hasAttribute('src') || type === 'application/ld+json',
          `${path}: inline script`,
        ).toBe(true);
      }
      expect(html.querySelectorAll('[style]'), `${path}: inline style attribute`).toHaveLength(0);
      expect(html.querySelector('a.skip-link[href="#main"]'), path).not.toBeNull();
      expect(html.querySelector('main#main'), path).not.toBeNull();
    }
  });
  it('offers the same page in the other language', () => {
    // The pages not found, one per language, link home instead.
    for (const path of pages.filter((p) => p !== '/404.html' && p !== '/en/404.html')) {
      const other = path.startsWith('/en/') ? path.slice(3) : `/en${path}`;
      expect(
        page(SAMPLE_DIST, path).querySelector(`header a[href="${other}"]`),
        path,
      ).not.toBeNull();
    }
  });
});

describe('content on the pages', () => {
  it('says when an English page shows Chinese text, and marks that text zh-CN', () => {
    const untranslated = page(SAMPLE_DIST, '/en/news/2019-sun-jianguo-cnc-first/');
    expect(textOf(untranslated.querySelector('.notice'))).toContain('not been translated');
    expect(untranslated.querySelector('h1')!.getAttribute('lang')).toBe('zh-CN');
    // The breadcrumb's last item is the same title; an untranslated report's title too.
    expect(
      untranslated.querySelector('.breadcrumbs [aria-current="page"]')!.getAttribute('lang'),
    ).toBe('zh-CN');
    const report = page(SAMPLE_DIST, '/en/reports/2024/').querySelector('h1')!;
    expect(textOf(report)).toMatch(/\p{Script=Han}/u);
    expect(report.getAttribute('lang')).toBe('zh-CN');
    expect(
      page(SAMPLE_DIST, '/reports/2024/').querySelector('h1')!.getAttribute('lang'),
    ).toBeUndefined();
    expect(
      page(SAMPLE_DIST, '/en/news/2021-zhao-pengda-studio-named/').querySelector('.notice'),
    ).toBeNull();
  });

  it('marks zh-CN every Chinese sentence an English page shows (its <title> aside, which cannot be marked)', () => {
    const unmarked: string[] = [];
    const visit = (element: HTMLElement, path: string, chinese: boolean) => {
      for (const child of element.childNodes) {
        if (child instanceof HTMLElement) {
          if (['script', 'style', 'title'].includes(child.rawTagName)) continue;
          const lang = child.getAttribute('lang');
          visit(child, path, lang === undefined ? chinese : lang.startsWith('zh'));
        } else if (!chinese && /\p{Script=Han}{8,}/u.test(child.text))
          unmarked.push(`${path}: ${child.text.trim()}`);
      }
    };
    for (const path of htmlPages(SAMPLE_DIST).filter((p) => p.startsWith('/en/')))
      visit(page(SAMPLE_DIST, path), path, false);
    expect(unmarked).toEqual([]);
  });

  it('marks zh-CN the Chinese title of every untranslated item an English page links (read in a Chinese voice)', () => {
    let marked = 0;
    for (const path of htmlPages(SAMPLE_DIST).filter((p) => p.startsWith('/en/'))) {
      for (const badge of page(SAMPLE_DIST, path).querySelectorAll('[data-untranslated]')) {
        const link = badge.previousElementSibling;
        expect(link?.tagName, `${path}: ${badge.parentNode?.toString().slice(0, 200)}`).toBe('A');
        expect(link!.getAttribute('lang'), `${path}: ${link!.toString()}`).toBe('zh-CN');
        marked += 1;
      }
    }
    expect(marked).toBeGreaterThan(20);
  });

  it('publishes a document with its number, issuer, date, full text, linked list, citation and original file', () => {
    const decision = page(SAMPLE_DIST, '/documents/jz-2021-31/');
    expect(textOf(decision)).toContain('锦州市总工会');
    expect(textOf(decision.querySelector('time'))).toBe('2021年12月7日');
    expect(textOf(decision.querySelector('.prose'))).toContain('命名赵鹏达劳模创新工作室等3个团队');
    expect(textOf(decision.querySelector('[data-testid="citation"]'))).toContain(
      '《关于命名2021年度锦州市劳模和职工创新工作室的决定》（锦工发〔2021〕31号）',
    );
    const link = decision.querySelector('[data-testid="attachments"] a')!;
    const file = join(SAMPLE_DIST, link.getAttribute('href')!);
    expect(statSync(file).size).toBe(
      statSync(join(ROOT, 'content/documents/attachments/jz-2021-31.pdf')).size,
    );
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const notice = page(SAMPLE_DIST, '/documents/jz-2024-30/');
    expect(notice.querySelectorAll('[data-testid="results"] tbody tr')).toHaveLength(8);
  });

  it('counts awards by level and rank as the content does', () => {
    const awards = page(SAMPLE_DIST, '/awards/');
    expect(textOf(awards.querySelector('[data-testid="award-count"]'))).toBe(
      String(content.awards.length),
    );
    const levelOf = (award: (typeof content.awards)[number]) =>
      content.competitions.find((c) => c.id === award.data.competition)!.data.level;
    const nationalFirst = content.awards.filter(
      (a) => levelOf(a) === 'national' && a.data.rank === 'first',
    ).length;
    expect(textOf(awards.querySelector('[data-cell="national-first"]'))).toBe(
      nationalFirst ? String(nationalFirst) : '',
    );
    const year2021 = content.awards.filter((a) => a.data.year === 2021).length;
    expect(
      page(SAMPLE_DIST, '/awards/year/2021/').querySelectorAll('[data-testid="awards"] tbody tr'),
    ).toHaveLength(year2021);
  });

  it('lists every studio in the directory, with the data the filters use', () => {
    const rows = page(SAMPLE_DIST, '/studios/').querySelectorAll(
      '[data-testid="studio-table"] tbody tr',
    );
    expect(rows).toHaveLength(content.studios.length);
    const zhao = rows.find((row) => row.querySelector('a[href="/studios/zhao-pengda/"]'))!;
    expect([
      zhao.getAttribute('data-level'),
      zhao.getAttribute('data-year'),
      zhao.getAttribute('data-status'),
    ]).toEqual(['provincial', '2021', 'named']);
  });

  it('sends studio photos and news covers through the image pipeline: several widths, AVIF and WebP, alternative text', () => {
    for (const [path, alt] of [
      ['/studios/zhao-pengda/', '牌匾'],
      ['/en/news/2021-plaque-unveiled/', 'plaque'],
    ] as const) {
      const picture = page(SAMPLE_DIST, path).querySelector('main picture')!;
      expect(picture, path).not.toBeNull();
      expect(picture.querySelectorAll('source').map((s) => s.getAttribute('type'))).toEqual([
        'image/avif',
        'image/webp',
      ]);
      const img = picture.querySelector('img')!;
      expect(img.getAttribute('srcset')!.split(',').length, path).toBeGreaterThanOrEqual(3);
      expect(img.getAttribute('alt'), path).toContain(alt);
      for (const candidate of img.getAttribute('srcset')!.split(','))
        expect(existsSync(join(SAMPLE_DIST, candidate.trim().split(' ')[0]!)), candidate).toBe(
          true,
        );
    }
  });

  it('paginates the news', () => {
    const perPage = model.settings.newsPerPage;
    const first = page(SAMPLE_DIST, '/news/').querySelectorAll('[data-testid="news-list"] > li');
    expect(first).toHaveLength(Math.min(perPage, model.newsZh.size));
    const pages = Math.ceil(model.newsZh.size / perPage);
    expect(exists(`/news/page/${pages}/index.html`)).toBe(true);
    expect(exists(`/news/page/${pages + 1}/index.html`)).toBe(false);
  });

  it('publishes open data equal to the content', () => {
    const studios = JSON.parse(readFileSync(join(SAMPLE_DIST, 'data/studios.json'), 'utf8'));
    expect(studios.rows).toHaveLength(content.studios.length);
    expect(studios.rows.find((row: { id: string }) => row.id === 'zhao-pengda')).toMatchObject({
      first_named: '2021-12-07',
      highest_level: 'provincial',
    });
    const csv = readFileSync(join(SAMPLE_DIST, 'data/figures.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('\r\nzhao-pengda,2021,2021-08–2021-10,true,22,exact,22,exact,22,exact,');
    const awardsCsv = readFileSync(join(SAMPLE_DIST, 'data/awards.csv'), 'utf8')
      .trim()
      .split('\r\n');
    expect(awardsCsv).toHaveLength(content.awards.length + 1);
  });
});
