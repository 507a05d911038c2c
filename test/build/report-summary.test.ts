/**
 * Reports open with words: each report page of the sample and of the real-records fixture, in both
 * languages, opens with a summary made from its own figures unless the editors wrote the year's
 * text in that language; every number the summary states is checked against the figure of the
 * page it names (the key figures, the year-end reconciliation, the awards by level, the register),
 * with its qualifier (以上, 约, at least, about); a figure the page does not state is never stated.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { label } from '../../src/lib/site/i18n.ts';
import { ADMIN_LEVELS } from '../../src/schemas/vocabulary.ts';
import { htmlPages, page, textOf } from '../helpers/html.ts';
import { ROOT, SAMPLE_DIST, TMP } from '../helpers/paths.ts';
import { sharedBuild, sharedSampleBuild } from '../helpers/shared-builds.ts';

const SITES = [
  { name: 'sample', content: join(ROOT, 'content'), dist: SAMPLE_DIST, build: sharedSampleBuild },
  {
    name: 'real-records',
    content: join(ROOT, 'test/fixtures/real-records'),
    dist: join(TMP, 'real-records-dist'),
    build: () => sharedBuild('real-records', join(ROOT, 'test/fixtures/real-records')),
  },
];

const numberOf = (text: string) => Number(text.replace(/[^\d.]/g, ''));

/** The figure of the page a summary number names, as the page shows it. */
function pageFigure(
  html: HTMLElement,
  source: string,
  locale: 'zh' | 'en',
): { text?: string; value: number } | undefined {
  const [kind, key] = source.split(':') as [string, string | undefined];
  if (kind === 'kpi') {
    const cell = html.querySelector(
      `[data-testid="key-figures"] tr[data-kpi="${key}"] td[data-value]`,
    );
    // The value before any note beneath it.
    const text = cell?.childNodes[0]?.textContent.trim();
    return text === undefined ? undefined : { text, value: numberOf(text) };
  }
  if (kind === 'rec') {
    const cell = html.querySelector(
      `[data-testid="reconciliation"] tr[data-rec="${key}"] td[data-value]`,
    );
    return cell ? { value: Number(cell.getAttribute('data-value')) } : undefined;
  }
  if (kind === 'awards') {
    const level = ADMIN_LEVELS.find((candidate) => candidate === key)!;
    const row = html
      .querySelectorAll('[data-testid="awards-matrix"] tbody tr')
      .find((tr) => textOf(tr.querySelector('th')) === label(locale, 'adminLevel', level));
    return row
      ? {
          value: row.querySelectorAll('td').reduce((sum, td) => sum + (Number(textOf(td)) || 0), 0),
        }
      : undefined;
  }
  if (kind === 'achievements')
    return { value: html.querySelectorAll('[data-testid="achievements"] tbody tr').length };
  return undefined;
}

describe.each(SITES)('the summary a report of the $name site opens with', (site) => {
  beforeAll(async () => {
    expect(await site.build()).toBe(site.dist);
  });

  it('is there unless the editors wrote the year in that language, and states only the figures of its page', () => {
    const reports = htmlPages(site.dist).filter((path) => /^\/(en\/)?reports\/\d{4}\/$/.test(path));
    expect(reports.length).toBeGreaterThan(1);
    let numbers = 0;
    for (const path of reports) {
      const locale = path.startsWith('/en/') ? 'en' : 'zh';
      const year = /(\d{4})/.exec(path)![1]!;
      const html = page(site.dist, path);
      const summary = html.querySelector('[data-testid="report-summary"]');
      const written = existsSync(join(site.content, 'reports', locale, `${year}.mdx`));
      expect(summary !== null, path).toBe(!written);
      if (!summary) continue;
      // It opens the report: before the contents and every section.
      expect(
        html.querySelector('article.report')!.innerHTML.indexOf('report-summary'),
      ).toBeLessThan(html.querySelector('article.report')!.innerHTML.indexOf('toc-heading'));
      for (const data of summary.querySelectorAll('data[data-source]')) {
        const source = data.getAttribute('data-source')!;
        const figure = pageFigure(html, source, locale);
        expect(figure, `${path} ${source}: the page states it`).toBeDefined();
        expect(Number(data.getAttribute('value')), `${path} ${source}`).toBe(figure!.value);
        // The words carry the page's qualifier: 以上, 约, at least, about. A Chinese 以上
        // follows the unit the summary took in (3,583人次以上 where the page says 3,583以上).
        const unit = data.getAttribute('data-unit') ?? '';
        if (figure!.text !== undefined)
          expect(textOf(data), `${path} ${source}`).toBe(
            figure!.text.replace(/以上$/, `${unit}以上`),
          );
        const qualifier = data.getAttribute('data-qualifier');
        if (qualifier === 'at-least')
          expect(textOf(data)).toMatch(locale === 'zh' ? /\d[^\d]*以上$/ : /^at least /);
        if (qualifier === 'at-least' && locale === 'zh')
          expect(textOf(data.parentNode!), path).not.toMatch(/以上(人次|万元|个|项|件|条)/);
        if (qualifier === 'about')
          expect(textOf(data)).toMatch(locale === 'zh' ? /^约/ : /^about /);
        numbers++;
      }
      // Every stated figure is a number of the page, never a 0 for one not stated.
      expect(summary.querySelectorAll('data').length).toBe(
        summary.querySelectorAll('data[data-source]').length,
      );
      expect(textOf(summary), path).not.toMatch(/undefined|NaN|\{\w+\}/);
    }
    expect(numbers).toBeGreaterThan(reports.length);
  });
});
