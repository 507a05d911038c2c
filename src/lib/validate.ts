/**
 * Validation of the whole content folder: every schema problem, every unresolved reference,
 * every duplicate and every inconsistency, all at once, each naming file, entry and field.
 * The build runs it before Astro (see `src/integrations/validate-content.ts`) and
 * `npm run check` runs it alone.
 */
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { idSchema } from '../schemas/common.ts';
import { hasPairings, isAssessmentNotice, isNamingDecision } from '../schemas/document.ts';
import { COLLECTIONS, type CollectionName } from './collections.ts';
import { checkBody, checkFileReferences, checkStrings } from './content-checks.ts';
import { listFiles, nearMissFiles, parseContentFile, type FileErrorKind } from './content-files.ts';
import { METRIC_FUNCTIONS } from './metrics.ts';
import { isYearly } from './figures.ts';
import { checkHistory } from './validate-history.ts';
import { checkAchievements } from './validate-achievements.ts';
import type { ContentSet, Entry } from './types.ts';
import { issueMessage, show, type Message } from './validation-messages.ts';

export interface Problem {
  /** File path relative to the working directory. */
  file: string;
  /** Entry id. */
  entry: string;
  /** Field path such as `named[2].studio`, or empty for the whole file. */
  field: string;
  /** What is wrong and what is expected, in both languages. */
  message: Message;
  /** Line in the file, for syntax errors. */
  line?: number;
}

export interface ValidationResult {
  content: ContentSet;
  problems: Problem[];
}

/** Formats a zod path such as ['named', 2, 'studio'] as `named[2].studio`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Turns one zod issue into a sentence an editor can act on. */
function describeIssue(issue: z.core.$ZodIssue, data: unknown): Pick<Problem, 'field' | 'message'> {
  const found = valueAt(data, issue.path);
  const field = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return { field: issue.keys.map((key) => (field ? `${field}.${key}` : key)).join(', '), message: issueMessage(issue, found) };
  }
  if (issue.code === 'invalid_union') {
    if (found === undefined && issue.path.length > 0) {
      return { field, message: { en: 'is missing; this field is required', zh: '缺少此字段；这是必填项' } };
    }
    if ('note' in issue && issue.note === 'No matching discriminator') {
      return { field, message: { en: `found ${show(found)}; expected a valid value (see src/schemas/)`, zh: `填写的是 ${show(found)}；不是有效的取值（见 src/schemas/）` } };
    }
    // A union of forms (plain text or {zh, en}; number or {value, qualifier}): report the closest form.
    const best = issue.errors.toSorted((a, b) => a.length - b.length)[0]?.[0];
    if (best) return describeIssue({ ...best, path: [...issue.path, ...best.path] } as z.core.$ZodIssue, data);
  }
  return { field, message: issueMessage(issue, found) };
}

type KnownIds = Record<CollectionName, Set<string>>;

/** An entry whose data failed its schema, kept (raw) so that its references can still be checked. */
interface InvalidEntry {
  collection: CollectionName;
  entry: Entry<unknown>;
}

/** Why a file could not be read, in both languages. */
function fileErrorMessage(kind: FileErrorKind, line: number, message: string): Message {
  switch (kind) {
    case 'encoding':
      return { en: 'is not valid UTF-8 (perhaps saved as GBK); expected UTF-8: open it in an editor and save it again as UTF-8', zh: '不是有效的 UTF-8 编码（可能以 GBK 保存）；请在编辑器中将文件另存为 UTF-8 编码' };
    case 'aliases':
      return { en: `uses too many YAML aliases (*name), as an alias bomb does (${message}); expected plain YAML`, zh: `使用了过多的 YAML 别名（*name），类似"别名炸弹"；请改为普通的 YAML 写法` };
    case 'front-matter':
    case 'yaml':
      return { en: `malformed YAML at line ${line}: ${message}`, zh: `第 ${line} 行 YAML 格式错误：${message}` };
  }
}

/**
 * Reads and schema-checks every collection (or only those named); `known` receives every entry id,
 * valid or not, `invalid` every entry that failed its schema.
 */
function loadCollections(root: string, problems: Problem[], known: KnownIds, invalid: InvalidEntry[], only?: CollectionName[]): ContentSet {
  const content = {} as Record<CollectionName, Entry<unknown>[]>;
  for (const [name, spec] of (Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]).filter(([name]) => !only || only.includes(name))) {
    const dir = join(root, spec.dir);
    content[name] = [];
    known[name] = new Set();
    const fileOf = new Map<string, string>();
    for (const nearMiss of nearMissFiles(dir, spec.pattern)) {
      const path = join(dir, nearMiss);
      const expected = spec.pattern.replace(/^\{[^}]+\}\//, '').replace('*', '<id>');
      problems.push({
        file: relative(process.cwd(), path) || path,
        entry: nearMiss.replace(/\..*$/, ''),
        field: '(file name)',
        message: {
          en: `is not read: its name does not end as ${spec.dir}/ expects; expected ${expected} (rename it, or move it out of the folder)`,
          zh: `不会被读取：${spec.dir}/ 中的文件名应为 ${expected}（请改名，或移出该目录）`,
        },
      });
    }
    for (const relativeFile of listFiles(dir, spec.pattern)) {
      const path = join(dir, relativeFile);
      const file = relative(process.cwd(), path) || path;
      const id = relativeFile.replace(/\.(ya?ml|mdx?)$/, '');
      const entry = id;
      const baseName = id.split('/').pop()!;
      const other = fileOf.get(id);
      if (other) {
        problems.push({ file, entry, field: '(file name)', message: { en: `duplicate id "${id}": ${other} has it too; expected one file per id`, zh: `标识 "${id}" 重复：${other} 也使用了它；每个标识只能对应一个文件` } });
        continue;
      }
      fileOf.set(id, file);
      known[name].add(id);
      if (!idSchema.safeParse(baseName).success) {
        problems.push({ file, entry, field: '', message: { en: `file name "${baseName}" is not a valid id; expected lower-case letters, digits and hyphens`, zh: `文件名 "${baseName}" 不是有效的标识；应只含小写字母、数字和连字符` } });
      }
      const parsed = parseContentFile(path, spec.mdx);
      if (parsed.error) {
        const { kind, line, message } = parsed.error;
        problems.push({ file, entry, field: '', line: kind === 'encoding' || kind === 'aliases' ? undefined : line, message: fileErrorMessage(kind, line, message) });
        continue;
      }
      // Checks that need no valid schema run first, so that a schema error never hides them.
      const report = (field: string, message: Message, line?: number) => problems.push({ file, entry, field, message, ...(line ? { line } : {}) });
      checkStrings(parsed.data, report);
      if (spec.mdx) checkBody(parsed.body, parsed.bodyLine, relativeFile.endsWith('.mdx'), report);
      checkFileReferences(root, name, path, parsed.data, report);
      const result = spec.schema.safeParse(parsed.data);
      if (!result.success) {
        for (const issue of result.error.issues) problems.push({ file, entry, ...describeIssue(issue, parsed.data) });
        invalid.push({ collection: name, entry: { id, file, data: parsed.data } });
        continue;
      }
      content[name].push({ id, file, data: result.data, body: spec.mdx ? parsed.body : undefined });
    }
  }
  return content as unknown as ContentSet;
}

interface Reference {
  field: string;
  collection: CollectionName;
  id: string;
}

/** Every reference an entry makes, with the field it sits in. */
function referencesOf(content: ContentSet): Array<{ entry: Entry<unknown>; refs: Reference[] }> {
  const out: Array<{ entry: Entry<unknown>; refs: Reference[] }> = [];
  const add = (entry: Entry<unknown>, refs: Array<Reference | undefined | false>) =>
    out.push({ entry, refs: refs.filter((ref): ref is Reference => Boolean(ref)) });
  const r = (field: string, collection: CollectionName, id: string | undefined): Reference | undefined =>
    id === undefined ? undefined : { field, collection, id };

  for (const entry of content.organisations) add(entry, [r('parent', 'organisations', entry.data.parent)]);
  for (const entry of content.people) {
    add(entry, [
      r('employer', 'organisations', entry.data.employer),
      ...entry.data.honours.map((honour, i) => r(`honours[${i}].conferredBy`, 'organisations', honour.conferredBy)),
    ]);
  }
  for (const entry of content.studios) {
    add(entry, [
      r('leader', 'people', entry.data.leader),
      r('employer', 'organisations', entry.data.employer),
      r('mergedInto', 'studios', entry.data.mergedInto),
      r('statusDocument', 'documents', entry.data.statusDocument),
      ...entry.data.members.map((member, i) => r(`members[${i}].person`, 'people', member.person)),
    ]);
  }
  for (const entry of content.documents) {
    const doc = entry.data;
    const refs: Array<Reference | undefined> = [
      r('issuer', 'organisations', doc.issuer),
      ...doc.coIssuers.map((id, i) => r(`coIssuers[${i}]`, 'organisations', id)),
    ];
    if (isNamingDecision(doc)) refs.push(...doc.named.map((row, i) => r(`named[${i}].studio`, 'studios', row.studio)));
    if (doc.type === 'selection-notice') refs.push(...doc.selected.map((row, i) => r(`selected[${i}].studio`, 'studios', row.studio)));
    if (doc.type === 'commendation') refs.push(...doc.commended.map((row, i) => r(`commended[${i}].studio`, 'studios', row.studio)));
    if (isAssessmentNotice(doc)) refs.push(...doc.results.map((row, i) => r(`results[${i}].studio`, 'studios', row.studio)));
    if (hasPairings(doc)) {
      doc.pairings.forEach((pairing, i) => refs.push(...pairing.studios.map((id, j) => r(`pairings[${i}].studios[${j}]`, 'studios', id))));
    }
    add(entry, refs);
  }
  for (const entry of content.documentTranslations) add(entry, [r('(file name)', 'documents', entry.id)]);
  for (const entry of content.designations) {
    add(entry, [r('studio', 'studios', entry.data.studio), ...entry.data.issuers.map((id, i) => r(`issuers[${i}]`, 'organisations', id))]);
  }
  for (const entry of content.competitions) add(entry, [r('organiser', 'organisations', entry.data.organiser)]);
  for (const entry of content.awards) {
    const refs: Array<Reference | undefined> = [
      r('competition', 'competitions', entry.data.competition),
      r('studio', 'studios', entry.data.studio),
      r('achievementId', 'achievements', entry.data.achievementId),
    ];
    entry.data.recipients.forEach((recipient, i) => {
      if (recipient.type === 'person') refs.push(r(`recipients[${i}].person`, 'people', recipient.person));
      if (recipient.type === 'studio') refs.push(r(`recipients[${i}].studio`, 'studios', recipient.studio));
      if (recipient.type === 'team') refs.push(...recipient.members.map((id, j) => r(`recipients[${i}].members[${j}]`, 'people', id)));
    });
    add(entry, refs);
  }
  for (const entry of content.achievements) {
    add(entry, [
      ...entry.data.studios.map((id, i) => r(`studios[${i}]`, 'studios', id)),
      ...entry.data.people.map((id, i) => r(`people[${i}]`, 'people', id)),
      ...entry.data.documents.map((id, i) => r(`documents[${i}]`, 'documents', id)),
    ]);
  }
  for (const entry of content.figures) add(entry, [r('studio', 'studios', entry.data.studio)]);
  for (const entry of content.news) {
    add(entry, [
      ...entry.data.studios.map((id, i) => r(`studios[${i}]`, 'studios', id)),
      ...entry.data.people.map((id, i) => r(`people[${i}]`, 'people', id)),
      ...entry.data.tags.map((id, i) => r(`tags[${i}]`, 'topics', id)),
    ]);
  }
  for (const entry of content.settings) add(entry, [r('publisher', 'organisations', entry.data.publisher)]);
  return out;
}

/**
 * The raw data of an entry that failed its schema, read leniently: a missing field reads as an
 * empty list, so that the references the entry does hold can still be found by referencesOf.
 */
function lenient(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  return new Proxy(value, {
    get(target, key, receiver) {
      const found = Reflect.get(target, key, receiver);
      if (typeof key === 'symbol') return found;
      if (found === undefined && !Array.isArray(target)) return lenient([]);
      return lenient(found);
    },
  });
}

/** The references an entry that failed its schema still makes, except in fields its schema problems already name. */
function referencesOfInvalid(invalid: InvalidEntry[], problems: Problem[]): Array<{ entry: Entry<unknown>; refs: Reference[] }> {
  const empty = Object.fromEntries(Object.keys(COLLECTIONS).map((name) => [name, []])) as unknown as ContentSet;
  return invalid.flatMap(({ collection, entry }) => {
    const reported = new Set(problems.filter((problem) => problem.file === entry.file).map((problem) => problem.field));
    try {
      const only = { ...empty, [collection]: [{ ...entry, data: lenient(entry.data) }] } as ContentSet;
      return referencesOf(only).map(({ refs }) => ({ entry, refs: refs.filter((ref) => typeof ref.id === 'string' && !reported.has(ref.field)) }));
    } catch {
      return []; // data too far from its schema to read references from; the schema problems say why
    }
  });
}

/** References to entries that do not exist; a reference to an entry that exists but is itself invalid is not repeated. */
function checkReferences(root: string, content: ContentSet, problems: Problem[], ids: KnownIds, invalid: InvalidEntry[]): void {
  for (const { entry, refs } of [...referencesOf(content), ...referencesOfInvalid(invalid, problems)]) {
    for (const ref of refs) {
      if (ids[ref.collection].has(ref.id)) continue;
      const folder = join(root, COLLECTIONS[ref.collection].dir);
      problems.push({
        file: entry.file,
        entry: entry.id,
        field: ref.field,
        message: {
          en: `found "${ref.id}", which is not an entry of ${ref.collection}; expected the name of a file in ${folder}/ without its extension`,
          zh: `填写的是 "${ref.id}"，但 ${folder}/ 中没有这个条目；应为该目录中某个文件的文件名（不含扩展名）`,
        },
      });
    }
  }
}

/** Rules that span fields or entries. */
function checkConsistency(root: string, content: ContentSet, problems: Problem[]): void {
  const problem = (entry: Entry<unknown>, field: string, en: string, zh: string) =>
    problems.push({ file: entry.file, entry: entry.id, field, message: { en, zh } });

  // Document numbers are cited: each must be unique. Unnumbered documents (无文号) have none and may be many.
  const numbers = new Map<string, string>();
  for (const entry of content.documents) {
    const number = entry.data.number;
    const other = number === undefined ? undefined : numbers.get(number);
    if (other) problem(entry, 'number', `found "${number}", already used by document "${other}"; expected a unique document number`, `文号 "${number}" 已被文件 "${other}" 使用；每份文件的文号应唯一`);
    else if (number !== undefined) numbers.set(number, entry.id);
    const lists = entry.data.type === 'naming-decision' ? ['named', entry.data.named] as const : entry.data.type === 'selection-notice' ? ['selected', entry.data.selected] as const : entry.data.type === 'commendation' ? ['commended', entry.data.commended] as const : undefined;
    if (lists) {
      const [field, rows] = lists;
      const seen = new Set<string>();
      rows.forEach((row, i) => {
        if (seen.has(row.studio)) problem(entry, `${field}[${i}].studio`, `found "${row.studio}" a second time; expected each studio once per document`, `"${row.studio}" 重复出现；同一文件中每个工作室只应出现一次`);
        seen.add(row.studio);
      });
    }
    if (entry.data.type === 'assessment-notice') {
      const seen = new Set<string>();
      entry.data.results.forEach((row, i) => {
        if (seen.has(row.studio)) problem(entry, `results[${i}].studio`, `found "${row.studio}" a second time; expected one result per studio`, `"${row.studio}" 重复出现；每个工作室只应有一条考核结果`);
        seen.add(row.studio);
      });
    }
  }

  // A designation record must not repeat one that a document in the archive already makes.
  const fromDocuments = new Set(
    content.documents.flatMap((entry) =>
      entry.data.type === 'naming-decision'
        ? entry.data.named.map((row) => `${row.studio}|${row.level}|named`)
        : entry.data.type === 'selection-notice'
          ? entry.data.selected.map((row) => `${row.studio}|${row.level}|publicised`)
          : entry.data.type === 'commendation'
            ? entry.data.commended.map((row) => `${row.studio}|${row.level}|commended`)
            : [],
    ),
  );
  for (const entry of content.designations) {
    if (fromDocuments.has(`${entry.data.studio}|${entry.data.level}|${entry.data.stage}`)) {
      problem(entry, 'level', `found "${entry.data.level}" for "${entry.data.studio}", which a document in content/documents already records at this stage; expected records only for recognitions whose document is not in the archive`, `"${entry.data.studio}" 的 "${entry.data.level}" 记录已由 content/documents 中的文件记录；此处只记录文件不在本站的命名、公示或表彰`);
    }
  }

  for (const entry of content.studios) {
    if (entry.data.status === 'merged' && !entry.data.mergedInto) problem(entry, 'mergedInto', 'is missing; expected the id of the studio this one was merged into, because status is merged', '缺少此字段；状态为 merged 时应填写并入的工作室标识');
    if (entry.data.status !== 'merged' && entry.data.mergedInto) problem(entry, 'status', `found "${entry.data.status}"; expected merged, because mergedInto is set`, `填写的是 "${entry.data.status}"；已填写 mergedInto 时状态应为 merged`);
    if (entry.data.status === 'merged' && !entry.data.statusDate && !entry.data.statusDocument) problem(entry, 'statusDate', 'is missing; expected when the studio was merged, at any precision (a year such as "2025" is enough), or statusDocument, the document that merged it', '缺少此字段；状态为 merged 时应填写合并时间（精确到年即可，例如 "2025"），或填写 statusDocument（合并文件）');
    if (entry.data.status === 'active' && (entry.data.statusDate || entry.data.statusDocument)) problem(entry, entry.data.statusDate ? 'statusDate' : 'statusDocument', 'is set, but status is active; expected it only with status revoked or merged', '状态为 active 时不应填写；仅在 revoked 或 merged 时填写');
  }
  checkHistory(content, problems);
  checkAchievements(content, problems);

  // One figures file per studio, and periods that never overlap.
  const figuresOf = new Map<string, string>();
  for (const entry of content.figures) {
    const other = figuresOf.get(entry.data.studio);
    if (other) problem(entry, 'studio', `found "${entry.data.studio}", whose figures are already in "${other}"; expected one figures file per studio`, `"${entry.data.studio}" 的数据已在 "${other}" 中；每个工作室只应有一个数据文件`);
    figuresOf.set(entry.data.studio, entry.id);
    // Yearly periods must not overlap; cumulative reports (several years, since founding) may, and are never added up.
    const periods = entry.data.periods
      .map((period, index) => ({ ...period, index }))
      .filter((period): period is typeof period & { from: string; to: string } => isYearly(period))
      .toSorted((a, b) => a.from.localeCompare(b.from));
    periods.forEach((period, i) => {
      const previous = periods[i - 1];
      if (previous && period.from <= previous.to) {
        problem(entry, `periods[${period.index}].from`, `found ${period.from}, inside the period ${previous.from}–${previous.to}; expected periods that do not overlap`, `${period.from} 落在 ${previous.from}–${previous.to} 期间内；统计期间不应重叠`);
      }
    });
  }

  // Articles and reports: the English version needs its Chinese original; a report's year is its file name.
  const zhNews = new Set(content.news.filter((entry) => entry.id.startsWith('zh/')).map((entry) => entry.id.slice(3)));
  for (const entry of content.news) {
    if (entry.id.startsWith('en/') && !zhNews.has(entry.id.slice(3))) {
      problem(entry, '(file name)', `found no Chinese original content/news/zh/${entry.id.slice(3)}.md(x); expected every English article to translate a Chinese one with the same file name`, `找不到中文原文 content/news/zh/${entry.id.slice(3)}.md(x)；英文稿应与同名的中文稿对应`);
    }
  }
  for (const entry of content.reports) {
    if (entry.id.slice(3) !== String(entry.data.year)) problem(entry, 'year', `found ${entry.data.year}; expected ${entry.id.slice(3)}, the year in the file name`, `填写的是 ${entry.data.year}；应与文件名中的年份 ${entry.id.slice(3)} 一致`);
  }
  for (const entry of content.charts) {
    const metric = entry.data.metric;
    if (!metric) continue;
    const supported = METRIC_FUNCTIONS[metric].placements;
    entry.data.placements.forEach((placement, i) => {
      if (!supported.includes(placement)) problem(entry, `placements[${i}]`, `found "${placement}", which metric ${metric} cannot serve; expected one of: ${supported.join(', ')}`, `指标 ${metric} 不能用于 "${placement}"；应为以下之一：${supported.join(', ')}`);
    });
  }
  if (content.settings.length === 0) {
    problems.push({ file: join(root, 'settings/site.yaml'), entry: 'site', field: '', message: { en: 'is missing; expected the site settings file', zh: '缺少站点设置文件' } });
  }
}

/**
 * One collection's entries that pass their schema, read exactly as `validateContent` reads them
 * (same file lister, same YAML parser), for Astro's content loader when no build manifest is
 * given (`astro dev`, `astro check`). References across collections are not checked here.
 */
export function readCollection<K extends CollectionName>(root: string, name: K): { entries: ContentSet[K]; problems: Problem[] } {
  const problems: Problem[] = [];
  const content = loadCollections(root, problems, {} as KnownIds, [], [name]);
  return { entries: content[name], problems };
}

/** Loads the content folder and returns the valid entries and every problem found. */
export function validateContent(root: string): ValidationResult {
  const problems: Problem[] = [];
  const known = {} as KnownIds;
  const invalid: InvalidEntry[] = [];
  const content = loadCollections(root, problems, known, invalid);
  checkReferences(root, content, problems, known, invalid);
  checkConsistency(root, content, problems);
  return { content, problems };
}

/** Problems grouped by file, one line each, for the terminal, in Chinese or English. */
export function formatProblems(problems: Problem[], locale: 'zh' | 'en' = 'en'): string {
  const byFile = Map.groupBy(problems, (problem) => problem.file);
  const lines = [
    locale === 'zh'
      ? `发现 ${problems.length} 个问题，涉及 ${byFile.size} 个文件：`
      : `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${byFile.size} file${byFile.size === 1 ? '' : 's'}:`,
  ];
  for (const [file, list] of byFile) {
    lines.push('', file);
    for (const problem of list) {
      const where =
        locale === 'zh'
          ? [problem.line ? `第 ${problem.line} 行` : '', `条目 "${problem.entry}"`, problem.field ? `字段 ${problem.field}` : ''].filter(Boolean).join('，')
          : [problem.line ? `line ${problem.line}` : '', `entry "${problem.entry}"`, problem.field ? `field ${problem.field}` : ''].filter(Boolean).join(', ');
      lines.push(`  - ${where}: ${problem.message[locale]}`);
    }
  }
  return lines.join('\n');
}

/** The language of messages: --lang, else STUDIO_LANG, else the system locale (zh_CN → Chinese). */
export function messageLocale(flag?: string, env: Record<string, string | undefined> = process.env): 'zh' | 'en' {
  const wanted = flag ?? env.STUDIO_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return /^zh/i.test(wanted) ? 'zh' : 'en';
}
