/**
 * `npm run docs:fields`: writes the editors' field tables (docs/fields.zh.md, docs/fields.en.md)
 * from the schemas' field metadata. test/unit/field-tables.test.ts fails when the committed files
 * differ from what this writes, so run it after changing a schema or its metadata.
 */
import { writeFileSync } from 'node:fs';
import { fieldTables } from '../src/lib/scaffold/field-rows.ts';
import {
  FIELD_TABLE_FILES,
  renderFieldTables,
  type GuideLocale,
} from '../src/lib/scaffold/field-tables.ts';

const tables = fieldTables();
for (const locale of Object.keys(FIELD_TABLE_FILES) as GuideLocale[]) {
  writeFileSync(FIELD_TABLE_FILES[locale], renderFieldTables(tables, locale));
  console.log(`wrote ${FIELD_TABLE_FILES[locale]} (${tables.length} tables)`);
}
