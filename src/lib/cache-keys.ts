/**
 * Cache keys of pages for Astro's incremental build: a hash of every piece of content a page
 * shows. When a page's key and its code are unchanged, the build copies the previous output
 * instead of rendering it again. A key must therefore change whenever anything the page reads
 * changes, including entries it only names (a studio's title in a news article, say).
 */
import { createHash } from 'node:crypto';
import { hasPairings, isAssessmentNotice, isCommendation, isNamingDecision, isSelectionNotice } from '../schemas/document.ts';
import type { Locale } from '../schemas/vocabulary.ts';
import { studioYears } from './figures.ts';
import type { SiteModel } from './model.ts';
import { CARD_DESIGN } from './share-cards.ts';
import { configuredSiteUrl } from './site-url.ts';

const hash = (value: unknown): string => createHash('sha1').update(JSON.stringify(value)).digest('hex');

/** What every page shows through the layout: site settings, the publisher's name, and what its og:image depends on beyond them. */
const siteParts = (model: SiteModel) => [model.settings, model.organisations.get(model.settings.publisher)?.data.name, CARD_DESIGN, configuredSiteUrl()?.href];

const titles = (model: SiteModel, ids: string[]) => ids.map((id) => model.studios.get(id)?.data.title);
const names = (model: SiteModel, ids: string[]) => ids.map((id) => model.people.get(id)?.data.name);
// The whole organisation, not only its names: pages also show its level (as a search filter) and kind.
const organisationsOf = (model: SiteModel, ids: string[]) => ids.map((id) => model.organisations.get(id)?.data ?? null);

/** Awards as shown in an award table: their data and their recipients' names. */
function awardParts(model: SiteModel, awards: Array<{ id: string; data: { recipients: Array<{ type: string; person?: string; studio?: string }> } }>) {
  return awards.map((award) => [award.id, award.data, award.data.recipients.map((r) => (r.person ? model.people.get(r.person)?.data.name : r.studio ? model.studios.get(r.studio)?.data.title : null))]);
}

/** Register entries as shown in an achievements table: their data and the awards won for them. */
const achievementParts = (model: SiteModel, entries: Array<{ id: string; data: unknown }>) =>
  entries.map((entry) => [entry.id, entry.data, (model.awardsByAchievement.get(entry.id) ?? []).map((award) => [award.id, award.data.level, award.data.year])]);

/** News as shown in a list, in both languages. */
const newsParts = (model: SiteModel, slugs: string[]) => slugs.map((slug) => [slug, model.newsZh.get(slug)?.data, model.newsEn.get(slug)?.data]);

export function newsPageKey(model: SiteModel, slug: string, locale: Locale, today: string, image?: string): string {
  const zh = model.newsZh.get(slug)!;
  const en = model.newsEn.get(slug);
  const data = zh.data;
  return hash([siteParts(model), locale, today >= data.date, zh.data, zh.body, en?.data, en?.body, image, data.tags.map((tag) => model.topics.get(tag)?.data.name), titles(model, data.studios), names(model, data.people)]);
}

export function documentPageKey(model: SiteModel, id: string, attachmentSizes: number[]): string {
  const doc = model.documents.get(id)!.data;
  const studios = [
    ...(isNamingDecision(doc) ? doc.named.map((row) => row.studio) : []),
    // The lists of a 公示 and of a commendation show their studios' titles and employers too.
    ...(isSelectionNotice(doc) ? doc.selected.map((row) => row.studio) : []),
    ...(isCommendation(doc) ? doc.commended.map((row) => row.studio) : []),
    ...(isAssessmentNotice(doc) ? doc.results.map((row) => row.studio) : []),
    ...(hasPairings(doc) ? doc.pairings.flatMap((p) => p.studios) : []),
  ];
  return hash([siteParts(model), doc, model.documents.get(id)!.body, model.documentTranslations.get(id)?.body ?? null, model.documentTranslations.get(id)?.data ?? null, attachmentSizes, organisationsOf(model, [doc.issuer, ...doc.coIssuers]), titles(model, studios), organisationsOf(model, studios.map((s) => model.studios.get(s)?.data.employer ?? ''))]);
}

export function personPageKey(model: SiteModel, id: string, image?: string): string {
  const person = model.people.get(id)!.data;
  const studios = model.studiosByPerson.get(id) ?? [];
  return hash([siteParts(model), person, image, organisationsOf(model, person.employer ? [person.employer] : []), titles(model, studios), awardParts(model, model.awardsByPerson.get(id) ?? []), newsParts(model, model.newsByPerson.get(id) ?? []), achievementParts(model, model.achievementsByPerson.get(id) ?? []), [...model.achievements.keys()]]);
}

export function studioPageKey(model: SiteModel, id: string, chartHashes: string[], image?: string): string {
  const studio = model.studios.get(id)!.data;
  const memberIds = studio.members.flatMap((m) => (m.person ? [m.person] : []));
  const designations = model.designationsByStudio.get(id) ?? [];
  const pairings = model.pairingsByStudio.get(id) ?? [];
  const documents = [...designations.map((d) => d.documentId), ...(model.assessmentsByStudio.get(id) ?? []).map((a) => a.documentId), ...pairings.map((p) => p.documentId)];
  return hash([
    siteParts(model), studio, image, chartHashes,
    names(model, [...(studio.leader ? [studio.leader] : []), ...memberIds]), memberIds.map((p) => model.people.get(p)?.data.skillGrade),
    organisationsOf(model, [...(studio.employer ? [studio.employer] : []), ...designations.flatMap((d) => d.issuers)]),
    // The current standing depends on the publishing date and on the document that ended the studio.
    model.asOf, studio.statusDocument ? model.documents.get(studio.statusDocument)?.data : null,
    designations, model.assessmentsByStudio.get(id), pairings, titles(model, pairings.flatMap((p) => p.studios)),
    documents.map((doc) => (doc ? model.documents.get(doc)?.data.number : null)),
    studio.mergedInto ? model.studios.get(studio.mergedInto)?.data.title : null,
    studioYears(model, id), awardParts(model, model.awardsByStudio.get(id) ?? []), newsParts(model, model.newsByStudio.get(id) ?? []),
    // The 成果 section and the award table's links to register entries.
    achievementParts(model, model.achievementsByStudio.get(id) ?? []), [...model.achievements.keys()],
    titles(model, (model.achievementsByStudio.get(id) ?? []).flatMap((entry) => entry.data.studios)),
  ]);
}
