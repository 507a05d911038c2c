/**
 * What an import would do, worked out from the annex's rows, the decision's facts and the archive,
 * without touching a file: which studios each row names (matched, new, or a choice for the editor),
 * the new studios, people and organisations (with only the fields the annex gives), the decision's
 * front matter and, for a decision already in the archive, the differences. Every problem is listed
 * at once; the files are written only when there is none (scripts/import.ts).
 */
import type { Quantity } from '../../schemas/common.ts';
import { STUDIO_LEVELS, type StudioLevel } from '../../schemas/vocabulary.ts';
import {
  documentId,
  personId,
  dateOfAnswer,
  readDateAnswer,
  readQuantityAnswer,
  studioId,
  textId,
  unnumberedDocumentId,
} from '../scaffold/scaffold.ts';
import type { Message } from '../content/validation-messages.ts';
import { LEVEL_WORDS_SHOWN, readAmount, readLevel } from './levels.ts';
import {
  kindOfTitle,
  leaderNames,
  normalText,
  organisationMatcher,
  personMatcher,
  studioMatcher,
  type ArchiveOrganisation,
  type ArchivePerson,
  type ArchiveStudio,
  type Candidate,
  type MatchResult,
} from './match.ts';
import type { AnnexRow } from './rows.ts';

/** The kinds of document an annex can list, and the key of their list. */
export const IMPORT_KINDS = {
  decision: { type: 'naming-decision', list: 'named' },
  selection: { type: 'selection-notice', list: 'selected' },
  commendation: { type: 'commendation', list: 'commended' },
} as const;
export type ImportKind = keyof typeof IMPORT_KINDS;

/** A document already in the archive, as far as the import needs it. */
export interface ArchiveDocument {
  id: string;
  file: string;
  type: string;
  number?: string;
  title?: string;
  /** Year the namings count in: its cycle year, else the year of its date. */
  year?: number;
  /** Rows of its list (named, selected, commended). */
  listed: Array<{ studio: string; level: string }>;
}

/** A recognition recorded without a document (content/designations). */
export interface ArchiveDesignation {
  file: string;
  studio: string;
  level: string;
  stage: string;
  year?: number;
}

export interface Archive {
  studios: ArchiveStudio[];
  organisations: ArchiveOrganisation[];
  people: ArchivePerson[];
  documents: ArchiveDocument[];
  designations: ArchiveDesignation[];
}

/** The decision's facts, from flags or from the Word front page. */
export interface DecisionFacts {
  number?: string;
  /** Issuer and co-issuers: ids of organisations, or their names. */
  issuers: string[];
  /** "2022", "2022-02", "2022-02-10" or "before 2022-02". */
  date?: string;
  title?: string;
  addressees?: string;
  cycleYear?: number;
  /** The first year of a cycle of several years (2012 of 2012-2013年度). */
  cycleFrom?: number;
  batch?: string;
  /** How many studios the whole list holds, when the annex is only part of it (--list-size 600). */
  listSize?: string;
  /** Where the list can be read publicly: its address, publisher and date (--source-url, …). */
  source?: { url?: string; publisher?: string; date?: string };
  /** The level of rows that state none. */
  level?: string;
  /** Funding of rows that state none, in 万元. */
  funding?: string;
  /** Designation as worded, for rows that state none. */
  designation?: string;
  /** Document id, when the editor chooses it. */
  id?: string;
  /** The editor's word (--replace) that `id` may name a document this import does not match by number or title. */
  replace?: boolean;
}

/** A choice of the editor for an ambiguous match: `12` (the studio of row 12), `12.employer`, `12.leader`. */
export type Choices = ReadonlyMap<string, string>;

/** A match that needs the editor: the key to choose with, the text, the candidates. */
export interface Ambiguity {
  key: string;
  row: number;
  what: 'studio' | 'employer' | 'leader' | 'issuer';
  text: string;
  candidates: Candidate[];
}

export interface NewStudio {
  id: string;
  row: number;
  data: {
    title: string;
    kind?: string;
    leader?: string;
    employer?: string;
    region?: string;
    members?: Array<{ person: string; role: 'leader' }>;
  };
}
export interface NewPerson {
  id: string;
  row: number;
  data: { name: string };
}
export interface NewOrganisation {
  id: string;
  row?: number;
  data: { name: string };
}

/** One row of the annex and what the import makes of it. */
export interface PlannedRow {
  row: number;
  seq?: string;
  title: string;
  group?: string;
  status: 'matched' | 'new' | 'ambiguous' | 'unusable';
  /** The studio's id, matched or new. */
  studio?: string;
  how?: string;
  level?: StudioLevel;
  funding?: Quantity;
  designation?: string;
  /** Why the row cannot be used. */
  reasons: Message[];
  /** What the annex says that differs from a matched studio's page (not changed by the import). */
  notes: string[];
}

/** One studio of the list, as written into the document. */
export interface ListedRow {
  studio: string;
  level: StudioLevel;
  designation?: string;
  group?: string;
  funding?: Quantity;
}

export interface Plan {
  kind: ImportKind;
  documentId?: string;
  /** True when the document is in the archive already (a re-run or a corrected annex). */
  documentExists: boolean;
  /** The document's fields the import sets, in the order they are written. */
  facts: Record<string, unknown>;
  listed: ListedRow[];
  rows: PlannedRow[];
  newStudios: NewStudio[];
  newPeople: NewPerson[];
  newOrganisations: NewOrganisation[];
  ambiguities: Ambiguity[];
  /** Problems that stop the import: per row, or about the decision. */
  problems: Array<{ row?: number; message: Message }>;
  /** Where the facts came from, for the report. */
  factSources: Record<string, 'flag' | 'front page'>;
}

const both = (en: string, zh: string): Message => ({ en, zh });

/**
 * The most rows an annex may list. Real annexes list tens to a few thousand studios; a file far
 * longer is not a naming list, and is refused before anything is planned (README, `npm run import`).
 */
export const MAX_ANNEX_ROWS = 10_000;

/** At most this many other rows are named in one row's message (a row repeated thousands of times is not listed thousands of times). */
const ROWS_NAMED = 10;
const rowList = (rows: PlannedRow[], separator: string): string =>
  rows
    .slice(0, ROWS_NAMED)
    .map((r) => r.row)
    .join(separator) + (rows.length > ROWS_NAMED ? ` … (+${rows.length - ROWS_NAMED})` : '');

/** Ids not yet taken: the base, else base-2, base-3 …; remembers where each base's count got to. */
function idMaker(taken: Set<string>): (base: string, fallback: string) => string {
  const next = new Map<string, number>();
  return (base, fallback) => {
    const stem = base || fallback;
    let id = stem;
    let n = next.get(stem) ?? 2;
    if (taken.has(id)) for (id = `${stem}-${n}`; taken.has(id); id = `${stem}-${++n}`);
    next.set(stem, n);
    taken.add(id);
    return id;
  };
}

/** A studio's name followed by another's: 工作室 then 、 ， 和 及 与 and more words ending in 工作室. */
const SEVERAL_STUDIOS = /工作室\s*[、，,和及与]\s*\S*工作室/;

/** Whether an archive document is the one the facts describe: the same number, or the same title. */
const sameDocument = (existing: ArchiveDocument, facts: DecisionFacts): boolean =>
  (facts.number !== undefined &&
    existing.number !== undefined &&
    normalText(facts.number) === normalText(existing.number)) ||
  (facts.title !== undefined &&
    existing.title !== undefined &&
    normalText(facts.title) === normalText(existing.title));

/** The year a document's namings count in. */
export const countingYear = (
  date: string | undefined,
  cycleYear: number | undefined,
): number | undefined => {
  if (cycleYear !== undefined) return cycleYear;
  const answer = date ? readDateAnswer(date) : undefined;
  // As the model files a date (yearOf): "shortly before" under its article's year; a bound or a
  // month and day alone under no year.
  return answer && (!answer.bound || answer.bound === 'shortlyBefore')
    ? Number(answer.value.slice(0, 4))
    : undefined;
};

/**
 * Plans the import of an annex. `annexRows` come from readAnnexRows; `facts` from flags merged
 * over the front page; `choices` from --choose or the terminal.
 */
export function planImport(
  kind: ImportKind,
  allRows: AnnexRow[],
  facts: DecisionFacts,
  archive: Archive,
  choices: Choices,
): Plan {
  const problems: Plan['problems'] = [];
  const tooMany = allRows.length > MAX_ANNEX_ROWS;
  if (tooMany)
    problems.push({
      message: both(
        `the annex lists ${allRows.length} rows; an import takes at most ${MAX_ANNEX_ROWS}: check that this is the naming list, or split it into several annexes`,
        `附件共 ${allRows.length} 行，一次导入最多 ${MAX_ANNEX_ROWS} 行：请确认这是命名名单，或将其拆分为多个附件分别导入`,
      ),
    });
  const annexRows = tooMany ? [] : allRows;
  const ambiguities: Ambiguity[] = [];
  const studioIds = new Set(archive.studios.map((s) => s.id));
  const personIds = new Set(archive.people.map((p) => p.id));
  const organisationIds = new Set(archive.organisations.map((o) => o.id));
  const newOrganisations: NewOrganisation[] = [];
  const newPeople: NewPerson[] = [];
  const newStudios: NewStudio[] = [];
  const documentIds = new Set(archive.documents.map((d) => d.id));
  // Indexes, so that each row is planned in constant time whatever the annex's length.
  const matchStudio = studioMatcher(archive.studios, archive.organisations);
  const matchOrganisation = organisationMatcher(archive.organisations);
  const matchPerson = personMatcher(archive.people);
  const studioById = new Map(archive.studios.map((studio) => [studio.id, studio]));
  const newOrganisationIds = new Set<string>();
  const newOrganisationByName = new Map<string, NewOrganisation>();
  /** New people by name and the employer of the new studio they lead: a namesake at the same employer is the same person. */
  const newLeaderAt = new Map<string, NewPerson>();
  const leaderKey = (name: string, employer: string | undefined) =>
    JSON.stringify([name, employer ?? null]);
  const studioFreeId = idMaker(studioIds);
  const personFreeId = idMaker(personIds);
  const organisationFreeId = idMaker(organisationIds);

  /** Resolves a match with the editor's choice; undefined while it stays open. */
  const resolve = (
    result: MatchResult,
    key: string,
    row: number,
    what: Ambiguity['what'],
    text: string,
    known: Set<string>,
  ): string | 'new' | undefined => {
    const chosen = choices.get(key);
    const candidates = result.kind === 'ambiguous' ? result.candidates : [];
    if (chosen === 'new') return 'new';
    if (chosen && (candidates.some((c) => c.id === chosen) || known.has(chosen))) return chosen;
    if (chosen)
      problems.push({
        message: both(
          `--choose ${key}=${chosen}: "${chosen}" is neither an id in the archive nor "new"; expected one of: ${[...candidates.map((c) => c.id), 'new'].join(', ')}`,
          `--choose ${key}=${chosen}：“${chosen}”既不是已有条目的标识也不是 new；应为以下之一：${[...candidates.map((c) => c.id), 'new'].join(', ')}`,
        ),
      });
    if (result.kind === 'matched') return result.id;
    if (result.kind === 'new') return 'new';
    ambiguities.push({ key, row, what, text, candidates: result.candidates });
    return undefined;
  };

  /** An organisation for a name: matched, or one new organisation per distinct name. */
  const organisationFor = (
    name: string,
    key: string,
    row: number | undefined,
    what: 'employer' | 'issuer',
  ): string | undefined => {
    if (organisationIds.has(name) && !newOrganisationIds.has(name)) return name;
    const existingNew = newOrganisationByName.get(normalText(name));
    const resolved = resolve(matchOrganisation(name), key, row ?? 0, what, name, organisationIds);
    if (resolved === undefined) return undefined;
    if (resolved !== 'new') return resolved;
    if (existingNew) return existingNew.id;
    const id = organisationFreeId(textId(name), 'organisation');
    const organisation: NewOrganisation = { id, row, data: { name } };
    newOrganisations.push(organisation);
    newOrganisationIds.add(id);
    newOrganisationByName.set(normalText(name), organisation);
    return id;
  };

  // The decision's facts.
  const level = facts.level ? readLevel(facts.level) : undefined;
  if (facts.level && !level)
    problems.push({
      message: both(
        `--level "${facts.level}" is not a level; expected one of: ${STUDIO_LEVELS.join(', ')}, or ${LEVEL_WORDS_SHOWN}`,
        `--level “${facts.level}”不是级别；应为以下之一：${STUDIO_LEVELS.join(', ')}，或 ${LEVEL_WORDS_SHOWN}`,
      ),
    });
  const funding = facts.funding ? readAmount(facts.funding) : undefined;
  if (facts.funding && !funding)
    problems.push({
      message: both(
        `--funding "${facts.funding}" is not an amount; expected a number of 万元 such as 3 or 2.5`,
        `--funding “${facts.funding}”不是金额；应为万元数，例如 3 或 2.5`,
      ),
    });
  if (facts.source?.date && !readDateAnswer(facts.source.date))
    problems.push({
      message: both(
        `--source-date "${facts.source.date}" is not a date; expected "2026-01-22", "2026-01" or "2026"`,
        `--source-date “${facts.source.date}”不是日期；应为 "2026-01-22"、"2026-01" 或 "2026"`,
      ),
    });
  if (facts.source?.date && !facts.source.url && !facts.source.publisher)
    problems.push({
      message: both(
        '--source-date needs --source-url or --source-publisher: a date alone names no source',
        '--source-date 需与 --source-url 或 --source-publisher 一起使用：只有日期无法指明来源',
      ),
    });
  // The whole list's size, as a count is written: 600, 600多, 约600.
  const answer = facts.listSize ? readQuantityAnswer(facts.listSize) : undefined;
  const listSize =
    answer && Number.isInteger(Number(answer.value))
      ? answer.qualifier === 'exact'
        ? Number(answer.value)
        : { value: Number(answer.value), qualifier: answer.qualifier }
      : undefined;
  const listSizeValue = typeof listSize === 'number' ? listSize : listSize?.value;
  if (facts.listSize && (listSizeValue === undefined || listSizeValue < annexRows.length))
    problems.push({
      message: both(
        `--list-size "${facts.listSize}" is not the size of a list holding these ${annexRows.length} rows; expected the number of studios the whole list holds, such as 600 (600多 for at least, 约600 for about)`,
        `--list-size “${facts.listSize}”不是包含这 ${annexRows.length} 行的名单总数；应为原名单的工作室总数，例如 600（“600多”表示至少，“约600”表示约数）`,
      ),
    });
  // --date none: no source dates the document; it is filed under no year (its cycle year aside).
  const undated = facts.date?.trim().toLowerCase() === 'none';
  const date = facts.date && !undated ? readDateAnswer(facts.date) : undefined;
  if (facts.date && !undated && (!date || date.bound === 'monthDay'))
    problems.push({
      message: both(
        `--date "${facts.date}" is not a document's date; expected "2022", "2022-02", "2022-02-10", "before 2022-02", "by 2022-02-10" (a report of that day says it had happened) or "shortly before 2022-02-10" (an article of that day says 近日 or 日前)${date ? '; a month and day alone does not file a document under any year' : ''}`,
        `--date “${facts.date}”不是文件日期；应为 "2022"、"2022-02"、"2022-02-10"、"before 2022-02"、"by 2022-02-10"（该日报道时已发生）或 "shortly before 2022-02-10"（该日报道称“近日”“日前”）${date ? '；只有月日没有年份的日期无法归入任何年度' : ''}`,
      ),
    });
  if (!facts.date)
    problems.push({
      message: both(
        'the date of issue is missing: give --date (such as 2022-02-10, or 2022-02 or 2022 when only that is known, "shortly before 2022-02-10" for 近日 in an article of that day), or --date none when no source dates it',
        '缺少成文日期：请用 --date 给出（例如 2022-02-10；只知年月或年份时写 2022-02 或 2022；报道称“近日”时写 "shortly before 报道日期"）；没有任何来源注明日期时写 --date none',
      ),
    });
  if (!facts.title)
    problems.push({
      message: both(
        'the title is missing: give --title "关于……的决定" as printed',
        '缺少标题：请用 --title 给出印发的标题“关于……的决定”',
      ),
    });
  if (facts.issuers.length === 0)
    problems.push({
      message: both(
        'the issuer is missing: give --issuer with the id or the name of the issuing organisation (several, separated by commas, for a joint document)',
        '缺少发文单位：请用 --issuer 给出发文单位的标识或名称（联合发文时用逗号分隔）',
      ),
    });
  const issuers = facts.issuers
    .map((name, i) => organisationFor(name, `issuer${i + 1}`, undefined, 'issuer'))
    .filter((id): id is string => Boolean(id));
  const year = countingYear(facts.date, facts.cycleYear);

  // The document's id: chosen, else the document with the same number, else from the number or title.
  const sameNumber = facts.number
    ? archive.documents.find((d) => d.number === facts.number)
    : undefined;
  const id =
    facts.id ??
    sameNumber?.id ??
    (facts.number
      ? documentId(facts.number)
      : facts.title
        ? unnumberedDocumentId(facts.title, facts.date)
        : undefined);
  const existing = id ? archive.documents.find((d) => d.id === id) : undefined;
  const unrelated = existing && facts.id !== undefined && !sameDocument(existing, facts);
  if (unrelated && !facts.replace) {
    const what = [existing.number, existing.title].filter(Boolean).join(' ') || existing.id;
    const mine = [facts.number, facts.title].filter(Boolean).join(' ') || '(no number or title)';
    problems.push({
      message: both(
        `--id ${existing.id} names ${existing.file} (${what}), which is not the document of this import (${mine}): neither its number nor its title is the same, and writing would replace its number, date, title and list. To make a new document, give another --id (or none); to replace that one, run again with --replace`,
        `--id ${existing.id} 指向 ${existing.file}（${what}），与本次导入的文件（${mine}）文号和标题都不相同，写入将替换其文号、日期、标题和名单。如要新建文件，请换一个 --id（或不写）；如确要替换该文件，请加 --replace 重新运行`,
      ),
    });
  }
  // The same notice from another report (another date, or none of its number): one document, not two.
  const sameTitle =
    !facts.id && !existing && facts.title
      ? archive.documents.find(
          (d) =>
            d.title !== undefined &&
            normalText(d.title) === normalText(facts.title!) &&
            (d.year === undefined || year === undefined || d.year === year),
        )
      : undefined;
  if (sameTitle)
    problems.push({
      message: both(
        `the archive has a document of this title already: ${sameTitle.file}${sameTitle.number ? ` (${sameTitle.number})` : ''}. If this annex is its list, or part of it, run again with --id ${sameTitle.id} (its list becomes this annex's: include the studios it lists already); if it is another document, give its number with --number or another --id`,
        `档案中已有同名文件：${sameTitle.file}${sameTitle.number ? `（${sameTitle.number}）` : ''}。如本附件是该文件的名单（或其中一部分），请加 --id ${sameTitle.id} 重新运行（其名单将改为本附件的名单：请把它已列的工作室一并列入）；如是另一份文件，请用 --number 给出文号，或另用 --id`,
      ),
    });
  if (existing && existing.type !== IMPORT_KINDS[kind].type) {
    problems.push({
      message: both(
        `${existing.file} exists already and is a ${existing.type}, not a ${IMPORT_KINDS[kind].type}; choose another id with --id`,
        `${existing.file} 已存在，类型为 ${existing.type} 而不是 ${IMPORT_KINDS[kind].type}；请用 --id 另选标识`,
      ),
    });
  }

  // Rows.
  const rows: PlannedRow[] = [];
  const byTitle = new Map<string, PlannedRow[]>();
  for (const annex of annexRows) {
    const planned: PlannedRow = {
      row: annex.row,
      seq: annex.seq,
      title: annex.title ?? '',
      group: annex.group,
      status: 'new',
      reasons: [],
      notes: [],
    };
    rows.push(planned);
    const reason = (en: string, zh: string) => planned.reasons.push(both(en, zh));
    if (!annex.title) {
      reason('has no studio name', '没有工作室名称');
      planned.status = 'unusable';
      continue;
    }
    // Several studios in one cell, as a decision's prose lists them (甲工作室、乙工作室和丙工作室).
    if (SEVERAL_STUDIOS.test(annex.title)) {
      reason(
        `names several studios ("${annex.title}"); expected one studio per row: put each on a row of its own`,
        `一行中有多个工作室（“${annex.title}”）；每行只能写一个工作室：请分行填写`,
      );
      planned.status = 'unusable';
      continue;
    }
    const key = normalText(annex.title);
    const sameTitle = byTitle.get(key);
    if (sameTitle) sameTitle.push(planned);
    else byTitle.set(key, [planned]);

    // Level: the row's, else its group heading's, else the decision's.
    if (annex.level) {
      planned.level = readLevel(annex.level, level);
      if (!planned.level)
        reason(
          `level "${annex.level}" is not in the vocabulary; expected ${LEVEL_WORDS_SHOWN} (or ${STUDIO_LEVELS.join(', ')}); a column that is not the level: --map "<header>=ignore" with --level`,
          `级别“${annex.level}”不在词表中；应为 ${LEVEL_WORDS_SHOWN}（或 ${STUDIO_LEVELS.join(', ')}）；该列不是级别时：--map "表头=ignore" 并给出 --level`,
        );
    } else planned.level = annex.groupLevel ?? level;
    if (!annex.level && !planned.level)
      reason(
        'has no level: the annex gives none for this row; give --level (such as 市级 or municipal)',
        '没有级别：附件未写明此行的级别；请用 --level 给出（例如 市级 或 municipal）',
      );
    if (annex.funding) {
      planned.funding = readAmount(annex.funding);
      if (!planned.funding)
        reason(
          `funding "${annex.funding}" is not an amount; expected a number of 万元 such as 3, 3万元 or 2.5`,
          `资助“${annex.funding}”不是金额；应为万元数，例如 3、3万元 或 2.5`,
        );
    } else planned.funding = funding;
    planned.designation = annex.designation ?? facts.designation;

    const studioMatch = matchStudio(annex.title);
    const studio = resolve(
      studioMatch,
      String(annex.row),
      annex.row,
      'studio',
      annex.title,
      studioIds,
    );
    if (studio === undefined) planned.status = 'ambiguous';
    else if (studio !== 'new') {
      planned.status = 'matched';
      planned.studio = studio;
      planned.how = studioMatch.kind === 'matched' ? studioMatch.how : 'chosen';
      const page = studioById.get(studio);
      if (page && normalText(page.title.zh) !== key)
        planned.notes.push(`title on its page: ${page.title.zh}`);
    } else {
      // A new studio refers to its employer and leaders; a namesake is told apart by the employer.
      const employer = annex.employer
        ? organisationFor(annex.employer, `${annex.row}.employer`, annex.row, 'employer')
        : undefined;
      const leaders: string[] = [];
      const peopleBefore = newPeople.length;
      let open = false;
      leaderNames(annex.leader ?? '').forEach((name, i, all) => {
        const choiceKey = all.length > 1 ? `${annex.row}.leader${i + 1}` : `${annex.row}.leader`;
        const chosen = resolve(
          matchPerson(name, employer),
          choiceKey,
          annex.row,
          'leader',
          name,
          personIds,
        );
        if (chosen === undefined) return void (open = true);
        if (chosen !== 'new') return void leaders.push(chosen);
        const sameNew = newLeaderAt.get(leaderKey(name, employer));
        if (sameNew) return void leaders.push(sameNew.id);
        const id = personFreeId(personId(name), 'person');
        newPeople.push({ id, row: annex.row, data: { name } });
        leaders.push(id);
      });
      if (open || (annex.employer && !employer)) planned.status = 'ambiguous';
      else {
        const id = studioFreeId(studioId(annex.title), 'studio');
        const data: NewStudio['data'] = { title: annex.title };
        const studioKind = kindOfTitle(annex.title);
        if (studioKind) data.kind = studioKind;
        if (leaders[0]) data.leader = leaders[0];
        if (employer) data.employer = employer;
        if (annex.region) data.region = annex.region;
        if (leaders.length > 1)
          data.members = leaders.map((person) => ({ person, role: 'leader' as const }));
        newStudios.push({ id, row: annex.row, data });
        for (const person of newPeople.slice(peopleBefore))
          if (!newLeaderAt.has(leaderKey(person.data.name, employer)))
            newLeaderAt.set(leaderKey(person.data.name, employer), person);
        planned.studio = id;
        planned.status = 'new';
      }
    }
    if (planned.reasons.length) planned.status = 'unusable';
  }

  // Across rows: a studio listed twice, or named already at this level this year by another document.
  for (const [, same] of byTitle) {
    if (same.length < 2) continue;
    for (const row of same)
      row.reasons.push(
        both(
          `lists the same studio as row${same.length > 2 ? 's' : ''} ${rowList(
            same.filter((r) => r !== row),
            ', ',
          )}; expected each studio once`,
          `与第 ${rowList(
            same.filter((r) => r !== row),
            '、',
          )} 行是同一个工作室；每个工作室应只列一次`,
        ),
      );
  }
  const byStudio = Map.groupBy(
    rows.filter((r) => r.status === 'matched'),
    (r) => r.studio!,
  );
  for (const [studio, same] of byStudio) {
    if (same.length < 2 || byTitle.get(normalText(same[0]!.title))!.length === same.length)
      continue;
    for (const row of same)
      row.reasons.push(
        both(
          `names the studio ${studio} as row${same.length > 2 ? 's' : ''} ${rowList(
            same.filter((r) => r !== row),
            ', ',
          )} does; expected each studio once`,
          `与第 ${rowList(
            same.filter((r) => r !== row),
            '、',
          )} 行指向同一个工作室 ${studio}；每个工作室应只列一次`,
        ),
      );
  }
  if (kind === 'decision' && year !== undefined) {
    // Where each studio is named this year at each level already: another decision, else a recorded designation.
    const namedIn = new Map<string, string>();
    const namedKey = (studio: string | undefined, level: string | undefined) =>
      JSON.stringify([studio, level]);
    for (const d of archive.documents)
      if (d.id !== id && d.type === 'naming-decision' && d.year === year)
        for (const l of d.listed)
          if (!namedIn.has(namedKey(l.studio, l.level)))
            namedIn.set(namedKey(l.studio, l.level), d.file);
    const recordedIn = new Map<string, string>();
    for (const d of archive.designations)
      if (d.stage === 'named' && d.year === year && !recordedIn.has(namedKey(d.studio, d.level)))
        recordedIn.set(namedKey(d.studio, d.level), d.file);
    for (const row of rows.filter((r) => r.status === 'matched' && r.level)) {
      const key = namedKey(row.studio, row.level);
      const where = namedIn.get(key) ?? recordedIn.get(key);
      if (where)
        row.reasons.push(
          both(
            `${row.studio} is named at level ${row.level} in ${year} already, by ${where}; expected one naming per level and year (correct that file, or this annex)`,
            `${row.studio} 已于 ${year} 年度被命名为 ${row.level} 级，见 ${where}；同一级别同一年度只应命名一次（请更正该文件或本附件）`,
          ),
        );
    }
  }
  for (const row of rows) if (row.reasons.length) row.status = 'unusable';
  for (const row of rows)
    for (const message of row.reasons) problems.push({ row: row.row, message });
  if (annexRows.length === 0 && !tooMany)
    problems.push({ message: both('the annex lists no studio', '附件中没有列出工作室') });

  // Entries made for rows that cannot be used are not written.
  const usable = new Set(rows.filter((r) => r.status === 'new').map((r) => r.row));
  const keptStudios = newStudios.filter((s) => usable.has(s.row));
  const referenced = new Set(
    keptStudios.flatMap((s) => [
      s.data.leader,
      s.data.employer,
      ...(s.data.members ?? []).map((m) => m.person),
    ]),
  );
  for (const id of issuers) referenced.add(id);

  const listed: ListedRow[] = rows
    .filter((r) => (r.status === 'matched' || r.status === 'new') && r.level)
    .map((r) => ({
      studio: r.studio!,
      level: r.level!,
      ...(r.designation ? { designation: r.designation } : {}),
      ...(r.group ? { group: r.group } : {}),
      ...(r.funding ? { funding: r.funding } : {}),
    }));

  const factsOut: Record<string, unknown> = { type: IMPORT_KINDS[kind].type };
  if (facts.number) factsOut.number = facts.number;
  if (issuers[0]) factsOut.issuer = issuers[0];
  if (issuers.length > 1) factsOut.coIssuers = issuers.slice(1);
  // The date as the source gives it: a bound ("before", "by", "shortly before") is kept as one.
  if (date) factsOut.date = dateOfAnswer(date);
  if (facts.title) factsOut.title = facts.title;
  if (facts.addressees) factsOut.addressees = facts.addressees;
  if (
    kind !== 'commendation' &&
    facts.cycleYear !== undefined &&
    (facts.cycleFrom !== undefined || facts.cycleYear !== countingYear(facts.date, undefined))
  ) {
    factsOut.cycleYear = facts.cycleYear;
    if (facts.cycleFrom !== undefined) factsOut.cycleFrom = facts.cycleFrom;
  }
  if (kind !== 'commendation' && facts.batch) factsOut.batch = facts.batch;
  if (listSize !== undefined) factsOut.listSize = listSize;
  // The public source the list was read from (a union's page, a newspaper): the document's provenance.
  const source = facts.source;
  if (source && (source.url || source.publisher)) {
    const sourceDate = source.date ? readDateAnswer(source.date) : undefined;
    factsOut.sources = [
      {
        ...(source.publisher ? { publisher: source.publisher } : {}),
        ...(sourceDate ? { date: dateOfAnswer(sourceDate) } : {}),
        ...(source.url ? { url: source.url } : {}),
      },
    ];
  }

  if (id && !existing && !documentIds.has(id) && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
    problems.push({
      message: both(
        `the document id "${id}" is not lower-case letters, digits and hyphens; choose one with --id`,
        `文件标识“${id}”不是由小写字母、数字和连字符组成；请用 --id 指定`,
      ),
    });

  return {
    kind,
    documentId: id,
    documentExists: Boolean(existing),
    facts: factsOut,
    listed,
    rows,
    newStudios: keptStudios,
    newPeople: newPeople.filter((p) => referenced.has(p.id)),
    newOrganisations: newOrganisations.filter((o) => referenced.has(o.id)),
    ambiguities,
    problems,
    factSources: {},
  };
}
