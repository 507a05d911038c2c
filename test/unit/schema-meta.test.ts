import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, COLLECTION_NAMES } from '../../src/lib/content/collections.ts';
import { fieldMeta } from '../../src/schemas/field-meta.ts';

/** The zod definition, through the few fields the walk follows. */
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Wrappers walked through to the schema they wrap. */
const WRAPPERS = new Set([
  'optional',
  'nullable',
  'default',
  'prefault',
  'nonoptional',
  'readonly',
  'catch',
]);
/** Schemas that hold no fields. */
const LEAVES = new Set([
  'string',
  'number',
  'boolean',
  'enum',
  'literal',
  'unknown',
  'any',
  'transform',
  'custom',
  'null',
  'undefined',
  'date',
]);

/**
 * Every object field under `schema` whose own schema (the outermost wrapper in the shape) has no
 * metadata in fieldMeta, as `path.to.field`; a kind of schema the walk does not know is reported too.
 */
function undescribed(
  schema: z.ZodType,
  path: string,
  missing: Set<string>,
  seen = new Set<z.ZodType>(),
): Set<string> {
  if (seen.has(schema)) return missing;
  seen.add(schema);
  const def = defOf(schema);
  if (WRAPPERS.has(def.type)) undescribed(def.innerType!, path, missing, seen);
  else if (def.type === 'pipe') undescribed(def.in!, path, missing, seen);
  else if (def.type === 'array') undescribed(def.element!, path, missing, seen);
  else if (def.type === 'union')
    for (const option of def.options!) undescribed(option, path, missing, seen);
  else if (def.type === 'object')
    for (const [name, field] of Object.entries(def.shape!)) {
      if (!fieldMeta.has(field)) missing.add(`${path}.${name}`);
      undescribed(field, `${path}.${name}`, missing, seen);
    }
  else if (!LEAVES.has(def.type))
    missing.add(`${path} (a ${def.type} schema the walk does not follow)`);
  return missing;
}

describe('field metadata', () => {
  it('describes every field of every collection (label, and the label in both languages)', () => {
    const missing = COLLECTION_NAMES.flatMap((name) => [
      ...undescribed(COLLECTIONS[name].schema, name, new Set()),
    ]);
    expect(missing, `fields without described(): ${missing.join(', ')}`).toEqual([]);
  });

  it('gives every label, hint and example real text in both languages', () => {
    const empty: string[] = [];
    for (const name of COLLECTION_NAMES) {
      const check = (schema: z.ZodType, path: string) => {
        const def = defOf(schema);
        if (def.type === 'object')
          for (const [field, inner] of Object.entries(def.shape!)) {
            const meta = fieldMeta.get(inner);
            if (
              meta &&
              (!meta.label.zh.trim() ||
                !meta.label.en.trim() ||
                (meta.hint && (!meta.hint.zh.trim() || !meta.hint.en.trim())) ||
                meta.example === '')
            )
              empty.push(`${path}.${field}`);
            check(inner, `${path}.${field}`);
          }
        else if (WRAPPERS.has(def.type)) check(def.innerType!, path);
        else if (def.type === 'pipe') check(def.in!, path);
        else if (def.type === 'array') check(def.element!, path);
        else if (def.type === 'union') def.options!.forEach((option) => check(option, path));
      };
      check(COLLECTIONS[name].schema, name);
    }
    expect(empty).toEqual([]);
  });
});
