/**
 * References come from the schemas: a field built with ref() is found and checked wherever it
 * sits (nested objects, lists, optional fields, unions, transforms), with no list to update.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { issuersSchema, ref } from '../../src/schemas/common.ts';
import { studioSchema } from '../../src/schemas/studio.ts';
import { COLLECTIONS, type CollectionName } from '../../src/lib/content/collections.ts';
import type { KnownIds, LoadedEntry } from '../../src/lib/validation/loading.ts';
import {
  checkReferences,
  referencesIn,
  type CollectionSchemas,
} from '../../src/lib/validation/references.ts';
import type { Problem } from '../../src/lib/validation/reporting.ts';

const knownIds = (ids: Partial<Record<CollectionName, string[]>>): KnownIds =>
  Object.fromEntries(
    Object.keys(COLLECTIONS).map((name) => [name, new Set(ids[name as CollectionName] ?? [])]),
  ) as KnownIds;
const realSchemas = Object.fromEntries(
  Object.entries(COLLECTIONS).map(([name, spec]) => [name, spec.schema]),
) as unknown as CollectionSchemas;

describe('references found from the schemas', () => {
  it('finds a ref() wherever the schema puts it', () => {
    const schema = z.strictObject({
      mentor: ref('people').optional(),
      crew: z.array(z.strictObject({ who: ref('people'), role: z.string() })).default([]),
      issuers: issuersSchema,
      prize: z.discriminatedUnion('type', [
        z.strictObject({ type: z.literal('person'), person: ref('people') }),
        z.strictObject({ type: z.literal('studio'), studio: ref('studios'), person: z.string() }),
      ]),
      story: ref('news', { idPrefix: 'zh/' }).optional(),
      note: z.string(),
    });
    const found = referencesIn(schema, {
      mentor: 'li',
      crew: [{ who: 'wang', role: '组长' }],
      issuers: 'ftu',
      prize: { type: 'studio', studio: 'a', person: 'not-a-reference' },
      story: 'launch',
      note: 'not-a-reference',
    });
    expect(found.map(({ field, collection, id }) => [field, collection, id])).toEqual([
      ['mentor', 'people', 'li'],
      ['crew[0].who', 'people', 'wang'],
      ['issuers', 'organisations', 'ftu'],
      ['prize.studio', 'studios', 'a'],
      ['story', 'news', 'zh/launch'],
    ]);
    // A list of issuers is read through the same union.
    expect(referencesIn(issuersSchema, ['a', 'b']).map((r) => r.field)).toEqual(['[0]', '[1]']);
  });

  it('checks a reference field added to a schema, with no other change', () => {
    // A collection's schema gains a field that names a person: nothing else in the code is told.
    const withMentor = studioSchema.safeExtend({ mentor: ref('people').optional() });
    const entries: LoadedEntry[] = [
      {
        collection: 'studios',
        id: 'a',
        file: 'studios/a.yaml',
        raw: { title: '甲创新工作室', mentor: 'nobody' },
        valid: true,
      },
      {
        collection: 'studios',
        id: 'b',
        file: 'studios/b.yaml',
        raw: { title: '乙创新工作室', mentor: 'li' },
        valid: true,
      },
    ];
    const problems: Problem[] = [];
    checkReferences(
      'content',
      entries,
      knownIds({ studios: ['a', 'b'], people: ['li'] }),
      problems,
      { ...realSchemas, studios: withMentor },
    );
    expect(problems.map((p) => [p.file, p.field, p.message.en])).toEqual([
      [
        'studios/a.yaml',
        'mentor',
        'found "nobody", which is not an entry of people; expected the name of a file in content/people/ without its extension',
      ],
    ]);
    expect(problems[0]!.message.zh).toBe(
      '填写的是 "nobody"，但 content/people/ 中没有这个条目；应为该目录中某个文件的文件名（不含扩展名）',
    );
  });

  it('checks what an invalid entry does hold, except fields its schema problems already name', () => {
    const entries: LoadedEntry[] = [
      {
        collection: 'studios',
        id: 'a',
        file: 'studios/a.yaml',
        raw: { kind: 'rocket', leader: 'nobody', employer: 'nowhere' },
        valid: false,
      },
    ];
    const problems: Problem[] = [
      {
        file: 'studios/a.yaml',
        entry: 'a',
        field: 'employer',
        message: { en: 'schema problem', zh: '结构问题' },
      },
    ];
    checkReferences('content', entries, knownIds({ studios: ['a'] }), problems);
    expect(problems.map((p) => p.field)).toEqual(['employer', 'leader']);
  });

  it('finds every reference field of the real studio schema', () => {
    // Every reference field of a studio, filled with an id no collection has: each is reported.
    const sample: Record<string, unknown> = {
      title: '甲',
      leader: 'x',
      employer: 'x',
      mergedInto: 'x',
      statusDocument: 'x',
      members: [{ person: 'x' }],
    };
    const problems: Problem[] = [];
    checkReferences(
      'content',
      [{ collection: 'studios', id: 's', file: 'studios/s.yaml', raw: sample, valid: true }],
      knownIds({}),
      problems,
    );
    expect(problems.map((p) => p.field)).toEqual([
      'leader',
      'employer',
      'members[0].person',
      'mergedInto',
      'statusDocument',
    ]);
  });
});
