/**
 * JSON Schemas of the collections, for editors who work on the YAML files in VS Code or WebStorm
 * (completion, checking and each field's label and hint as they type). Written from the zod
 * schemas and their field metadata, as the input a file may hold; `npm run cms:config` writes them
 * with the web editor's configuration to docs/schemas/.
 */
import { z } from 'astro/zod';
import { partialDateSchema, recordedDateSchema } from '../../schemas/common.ts';
import { fieldMeta } from '../../schemas/field-meta.ts';
import { COLLECTIONS, COLLECTION_NAMES } from '../content/collections.ts';
import { EDITOR_PATTERNS } from './editor-patterns.ts';

const DATE_TEXT = '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$';

const boundForm = (key: string) => ({
  type: 'object',
  properties: { [key]: { anyOf: [{ type: 'string', pattern: DATE_TEXT }, { type: 'integer' }] } },
  required: [key],
  additionalProperties: false,
});

/** A date at the precision the source gives, as a file writes it (the zod schema is a transform JSON Schema cannot show). */
const PARTIAL_DATE = {
  anyOf: [
    { type: 'string', pattern: DATE_TEXT },
    { type: 'integer', minimum: 1900, maximum: 2100 },
    boundForm('before'),
    boundForm('reportedBy'),
    boundForm('shortlyBefore'),
  ],
};

/** A date of a recognition or a source: also a month and day with no year. */
const RECORDED_DATE = {
  anyOf: [
    ...PARTIAL_DATE.anyOf,
    {
      type: 'object',
      properties: {
        monthDay: { type: 'string', pattern: '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$' },
      },
      required: ['monthDay'],
      additionalProperties: false,
    },
  ],
};

/** One collection's JSON Schema. */
export function jsonSchemaOf(name: keyof typeof COLLECTIONS): Record<string, unknown> {
  return z.toJSONSchema(COLLECTIONS[name].schema, {
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const schema = zodSchema as unknown as z.ZodType;
      const def = (schema as unknown as { _zod: { def: unknown } })._zod.def;
      if (def === (partialDateSchema as unknown as { _zod: { def: unknown } })._zod.def)
        Object.assign(jsonSchema, PARTIAL_DATE, {
          description: EDITOR_PATTERNS.partialDate.message,
        });
      if (def === (recordedDateSchema as unknown as { _zod: { def: unknown } })._zod.def)
        Object.assign(jsonSchema, RECORDED_DATE, {
          description: EDITOR_PATTERNS.partialDate.message,
        });
      const meta = fieldMeta.get(schema);
      if (!meta) return;
      jsonSchema.title = `${meta.label.zh} / ${meta.label.en}`;
      if (meta.hint) jsonSchema.description = `${meta.hint.zh}\n${meta.hint.en}`;
      if (meta.example !== undefined) jsonSchema.examples = [meta.example];
    },
  }) as Record<string, unknown>;
}

/** Every collection's JSON Schema, path (from the project root) → text. */
export function jsonSchemaFiles(): Record<string, string> {
  return Object.fromEntries(
    COLLECTION_NAMES.map((name) => [
      `docs/schemas/${name}.schema.json`,
      `${JSON.stringify(jsonSchemaOf(name), null, 2)}\n`,
    ]),
  );
}
