/**
 * The text of the files an import writes: new studios, people and organisations (YAML with a
 * comment saying where each fact comes from), and the document (MDX front matter and body). A
 * document already in the archive is updated in place: only the fields the import sets change,
 * everything an editor added (English titles, sources, attachments, comments) stays.
 */
import { Document, isMap, isScalar, parseDocument } from 'yaml';
import type { Quantity } from '../../schemas/common.ts';
import { IMPORT_KINDS, type ListedRow, type Plan } from './plan.ts';

const YAML_OPTIONS = { lineWidth: 0, aliasDuplicateObjects: false } as const;

/** A quantity as written in content files: a plain number when exact. */
const quantityValue = (q: Quantity): number | Quantity => (q.qualifier === 'exact' ? q.value : q);

/** A YAML file with a header comment. */
function yamlFile(header: string[], data: object): string {
  const document = new Document(data, YAML_OPTIONS);
  document.commentBefore = header.map((line) => ` ${line}`).join('\n');
  return document.toString(YAML_OPTIONS);
}

const ONLY_WHAT_IT_SAYS =
  'Only what the annex states: every other fact is left out (shown as not stated), never guessed.';

/** New entry files, by path under the content root. */
export function newEntryFiles(plan: Plan, source: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const studio of plan.newStudios) {
    files.set(
      `studios/${studio.id}.yaml`,
      yamlFile(
        [
          `Studio. Schema: src/schemas/studio.ts. Imported from ${source}, row ${studio.row}.`,
          ONLY_WHAT_IT_SAYS,
        ],
        studio.data,
      ),
    );
  }
  for (const person of plan.newPeople) {
    files.set(
      `people/${person.id}.yaml`,
      yamlFile(
        [
          `Person. Schema: src/schemas/person.ts. Imported from ${source}, row ${person.row} (leader).`,
          ONLY_WHAT_IT_SAYS,
        ],
        person.data,
      ),
    );
  }
  for (const organisation of plan.newOrganisations) {
    const where = organisation.row ? `row ${organisation.row} (employer)` : 'the issuer';
    files.set(
      `organisations/${organisation.id}.yaml`,
      yamlFile(
        [
          `Organisation. Schema: src/schemas/organisation.ts. Imported from ${source}, ${where}.`,
          'The name as the document writes it; whether it is the full or a short name is for an editor to say.',
          ONLY_WHAT_IT_SAYS,
        ],
        organisation.data,
      ),
    );
  }
  return files;
}

/** One listed row as YAML data. */
const rowData = (row: ListedRow) => ({
  studio: row.studio,
  level: row.level,
  ...(row.designation ? { designation: row.designation } : {}),
  ...(row.group ? { group: row.group } : {}),
  ...(row.funding ? { funding: quantityValue(row.funding) } : {}),
});

/** Chinese text of a localized value as written (a string or { zh, en }). */
const zhOf = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : value && typeof value === 'object' && 'zh' in value
      ? String((value as { zh: unknown }).zh)
      : undefined;

/** A localized value updated to new Chinese text: kept as it is (with its English) when the Chinese is the same. */
const keepOrSet = (old: unknown, zh: string): unknown => (zhOf(old) === zh ? old : zh);

/** A row of the list merged over the same studio's row as it was: what the annex gives wins, what an editor added stays. */
function mergeRow(
  old: Record<string, unknown> | undefined,
  row: ListedRow,
): Record<string, unknown> {
  const fresh = rowData(row);
  if (!old) return fresh;
  const merged: Record<string, unknown> = { ...old, studio: row.studio, level: row.level };
  if (row.designation) merged.designation = keepOrSet(old.designation, row.designation);
  if (row.group) merged.group = keepOrSet(old.group, row.group);
  if (row.funding)
    merged.funding =
      JSON.stringify(old.funding) === JSON.stringify(quantityValue(row.funding))
        ? old.funding
        : quantityValue(row.funding);
  return merged;
}

/** Dates in quotes, as the README asks: no YAML reader may turn "2022" into a number or 2022-02-10 into a time. */
function quoteDate(document: Document): void {
  for (const path of [['date'], ['date', 'before']]) {
    const node = document.getIn(path, true);
    if (isScalar(node)) node.type = 'QUOTE_DOUBLE';
  }
}

/** Splits an MDX file into its front matter text and its body. */
export function splitMdx(text: string): { frontMatter: string; body: string } {
  const match = text.match(/^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/);
  return match
    ? { frontMatter: match[1] ?? '', body: text.slice(match[0].length) }
    : { frontMatter: '', body: text };
}

const PLACEHOLDER_BODY =
  '{/* 在此粘贴文件正文（不含附件名单：名单由上面的字段生成）。Paste the full text here, without the annex list (the list comes from the fields above). */}\n';

/** The document's fields the import owns, in the order written; the rest of the front matter is the editors'. */
const OWNED_FACTS = [
  'number',
  'issuer',
  'coIssuers',
  'date',
  'title',
  'addressees',
  'cycleYear',
  'cycleFrom',
  'batch',
];

export interface DocumentFile {
  path: string;
  text: string;
  /** The differences from the file as it was, one line each; empty for a new file or no change. */
  changes: string[];
  changed: boolean;
}

/**
 * The document's file: a new one, or the existing one updated. `body` is the Markdown text from
 * --body; without it an existing body is kept and a new file gets a placeholder comment.
 */
export function documentFile(
  plan: Plan,
  source: string,
  existingText: string | undefined,
  body: string | undefined,
): DocumentFile {
  const path = `documents/${plan.documentId}.mdx`;
  const list = IMPORT_KINDS[plan.kind].list;
  if (existingText === undefined) {
    const data: Record<string, unknown> = { ...plan.facts, [list]: plan.listed.map(rowData) };
    const document = new Document(data, YAML_OPTIONS);
    quoteDate(document);
    document.commentBefore = ` ${plan.facts.type}. Schema: src/schemas/document.ts. Imported from ${source}: the list comes from the annex, in its order.\n Add what the annex does not state (English titles, summary, sources, attachments) by hand; a new import keeps it.`;
    return {
      path,
      text: `---\n${document.toString(YAML_OPTIONS)}---\n\n${body ?? PLACEHOLDER_BODY}`,
      changes: [],
      changed: true,
    };
  }

  const { frontMatter, body: oldBody } = splitMdx(existingText);
  const document = parseDocument(frontMatter);
  const old = (document.toJS() ?? {}) as Record<string, unknown>;
  const changes: string[] = [];
  const show = (value: unknown) =>
    value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value);
  for (const key of OWNED_FACTS) {
    const wanted = plan.facts[key];
    if (wanted === undefined) continue;
    const next =
      key === 'title' || key === 'addressees' || key === 'batch'
        ? keepOrSet(old[key], String(wanted))
        : wanted;
    if (JSON.stringify(next) !== JSON.stringify(old[key])) {
      changes.push(`~ ${key}: ${show(zhOf(old[key]) ?? old[key])} → ${show(zhOf(next) ?? next)}`);
      document.set(key, document.createNode(next));
      if (key === 'date') quoteDate(document);
    }
  }

  const oldRows = (Array.isArray(old[list]) ? old[list] : []) as Array<Record<string, unknown>>;
  const oldByStudio = new Map(oldRows.map((row) => [String(row.studio), row]));
  const newRows = plan.listed.map((row) => mergeRow(oldByStudio.get(row.studio), row));
  const newStudios = new Set(plan.listed.map((row) => row.studio));
  for (const row of oldRows)
    if (!newStudios.has(String(row.studio)))
      changes.push(`- ${row.studio} (${row.level}${row.group ? `, ${zhOf(row.group)}` : ''})`);
  for (const row of newRows) {
    const before = oldByStudio.get(String(row.studio));
    if (!before) {
      changes.push(
        `+ ${row.studio} (${row.level}${row.group ? `, ${zhOf(row.group)}` : ''}${row.funding !== undefined ? `, ${show(row.funding)} 万元` : ''})`,
      );
      continue;
    }
    for (const key of ['level', 'designation', 'group', 'funding']) {
      if (JSON.stringify(before[key]) !== JSON.stringify(row[key]))
        changes.push(
          `~ ${row.studio} ${key}: ${show(zhOf(before[key]) ?? before[key])} → ${show(zhOf(row[key]) ?? row[key])}`,
        );
    }
  }
  const sameOrder =
    oldRows
      .filter((row) => newStudios.has(String(row.studio)))
      .map((row) => row.studio)
      .join(',') ===
    newRows
      .filter((row) => oldByStudio.has(String(row.studio)))
      .map((row) => row.studio)
      .join(',');
  if (!sameOrder) changes.push(`~ ${list}: order of the list as in the annex`);
  if (JSON.stringify(oldRows) !== JSON.stringify(newRows))
    document.set(list, document.createNode(newRows));
  const nextBody = body ?? oldBody;
  if (body !== undefined && body.trim() !== oldBody.trim())
    changes.push('~ body: replaced by the text of the .docx');
  if (!isMap(document.contents)) return { path, text: existingText, changes, changed: false };
  const text = changes.length
    ? `---\n${document.toString(YAML_OPTIONS)}---\n${nextBody.startsWith('\n') ? '' : '\n'}${nextBody}`
    : existingText;
  return { path, text, changes, changed: changes.length > 0 };
}
