/**
 * Tables and filters in the built sample: every list table labels its cells for the phone layout,
 * a page filtered by a value leaves out the column that would repeat it, lists come newest first
 * with the sorted column marked, the static filter pages hold exactly the rows of their value
 * (counted here from the model, not from the views), and the awards' level × rank cells link to
 * their lists.
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { dateSortKey, latestDay, yearOf } from '../../src/lib/model/dates.ts';
import { levelTier } from '../../src/lib/model/levels.ts';
import { firstNaming, namingYear, studioStanding } from '../../src/lib/model/model.ts';
import { page, textOf } from '../helpers/html.ts';
import { SAMPLE_DIST } from '../helpers/paths.ts';
import { model } from '../helpers/sample-model.ts';

const headers = (table: HTMLElement) => table.querySelectorAll('thead th').map(textOf);
const rowsOf = (table: HTMLElement) => table.querySelectorAll('tbody tr');
const table = (path: string, selector: string) => {
  const found = page(SAMPLE_DIST, path).querySelector(selector);
  if (!found) throw new Error(`${path}: no ${selector}`);
  return found;
};

const LIST_TABLES = [
  ['/studios/', '[data-testid="studio-table"]'],
  ['/documents/', '[data-testid="document-table"]'],
  ['/people/', '[data-testid="people-table"]'],
  ['/awards/', '#award-table'],
  ['/awards/year/2021/', '[data-testid="awards"]'],
  ['/achievements/', '#achievement-table'],
  ['/studios/zhao-pengda/', '[data-testid="awards"]'],
  ['/en/documents/', '[data-testid="document-table"]'],
  ['/en/awards/level/national/', '[data-testid="awards"]'],
] as const;

describe('list tables', () => {
  it.each(LIST_TABLES)(
    '%s: become cards on a phone, each cell labelled with its column (%s)',
    (path, selector) => {
      const list = table(path, selector);
      expect(list.classList.contains('stack')).toBe(true);
      const names = headers(list);
      for (const row of rowsOf(list)) {
        expect(row.querySelectorAll('td').map((cell) => cell.getAttribute('data-label'))).toEqual(
          names,
        );
      }
    },
  );

  it('leave out the column a page is filtered by', () => {
    expect(headers(table('/awards/', '#award-table'))).toContain('年度');
    expect(headers(table('/awards/year/2021/', '[data-testid="awards"]'))).not.toContain('年度');
    expect(headers(table('/en/awards/year/2021/', '[data-testid="awards"]'))).not.toContain('Year');
    expect(headers(table('/awards/level/national/', '[data-testid="awards"]'))).not.toContain(
      '级别',
    );
    expect(headers(table('/awards/rank/first/', '[data-testid="awards"]'))).not.toContain('等次');
    expect(headers(table('/awards/level/national/rank/first/', '[data-testid="awards"]'))).toEqual([
      '年度',
      '竞赛/评选',
      '成果',
      '获奖者',
    ]);
    expect(headers(table('/achievements/type/qc/', '[data-testid="achievements"]'))).not.toContain(
      '成果类型',
    );
    expect(headers(table('/reports/2021/', '[data-testid="awards"]'))).not.toContain('年度');
    expect(headers(table('/studios/year/2021/', '[data-testid="studio-table"]'))).not.toContain(
      '首次命名年份',
    );
    expect(
      headers(table('/documents/type/naming-decision/', '[data-testid="document-table"]')),
    ).not.toContain('类型');
  });
});

describe('default order', () => {
  const sortValues = (list: HTMLElement, column: number) =>
    rowsOf(list).map((row) => row.querySelectorAll('td')[column]!.getAttribute('data-sort-value')!);
  const descending = (values: string[]) =>
    values.every((value, i) => i === 0 || values[i - 1]!.localeCompare(value) >= 0);

  it('is newest first for awards, documents and studios, and the sorted column says so', () => {
    const awards = table('/awards/', '#award-table');
    expect(awards.querySelector('th[aria-sort]')?.getAttribute('aria-sort')).toBe('descending');
    expect(textOf(awards.querySelector('th[aria-sort]'))).toBe('年度');
    const awardKeys = sortValues(awards, 0);
    expect(awardKeys).toHaveLength(model.awards.size);
    expect(descending(awardKeys)).toBe(true);
    // A level page is in the same order.
    expect(
      descending(sortValues(table('/awards/level/municipal/', '[data-testid="awards"]'), 0)),
    ).toBe(true);

    const documents = rowsOf(table('/documents/', '#document-table'));
    const ids = documents.map(
      (row) => row.querySelector('a')!.getAttribute('href')!.split('/')[2]!,
    );
    // An undated document sorts last ('').
    const days = ids.map((id) => {
      const date = model.documents.get(id)!.data.date;
      return date ? latestDay(date) : '';
    });
    expect(days).toEqual(days.toSorted().toReversed());

    const studios = rowsOf(table('/studios/', '#studio-table'));
    const years = studios.map(
      (row) =>
        namingYear(
          firstNaming(model, row.querySelector('a')!.getAttribute('href')!.split('/')[2]!)!,
        ) ?? -1,
    );
    expect(years).toEqual(years.toSorted((a, b) => b - a));
    expect(
      textOf(table('/studios/', '#studio-table').querySelector('th[aria-sort="descending"]')),
    ).toBe('首次命名年份');
  });

  it('gives dates their sort key at the precision written, and numbers raw', () => {
    const documents = rowsOf(table('/documents/', '#document-table'));
    for (const row of documents) {
      const id = row.querySelector('a')!.getAttribute('href')!.split('/')[2]!;
      expect(row.querySelector('td')!.getAttribute('data-sort-value')).toBe(
        dateSortKey(model.documents.get(id)!.data.date),
      );
    }
  });
});

describe('static filter pages', () => {
  const linkedIds = (path: string, selector: string) =>
    rowsOf(table(path, selector))
      .map((row) => row.querySelector('a')!.getAttribute('href')!.split('/').at(-2)!)
      .toSorted();

  it('list the studios of a level and of a year first named, linked from the directory', () => {
    const directory = page(SAMPLE_DIST, '/studios/');
    const tiers = new Set(
      [...model.studios.keys()]
        .map((id) => studioStanding(model, id))
        .filter((s) => s.status === 'named')
        .map((s) => levelTier(s.level!)),
    );
    expect(tiers.size).toBeGreaterThan(1);
    for (const tier of tiers) {
      expect(
        directory.querySelector(
          `[data-testid="directory-facets"] a[href="/studios/level/${tier}/"]`,
        ),
        tier,
      ).not.toBeNull();
      const expected = [...model.studios.keys()].filter((id) => {
        const standing = studioStanding(model, id);
        return standing.status === 'named' && levelTier(standing.level!) === tier;
      });
      expect(linkedIds(`/studios/level/${tier}/`, '[data-testid="studio-table"]'), tier).toEqual(
        expected.toSorted(),
      );
    }
    const named2021 = [...model.studios.keys()].filter((id) => {
      const named = firstNaming(model, id);
      return named && namingYear(named) === 2021;
    });
    expect(named2021.length).toBeGreaterThan(0);
    expect(linkedIds('/studios/year/2021/', '[data-testid="studio-table"]')).toEqual(
      named2021.toSorted(),
    );
    expect(
      page(SAMPLE_DIST, '/en/studios/').querySelector('a[href="/en/studios/year/2021/"]'),
    ).not.toBeNull();
  });

  it('list the documents of a year and of a type, linked from the directory', () => {
    const documents = [...model.documents.values()];
    const years = new Set(
      documents.map((doc) => yearOf(doc.data.date)).filter((year) => year !== undefined),
    );
    for (const year of years) {
      expect(
        page(SAMPLE_DIST, '/documents/').querySelector(`a[href="/documents/year/${year}/"]`),
        String(year),
      ).not.toBeNull();
      expect(
        linkedIds(`/documents/year/${year}/`, '[data-testid="document-table"]'),
        String(year),
      ).toEqual(
        documents
          .filter((doc) => yearOf(doc.data.date) === year)
          .map((doc) => doc.id)
          .toSorted(),
      );
    }
    for (const type of new Set(documents.map((doc) => doc.data.type))) {
      expect(linkedIds(`/documents/type/${type}/`, '[data-testid="document-table"]'), type).toEqual(
        documents
          .filter((doc) => doc.data.type === type)
          .map((doc) => doc.id)
          .toSorted(),
      );
    }
  });

  it('link every non-empty level × rank cell of /awards/ to its list, a static page with exactly those awards', () => {
    const matrix = table('/awards/', '[data-testid="level-rank"]');
    const all = matrix.querySelectorAll('td[data-cell]');
    // A cell of no award says 0, as the chart of the same counts does, and links nowhere.
    const empty = all.filter((cell) => !cell.querySelector('a'));
    expect(empty.length).toBeGreaterThan(0);
    for (const cell of empty) expect(textOf(cell)).toBe('0');
    const cells = all.filter((cell) => cell.querySelector('a'));
    expect(cells.length).toBeGreaterThan(3);
    const awards = [...model.awards.values()];
    for (const cell of cells) {
      const [level, rank] = cell.getAttribute('data-cell')!.split('-') as [string, string];
      const link = cell.querySelector('a')!;
      expect(link.getAttribute('href')).toBe(`/awards/level/${level}/rank/${rank}/`);
      expect(link.getAttribute('data-filter-query')).toBe(`?level=${level}&rank=${rank}`);
      const expected = awards
        .filter(({ data }) => data.level === level && data.rank === rank)
        .map((award) => `award-${award.id}`)
        .toSorted();
      expect(Number(textOf(link))).toBe(expected.length);
      expect(
        rowsOf(table(`/awards/level/${level}/rank/${rank}/`, '[data-testid="awards"]'))
          .map((row) => row.getAttribute('id'))
          .toSorted(),
      ).toEqual(expected);
    }
    expect(
      page(SAMPLE_DIST, '/en/awards/').querySelector('td[data-cell] a')!.getAttribute('href'),
    ).toMatch(/^\/en\/awards\/level\/[a-z-]+\/rank\/[a-z-]+\/$/);
  });

  it('put every award on the awards index with the values its filter form offers', () => {
    const awards = table('/awards/', '#award-table');
    const form = page(SAMPLE_DIST, '/awards/').querySelector('form[data-filters="award-table"]')!;
    expect(form.querySelectorAll('select').map((select) => select.getAttribute('name'))).toEqual([
      'year',
      'level',
      'rank',
      'family',
      'studio',
    ]);
    for (const row of rowsOf(awards)) {
      const award = model.awards.get(row.getAttribute('id')!.slice('award-'.length))!.data;
      expect([
        row.getAttribute('data-year'),
        row.getAttribute('data-level'),
        row.getAttribute('data-rank'),
        row.getAttribute('data-family'),
      ]).toEqual([String(award.year), award.level, award.rank, award.family]);
    }
    const studioOptions = form
      .querySelectorAll('select[name="studio"] option')
      .map((option) => option.getAttribute('value'))
      .filter(Boolean);
    expect(studioOptions.toSorted()).toEqual([...model.awardsByStudio.keys()].toSorted());
  });
});

describe('a value the content does not state', () => {
  it('is a dash to the eye and 未注明 / “Not stated” to a screen reader, in the directory and a report’s chart tables', () => {
    // The studio the sample gives no leader: its directory cell, in both languages.
    const noLeader = [...model.studios.values()].find((studio) => !studio.data.leader)!;
    for (const [path, words] of [
      ['/studios/', '未注明'],
      ['/en/studios/', 'Not stated'],
    ] as const) {
      const row = rowsOf(table(path, '[data-testid="studio-table"]')).find((tr) =>
        tr.querySelector(`a[href$="/studios/${noLeader.id}/"]`),
      )!;
      const cell = row.querySelectorAll('td')[1]!.querySelector('[data-not-stated]')!;
      expect(cell.querySelector('[aria-hidden="true"]')!.text).toBe('—');
      expect(cell.querySelector('.visually-hidden')!.text).toBe(words);
    }
    // Every unknown cell of the chart tables of a report says so.
    const unknown = page(SAMPLE_DIST, '/reports/2023/').querySelectorAll('td[data-unknown]');
    expect(unknown.length).toBeGreaterThan(0);
    for (const cell of unknown) expect(textOf(cell)).toBe('—未注明');
  });
});
