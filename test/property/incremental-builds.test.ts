/**
 * Incremental builds are never stale, as a property: change every field of every collection in a
 * copy of the sample, one field of one entry at a time, and check that an incremental rebuild gives
 * exactly the pages and search files a cold build of the same content gives.
 *
 * One build per change would take hours, so the changes are made in groups: after each group the
 * site is rebuilt incrementally (from the previous build's cache) and compared with a cold build.
 * A page left stale by one change is caught unless another change of the same group also changes
 * that page's key; so each group takes at most one field of an entry, fields of the same collection
 * are spread over the groups (STUDIO_PROPERTY_GROUPS, default 4), what every page shows (the
 * settings and the entries they name) is changed in a group of its own, and each field is changed in
 * the entry other files name most.
 */
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/lib/content/collections.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { chinaToday } from '../../src/lib/site/build-date.ts';
import { copySampleContent, runBuild } from '../helpers/build.ts';
import { htmlPages } from '../helpers/html.ts';
import { folderDigests } from '../helpers/digests.ts';
import { TMP } from '../helpers/paths.ts';

/** One publishing day for every build, so that builds either side of midnight in China give the same pages. */
const ONE_DAY = { STUDIO_BUILD_DATE: chinaToday() };

type Path = Array<string | number>;
interface Source {
  file: string;
  collection: string;
  /** YAML of the data, and for MDX the body after the front matter. */
  doc: Document;
  body?: string;
}
interface Change {
  source: Source;
  path: Path;
  /** `<collection>.<field path with * for list items>`: the field this change stands for. */
  field: string;
  from: unknown;
  to: unknown;
}

const GROUPS = Number(process.env.STUDIO_PROPERTY_GROUPS || 4);
/** STUDIO_PROPERTY_FIELDS=organisations.level,…: change only these fields (to look into one case in a build or two). */
const ONLY = process.env.STUDIO_PROPERTY_FIELDS?.split(',').map((field) => field.trim());

/** The YAML files and MDX front matter of every collection, parsed with their layout kept. */
function sources(root: string): Source[] {
  const found: Source[] = [];
  for (const [collection, spec] of Object.entries(COLLECTIONS)) {
    const dir = join(root, spec.dir);
    if (!existsSync(dir)) continue;
    const subdirs = spec.pattern.startsWith('{zh,en}/') ? ['zh', 'en'] : [''];
    for (const sub of subdirs) {
      const folder = join(dir, sub);
      if (!existsSync(folder)) continue;
      for (const name of readdirSync(folder).toSorted()) {
        const file = join(folder, name);
        if (/\.ya?ml$/.test(name) && !spec.mdx)
          found.push({ file, collection, doc: parseDocument(readFileSync(file, 'utf8')) });
        else if (/\.mdx?$/.test(name) && spec.mdx) {
          const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(readFileSync(file, 'utf8'));
          if (match)
            found.push({ file, collection, doc: parseDocument(match[1]!), body: match[2]! });
        }
      }
    }
  }
  return found;
}

/** Every scalar in a YAML node, with its path. */
function leaves(node: unknown, path: Path = []): Array<{ path: Path; value: unknown }> {
  if (isMap(node))
    return node.items.flatMap((pair) =>
      isScalar(pair.key) ? leaves(pair.value, [...path, String(pair.key.value)]) : [],
    );
  if (isSeq(node)) return node.items.flatMap((item, i) => leaves(item, [...path, i]));
  if (isScalar(node)) return [{ path, value: node.value }];
  return [];
}

const fieldName = (collection: string, path: Path) =>
  `${collection}.${path.map((part) => (typeof part === 'number' ? '*' : part)).join('.')}`;

/** Values a field could take instead: other values the sample gives it, then a changed one of its own kind. */
function alternatives(value: unknown, seen: unknown[]): unknown[] {
  const others = [
    ...new Set(seen.filter((other) => other !== value && typeof other === typeof value)),
  ];
  if (typeof value === 'boolean') return [!value];
  if (typeof value === 'number') return [value + 1, value - 1, ...others];
  if (typeof value !== 'string') return others;
  const day = /^(\d{4})(-\d{2})?(-\d{2})?$/.exec(value);
  if (day) return [`${Number(day[1]) - 1}${day[2] ?? ''}${day[3] ?? ''}`, ...others];
  // Free text first (a name, a title); identifiers and vocabulary values only take values seen elsewhere.
  return [`${value}（改）`, ...others];
}

const write = (source: Source) =>
  writeFileSync(
    source.file,
    source.body === undefined
      ? String(source.doc)
      : `---\n${String(source.doc).trimEnd()}\n---\n${source.body}`,
  );

/** The first of the values that the entry's schema accepts, set in the file; undefined (and the file as it was) when none is. */
function setFirstAccepted(
  source: Source,
  path: Path,
  values: unknown[],
  original: unknown,
): unknown {
  const schema = COLLECTIONS[source.collection as keyof typeof COLLECTIONS].schema;
  for (const value of values) {
    source.doc.setIn(path, value);
    if (schema.safeParse(source.doc.toJS()).success) {
      write(source);
      return value;
    }
  }
  source.doc.setIn(path, original);
  write(source);
  return undefined;
}

type Pending = {
  source: Source;
  path: Path;
  value: unknown;
  field: string;
  values: unknown[];
  to: unknown;
};

const signature = (problem: { file: string; field?: string; message: { en: string } }) =>
  `${resolve(problem.file)} ${problem.field ?? ''} ${problem.message.en}`;

/** Moves a change to its next accepted value, or undoes it when it has none left. */
function nextValue(change: Pending): void {
  change.to = setFirstAccepted(change.source, change.path, change.values, change.value);
  change.values =
    change.to === undefined ? [] : change.values.slice(change.values.indexOf(change.to) + 1);
}
const undo = (change: Pending) => setFirstAccepted(change.source, change.path, [], change.value);
const redo = (change: Pending) =>
  setFirstAccepted(change.source, change.path, [change.to], change.value);

/**
 * Makes a group's changes, each to a value its entry's schema accepts; then, while the content as
 * a whole has problems (a reference to nothing, a rule across entries): a change in the file a
 * problem names moves to its next value (or is undone), and a problem in another file is traced to
 * its change by halving the changes made. Returns the changes that stand.
 */
function makeChanges(
  root: string,
  leaves: Array<{ source: Source; path: Path; value: unknown; field: string }>,
  seen: Map<string, unknown[]>,
): Change[] {
  const pending: Pending[] = leaves.map((leaf) => ({
    ...leaf,
    values: alternatives(leaf.value, seen.get(leaf.field) ?? []),
    to: undefined,
  }));
  for (const change of pending) nextValue(change);
  for (let round = 0; round < 200; round++) {
    const problems = validateContent(root).problems;
    if (problems.length === 0) break;
    const files = new Set(problems.map((problem) => resolve(problem.file)));
    const culprits = pending.filter(
      (change) => change.to !== undefined && files.has(change.source.file),
    );
    if (culprits.length > 0) {
      for (const change of culprits) nextValue(change);
      continue;
    }
    const wanted = signature(problems[0]!);
    let suspects = pending.filter((change) => change.to !== undefined);
    while (suspects.length > 1) {
      const half = suspects.slice(0, Math.ceil(suspects.length / 2));
      half.forEach(undo);
      const gone = !validateContent(root).problems.some((problem) => signature(problem) === wanted);
      half.forEach(redo);
      suspects = gone ? half : suspects.slice(half.length);
    }
    if (suspects[0]) {
      undo(suspects[0]);
      suspects[0].to = undefined;
    } else break;
  }
  expect(validateContent(root).problems, 'the changed content must be valid').toEqual([]);
  return pending
    .filter((change) => change.to !== undefined)
    .map(({ source, path, field, value, to }) => ({ source, path, field, from: value, to }));
}

/** The pages of one build that are missing from another or differ from it. */
function differingPages(siteDir: string, referenceDir: string): string[] {
  const pages = htmlPages(referenceDir);
  const reference = new Set(pages);
  return [
    ...htmlPages(siteDir)
      .filter((path) => !reference.has(path))
      .map((path) => `${path} (only in the incremental build)`),
    ...pages.filter((path) => {
      const file = path.endsWith('/') ? `${path}index.html` : path;
      return (
        !existsSync(join(siteDir, file)) ||
        readFileSync(join(siteDir, file), 'utf8') !== readFileSync(join(referenceDir, file), 'utf8')
      );
    }),
  ];
}
const searchFiles = (site: string) =>
  Object.fromEntries(
    ['pagefind', 'en/pagefind'].flatMap((bundle) =>
      Object.entries(folderDigests(join(site, bundle))).map(([file, digest]) => [
        `${bundle}/${file}`,
        digest,
      ]),
    ),
  );

describe('incremental builds, for a change to any field of any collection', () => {
  it('equal a cold build of the same content, page for page and search file for search file', () => {
    const root = copySampleContent('property');
    const all = sources(root);
    // Every field of every collection once, each taken from a different entry where the sample allows.
    const seen = new Map<string, unknown[]>();
    const candidates = all.flatMap((source) =>
      leaves(source.doc.contents).map(({ path, value }) => ({
        source,
        path,
        value,
        field: fieldName(source.collection, path),
      })),
    );
    for (const leaf of candidates)
      seen.set(leaf.field, [...(seen.get(leaf.field) ?? []), leaf.value]);
    // Each field is changed in the entry other files name most: a page that only names an entry is where
    // a change can be missed. Spread: an entry gives at most one field to each group.
    const texts = new Map(all.map((source) => [source, readFileSync(source.file, 'utf8')]));
    const named = (id: string, text: string) =>
      new RegExp(`(^|[^\\w-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w-])`, 'm').test(
        text,
      );
    const idOf = (source: Source) => basename(source.file).replace(/\.(ya?ml|mdx?)$/, '');
    const namedBy = new Map(
      all.map((source) => [
        source,
        all.filter((other) => other !== source && named(idOf(source), texts.get(other)!)).length,
      ]),
    );
    // What every page shows (the settings, and the entries they name, such as the publisher in every
    // footer) changes every page: such a change in a group would hide any stale page there, so those
    // changes make a group of their own.
    const settingsText = all
      .filter((source) => source.collection === 'settings')
      .map((source) => texts.get(source)!)
      .join('\n');
    const isGlobal = (source: Source) =>
      source.collection === 'settings' || named(idOf(source), settingsText);
    const used = new Map<Source, number>();
    const chosen = new Map<string, (typeof candidates)[number]>();
    for (const field of [...new Set(candidates.map((leaf) => leaf.field))].toSorted()) {
      const ranked = candidates
        .filter((leaf) => leaf.field === field)
        .toSorted(
          (a, b) =>
            Number(isGlobal(a.source)) - Number(isGlobal(b.source)) ||
            namedBy.get(b.source)! - namedBy.get(a.source)! ||
            (used.get(a.source) ?? 0) - (used.get(b.source) ?? 0),
        );
      const leaf =
        ranked.find((candidate) => (used.get(candidate.source) ?? 0) < GROUPS) ?? ranked[0]!;
      chosen.set(field, leaf);
      used.set(leaf.source, (used.get(leaf.source) ?? 0) + 1);
    }
    const groups: Array<Array<(typeof candidates)[number]>> = Array.from(
      { length: GROUPS },
      () => [],
    );
    const byCollection = new Map<string, number>();
    const globalGroup: Array<(typeof candidates)[number]> = [];
    for (const leaf of [...chosen.values()]
      .filter((leaf) => !ONLY || ONLY.includes(leaf.field))
      .toSorted((a, b) => a.field.localeCompare(b.field))) {
      if (isGlobal(leaf.source)) {
        globalGroup.push(leaf);
        continue;
      }
      const start = byCollection.get(leaf.source.collection) ?? 0;
      byCollection.set(leaf.source.collection, start + 1);
      for (let k = 0; k < GROUPS; k++) {
        const group = groups[(start + k) % GROUPS]!;
        if (k === GROUPS - 1 || !group.some((other) => other.source === leaf.source)) {
          group.push(leaf);
          break;
        }
      }
    }
    if (globalGroup.length > 0) groups.push(globalGroup);
    if (ONLY) groups.splice(0, groups.length, ...groups.filter((group) => group.length > 0));

    const warmOut = join(TMP, 'property-warm-dist');
    const first = runBuild(root, warmOut, ONE_DAY);
    expect(first.status, first.output).toBe(0);
    const report: string[] = [];
    let changed = 0;
    groups.forEach((group, n) => {
      const changes = makeChanges(root, group, seen);
      changed += changes.length;
      const kept = new Set(changes.map((change) => change.field));
      report.push(
        `group ${n + 1}: ${changes.length} of ${group.length} fields changed; unchanged (no other valid value): ${group
          .filter((leaf) => !kept.has(leaf.field))
          .map((leaf) => leaf.field)
          .join(', ')}`,
      );
      const warm = runBuild(root, warmOut, ONE_DAY);
      expect(warm.status, warm.output).toBe(0);
      // A group that re-rendered every page could hide a stale one: all but the global group must restore pages.
      const restored = warm.output.match(/\(restored\)/g)?.length ?? 0;
      report.push(`  ${restored} pages restored from the previous build`);
      if (group !== groups.at(-1) || globalGroup.length === 0)
        expect(restored, `group ${n + 1} restored no page`).toBeGreaterThan(0);
      // The same content at another path has its own, empty caches: a cold build.
      const coldContent = `${root}-cold-${n}`;
      cpSync(root, coldContent, { recursive: true });
      const coldOut = join(TMP, `property-cold-${n}-dist`);
      const cold = runBuild(coldContent, coldOut, ONE_DAY);
      expect(cold.status, cold.output).toBe(0);
      const changedFields = changes.map(
        (change) =>
          `${change.field} (${relative(root, change.source.file)}: ${JSON.stringify(change.from)} → ${JSON.stringify(change.to)})`,
      );
      expect(
        differingPages(warmOut, coldOut),
        `stale pages after changing:\n${changedFields.join('\n')}`,
      ).toEqual([]);
      expect(
        searchFiles(warmOut),
        `stale search files after changing:\n${changedFields.join('\n')}`,
      ).toEqual(searchFiles(coldOut));
    });
    console.log(
      `${changed} of ${chosen.size} fields changed (the others had no other valid value):\n${report.join('\n')}`,
    );
    // Most fields take another valid value; a property test that changed little would prove little.
    expect(changed).toBeGreaterThan((ONLY ? ONLY.length : chosen.size) * 0.6);
  });
});
