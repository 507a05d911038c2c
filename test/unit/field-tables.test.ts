import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldTables } from '../../src/lib/scaffold/field-rows.ts';
import {
  FIELD_TABLE_FILES,
  renderFieldTables,
  type GuideLocale,
} from '../../src/lib/scaffold/field-tables.ts';

describe("the editors' field tables", () => {
  const tables = fieldTables();

  it.each(Object.keys(FIELD_TABLE_FILES) as GuideLocale[])(
    'docs/fields.%s.md is what `npm run docs:fields` writes now',
    (locale) => {
      const committed = readFileSync(
        new URL(`../../${FIELD_TABLE_FILES[locale]}`, import.meta.url),
        'utf8',
      );
      expect(
        committed === renderFieldTables(tables, locale),
        `${FIELD_TABLE_FILES[locale]} is out of date: run npm run docs:fields`,
      ).toBe(true);
    },
  );

  it('has one table per collection and per document type, each field once, labelled', () => {
    const ids = tables.map((table) => table.id);
    expect(ids).toContain('studios');
    expect(ids).toContain('documents:naming-decision');
    expect(ids).toContain('documents:other');
    for (const table of tables) {
      const paths = table.rows.map((row) => row.path);
      expect(new Set(paths).size, table.id).toBe(paths.length);
      for (const row of table.rows)
        expect(row.label.zh, `${table.id} ${row.path}`).not.toBe(
          row.path.split('.').at(-1)!.replace('[]', ''),
        );
    }
  });

  it('says what is required and what kind of value each field takes', () => {
    const studio = tables.find((table) => table.id === 'studios')!;
    const row = (path: string) => studio.rows.find((r) => r.path === path)!;
    expect(row('title')).toMatchObject({ required: true, label: { zh: '工作室名称' } });
    expect(row('leader')).toMatchObject({ required: false, kind: { zh: '选择：人物' } });
    expect(row('founded').kind.en).toBe('Date (year, month or day)');
    expect(row('members[].role').required).toBe(true);
    const rendered = renderFieldTables(
      [
        {
          id: 'x',
          title: { zh: '甲', en: 'X' },
          rows: [{ ...row('title'), hint: { zh: 'a|b\nc', en: 'a|b' } }],
        },
      ],
      'zh',
    );
    expect(rendered).toContain('a\\|b c');
  });
});
