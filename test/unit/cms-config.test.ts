import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COLLECTIONS } from '../../src/lib/content/collections.ts';
import { cmsConfig } from '../../src/lib/editor/cms-config.ts';
import { cmsConfigFiles } from '../../src/lib/editor/cms-config-files.ts';
import { EDITOR_PATTERNS } from '../../src/lib/editor/editor-patterns.ts';
import { shapeOf, unmappedFields } from '../../src/lib/content/schema-fields.ts';

type Field = Record<string, unknown> & {
  name: string;
  fields?: Field[];
  field?: Field;
  types?: Field[];
};
const config = cmsConfig('zh') as { collections: (Field & { files?: Field[] })[] };
const all = (fields: Field[] = []): Field[] =>
  fields.flatMap((field) => [
    field,
    ...all(field.fields),
    ...(field.field ? all([field.field]) : []),
    ...all(field.types),
  ]);

describe('the web editor configuration', () => {
  it('is committed exactly as the schemas generate it (npm run cms:config)', () => {
    for (const [path, text] of Object.entries(cmsConfigFiles()))
      expect(readFileSync(path, 'utf8'), `${path} is stale: run npm run cms:config`).toBe(text);
  });

  it('maps every field of every collection', () => {
    for (const [name, spec] of Object.entries(COLLECTIONS))
      expect(unmappedFields(shapeOf(spec.schema)), name).toEqual([]);
  });

  it('has a collection for every content collection and every document type', () => {
    const names = config.collections.map((collection) => collection.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'studios',
        'people',
        'organisations',
        'competitions',
        'awards',
        'achievements',
        'designations',
        'news-zh',
        'news-en',
        'figures',
        'topics',
        'reports-zh',
        'charts',
        'settings',
      ]),
    );
    for (const type of [
      'naming-decision',
      'selection-notice',
      'commendation',
      'assessment-notice',
      'pairing-notice',
    ])
      expect(names).toContain(`documents-${type}`);
  });

  it('labels every field in Chinese, marks required fields, and offers closed lists with their labels', () => {
    const studio = config.collections.find((collection) => collection.name === 'studios')!;
    const title = studio.fields!.find((field) => field.name === 'title')!;
    expect(title).toMatchObject({ label: '工作室名称', required: true, widget: 'object' });
    expect(studio.fields!.find((field) => field.name === 'region')).toMatchObject({
      required: false,
    });
    expect(studio.fields!.find((field) => field.name === 'leader')).toMatchObject({
      widget: 'relation',
      collection: 'people',
    });
    const kind = studio.fields!.find((field) => field.name === 'kind')!;
    expect(kind.options).toContainEqual({ value: 'model-worker', label: '劳模创新工作室' });
    const unlabelled = config.collections.flatMap((collection) =>
      all([
        ...(collection.fields ?? []),
        ...(collection.files ?? []).flatMap((file) => file.fields ?? []),
      ])
        .filter((field) => !/\p{Script=Han}/u.test(String(field.label)))
        .map((field) => `${collection.name}.${field.name}: ${String(field.label)}`),
    );
    expect(unlabelled).toEqual([]);
  });

  it('refuses an impossible month and accepts every date form the check accepts', () => {
    const date = new RegExp(EDITOR_PATTERNS.partialDate.regex);
    for (const good of ['2019', '2019-11', '2019-11-20', 'before 2015-06', '早于2015-06'])
      expect(date.test(good), good).toBe(true);
    for (const bad of ['2021-13', '2021-1', '19', '2021-02-32', 'soon'])
      expect(date.test(bad), bad).toBe(false);
    const naming = config.collections.find(
      (collection) => collection.name === 'documents-naming-decision',
    )!;
    const dateField = naming.fields!.find((field) => field.name === 'date')!;
    expect(dateField.pattern).toEqual([
      EDITOR_PATTERNS.partialDate.regex,
      expect.stringContaining('应为日期'),
    ]);
  });

  it('offers one issuer or several as a picker of many, and a period start as a month or "founding"', () => {
    const designations = config.collections.find(
      (collection) => collection.name === 'designations',
    )!;
    expect(designations.fields!.find((field) => field.name === 'issuers')).toMatchObject({
      widget: 'relation',
      collection: 'organisations',
      multiple: true,
    });
    const figures = config.collections.find((collection) => collection.name === 'figures')!;
    const from = all(figures.fields).find((field) => field.name === 'from')!;
    const accepts = new RegExp((from.pattern as string[])[0]!);
    expect(['2021-01', 'founding'].map((value) => accepts.test(value))).toEqual([true, true]);
    expect(['2021-13', 'since'].map((value) => accepts.test(value))).toEqual([false, false]);
  });

  it('is valid YAML in both languages', () => {
    for (const [path, text] of Object.entries(cmsConfigFiles()))
      if (path.endsWith('.yml')) expect(parse(text).collections.length).toBeGreaterThan(15);
  });
});
