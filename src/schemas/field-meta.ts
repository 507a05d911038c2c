/**
 * What an editor is told about each field: its label in Chinese and English, a hint and an
 * example. One place for every form: the web editor's configuration (src/lib/editor/cms-config.ts),
 * the scaffolder's questions and the editors' guides' field tables all read it from here.
 *
 * Kept in a registry of our own rather than zod's `.meta()`: `.meta()` returns a clone, which would
 * lose a `ref()` field's entry in `referenceTargets`; `described()` clones once and carries it over.
 */
import { z } from 'astro/zod';
import { referenceTargets } from './reference.ts';

/** Text in both languages of the editor's interface. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** The metadata of one field. */
export interface FieldMeta {
  /** The field's name in a form, such as 工作室名称 / Studio title. */
  label: Bilingual;
  /** One sentence under the field: what to write, where to find it, what not to write. */
  hint?: Bilingual;
  /** A value as an editor would type it, such as 锦工发〔2021〕31号. */
  example?: string;
}

/** Every described field schema and its metadata. */
export const fieldMeta = z.registry<FieldMeta>();

/**
 * The schema with its metadata, as a new instance, so that a schema shared by many fields
 * (localizedSchema) carries each field's own label; a `ref()` stays a reference.
 */
export function described<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  const copy = schema.clone() as T;
  const target = referenceTargets.get(schema);
  if (target) referenceTargets.add(copy, target);
  fieldMeta.add(copy, meta);
  return copy;
}
