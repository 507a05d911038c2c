/**
 * References between entries, found in the schemas themselves: every field built with `ref()`
 * (src/schemas/common.ts) is registered in `referenceTargets`, and this module walks a
 * collection's schema alongside an entry's raw data to find each one, so that a new reference
 * field is checked without any list to keep up to date here.
 */
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { referenceTargets, type ReferenceTarget } from '../../schemas/common.ts';
import { COLLECTIONS, type CollectionName } from '../content/collections.ts';
import type { KnownIds, LoadedEntry } from './loading.ts';
import { formatPath, type Problem } from './reporting.ts';

/** One reference an entry makes: the field it sits in, the collection it names, the entry id it names. */
export interface Reference {
  field: string;
  collection: string;
  /** The entry id, with the target's idPrefix. */
  id: string;
  /** The value as written. */
  written: string;
}

/** The zod definition of a schema, seen through the few fields the walk reads. */
interface SchemaDef {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  discriminator?: string;
  left?: z.ZodType;
  right?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
  values?: unknown[];
  getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The options of a discriminated union that the data's discriminator selects. */
function chosenOptions(def: SchemaDef, data: unknown): z.ZodType[] {
  const options = def.options ?? [];
  if (!def.discriminator) return options;
  if (!isRecord(data)) return [];
  const value = data[def.discriminator];
  return options.filter((option) => {
    const literal = defOf(option).shape?.[def.discriminator!];
    return literal !== undefined && (defOf(literal).values ?? []).includes(value);
  });
}

/**
 * Every reference in `data` (an entry as written, valid or not) according to `schema`: the walk
 * follows the data through objects, lists, optional and default values, unions (a discriminated
 * union by its discriminator) and transforms (their input), and reports each string that sits
 * where the schema has a `ref()`.
 */
export function referencesIn(schema: z.ZodType, data: unknown): Reference[] {
  const found = new Map<string, Reference>();
  const walk = (node: z.ZodType, value: unknown, path: PropertyKey[]): void => {
    if (value === undefined) return;
    const target: ReferenceTarget | undefined = referenceTargets.get(node);
    if (target) {
      if (typeof value === 'string') {
        const field = formatPath(path);
        found.set(field, {
          field,
          collection: target.collection,
          id: `${target.idPrefix ?? ''}${value}`,
          written: value,
        });
      }
      return;
    }
    const def = defOf(node);
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'nonoptional':
      case 'catch':
      case 'readonly':
        return walk(def.innerType!, value, path);
      case 'pipe':
        return walk(def.in!, value, path);
      case 'lazy':
        return walk(def.getter!(), value, path);
      case 'array':
        if (Array.isArray(value))
          value.forEach((item, i) => walk(def.element!, item, [...path, i]));
        return;
      case 'tuple':
        if (Array.isArray(value))
          def.items!.forEach((item, i) => walk(item, value[i], [...path, i]));
        return;
      case 'object':
        if (isRecord(value))
          for (const [key, field] of Object.entries(def.shape!))
            walk(field, value[key], [...path, key]);
        return;
      case 'record':
        if (isRecord(value))
          for (const [key, item] of Object.entries(value))
            walk(def.valueType!, item, [...path, key]);
        return;
      case 'union':
        for (const option of chosenOptions(def, value)) walk(option, value, path);
        return;
      case 'intersection':
        walk(def.left!, value, path);
        walk(def.right!, value, path);
        return;
    }
  };
  walk(schema, data, []);
  return [...found.values()];
}

/** The schema of each collection, by name: the real ones unless a test hands its own. */
export type CollectionSchemas = Record<CollectionName, z.ZodType>;
const collectionSchemas = Object.fromEntries(
  Object.entries(COLLECTIONS).map(([name, spec]) => [name, spec.schema]),
) as unknown as CollectionSchemas;

/**
 * References to entries that do not exist. A reference to an entry that exists but is itself
 * invalid is not repeated, and in an invalid entry a field its schema problems already name is
 * not reported twice.
 */
export function checkReferences(
  root: string,
  entries: LoadedEntry[],
  known: KnownIds,
  problems: Problem[],
  schemas: CollectionSchemas = collectionSchemas,
): void {
  const reportedFields = Map.groupBy(problems, (problem) => problem.file);
  for (const entry of entries) {
    const reported = new Set(
      entry.valid ? [] : (reportedFields.get(entry.file) ?? []).map((problem) => problem.field),
    );
    for (const reference of referencesIn(schemas[entry.collection], entry.raw)) {
      if (reported.has(reference.field)) continue;
      const ids = known[reference.collection as CollectionName];
      if (!ids)
        throw new Error(
          `ref('${reference.collection}') in the schema of ${entry.collection} names no collection of src/lib/content/collections.ts`,
        );
      if (ids.has(reference.id)) continue;
      const folder = join(
        root,
        COLLECTIONS[reference.collection as CollectionName].dir,
        reference.id.slice(0, reference.id.length - reference.written.length),
      );
      problems.push({
        file: entry.file,
        entry: entry.id,
        field: reference.field,
        message: {
          en: `found "${reference.written}", which is not an entry of ${reference.collection}; expected the name of a file in ${folder.replace(/\/$/, '')}/ without its extension`,
          zh: `填写的是 "${reference.written}"，但 ${folder.replace(/\/$/, '')}/ 中没有这个条目；应为该目录中某个文件的文件名（不含扩展名）`,
        },
      });
    }
  }
}
