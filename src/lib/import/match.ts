/**
 * Finding the archive's entries an annex row names: studios by their title with the differences
 * that do not make another studio (full- and half-width forms, spaces, brackets, 工作室 suffix
 * variants), organisations by full or short name, people by name (and employer, when two share one).
 * An exact title is a match; a suffix variant is a match only when one of the two titles uses the
 * generic suffix (赵鹏达工作室 ↔ 赵鹏达劳模创新工作室). Anything less certain is a choice for the editor.
 * Each matcher indexes the archive once (…Matcher), so that an annex of many rows is matched in
 * time proportional to its rows, not rows × archive.
 */
import type { Localized } from '../../schemas/common.ts';
import { INVISIBLE_CHARACTER } from '../content/content-limits.ts';

/** A candidate entry, with the words shown to the editor. */
export interface Candidate {
  id: string;
  label: string;
}

export type MatchResult =
  | { kind: 'matched'; id: string; how: 'title' | 'suffix-variant' | 'employer-prefix' | 'name' }
  | { kind: 'new' }
  | { kind: 'ambiguous'; candidates: Candidate[] };

const BRACKETS = /[()[\]{}（）【】〔〕［］｛｝「」『』《》〈〉<>“”"'‘’`·・]/g;
/** Every invisible character, once compiled: normalText runs for each row against each candidate. */
const INVISIBLE_CHARACTERS = new RegExp(INVISIBLE_CHARACTER.source, 'gu');

/** Text as compared: half-width (NFKC), lower case, without spaces, invisible characters and bracket characters (their words are kept). */
export const normalText = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(INVISIBLE_CHARACTERS, '')
    .replace(BRACKETS, '');

/** Studio-title endings, longest first; the generic ones name no kind of studio. */
const SUFFIXES = [
  '劳模和工匠人才创新工作室',
  '劳模工匠人才创新工作室',
  '劳模创新工作室',
  '职工创新工作室',
  '工匠创新工作室',
  '技能大师工作室',
  '职工科技创新英才工作室',
  '创新工作室',
  '工作室',
];
const GENERIC = new Set(['', '创新工作室', '工作室']);

/** A title cut into what it names (its stem) and its suffix. */
export function titleParts(title: string): { stem: string; suffix: string } {
  const text = normalText(title);
  const suffix = SUFFIXES.find((s) => text.endsWith(s)) ?? '';
  return { stem: text.slice(0, text.length - suffix.length), suffix };
}

/** The kind of studio a title names by its suffix, when it is one of the known kinds (src/schemas/vocabulary.ts STUDIO_KINDS). */
export function kindOfTitle(
  title: string,
):
  | 'model-worker'
  | 'employee'
  | 'model-worker-craftsman'
  | 'craftsman'
  | 'science-talent'
  | undefined {
  const { suffix } = titleParts(title);
  if (suffix === '劳模创新工作室') return 'model-worker';
  if (suffix === '职工创新工作室') return 'employee';
  if (suffix === '劳模和工匠人才创新工作室') return 'model-worker-craftsman';
  if (suffix === '工匠创新工作室') return 'craftsman';
  if (suffix === '职工科技创新英才工作室') return 'science-talent';
  return undefined;
}

const texts = (value: Localized | undefined): string[] =>
  value ? [value.zh, value.en].filter((t): t is string => Boolean(t)) : [];

export interface ArchiveStudio {
  id: string;
  title: Localized;
  /** The organisation it belongs to, when its file says. */
  employer?: string;
}
export interface ArchiveOrganisation {
  id: string;
  name?: Localized;
  shortName?: Localized;
}
export interface ArchivePerson {
  id: string;
  name: Localized;
  employer?: string;
}

/** Entries by a key of each of their texts, each entry once per key. */
function indexBy<T>(entries: T[], keys: (entry: T) => string[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const entry of entries)
    for (const key of new Set(keys(entry))) {
      const same = index.get(key);
      if (same) same.push(entry);
      else index.set(key, [entry]);
    }
  return index;
}

/**
 * Finds the studio a title names, among `studios`. A title that puts an organisation's name (full
 * or short) before the studio's own (中铁山桥集团有限公司刘建国创新工作室, as news lists print them) is
 * the studio of that title at that organisation, when one is (the content check holds the two to be
 * one studio: src/lib/validation/names.ts).
 */
export function studioMatcher(
  studios: ArchiveStudio[],
  organisations: ArchiveOrganisation[] = [],
): (title: string) => MatchResult {
  const byText = indexBy(studios, (studio) => texts(studio.title).map(normalText));
  const byStem = indexBy(studios, (studio) => texts(studio.title).map((t) => titleParts(t).stem));
  const organisationsByName = indexBy(organisations, (o) =>
    [...texts(o.name), ...texts(o.shortName)].map(normalText).filter(Boolean),
  );
  const longestName = Math.max(0, ...[...organisationsByName.keys()].map((name) => name.length));
  const studioById = new Map(studios.map((studio) => [studio.id, studio]));
  const label = (studio: ArchiveStudio) => ({ id: studio.id, label: studio.title.zh });
  const variant = (studio: ArchiveStudio, suffix: string) =>
    GENERIC.has(titleParts(studio.title.zh).suffix) || GENERIC.has(suffix);
  const byTitle = (title: string): MatchResult => {
    const exact = byText.get(normalText(title)) ?? [];
    if (exact.length === 1) return { kind: 'matched', id: exact[0]!.id, how: 'title' };
    if (exact.length > 1) return { kind: 'ambiguous', candidates: exact.map(label) };
    const parts = titleParts(title);
    if (!parts.stem) return { kind: 'new' };
    const sameStem = byStem.get(parts.stem) ?? [];
    if (sameStem.length === 0) return { kind: 'new' };
    if (sameStem.length === 1 && variant(sameStem[0]!, parts.suffix))
      return { kind: 'matched', id: sameStem[0]!.id, how: 'suffix-variant' };
    return { kind: 'ambiguous', candidates: sameStem.map(label) };
  };
  /** The studios at an organisation whose name begins the title, of the title's rest; each prefix tried once. */
  const byEmployerPrefix = (title: string): ArchiveStudio[] => {
    const text = normalText(title);
    const found = new Map<string, ArchiveStudio>();
    for (let length = Math.min(longestName, text.length - 1); length > 0; length -= 1) {
      const rest = text.slice(length);
      // The rest must name a studio of its own, not only a kind (中铁四局职工创新工作室 is the employer's own).
      if (!titleParts(rest).stem) continue;
      for (const organisation of organisationsByName.get(text.slice(0, length)) ?? []) {
        const result = byTitle(rest);
        const candidates =
          result.kind === 'matched'
            ? [result.id]
            : result.kind === 'ambiguous'
              ? result.candidates.map((c) => c.id)
              : [];
        for (const id of candidates) {
          const studio = studioById.get(id);
          if (studio?.employer === organisation.id) found.set(studio.id, studio);
        }
      }
    }
    return [...found.values()];
  };
  return (title) => {
    const result = byTitle(title);
    if (result.kind !== 'new') return result;
    const prefixed = byEmployerPrefix(title);
    if (prefixed.length === 1)
      return { kind: 'matched', id: prefixed[0]!.id, how: 'employer-prefix' };
    if (prefixed.length > 1) return { kind: 'ambiguous', candidates: prefixed.map(label) };
    return result;
  };
}

/** The studio a title names. */
export const matchStudio = (
  title: string,
  studios: ArchiveStudio[],
  organisations: ArchiveOrganisation[] = [],
): MatchResult => studioMatcher(studios, organisations)(title);

/** Finds the organisation a name (full or short) names, among `organisations`. */
export function organisationMatcher(
  organisations: ArchiveOrganisation[],
): (name: string) => MatchResult {
  const byName = indexBy(organisations, (o) =>
    [...texts(o.name), ...texts(o.shortName)].map(normalText),
  );
  return (name) => {
    const found = byName.get(normalText(name)) ?? [];
    if (found.length === 1) return { kind: 'matched', id: found[0]!.id, how: 'name' };
    if (found.length > 1)
      return {
        kind: 'ambiguous',
        candidates: found.map((o) => ({ id: o.id, label: (o.name ?? o.shortName)!.zh })),
      };
    return { kind: 'new' };
  };
}

/** The organisation a name (full or short) names. */
export const matchOrganisation = (
  name: string,
  organisations: ArchiveOrganisation[],
): MatchResult => organisationMatcher(organisations)(name);

/**
 * Finds the person a name names, among `people`. Namesakes are common: a person whose page gives
 * another employer than the row's is a candidate, not a match; among several namesakes the one at
 * the row's employer is the match.
 */
export function personMatcher(
  people: ArchivePerson[],
): (name: string, employer: string | undefined) => MatchResult {
  const byName = indexBy(people, (p) => texts(p.name).map(normalText));
  const label = (p: ArchivePerson) => ({
    id: p.id,
    label: `${p.name.zh}${p.employer ? ` (${p.employer})` : ''}`,
  });
  return (name, employer) => {
    const found = byName.get(normalText(name)) ?? [];
    if (found.length === 0) return { kind: 'new' };
    const atEmployer = employer ? found.filter((p) => p.employer === employer) : [];
    if (atEmployer.length === 1) return { kind: 'matched', id: atEmployer[0]!.id, how: 'name' };
    if (found.length === 1 && (!found[0]!.employer || !employer))
      return { kind: 'matched', id: found[0]!.id, how: 'name' };
    return { kind: 'ambiguous', candidates: found.map(label) };
  };
}

/** The person a name names (see personMatcher). */
export const matchPerson = (
  name: string,
  people: ArchivePerson[],
  employer: string | undefined,
): MatchResult => personMatcher(people)(name, employer);

/**
 * Names in a leader cell: 张三、李四 / 张三，李四 / 张三 李四. A two-character name padded to the
 * width of three (王　伟, as lists align them) is one name.
 */
export function leaderNames(cell: string): string[] {
  return cell
    .split(/[、,，;；/／]+/)
    .flatMap((part) => {
      const pieces = part
        .trim()
        .split(/[\s\u3000]+/)
        .filter(Boolean);
      const chinese = pieces.every((piece) => /^[\u3400-\u9fff·]+$/.test(piece));
      if (!chinese) return [pieces.join(' ')];
      return pieces.every((piece) => piece.length === 1) ? [pieces.join('')] : pieces;
    })
    .filter(Boolean);
}
