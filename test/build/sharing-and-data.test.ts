/**
 * What a page says when shared, and what the data page says about its files, on the built sample: the home page
 * shares the site's name with a card of its own; a report's description says something its title does not; a
 * document's card carries its number (文号); the data page lists only datasets with rows, and for each the rows, the
 * size of each file (the bytes the build published), the date the data is counted on and the licence, or that the
 * content states none.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/site/format.ts';
import { t, text } from '../../src/lib/site/i18n.ts';
import { htmlPages, page, textOf } from '../helpers/html.ts';
import { SAMPLE_DIST } from '../helpers/paths.ts';
import { model } from '../helpers/sample-model.ts';

const meta = (path: string, property: string) =>
  page(SAMPLE_DIST, path).querySelector(`meta[property="${property}"]`)?.getAttribute('content');

describe.each([
  ['zh', '/'],
  ['en', '/en/'],
] as const)('sharing (%s)', (locale, home) => {
  it('the home page shares the site name, with a card of its own that the build published', () => {
    expect(meta(home, 'og:title')).toBe(text(locale, model.settings.siteName));
    const image = new URL(meta(home, 'og:image')!);
    expect(image.pathname).toMatch(/^\/share-cards\/[0-9a-f]{24}\.png$/);
    expect(existsSync(join(SAMPLE_DIST, image.pathname))).toBe(true);
    const studioCard = new URL(meta(`${home}people/zhao-pengda/`, 'og:image')!).pathname;
    expect(image.pathname).not.toBe(studioCard);
  });

  it('a report’s description is not its title', () => {
    const reports = htmlPages(SAMPLE_DIST).filter((path) =>
      new RegExp(`^${home}reports/\\d{4}/$`).test(path),
    );
    expect(reports.length).toBeGreaterThan(0);
    for (const path of reports) {
      const description = meta(path, 'og:description');
      expect(description, path).toBeTruthy();
      expect(description, path).not.toBe(meta(path, 'og:title'));
    }
  });

  it('a document’s card names its number (文号)', () => {
    const numbered = [...model.documents.values()].filter((document) => document.data.number);
    expect(numbered.length).toBeGreaterThan(0);
    for (const document of numbered)
      expect(meta(`${home}documents/${document.id}/`, 'og:image:alt'), document.id).toContain(
        document.data.number,
      );
  });
});

describe.each([
  ['zh', '/data/'],
  ['en', '/en/data/'],
] as const)('the data page (%s)', (locale, path) => {
  const html = page(SAMPLE_DIST, path);
  const sections = html.querySelectorAll('section[data-dataset]');

  it('lists each dataset that has rows, and no other', () => {
    expect(sections.length).toBeGreaterThan(0);
    for (const section of sections) {
      const name = section.getAttribute('data-dataset')!;
      const rows = (
        JSON.parse(readFileSync(join(SAMPLE_DIST, 'data', `${name}.json`), 'utf8')) as {
          rows: unknown[];
        }
      ).rows.length;
      expect(rows, name).toBeGreaterThan(0);
      expect(textOf(section.querySelector('[data-rows]')).replace(/,/g, ''), name).toBe(
        String(rows),
      );
    }
    const listed = new Set(sections.map((section) => section.getAttribute('data-dataset')));
    const published = readdirSync(join(SAMPLE_DIST, 'data'))
      .filter((file) => file.endsWith('.json'))
      .map((file) => file.replace(/\.json$/, ''));
    expect(new Set(published)).toEqual(listed);
  });

  it('gives each file’s size as published, the date the data is counted on, and the licence or that none is stated', () => {
    expect(sections.length).toBeGreaterThan(0);
    for (const section of sections) {
      const links = section.querySelectorAll('a[download]');
      expect(links.map((link) => link.getAttribute('href')).sort()).toEqual(
        ['csv', 'json'].map((format) => `/data/${section.getAttribute('data-dataset')}.${format}`),
      );
      for (const link of links)
        expect(Number(link.getAttribute('data-bytes')), link.getAttribute('href')!).toBe(
          statSync(join(SAMPLE_DIST, link.getAttribute('href')!)).size,
        );
      expect(textOf(section.querySelector('[data-as-of]'))).toBe(formatDate(locale, model.asOf));
      const licence = model.settings.dataLicence;
      expect(textOf(section.querySelector('[data-licence]'))).toBe(
        licence ? text(locale, licence) : t(locale, 'data.licenceNotStated'),
      );
    }
  });
});
