/**
 * A studio's name and its employer in one, as published lists print them when they have no
 * employer column: 肖华峰创新工作室（上海安谊车轮有限公司）. The importer reads such a cell as the
 * title and the employer (src/lib/import/rows.ts); the validator finds a studio file whose title
 * still carries the bracket as the same studio as one with that employer (src/lib/validation/names.ts).
 */
const NAME_AND_BODY = /^(.+?工作室)\s*[（(]([^（）()]{4,})[）)]$/;
/** Brackets that are part of a title, not a body: （筹）, （第二批）, （2023年度）. */
const NOT_A_BODY = /^(?:筹|筹建|第.+批|.*年度?)$/;

/** The title before a bracket that names a body, and that body; undefined for any other title. */
export function splitBracketedEmployer(title: string): { title: string; body: string } | undefined {
  const parts = NAME_AND_BODY.exec(title.trim());
  if (!parts || NOT_A_BODY.test(parts[2]!.trim())) return undefined;
  return { title: parts[1]!.trim(), body: parts[2]!.trim() };
}
