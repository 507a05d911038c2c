/**
 * What a Chinese public-sector site shows, over built pages: the footer's record numbers (from the
 * real-records fixture, whose settings copy a real union newspaper's footer), the 信息公开 block of
 * a document with catalogue fields (the sample), an undated document and an agreement that is no
 * union document (real records). Expectations come from the raw files, not from the site model.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles, parseContentFile } from '../../src/lib/content/content-files.ts';
import { htmlPages, page, textOf } from '../helpers/html.ts';
import { ROOT } from '../helpers/paths.ts';
import { sharedBuild, sharedSampleBuild } from '../helpers/shared-builds.ts';

const FIXTURE = join(ROOT, 'test/fixtures/real-records');
const SAMPLE = join(ROOT, 'content');
const settings = parse(readFileSync(join(FIXTURE, 'settings/site.yaml'), 'utf8')) as Record<
  string,
  string
>;
const publisher = (
  parse(readFileSync(join(FIXTURE, `organisations/${settings.publisher}.yaml`), 'utf8')) as {
    name: string;
  }
).name;
const rawDocuments = (root: string) =>
  listFiles(join(root, 'documents'), '*.mdx').map((file) => ({
    id: file.replace(/\.mdx$/, ''),
    data: parseContentFile(join(root, 'documents', file), true).data as Record<string, unknown>,
  }));

let real = '';
let sample = '';
beforeAll(async () => {
  [real, sample] = [await sharedBuild('real-records', FIXTURE), await sharedSampleBuild()];
});

describe('the footer of a public-sector site', () => {
  it('shows the ICP and public security record numbers on every page, linked to their record sites, with the publisher and contact', () => {
    const pages = htmlPages(real);
    expect(pages.length).toBeGreaterThan(100);
    for (const path of pages) {
      const html = page(real, path);
      const icp = html.querySelector('.site-footer [data-footer="icp"]');
      expect(textOf(icp), path).toBe(settings.icpRecord);
      expect(icp!.getAttribute('href')).toBe('https://beian.miit.gov.cn/');
      const police = html.querySelector('.site-footer [data-footer="public-security"]');
      expect(textOf(police), path).toBe(settings.publicSecurityRecord);
      expect(police!.getAttribute('href')).toBe(
        `https://beian.mps.gov.cn/#/query/webSearch?code=${settings.publicSecurityRecord!.replace(/\D/g, '')}`,
      );
      expect(textOf(html.querySelector('.site-footer [data-footer="publisher"]')), path).toContain(
        publisher,
      );
      const contact = html.querySelector('.site-footer [data-footer="contact"]');
      expect(textOf(contact), path).toBe(settings.contact!.replace(/\s+/g, ' '));
      // Given in Chinese only: marked as Chinese on English pages (WCAG 3.1.2).
      expect(contact!.getAttribute('lang') ?? null, path).toBe(
        path.startsWith('/en/') ? 'zh-CN' : null,
      );
      // No 网站标识码 on the source page: none is shown.
      expect(html.querySelector('[data-footer="site-code"]'), path).toBeNull();
    }
  });

  it('makes no request to the record sites: they are links, never sources', () => {
    for (const path of htmlPages(real).slice(0, 40)) {
      const source = readFileSync(
        join(real, path.endsWith('/') ? `${path}index.html` : path),
        'utf8',
      );
      expect(source, path).not.toMatch(/(src|srcset|action)="https:\/\/beian\./);
      expect(source, path).not.toMatch(/<link[^>]+href="https:\/\/beian\./);
    }
  });

  it('shows nothing of the kind where the settings set none (the sample)', () => {
    for (const path of ['/', '/en/', '/documents/'])
      expect(page(sample, path).querySelector('[data-footer]'), path).toBeNull();
  });
});

describe('the home page of an archive that features no studio', () => {
  it('shows no empty 重点工作室 section; the sample, which features some, shows it', () => {
    for (const path of ['/', '/en/']) {
      expect(page(real, path).querySelector('#featured'), path).toBeNull();
      expect(page(sample, path).querySelectorAll('#featured ~ ul li').length, path).toBeGreaterThan(
        0,
      );
    }
  });
});

describe('the 信息公开 block of a document with catalogue fields (sample)', () => {
  const catalogued = rawDocuments(SAMPLE).filter(
    (doc) => doc.data.indexNumber || doc.data.published,
  );
  it('the sample has one', () => expect(catalogued.length).toBeGreaterThan(0));

  it('shows 索引号, 主题分类, 发布机构, 成文日期 and 发布日期 as two dates', () => {
    for (const doc of catalogued) {
      const html = page(sample, `/documents/${doc.id}/`);
      const block = html.querySelector('[data-testid="disclosure"]')!;
      expect(textOf(html.querySelector('#disclosure'))).toBe('信息公开');
      expect(textOf(block.querySelector('[data-field="index-number"]'))).toBe(doc.data.indexNumber);
      expect(textOf(block.querySelector('[data-field="subject-category"]'))).toBe(
        doc.data.subjectCategory,
      );
      expect(textOf(block.querySelector('[data-field="publishing-body"]'))).toBe(
        doc.data.publishingBody,
      );
      expect(block.querySelector('[data-field="date"] time')!.getAttribute('datetime')).toBe(
        doc.data.date,
      );
      expect(block.querySelector('[data-field="published"] time')!.getAttribute('datetime')).toBe(
        doc.data.published,
      );
      expect(doc.data.published).not.toBe(doc.data.date);
      expect(textOf(page(sample, `/en/documents/${doc.id}/`).querySelector('#disclosure'))).toBe(
        'Public disclosure catalogue',
      );
    }
  });

  it('is carried in open data', () => {
    const rows = JSON.parse(readFileSync(join(sample, 'data/documents.json'), 'utf8')) as
      { rows?: Array<Record<string, unknown>> } | Array<Record<string, unknown>>;
    const list = Array.isArray(rows) ? rows : (rows.rows ?? []);
    for (const doc of catalogued) {
      const row = list.find((r) => r.id === doc.id)!;
      expect(row).toMatchObject({
        index_number: doc.data.indexNumber,
        published: doc.data.published,
        date: doc.data.date,
        publishing_body: doc.data.publishingBody,
      });
    }
  });

  it('is not shown for a document without catalogue fields', () => {
    const plain = rawDocuments(SAMPLE).find(
      (doc) =>
        !doc.data.indexNumber &&
        !doc.data.published &&
        !doc.data.subjectCategory &&
        !doc.data.publishingBody,
    )!;
    expect(
      page(sample, `/documents/${plain.id}/`).querySelector('[data-testid="disclosure"]'),
    ).toBeNull();
  });
});

describe('real records of documents', () => {
  const documents = rawDocuments(FIXTURE);
  const undated = documents.filter((doc) => doc.data.date === undefined);
  const agreements = documents.filter((doc) => doc.data.type === 'agreement');

  it('hold an undated document and an agreement, each with a source', () => {
    expect(undated.length).toBeGreaterThan(0);
    expect(agreements.length).toBeGreaterThan(0);
    for (const doc of [...undated, ...agreements])
      expect((doc.data.sources as Array<{ url?: string }>)[0]!.url).toMatch(/^https?:\/\//);
  });

  it('show an undated document as undated, with no date made up, in its page, the directory, no year and open data', () => {
    const rows = JSON.parse(readFileSync(join(real, 'data/documents.json'), 'utf8'));
    const list = (Array.isArray(rows) ? rows : rows.rows) as Array<Record<string, unknown>>;
    for (const doc of undated) {
      const zh = page(real, `/documents/${doc.id}/`);
      expect(textOf(zh.querySelector('[data-field="date"]'))).toBe('日期未注明');
      expect(zh.querySelector('[data-field="date"] time')).toBeNull();
      expect(textOf(zh.querySelector('[data-testid="citation"]'))).toContain('日期未注明');
      expect(
        textOf(page(real, `/en/documents/${doc.id}/`).querySelector('[data-field="date"]')),
      ).toBe('Date not stated');
      const row = page(real, '/documents/')
        .querySelector(`#document-table a[href="/documents/${doc.id}/"]`)!
        .closest('tr')!;
      expect(textOf(row.querySelector('td'))).toBe('日期未注明');
      expect(row.getAttribute('data-year') ?? null).toBeNull();
      expect(list.find((r) => r.id === doc.id)!.date).toBeNull();
    }
  });

  it('show an agreement as no union document: signed by its parties, brokered by a union, not counted among union documents', () => {
    for (const doc of agreements) {
      const html = page(real, `/documents/${doc.id}/`);
      expect(textOf(html.querySelector('[data-testid="not-union-document"]'))).toContain(
        '不是工会文件',
      );
      const name = (id: string) =>
        (parse(readFileSync(join(FIXTURE, `organisations/${id}.yaml`), 'utf8')) as { name: string })
          .name;
      for (const party of doc.data.parties as string[])
        expect(textOf(html.querySelector('[data-field="issuers"]'))).toContain(name(party));
      for (const broker of doc.data.brokeredBy as string[])
        expect(textOf(html.querySelector('[data-field="brokered-by"]'))).toContain(name(broker));
      const paired = (doc.data.pairings as Array<{ studios: string[] }>).flatMap((p) => p.studios);
      for (const studio of paired)
        expect(
          html.querySelector(`[data-testid="doc-pairings"] a[href="/studios/${studio}/"]`),
        ).not.toBeNull();
    }
    const unionCount = documents.filter((doc) => doc.data.type !== 'agreement').length;
    expect(textOf(page(real, '/').querySelector('[data-figure="documents"]'))).toBe(
      String(unionCount),
    );
    expect(textOf(page(real, '/documents/').querySelector('h1'))).toBe('工会文件与协议');
    const rows = JSON.parse(readFileSync(join(real, 'data/documents.json'), 'utf8'));
    const list = (Array.isArray(rows) ? rows : rows.rows) as Array<Record<string, unknown>>;
    for (const doc of agreements)
      expect(list.find((r) => r.id === doc.id)).toMatchObject({
        union_document: false,
        issuer: (doc.data.parties as string[]).join(';'),
      });
  });
});
