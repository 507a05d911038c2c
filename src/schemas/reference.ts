/**
 * Entry ids and references between entries. A module of its own, below common.ts and field-meta.ts,
 * so that common.ts can describe its fields with described() without an import cycle; common.ts
 * re-exports everything here.
 */
import { z } from 'astro/zod';

/** An entry id: lower-case letters, digits and hyphens, as used in URLs. */
export const idSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'an id of lower-case letters, digits and hyphens, such as "zhao-pengda"',
  );

/** Where a reference field points: a collection, and for ids written without their folder (a news slug), that folder. */
export interface ReferenceTarget {
  /** The collection the id names (a key of COLLECTIONS in src/lib/content/collections.ts). */
  collection: string;
  /** Prefix of the entry id the value leaves out, such as `zh/` for a Chinese article named by its slug. */
  idPrefix?: string;
}

/**
 * Every schema made by `ref()`, with its target. `src/lib/validation/references.ts` walks each
 * collection's schema and checks every field found here: a new `ref()` field is checked with no
 * other change.
 */
export const referenceTargets = z.registry<ReferenceTarget>();

/** A reference to an entry of another collection, by id (`ref('studios')`); see referenceTargets. */
export function ref(collection: string, options: { idPrefix?: string } = {}) {
  const schema = idSchema.clone();
  referenceTargets.add(schema, { collection, ...options });
  return schema;
}
