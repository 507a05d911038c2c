/**
 * Reading the content folder: every file of every collection is read (encoding, YAML or front
 * matter, size and text limits, the files it and its body's images point at) and checked against its schema. Valid
 * entries make the content set; every entry, valid or not, keeps its raw data so that later
 * checks (references) can still read what an invalid entry does hold.
 */
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { idSchema } from '../../schemas/common.ts';
import { COLLECTIONS, type CollectionName } from '../content/collections.ts';
import { checkBodyImages } from '../content/body-files.ts';
import { checkFileReferences, checkStrings } from '../content/content-checks.ts';
import { CheckedFiles } from '../content/checked-files.ts';
import { TOO_DEEP } from '../content/nesting.ts';
import { listFiles, nearMissFiles, type FileErrorKind } from '../content/content-files.ts';
import { linkProblems } from '../content/linked-paths.ts';
import { fieldMetaAt } from '../content/schema-fields.ts';
import type { ContentSet, Entry } from '../content/types.ts';
import { issueMessage, show, type Message } from '../content/validation-messages.ts';
import { formatPath, type Problem } from './reporting.ts';
import { vocabularyMessage } from './vocabulary-message.ts';
import { fullWidthDigitsNote, impossibleDateMessage } from './written-forms.ts';

/** Every entry id of each collection, valid or not: a reference to an invalid entry is not a second problem. */
export type KnownIds = Record<CollectionName, Set<string>>;

/** One entry as read from its file, before and after its schema. */
export interface LoadedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  /** The data as written (YAML or front matter), whatever the schema said. */
  raw: unknown;
  /** Whether the data passed its schema (and is in the content set). */
  valid: boolean;
}

export interface LoadedContent {
  content: ContentSet;
  known: KnownIds;
  entries: LoadedEntry[];
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * Turns one zod issue into a sentence an editor can act on; a missing field is named by its label
 * and hint (src/schemas/, the words of the forms and field tables), so the editor learns what goes there.
 */
function describeIssue(
  issue: z.core.$ZodIssue,
  data: unknown,
  schema: z.ZodType,
): Pick<Problem, 'field' | 'message'> {
  const described = describeIssueAlone(issue, data);
  if (valueAt(data, issue.path) !== undefined || issue.code === 'unrecognized_keys')
    return described;
  const meta = fieldMetaAt(schema, issue.path, data);
  if (!meta) return described;
  const hint = (locale: 'zh' | 'en') =>
    `${meta.label[locale]}${meta.hint ? `${locale === 'zh' ? '：' : ': '}${meta.hint[locale]}` : ''}`;
  return {
    field: described.field,
    message: {
      en: `${described.message.en} (${hint('en')})`,
      zh: `${described.message.zh}（${hint('zh')}）`,
    },
  };
}

function describeIssueAlone(
  issue: z.core.$ZodIssue,
  data: unknown,
): Pick<Problem, 'field' | 'message'> {
  const found = valueAt(data, issue.path);
  const field = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return {
      field: issue.keys.map((key) => (field ? `${field}.${key}` : key)).join(', '),
      message: issueMessage(issue, found),
    };
  }
  if (issue.code === 'invalid_union') {
    if (found === undefined && issue.path.length > 0) {
      return {
        field,
        message: { en: 'is missing; this field is required', zh: '缺少此字段；这是必填项' },
      };
    }
    if ('note' in issue && issue.note === 'No matching discriminator') {
      // The kinds an entry can be (a recipient's person, team or studio; a document's type): each named.
      const options = ('options' in issue ? (issue.options as unknown[]) : []).map(String);
      return {
        field,
        message: vocabularyMessage(options, found) ?? {
          en: `found ${show(found)}; expected one of: ${options.join(', ')}`,
          zh: `填写的是 ${show(found)}；应为以下之一：${options.join('、')}`,
        },
      };
    }
    // A union of forms (plain text or {zh, en}; number or {value, qualifier}): report the closest form.
    const best = issue.errors.toSorted((a, b) => a.length - b.length)[0]?.[0];
    if (best)
      return describeIssueAlone(
        { ...best, path: [...issue.path, ...best.path] } as z.core.$ZodIssue,
        data,
      );
  }
  const message =
    (issue.code === 'invalid_value' ? vocabularyMessage(issue.values, found) : undefined) ??
    impossibleDateMessage(found) ??
    issueMessage(issue, found);
  const note = fullWidthDigitsNote(found);
  return {
    field,
    message: note ? { en: message.en + note.en, zh: message.zh + note.zh } : message,
  };
}

/** Why a file could not be read, in both languages. */
function fileErrorMessage(kind: FileErrorKind, line: number, message: string): Message {
  switch (kind) {
    case 'encoding':
      return {
        en: 'is not valid UTF-8 (perhaps saved as GBK); expected UTF-8: open it in an editor and save it again as UTF-8',
        zh: '不是有效的 UTF-8 编码（可能以 GBK 保存）；请在编辑器中将文件另存为 UTF-8 编码',
      };
    case 'aliases':
      return {
        en: `uses too many YAML aliases (*name), as an alias bomb does (${message}); expected plain YAML`,
        zh: `使用了过多的 YAML 别名（*name），类似"别名炸弹"；请改为普通的 YAML 写法`,
      };
    case 'nesting':
      return TOO_DEEP;
    case 'front-matter':
    case 'yaml':
      return {
        en: `malformed YAML at line ${line}: ${message}`,
        zh: `第 ${line} 行 YAML 格式错误：${message}`,
      };
  }
}

/** A file in a collection's folder whose name the collection does not read (`.YAML`, `.markdown`, `.txt`). */
function nearMissProblem(
  dir: string,
  nearMiss: string,
  spec: (typeof COLLECTIONS)[CollectionName],
): Problem {
  const path = join(dir, nearMiss);
  const expected = spec.pattern.replace(/^\{[^}]+\}\//, '').replace('*', '<id>');
  return {
    file: relative(process.cwd(), path) || path,
    entry: nearMiss.replace(/\..*$/, ''),
    field: '(file name)',
    message: {
      en: `is not read: its name does not end as ${spec.dir}/ expects; expected ${expected} (rename it, or move it out of the folder)`,
      zh: `不会被读取：${spec.dir}/ 中的文件名应为 ${expected}（请改名，或移出该目录）`,
    },
  };
}

/** Reads and schema-checks every collection of the content folder `root` (or only those named), adding what is wrong to `problems`. */
export function loadContent(
  root: string,
  problems: Problem[],
  only?: CollectionName[],
  files = new CheckedFiles(),
): LoadedContent {
  const content = {} as Record<CollectionName, Entry<unknown>[]>;
  const known = {} as KnownIds;
  const entries: LoadedEntry[] = [];
  for (const link of linkProblems(root)) {
    const path = join(root, link.path);
    problems.push({
      file: relative(process.cwd(), path) || path,
      entry: '',
      field: '(file)',
      message: link.message,
    });
  }
  for (const [name, spec] of (
    Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]
  ).filter(([collection]) => !only || only.includes(collection))) {
    const dir = join(root, spec.dir);
    content[name] = [];
    known[name] = new Set();
    const fileOf = new Map<string, string>();
    for (const nearMiss of nearMissFiles(dir, spec.pattern))
      problems.push(nearMissProblem(dir, nearMiss, spec));
    for (const relativeFile of listFiles(dir, spec.pattern)) {
      const path = join(dir, relativeFile);
      const file = relative(process.cwd(), path) || path;
      const id = relativeFile.replace(/\.(ya?ml|mdx?)$/, '');
      const entry = id;
      const baseName = id.split('/').pop()!;
      const other = fileOf.get(id);
      if (other) {
        problems.push({
          file,
          entry,
          field: '(file name)',
          related: [other],
          message: {
            en: `duplicate id "${id}": ${other} has it too; expected one file per id`,
            zh: `标识 "${id}" 重复：${other} 也使用了它；每个标识只能对应一个文件`,
          },
        });
        continue;
      }
      fileOf.set(id, file);
      known[name].add(id);
      if (!idSchema.safeParse(baseName).success) {
        problems.push({
          file,
          entry,
          field: '',
          message: {
            en: `file name "${baseName}" is not a valid id; expected lower-case letters, digits and hyphens`,
            zh: `文件名 "${baseName}" 不是有效的标识；应只含小写字母、数字和连字符`,
          },
        });
      }
      const checked = files.check(
        path,
        relative(root, path),
        spec.mdx,
        relativeFile.endsWith('.mdx'),
      );
      const { parsed } = checked;
      if (parsed.error) {
        const { kind, line, message } = parsed.error;
        problems.push({
          file,
          entry,
          field: '',
          line: kind === 'encoding' || kind === 'aliases' || kind === 'nesting' ? undefined : line,
          message: fileErrorMessage(kind, line, message),
        });
        continue;
      }
      // Checks that need no valid schema run first, so that a schema error never hides them.
      const report = (field: string, message: Message, line?: number) =>
        problems.push({ file, entry, field, message, ...(line ? { line } : {}) });
      checkStrings(parsed.data, report);
      if (spec.mdx) {
        // The body's own problems (one parse, kept with the file), then its images against the folder.
        for (const { field, message, line } of checked.bodyProblems) report(field, message, line);
        checkBodyImages(root, path, checked.images, parsed.bodyLine, report);
      }
      checkFileReferences(root, name, path, parsed.data, report);
      const result = spec.schema.safeParse(parsed.data);
      entries.push({ collection: name, id, file, raw: parsed.data, valid: result.success });
      if (!result.success) {
        for (const issue of result.error.issues)
          problems.push({ file, entry, ...describeIssue(issue, parsed.data, spec.schema) });
        continue;
      }
      content[name].push({ id, file, data: result.data, body: spec.mdx ? parsed.body : undefined });
    }
  }
  return { content: content as unknown as ContentSet, known, entries };
}
