/**
 * The site model: every collection indexed by id, and the facts derived from the documents
 * (designations, grades, pairings) and from the other collections (awards and news per studio
 * and person). Built once per build; pages only read it.
 */
import {
  documentBodies,
  hasPairings,
  isAssessmentNotice,
  isCommendation,
  isNamingDecision,
  isSelectionNotice,
} from '../../schemas/document.ts';
import type {
  Localized,
  PartialDate,
  Quantity,
  RecordedDate,
  Source,
} from '../../schemas/common.ts';
import type {
  AssessmentGrade,
  AssessmentOutcome,
  RecognitionRecipient,
  RecognitionScheme,
  RecognitionStage,
  StudioLevel,
} from '../../schemas/vocabulary.ts';
import type { ListSize } from '../../schemas/designation.ts';
import { awardStudios, byYearNewestFirst, type ResolvedAward } from './awards.ts';

export type { ResolvedAward } from './awards.ts';
import { chinaToday } from '../site/build-date.ts';
import { readVariable, type Environment } from '../site/environment.ts';
import {
  certainlyAfter,
  certainlyBy,
  compareDates,
  earliestDay,
  latestDay,
  latestKnownDay,
  yearOf,
  type IsoDay,
} from './dates.ts';
import { higherLevel } from './levels.ts';
import type { ContentSet, DataOf, Entry } from '../content/types.ts';

/** A recognition of a studio (a naming, a 公示, a commendation), with where it comes from. */
export interface StudioDesignation {
  studio: string;
  /** The level granted; undefined when the source states none (never inferred). */
  level?: StudioLevel;
  /** Only `named` makes a studio a named studio, and only in the union scheme and of the studio itself. */
  stage: RecognitionStage;
  /** Who made it: a union, or another body (人社 skill-master studios and others), which is never counted as a naming. */
  scheme: RecognitionScheme;
  /** The studio itself, or a team of it (创新团队), which is never counted as a studio naming. */
  recipient: RecognitionRecipient;
  /** The name the source gives the recipient, when it differs from the studio's title today. */
  namedAs?: Localized;
  /** The size of the list it was made in, as each source states it (several when sources disagree). */
  listSizes: ListSize[];
  /** The designation as worded, when the source words it. */
  designation?: Localized;
  /** When, at the precision known (a month and day with no year included); undefined when the source does not say. */
  date?: RecordedDate;
  /** The cycle year (年度), when stated apart from the date; the last year of a cycle of several. */
  cycleYear?: number;
  /** The first year of a cycle of several years (2012 of 2012-2013年度). */
  cycleFrom?: number;
  /** Issuing bodies, joint issuers included; empty when only a source is known. */
  issuers: string[];
  batch?: Localized;
  group?: Localized;
  funding?: Quantity;
  /** The document in the archive that made it, if any. */
  documentId?: string;
  /** The published source, for recognitions without a document here. */
  source?: Source;
  /** When an assessment revoked it, if one did (undefined, with revokedBy set, when the notice is undated). */
  revokedOn?: PartialDate;
  /** The notice that revoked it: set for every revocation, dated or not. */
  revokedBy?: string;
}

/** An award with its competition's level, family and organiser, which are defined once on the competition. */

/** An assessment result of a studio, with its notice. */
export interface StudioAssessment {
  studio: string;
  documentId: string;
  /** Its notice's date; undefined when the notice is undated. */
  date?: PartialDate;
  cycle: string;
  issuer: string;
  /** Undefined when the notice names the studio as assessed but publishes no result. */
  grade?: AssessmentGrade;
  score?: number;
  /** Retained when graded and the notice states nothing else; undefined when no result was published. */
  outcome?: AssessmentOutcome;
}

/**
 * What an assessment result means for the studio: as stated; retained when graded and the notice
 * states nothing else (a notice names only what it changes); unknown when no result was published.
 */
export const assessmentOutcome = (row: {
  grade?: AssessmentGrade;
  outcome?: AssessmentOutcome;
}): AssessmentOutcome | undefined => row.outcome ?? (row.grade ? 'retained' : undefined);

/** A pairing a studio takes part in, with its notice. */
export interface StudioPairing {
  documentId: string;
  /** Its document's date; undefined when the document is undated (a list read out at a ceremony). */
  date?: PartialDate;
  index: number;
  studios: string[];
  kind: 'pair' | 'alliance' | 'incubation';
  topic?: Localized;
  jointProjects?: Quantity;
}

export type Indexed<K extends keyof ContentSet> = Map<string, Entry<DataOf<K>>>;

export interface SiteModel {
  content: ContentSet;
  organisations: Indexed<'organisations'>;
  people: Indexed<'people'>;
  studios: Indexed<'studios'>;
  documents: Indexed<'documents'>;
  documentTranslations: Indexed<'documentTranslations'>;
  competitions: Indexed<'competitions'>;
  awards: Map<string, Entry<ResolvedAward>>;
  topics: Indexed<'topics'>;
  /** Report narratives by `<zh|en>/<year>`. */
  reports: Indexed<'reports'>;
  figuresByStudio: Map<string, Entry<DataOf<'figures'>>>;
  settings: DataOf<'settings'>;
  designationsByStudio: Map<string, StudioDesignation[]>;
  assessmentsByStudio: Map<string, StudioAssessment[]>;
  pairings: StudioPairing[];
  pairingsByStudio: Map<string, StudioPairing[]>;
  awardsByStudio: Map<string, Entry<ResolvedAward>[]>;
  awardsByPerson: Map<string, Entry<ResolvedAward>[]>;
  /** The achievements register by id, and its entries per studio and per person (newest first), and the awards won per achievement. */
  achievements: Indexed<'achievements'>;
  achievementsByStudio: Map<string, Entry<DataOf<'achievements'>>[]>;
  achievementsByPerson: Map<string, Entry<DataOf<'achievements'>>[]>;
  awardsByAchievement: Map<string, Entry<ResolvedAward>[]>;
  /** Chinese articles by slug, and their English versions by slug. */
  newsZh: Map<string, Entry<DataOf<'news'>>>;
  newsEn: Map<string, Entry<DataOf<'news'>>>;
  /** Chinese article slugs per studio, newest first. */
  newsByStudio: Map<string, string[]>;
  newsByPerson: Map<string, string[]>;
  /** Studios a person leads or belongs to. */
  studiosByPerson: Map<string, string[]>;
  /** The publishing date of this build: "now" for current levels and counts. */
  asOf: IsoDay;
}

const byId = <T>(entries: Entry<T>[]) => new Map(entries.map((entry) => [entry.id, entry]));

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const byDateDesc = (a: { date: string }, b: { date: string }) => b.date.localeCompare(a.date);
const byPartialDateAsc = (a: { date?: RecordedDate }, b: { date?: RecordedDate }) =>
  compareDates(a.date, b.date);

/**
 * Today in China (the publisher's time zone), as YYYY-MM-DD; `STUDIO_BUILD_DATE` overrides it and
 * must be a real date (src/lib/site/build-date.ts), else this throws. scripts/build.ts fixes it once
 * and hands it to Astro's process, so that both agree however long the build takes.
 */
export function publishingDate(env?: Environment): string {
  return readVariable('STUDIO_BUILD_DATE', env) ?? chinaToday();
}

/** Whether an entry waits: a draft, or dated after the publishing date. */
export const isUnpublished = (
  data: { draft?: boolean; date?: string | PartialDate },
  today: string,
): boolean =>
  data.draft === true ||
  (data.date !== undefined &&
    (typeof data.date === 'string' ? data.date : data.date.before ? '' : data.date.value) > today);

/**
 * The entries a build publishes. Drafts and entries dated in the future (news, documents,
 * reports) are kept only when `includeDrafts` (the dev server), where pages mark them.
 */
export function publishedOnly(
  content: ContentSet,
  includeDrafts: boolean,
  today = publishingDate(),
): ContentSet {
  if (includeDrafts) return content;
  const waiting = new Set(
    content.news
      .filter((entry) => entry.id.startsWith('zh/') && isUnpublished(entry.data, today))
      .map((entry) => entry.id.slice(3)),
  );
  return {
    ...content,
    // An English version waits with its Chinese original.
    news: content.news.filter(
      (entry) => !isUnpublished(entry.data, today) && !waiting.has(entry.id.slice(3)),
    ),
    documents: content.documents.filter((entry) => !isUnpublished(entry.data, today)),
    reports: content.reports.filter((entry) => !isUnpublished(entry.data, today)),
  };
}

/** The studios of a recognition list (named, selected, commended) as recognitions of one stage. */
function recognitionsOf(entry: Entry<DataOf<'documents'>>): StudioDesignation[] {
  const doc = entry.data;
  const common = { date: doc.date, issuers: documentBodies(doc), documentId: entry.id };
  const cycle =
    isNamingDecision(doc) || isSelectionNotice(doc)
      ? { cycleYear: doc.cycleYear, cycleFrom: doc.cycleFrom, batch: doc.batch }
      : {};
  const rows = isNamingDecision(doc)
    ? doc.named.map((row) => ({ ...row, stage: 'named' as const }))
    : isSelectionNotice(doc)
      ? doc.selected.map((row) => ({ ...row, stage: 'publicised' as const }))
      : isCommendation(doc)
        ? doc.commended.map((row) => ({ ...row, stage: 'commended' as const }))
        : [];
  return rows.map((row) => ({
    ...common,
    ...cycle,
    studio: row.studio,
    level: row.level,
    stage: row.stage,
    // A union's document names studios: the union scheme, the studio itself.
    scheme: 'union' as const,
    recipient: 'studio' as const,
    listSizes: [],
    designation: row.designation,
    group: row.group,
    funding: row.funding,
  }));
}

/** Awards with the level, family and organiser of their competition. */
function resolveAwards(content: ContentSet): Entry<ResolvedAward>[] {
  const competitions = byId(content.competitions);
  return content.awards.flatMap((entry) => {
    const competition = competitions.get(entry.data.competition)?.data;
    // An award whose competition is missing is reported by the validator; the model leaves it out.
    if (!competition) return [];
    const { competition: competitionId, ...rest } = entry.data;
    return [
      {
        ...entry,
        data: {
          ...rest,
          competitionId,
          competition: competition.name,
          level: competition.level,
          family: competition.family,
          organiser: competition.organiser,
        },
      },
    ];
  });
}

/** The performance mark left each time a model is built. */
export const MODEL_BUILT_MARK = 'studio:model-built';

export function buildModel(content: ContentSet, asOf: IsoDay = publishingDate()): SiteModel {
  const documents = byId(content.documents);
  const sortedDocs = content.documents
    .map((entry) => ({ entry, date: entry.data.date }))
    .toSorted(byPartialDateAsc);

  const designationsByStudio = new Map<string, StudioDesignation[]>();
  for (const { entry } of sortedDocs)
    for (const recognition of recognitionsOf(entry))
      push(designationsByStudio, recognition.studio, recognition);
  for (const entry of content.designations) {
    const d = entry.data;
    push(designationsByStudio, d.studio, {
      studio: d.studio,
      level: d.level,
      stage: d.stage,
      scheme: d.scheme,
      recipient: d.recipient,
      namedAs: d.namedAs,
      listSizes: d.listSizes,
      designation: d.designation,
      date: d.date,
      cycleYear: d.cycleYear,
      cycleFrom: d.cycleFrom,
      issuers: d.issuers,
      batch: d.batch,
      funding: d.funding,
      source: d.source,
    });
  }

  const assessmentsByStudio = new Map<string, StudioAssessment[]>();
  const pairings: StudioPairing[] = [];
  for (const { entry } of sortedDocs) {
    const doc = entry.data;
    if (isAssessmentNotice(doc)) {
      for (const row of doc.results) {
        push(assessmentsByStudio, row.studio, {
          studio: row.studio,
          documentId: entry.id,
          date: doc.date,
          cycle: doc.cycle,
          issuer: doc.issuer,
          grade: row.grade,
          score: row.score,
          outcome: assessmentOutcome(row),
        });
        // A revocation ends every earlier naming the same issuer granted (alone or jointly).
        if (row.outcome === 'revoked') {
          for (const designation of designationsByStudio.get(row.studio) ?? []) {
            // An undated notice cannot be placed before or after a naming: it ends each one of its issuer.
            // A naming with no year is placed no better than an undated one.
            const namedBy = designation.date && latestKnownDay(designation.date);
            const earlier = namedBy === undefined || !doc.date || namedBy <= latestDay(doc.date);
            if (
              isUnionNaming(designation) &&
              designation.issuers.includes(doc.issuer) &&
              earlier &&
              !designation.revokedBy
            ) {
              if (doc.date) designation.revokedOn = doc.date;
              designation.revokedBy = entry.id;
            }
          }
        }
      }
    }
    if (hasPairings(doc)) {
      doc.pairings.forEach((pairing, index) =>
        pairings.push({ documentId: entry.id, date: doc.date, index, ...pairing }),
      );
    }
  }
  for (const list of designationsByStudio.values()) list.sort(byPartialDateAsc);

  const pairingsByStudio = new Map<string, StudioPairing[]>();
  for (const pairing of pairings)
    for (const studio of pairing.studios) push(pairingsByStudio, studio, pairing);

  const awards = resolveAwards(content);
  const awardsByStudio = new Map<string, Entry<ResolvedAward>[]>();
  const awardsByPerson = new Map<string, Entry<ResolvedAward>[]>();
  const sortedAwards = awards.toSorted(
    (a, b) => byYearNewestFirst(a.data, b.data) || compareDates(b.data.date, a.data.date),
  );
  for (const award of sortedAwards) {
    const studios = awardStudios(award.data);
    const people = new Set<string>();
    for (const recipient of award.data.recipients) {
      if (recipient.type === 'person') people.add(recipient.person);
      if (recipient.type === 'team') recipient.members.forEach((id) => people.add(id));
    }
    studios.forEach((id) => push(awardsByStudio, id, award));
    people.forEach((id) => push(awardsByPerson, id, award));
  }

  const achievementsByStudio = new Map<string, Entry<DataOf<'achievements'>>[]>();
  const achievementsByPerson = new Map<string, Entry<DataOf<'achievements'>>[]>();
  for (const entry of content.achievements.toSorted(
    (a, b) => compareDates(b.data.date, a.data.date) || a.id.localeCompare(b.id),
  )) {
    entry.data.studios.forEach((id) => push(achievementsByStudio, id, entry));
    entry.data.people.forEach((id) => push(achievementsByPerson, id, entry));
  }
  const awardsByAchievement = new Map<string, Entry<ResolvedAward>[]>();
  for (const award of sortedAwards)
    if (award.data.achievementId) push(awardsByAchievement, award.data.achievementId, award);

  const newsZh = new Map<string, Entry<DataOf<'news'>>>();
  const newsEn = new Map<string, Entry<DataOf<'news'>>>();
  for (const entry of content.news)
    (entry.id.startsWith('en/') ? newsEn : newsZh).set(entry.id.slice(3), entry);
  const newsByStudio = new Map<string, string[]>();
  const newsByPerson = new Map<string, string[]>();
  for (const [slug, entry] of [...newsZh].toSorted((a, b) => byDateDesc(a[1].data, b[1].data))) {
    entry.data.studios.forEach((id) => push(newsByStudio, id, slug));
    entry.data.people.forEach((id) => push(newsByPerson, id, slug));
  }

  const studiosByPerson = new Map<string, string[]>();
  for (const studio of content.studios) {
    const people = new Set<string>(studio.data.leader ? [studio.data.leader] : []);
    studio.data.members.forEach((member) => member.person && people.add(member.person));
    people.forEach((id) => push(studiosByPerson, id, studio.id));
  }

  const settings = content.settings[0];
  if (!settings) throw new Error('content/settings/site.yaml is missing');

  // One model per build (scripts/build.ts hands it to Astro's process): the mark lets a profile, and
  // test/build/one-parse.test.ts, count the models each process builds.
  performance.mark(MODEL_BUILT_MARK);
  performance.clearMarks(MODEL_BUILT_MARK); // observers have it; the timeline keeps none
  return {
    content,
    organisations: byId(content.organisations),
    people: byId(content.people),
    studios: byId(content.studios),
    documents,
    documentTranslations: byId(content.documentTranslations),
    competitions: byId(content.competitions),
    awards: byId(awards),
    topics: byId(content.topics),
    reports: byId(content.reports),
    figuresByStudio: new Map(content.figures.map((entry) => [entry.data.studio, entry])),
    settings: settings.data,
    designationsByStudio,
    assessmentsByStudio,
    pairings,
    pairingsByStudio,
    awardsByStudio,
    awardsByPerson,
    achievements: byId(content.achievements),
    achievementsByStudio,
    achievementsByPerson,
    awardsByAchievement,
    newsZh,
    newsEn,
    newsByStudio,
    newsByPerson,
    studiosByPerson,
    asOf,
  };
}

/** The year a naming counts in for yearly figures: its cycle year (年度) when stated, else the year of its date. */
export const namingYear = (designation: StudioDesignation): number | undefined =>
  designation.cycleYear ?? yearOf(designation.date);

/**
 * Whether a recognition is a union naming: the one predicate behind every count of named studios
 * (standing, levels, yearly namings, reports). Other recognitions are shown, never counted as namings:
 * a 公示, a commendation, funding (重点支持), a title from a body that is not a union (人社 skill-master
 * studios), and a recognition of a team rather than the studio (创新团队).
 */
export const isUnionNaming = (designation: StudioDesignation): boolean =>
  designation.stage === 'named' &&
  designation.scheme === 'union' &&
  designation.recipient === 'studio';

/** Every union naming of every studio. */
export const allNamings = (model: SiteModel): StudioDesignation[] =>
  [...model.designationsByStudio.values()].flat().filter(isUnionNaming);

/** How a studio's end (merger or revocation recorded on the studio) is dated: its own date, else its document's. */
function statusEnd(
  model: SiteModel,
  studio: string,
): { date?: PartialDate; document?: string } | undefined {
  const data = model.studios.get(studio)?.data;
  if (!data || data.status === 'active') return undefined;
  if (data.statusDate || data.statusDocument) {
    const document = data.statusDocument;
    return {
      date: data.statusDate ?? (document ? model.documents.get(document)?.data.date : undefined),
      document,
    };
  }
  // A revocation by an assessment notice in the archive dates itself.
  const revocation =
    data.status === 'revoked'
      ? (model.designationsByStudio.get(studio) ?? []).filter((d) => d.revokedBy).at(-1)
      : undefined;
  return revocation ? { date: revocation.revokedOn, document: revocation.revokedBy } : {};
}

/**
 * Whether a dated event counts as having happened on a day. For "now" (the publishing date) an
 * event in the archive has happened unless it is certainly later (a naming of "2026" counts in a
 * build of November 2026); for a past day (a year end) only when it certainly happened by then.
 */
const happened = (date: RecordedDate | undefined, day: IsoDay, now: boolean): boolean =>
  date === undefined ? now : now ? !certainlyAfter(date, day) : certainlyBy(date, day);

/**
 * Namings a studio holds on a day (the publishing date by default): named by then (an undated
 * naming counts only "now"), not revoked by then, and the studio not merged or revoked by then.
 */
export function activeDesignations(
  model: SiteModel,
  studio: string,
  onDay?: IsoDay,
): StudioDesignation[] {
  const now = onDay === undefined;
  const day = onDay ?? model.asOf;
  const end = statusEnd(model, studio);
  // A studio ended without a date is known to be ended now; when is not known, so it counts on no past day either.
  if (end && (!end.date || happened(end.date, day, now))) return [];
  return (model.designationsByStudio.get(studio) ?? []).filter(
    // An undated revocation is known to hold now; when it began is not known, so it holds on every day.
    (d) =>
      isUnionNaming(d) &&
      happened(d.date, day, now) &&
      !(d.revokedBy && (!d.revokedOn || happened(d.revokedOn, day, now))),
  );
}

/**
 * The namings by which a studio may have been in force on a past day without certainly being so:
 * each not certainly made after the day (dated only by a bound the day falls within, "before
 * 2016-06-24", a month, a year, "shortly before" an article within SHORTLY_BEFORE_DAYS of it; or of
 * no date at all), of a cycle year begun by then, not certainly revoked by then, the studio not
 * certainly ended by then. A revocation or an end of no date is known to have come by the
 * publishing date, and may have come after any earlier day. The same rules as activeDesignations,
 * with "possibly" for "certainly"; while a studio not counted has one, that day's count is a
 * lower bound.
 */
export function possibleNamings(
  model: SiteModel,
  studio: string,
  day: IsoDay,
): StudioDesignation[] {
  const over = (date: RecordedDate | undefined) =>
    date === undefined ? model.asOf <= day : certainlyBy(date, day);
  const end = statusEnd(model, studio);
  if (end && over(end.date)) return [];
  return (model.designationsByStudio.get(studio) ?? []).filter(
    (d) =>
      isUnionNaming(d) &&
      !certainlyAfter(d.date, day) &&
      // A naming of a cycle (年度) is not made before the cycle begins.
      !(d.cycleYear !== undefined && day < `${d.cycleFrom ?? d.cycleYear}-01-01`) &&
      !(d.revokedBy && over(d.revokedOn)),
  );
}

/** The highest level a studio holds on a day (the publishing date by default), counted once per studio in level figures. */
export function highestLevel(
  model: SiteModel,
  studio: string,
  onDay?: IsoDay,
): StudioLevel | undefined {
  return bestLevel(activeDesignations(model, studio, onDay).map((d) => d.level));
}

/** The highest of the levels stated; a recognition whose source states no level adds none. */
export const bestLevel = (levels: Array<StudioLevel | undefined>) =>
  levels.reduce<StudioLevel | undefined>(
    (best, level) => (level === undefined ? best : best ? higherLevel(best, level) : level),
    undefined,
  );

/**
 * Where a studio stands now, from its whole history: named (with its level), revoked or merged
 * (with the level it held, the date and the document), only publicised (公示), or with no naming
 * recorded in the archive. Never "not named" for a studio that was.
 */
export type StudioStanding =
  | {
      status: 'named';
      /** Undefined when no source of its namings states a level. */ level?: StudioLevel;
    }
  | {
      status: 'revoked' | 'merged';
      formerLevel?: StudioLevel;
      date?: PartialDate;
      document?: string;
      mergedInto?: string;
    }
  | { status: 'publicised'; level: StudioLevel }
  | { status: 'unrecorded' };

export function studioStanding(model: SiteModel, studio: string): StudioStanding {
  const active = activeDesignations(model, studio);
  if (active.length > 0) {
    const level = bestLevel(active.map((d) => d.level));
    return level ? { status: 'named', level } : { status: 'named' };
  }
  const history = model.designationsByStudio.get(studio) ?? [];
  const formerLevel = bestLevel(history.filter(isUnionNaming).map((d) => d.level));
  const data = model.studios.get(studio)?.data;
  const end = statusEnd(model, studio);
  if (data && end)
    return {
      status: data.status === 'merged' ? 'merged' : 'revoked',
      formerLevel,
      date: end.date,
      document: end.document,
      mergedInto: data.mergedInto,
    };
  const revocation = history.filter((d) => d.revokedBy).at(-1);
  if (revocation)
    return {
      status: 'revoked',
      formerLevel,
      date: revocation.revokedOn,
      document: revocation.revokedBy,
    };
  const publicised = bestLevel(history.filter((d) => d.stage === 'publicised').map((d) => d.level));
  if (publicised) return { status: 'publicised', level: publicised };
  return { status: 'unrecorded' };
}

/**
 * The years a naming can fall in, by what is known: its cycle year (or its date's year) when
 * stated; a bound alone ("before 2016-06") gives only a last year; no date and no year, none.
 */
function possibleYears(designation: StudioDesignation): { from: number; to: number } {
  const year = namingYear(designation);
  if (year !== undefined) return { from: year, to: year };
  const latest = designation.date && latestKnownDay(designation.date);
  return { from: -Infinity, to: latest ? Number(latest.slice(0, 4)) : Infinity };
}

/** Whether a naming certainly came no later than another: by their years, or by their dates where both are known. */
function certainlyNoLater(a: StudioDesignation, b: StudioDesignation): boolean {
  if (possibleYears(a).to < possibleYears(b).from) return true;
  const latest = a.date && latestKnownDay(a.date);
  const earliest = b.date && earliestDay(b.date);
  return latest !== undefined && earliest !== undefined && latest <= earliest;
}

/**
 * The first union naming of a studio: the one that certainly came no later than every other (a
 * dated naming years earlier comes before one known only by its cycle year). Undefined when none
 * is recorded, or when what the sources say does not settle which came first (never decided by
 * the order of files).
 */
export function firstNaming(model: SiteModel, studio: string): StudioDesignation | undefined {
  const namings = (model.designationsByStudio.get(studio) ?? []).filter(isUnionNaming);
  return namings.find((naming) =>
    namings.every((other) => other === naming || certainlyNoLater(naming, other)),
  );
}

/**
 * The year a studio was first named, when what is known settles it: every naming's possible years
 * agree on the earliest (two namings of the same year settle the year, whichever came first).
 */
export function firstNamingYear(model: SiteModel, studio: string): number | undefined {
  const years = (model.designationsByStudio.get(studio) ?? [])
    .filter(isUnionNaming)
    .map(possibleYears);
  if (years.length === 0) return undefined;
  const earliest = Math.min(...years.map((y) => y.from));
  const latest = Math.min(...years.map((y) => y.to));
  return earliest === latest ? latest : undefined;
}
