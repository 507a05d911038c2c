/**
 * The site model: every collection indexed by id, and the facts derived from the documents
 * (designations, grades, pairings) and from the other collections (awards and news per studio
 * and person). Built once per build; pages only read it.
 */
import type { Award } from '../schemas/award.ts';
import { hasPairings, isAssessmentNotice, isNamingDecision } from '../schemas/document.ts';
import type { Localized, Quantity } from '../schemas/common.ts';
import type { AssessmentGrade, StudioLevel } from '../schemas/vocabulary.ts';
import { chinaToday, parseBuildDate } from './build-date.ts';
import { higherLevel } from './levels.ts';
import type { ContentSet, DataOf, Entry } from './types.ts';

/** A designation held by a studio, with where it comes from. */
export interface StudioDesignation {
  studio: string;
  level: StudioLevel;
  designation: Localized;
  date: string;
  namedBy: string;
  funding?: Quantity;
  /** The document in the archive that made it, if any. */
  documentId?: string;
  /** The published source, for designations without a document here. */
  source?: DataOf<'designations'>['source'];
  /** The date an assessment revoked it, if one did. */
  revokedOn?: string;
  revokedBy?: string;
}

/** An assessment result of a studio, with its notice. */
export interface StudioAssessment {
  studio: string;
  documentId: string;
  date: string;
  cycle: string;
  issuer: string;
  grade: AssessmentGrade;
  score?: number;
  outcome: 'retained' | 'rectify' | 'revoked';
}

/** A pairing a studio takes part in, with its notice. */
export interface StudioPairing {
  documentId: string;
  date: string;
  index: number;
  studios: string[];
  kind: 'pair' | 'alliance' | 'incubation';
  topic: Localized;
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
  awards: Indexed<'awards'>;
  topics: Indexed<'topics'>;
  /** Report narratives by `<zh|en>/<year>`. */
  reports: Indexed<'reports'>;
  figuresByStudio: Map<string, Entry<DataOf<'figures'>>>;
  settings: DataOf<'settings'>;
  designationsByStudio: Map<string, StudioDesignation[]>;
  assessmentsByStudio: Map<string, StudioAssessment[]>;
  pairings: StudioPairing[];
  pairingsByStudio: Map<string, StudioPairing[]>;
  awardsByStudio: Map<string, Entry<Award>[]>;
  awardsByPerson: Map<string, Entry<Award>[]>;
  /** Chinese articles by slug, and their English versions by slug. */
  newsZh: Map<string, Entry<DataOf<'news'>>>;
  newsEn: Map<string, Entry<DataOf<'news'>>>;
  /** Chinese article slugs per studio, newest first. */
  newsByStudio: Map<string, string[]>;
  newsByPerson: Map<string, string[]>;
  /** Studios a person leads or belongs to. */
  studiosByPerson: Map<string, string[]>;
}

const byId = <T>(entries: Entry<T>[]) => new Map(entries.map((entry) => [entry.id, entry]));

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const byDateDesc = (a: { date: string }, b: { date: string }) => b.date.localeCompare(a.date);
const byDateAsc = (a: { date: string }, b: { date: string }) => a.date.localeCompare(b.date);

/**
 * Today in China (the publisher's time zone), as YYYY-MM-DD; `STUDIO_BUILD_DATE` overrides it and
 * must be a real date (src/lib/build-date.ts), else this throws. scripts/build.ts fixes it once
 * and hands it to Astro's process, so that both agree however long the build takes.
 */
export function publishingDate(env: Record<string, string | undefined> = process.env): string {
  return env.STUDIO_BUILD_DATE ? parseBuildDate(env.STUDIO_BUILD_DATE) : chinaToday();
}

/** Whether an entry waits: a draft, or dated after the publishing date. */
export const isUnpublished = (data: { draft?: boolean; date?: string }, today: string): boolean =>
  data.draft === true || (data.date !== undefined && data.date > today);

/**
 * The entries a build publishes. Drafts and entries dated in the future (news, documents,
 * reports) are kept only when `includeDrafts` (the dev server), where pages mark them.
 */
export function publishedOnly(content: ContentSet, includeDrafts: boolean, today = publishingDate()): ContentSet {
  if (includeDrafts) return content;
  const waiting = new Set(content.news.filter((entry) => entry.id.startsWith('zh/') && isUnpublished(entry.data, today)).map((entry) => entry.id.slice(3)));
  return {
    ...content,
    // An English version waits with its Chinese original.
    news: content.news.filter((entry) => !isUnpublished(entry.data, today) && !waiting.has(entry.id.slice(3))),
    documents: content.documents.filter((entry) => !isUnpublished(entry.data, today)),
    reports: content.reports.filter((entry) => !isUnpublished(entry.data, today)),
  };
}

export function buildModel(content: ContentSet): SiteModel {
  const documents = byId(content.documents);
  const sortedDocs = content.documents.map((entry) => ({ entry, date: entry.data.date })).toSorted(byDateAsc);

  const designationsByStudio = new Map<string, StudioDesignation[]>();
  for (const { entry } of sortedDocs) {
    const doc = entry.data;
    if (!isNamingDecision(doc)) continue;
    for (const row of doc.named) {
      push(designationsByStudio, row.studio, {
        studio: row.studio,
        level: row.level,
        designation: row.designation,
        date: doc.date,
        namedBy: doc.issuer,
        funding: row.funding,
        documentId: entry.id,
      });
    }
  }
  for (const entry of content.designations) {
    const d = entry.data;
    push(designationsByStudio, d.studio, {
      studio: d.studio,
      level: d.level,
      designation: d.designation,
      date: d.date,
      namedBy: d.namedBy,
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
          outcome: row.outcome,
        });
        // A revocation ends every earlier designation the same issuer granted.
        if (row.outcome === 'revoked') {
          for (const designation of designationsByStudio.get(row.studio) ?? []) {
            if (designation.namedBy === doc.issuer && designation.date <= doc.date && !designation.revokedOn) {
              designation.revokedOn = doc.date;
              designation.revokedBy = entry.id;
            }
          }
        }
      }
    }
    if (hasPairings(doc)) {
      doc.pairings.forEach((pairing, index) => pairings.push({ documentId: entry.id, date: doc.date, index, ...pairing }));
    }
  }
  for (const list of designationsByStudio.values()) list.sort(byDateAsc);

  const pairingsByStudio = new Map<string, StudioPairing[]>();
  for (const pairing of pairings) for (const studio of pairing.studios) push(pairingsByStudio, studio, pairing);

  const awardsByStudio = new Map<string, Entry<Award>[]>();
  const awardsByPerson = new Map<string, Entry<Award>[]>();
  const sortedAwards = content.awards.toSorted((a, b) => b.data.year - a.data.year || (b.data.date ?? '').localeCompare(a.data.date ?? ''));
  for (const award of sortedAwards) {
    const studios = new Set<string>(award.data.studio ? [award.data.studio] : []);
    const people = new Set<string>();
    for (const recipient of award.data.recipients) {
      if (recipient.type === 'studio') studios.add(recipient.studio);
      if (recipient.type === 'person') people.add(recipient.person);
      if (recipient.type === 'team') recipient.members.forEach((id) => people.add(id));
    }
    studios.forEach((id) => push(awardsByStudio, id, award));
    people.forEach((id) => push(awardsByPerson, id, award));
  }

  const newsZh = new Map<string, Entry<DataOf<'news'>>>();
  const newsEn = new Map<string, Entry<DataOf<'news'>>>();
  for (const entry of content.news) (entry.id.startsWith('en/') ? newsEn : newsZh).set(entry.id.slice(3), entry);
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

  return {
    content,
    organisations: byId(content.organisations),
    people: byId(content.people),
    studios: byId(content.studios),
    documents,
    documentTranslations: byId(content.documentTranslations),
    awards: byId(content.awards),
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
    newsZh,
    newsEn,
    newsByStudio,
    newsByPerson,
    studiosByPerson,
  };
}

/** Designations a studio holds on a date (all by default): named by then and not revoked by then. */
export function activeDesignations(model: SiteModel, studio: string, onDate = '9999-12-31'): StudioDesignation[] {
  return (model.designationsByStudio.get(studio) ?? []).filter(
    (d) => d.date <= onDate && (!d.revokedOn || d.revokedOn > onDate),
  );
}

/**
 * The highest level a studio holds on a date (now by default), counted once per studio in level
 * figures. A studio merged or revoked holds none now; on a past date its designations count.
 */
export function highestLevel(model: SiteModel, studio: string, onDate?: string): StudioLevel | undefined {
  const status = model.studios.get(studio)?.data.status;
  if (onDate === undefined && (status === 'merged' || status === 'revoked')) return undefined;
  return activeDesignations(model, studio, onDate)
    .map((d) => d.level)
    .reduce<StudioLevel | undefined>((best, level) => (best ? higherLevel(best, level) : level), undefined);
}

/** The date a studio was first named at any level. */
export function firstNamed(model: SiteModel, studio: string): string | undefined {
  return model.designationsByStudio.get(studio)?.[0]?.date;
}
