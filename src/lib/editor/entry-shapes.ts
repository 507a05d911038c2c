/**
 * Files on disk keep their own forms; the web editor (Decap CMS) sees one shape per field
 * (field-values.ts). Saving merges what the editor sent into the file's YAML document: a value
 * that means the same as before keeps its bytes (its comments, quoting, anchors, order), so an
 * entry opened and saved unchanged is byte for byte what it was, and a change touches only the
 * lines of the fields that changed. Keys starting with `_` are the editor's own (the entry's id,
 * list helpers) and never reach a file; a default the clerk did not change is never written.
 */
import { basename, extname } from 'node:path';
import {
  Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  stringify,
  visit,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import { COLLECTIONS, type CollectionName } from '../content/collections.ts';
import { MAX_YAML_ALIASES } from '../content/content-limits.ts';
import { canonical, sameData, toEditorValue, toFileValue } from './field-values.ts';
import { shapeOf, type FieldShape, type FormField } from '../content/schema-fields.ts';

const FRONT_MATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)?---(?:\r?\n|$)/;

/** The content collection a file belongs to, from its path under the content folder. */
export function collectionOfPath(contentPath: string): CollectionName | undefined {
  const folder = contentPath.split('/').slice(0, -1).join('/');
  const names = Object.keys(COLLECTIONS) as CollectionName[];
  const dirs = (name: CollectionName) => {
    const spec = COLLECTIONS[name];
    return spec.pattern.startsWith('{zh,en}/') ? [`${spec.dir}/zh`, `${spec.dir}/en`] : [spec.dir];
  };
  return names.find((name) => dirs(name).includes(folder));
}

const fieldsOfFile = (contentPath: string): FormField[] => {
  const name = collectionOfPath(contentPath);
  if (!name) return [];
  const shape = shapeOf(COLLECTIONS[name].schema);
  return shape.kind === 'object' ? shape.fields : [];
};

/** The shape of the whole entry: an object, or for documents the union told apart by `type`. */
const entryShape = (contentPath: string): FieldShape => {
  const name = collectionOfPath(contentPath);
  return name
    ? shapeOf(COLLECTIONS[name].schema)
    : { kind: 'object', fields: fieldsOfFile(contentPath) };
};

const isMarkdown = (contentPath: string) => /\.mdx?$/.test(contentPath);

/** A file's YAML text and body. */
function split(contentPath: string, raw: string): { yaml: string; body: string; head: string } {
  if (!isMarkdown(contentPath)) return { yaml: raw, body: '', head: '' };
  const match = FRONT_MATTER.exec(raw);
  if (!match)
    throw new Error(`${contentPath}: the file must start with front matter between two --- lines`);
  return { yaml: match[1] ?? '', body: raw.slice(match[0].length), head: match[0] };
}

const parse = (yaml: string) => {
  const doc = parseDocument(yaml, { uniqueKeys: true });
  if (doc.errors[0]) throw new Error(doc.errors[0].message.split('\n')[0]);
  return doc;
};

/** What the editor receives for a file; `contentPath` is relative to the content folder. */
export function fileToCms(
  contentPath: string,
  raw: string,
  helpers: Record<string, string> = {},
): string {
  const { yaml, body } = split(contentPath, raw);
  const data = (parse(yaml).toJS({ maxAliasCount: MAX_YAML_ALIASES }) ?? {}) as Record<
    string,
    unknown
  >;
  const shaped = toEditorValue(data, entryShape(contentPath)) as Record<string, unknown>;
  const withHelpers = { _id: basename(contentPath, extname(contentPath)), ...helpers, ...shaped };
  const text = stringify(withHelpers, { lineWidth: 0, aliasDuplicateObjects: false });
  return isMarkdown(contentPath) ? `---\n${text}---\n${body}` : text;
}

/** The entry's fields (without the editor's own `_…` keys) as the file will hold them. */
function fileData(contentPath: string, cmsYaml: string): Record<string, unknown> {
  const sent = (parse(cmsYaml).toJS() ?? {}) as Record<string, unknown>;
  const own = Object.fromEntries(Object.entries(sent).filter(([key]) => !key.startsWith('_')));
  return (toFileValue(own, entryShape(contentPath)) ?? {}) as Record<string, unknown>;
}

function fieldsFor(shape: FieldShape, value: unknown): FormField[] | undefined {
  if (shape.kind === 'object') return shape.fields;
  if (shape.kind === 'variants' && value && typeof value === 'object')
    return shape.options.find(
      (option) => option.value === (value as Record<string, unknown>)[shape.key],
    )?.fields;
  return undefined;
}

/** A value the schema would fill in anyway: not written, so that the file says only what the clerk said. */
function isDefault(fields: FormField[], key: string, value: unknown): boolean {
  const field = fields.find((candidate) => candidate.name === key);
  return (
    Boolean(field?.hasDefault) &&
    sameData(canonical(field!.defaultValue, field!.shape), canonical(value, field!.shape))
  );
}

const keyOf = (pair: Pair) => String(isScalar(pair.key) ? pair.key.value : pair.key);

/** The node to keep or write for one value: the old node when the meaning is the same. */
function mergeNode(doc: Document, node: unknown, next: unknown, shape: FieldShape): unknown {
  const previous =
    isAlias(node) || isScalar(node) || isMap(node) || isSeq(node) ? (node as Node).toJS(doc) : node;
  if (sameData(canonical(previous, shape), canonical(next, shape))) return node;
  if (isAlias(node)) return doc.createNode(next);
  const fields = fieldsFor(shape, next);
  if (isMap(node) && fields && next && typeof next === 'object' && !Array.isArray(next)) {
    mergeMap(doc, node, next as Record<string, unknown>, fields);
    return node;
  }
  if (
    isSeq(node) &&
    shape.kind === 'list' &&
    Array.isArray(next) &&
    next.length === node.items.length
  ) {
    node.items = node.items.map((item, i) =>
      mergeNode(doc, item, next[i], shape.item),
    ) as typeof node.items;
    return node;
  }
  return doc.createNode(next);
}

function mergeMap(
  doc: Document,
  map: YAMLMap,
  next: Record<string, unknown>,
  fields: FormField[],
): void {
  const order = (key: string) => fields.findIndex((field) => field.name === key);
  map.items = map.items.filter((pair) => keyOf(pair) in next);
  for (const pair of map.items) {
    const field = fields.find((candidate) => candidate.name === keyOf(pair));
    pair.value = mergeNode(
      doc,
      pair.value,
      next[keyOf(pair)],
      field?.shape ?? { kind: 'text' },
    ) as typeof pair.value;
  }
  const present = new Set(map.items.map(keyOf));
  for (const [key, value] of Object.entries(next)) {
    if (present.has(key)) continue;
    if (isDefault(fields, key, value)) continue;
    const at = map.items.findIndex((pair) => order(keyOf(pair)) > order(key));
    map.items.splice(at === -1 ? map.items.length : at, 0, doc.createPair(key, value) as Pair);
  }
}

/** Replaces every alias with a copy of what it names, so that a changed anchor changes one place only. */
function expandAliases(doc: Document): void {
  visit(doc, { Alias: (_, alias) => doc.createNode(alias.resolve(doc)?.toJS(doc)) as Node });
  visit(doc, { Node: (_, node) => void (node.anchor = undefined) });
}

/** Where each top-level field's text starts: at its key, or at the comment lines just above it. */
function segmentStart(text: string, keyStart: number): number {
  let start = text.lastIndexOf('\n', keyStart - 1) + 1;
  while (start > 0) {
    const lineStart = text.lastIndexOf('\n', start - 2) + 1;
    const line = text.slice(lineStart, start - 1).trim();
    if (line !== '' && !line.startsWith('#')) break;
    start = lineStart;
  }
  return start;
}

/** Text to match literally inside a regular expression. */
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The new YAML text: each top-level field whose meaning did not change keeps its exact text, a
 * changed field is written again (keeping the comments inside it), a removed one goes, and a new
 * one is put in the schema's order. A document using anchors (&a / *a) is written whole.
 */
function spliceYaml(text: string, data: Record<string, unknown>, shape: FieldShape): string {
  const doc = parse(text);
  // Write lists the way the file already does: `- item` under its key, or indented.
  const style = { lineWidth: 0, indentSeq: !/^\s*[A-Za-z_]+:\n- /m.test(text) };
  const fields = fieldsFor(shape, data) ?? [];
  const map = doc.contents;
  let hasAlias = false;
  visit(doc, { Alias: () => void (hasAlias = true) });
  if (!isMap(map) || map.flow || hasAlias) {
    if (hasAlias) expandAliases(doc);
    if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
    mergeMap(doc, doc.contents as unknown as YAMLMap, data, fields);
    return doc.toString(style);
  }
  const starts = map.items.map((pair) => segmentStart(text, (pair.key as Node).range![0]));
  const order = (key: string) => fields.findIndex((field) => field.name === key);
  // Each field's text: the comment lines above it (`lead`), then the field itself (`body`).
  const pieces: { key: string; lead: string; body: string }[] = [];
  map.items.forEach((pair, i) => {
    const key = keyOf(pair);
    const original = text.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : text.length);
    const keyLine = text.lastIndexOf('\n', (pair.key as Node).range![0] - 1) + 1 - starts[i]!;
    const lead = original.slice(0, Math.max(0, keyLine));
    if (!(key in data)) return;
    const field = fields.find((candidate) => candidate.name === key);
    const fieldShape = field?.shape ?? { kind: 'text' };
    if (
      sameData(
        canonical(
          pair.value instanceof Object ? (pair.value as Node).toJS(doc) : pair.value,
          fieldShape,
        ),
        canonical(data[key], fieldShape),
      )
    ) {
      pieces.push({ key, lead, body: original.slice(lead.length) });
      return;
    }
    const single = new Document({});
    const merged = mergeNode(single, pair.value, data[key], fieldShape);
    const written = single.createPair(key, null) as Pair;
    written.value = merged as Node;
    (single.contents as YAMLMap).items.push(written);
    pieces.push({ key, lead, body: single.toString(style) });
  });
  let head = text.slice(0, starts[0] ?? text.length);
  for (const [key, value] of Object.entries(data)) {
    if (pieces.some((piece) => piece.key === key) || map.items.some((pair) => keyOf(pair) === key))
      continue;
    if (isDefault(fields, key, value)) continue;
    const body = stringify({ [key]: value }, style);
    // A field `npm run new` left commented out (`# key: …`) is filled in where that line stands.
    // The key comes from the browser: escaped, so that it is matched as text, never run as a pattern.
    const placeholder = new RegExp(`^#[ \\t]*${escapeRegExp(key)}:.*\\n?`, 'm');
    const holder = pieces.find((piece) => placeholder.test(piece.lead));
    if (holder) {
      const at = holder.lead.search(placeholder);
      const rest = holder.lead.slice(at).replace(placeholder, '');
      pieces.splice(pieces.indexOf(holder), 0, { key, lead: holder.lead.slice(0, at), body });
      holder.lead = rest;
    } else if (placeholder.test(head)) head = head.replace(placeholder, body);
    else {
      const at = pieces.findIndex((piece) => order(piece.key) > order(key));
      pieces.splice(at === -1 ? pieces.length : at, 0, { key, lead: '', body });
    }
  }
  const joined = pieces.map((piece, i) => {
    const whole = piece.lead + piece.body;
    return i + 1 < pieces.length && !whole.endsWith('\n') ? `${whole}\n` : whole;
  });
  return head + joined.join('');
}

/** What is written when the editor saves `cmsRaw` over `previousRaw` (undefined for a new file). */
export function cmsToFile(
  contentPath: string,
  cmsRaw: string,
  previousRaw: string | undefined,
): string {
  const sent = split(contentPath, cmsRaw);
  const data = fileData(contentPath, sent.yaml);
  const shape = entryShape(contentPath);
  if (previousRaw === undefined) {
    const fields = fieldsFor(shape, data) ?? [];
    const given = Object.fromEntries(
      Object.entries(data).filter(([key, value]) => !isDefault(fields, key, value)),
    );
    const text = Object.keys(given).length ? stringify(given, { lineWidth: 0 }) : '';
    return isMarkdown(contentPath) ? `---\n${text}---\n${sent.body.replace(/^\n+/, '')}` : text;
  }
  const before = split(contentPath, previousRaw);
  const previous = (parse(before.yaml).toJS({ maxAliasCount: MAX_YAML_ALIASES }) ?? {}) as unknown;
  const unchangedYaml = sameData(canonical(previous, shape), canonical(data, shape));
  const yaml = unchangedYaml ? before.yaml : spliceYaml(before.yaml, data, shape);
  if (!isMarkdown(contentPath)) return yaml;
  const body = before.body.trimEnd() === sent.body.trimEnd() ? before.body : sent.body;
  if (unchangedYaml) return `${before.head}${body}`;
  return `---\n${yaml}${yaml.endsWith('\n') || yaml === '' ? '' : '\n'}---\n${body}`;
}
