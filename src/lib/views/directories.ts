/** Views of the directories: studios, documents, people, reports, open data, and pages with only the layout. */
import type { PartialDate } from '../../schemas/common.ts';
import { DOCUMENT_TYPES, INDUSTRIES, LEVEL_TIERS, STANDING_STATUSES, type Locale } from '../../schemas/vocabulary.ts';
import { yearOf } from '../dates.ts';
import { directoryRows, presentValues } from '../directory.ts';
import { hasLocale, label, t, text } from '../i18n.ts';
import { levelTier } from '../levels.ts';
import type { SiteModel } from '../model.ts';
import { organisationName } from '../names.ts';
import { DATASETS } from '../open-data.ts';
import { standingLabel } from '../standing.ts';
import { documentsByDate } from '../stats.ts';
import { contentYears } from '../years.ts';
import { chromeView, type PageView } from './chrome.ts';
import { personLink, studioLink, type EntryLink } from './parts.ts';

/** A filter of a directory table: the row attribute it matches and the values present. */
export interface FilterView {
  name: string;
  label: string;
  options: Array<{ value: string; label: string }>;
}

/** A page that shows only the layout around fixed text (search, page not found). */
export const chromeOnlyView = (model: SiteModel, locale: Locale): PageView => ({ chrome: chromeView(model, locale) });

export interface StudiosDirectoryView extends PageView {
  filters: FilterView[];
  rows: Array<{ id: string; title: string; leader?: EntryLink; employer: string; standing: string; industry: string; status: string; statusText: string; tier: string; yearNamed?: number; industryValue: string }>;
}

export function studiosDirectoryView(model: SiteModel, locale: Locale): StudiosDirectoryView {
  const rows = directoryRows(model);
  return {
    chrome: chromeView(model, locale),
    filters: [
      { name: 'level', label: t(locale, 'studio.highestLevel'), options: presentValues(rows, (row) => (row.level ? levelTier(row.level) : undefined), LEVEL_TIERS).map((value) => ({ value, label: label(locale, 'levelTier', value) })) },
      { name: 'industry', label: t(locale, 'studio.industry'), options: presentValues(rows, (row) => row.industry as (typeof INDUSTRIES)[number], INDUSTRIES).map((value) => ({ value, label: label(locale, 'industry', value) })) },
      { name: 'status', label: t(locale, 'studio.status'), options: presentValues(rows, (row) => row.status, STANDING_STATUSES).map((value) => ({ value, label: label(locale, 'standing', value) })) },
      { name: 'year', label: t(locale, 'filter.yearNamed'), options: presentValues(rows, (row) => row.yearNamed).map((year) => ({ value: String(year), label: String(year) })) },
    ],
    rows: rows.map((row) => {
      const studio = model.studios.get(row.id)!.data;
      return {
        id: row.id,
        title: text(locale, studio.title),
        ...(studio.leader ? { leader: personLink(model, locale, studio.leader) } : {}),
        employer: organisationName(locale, model, studio.employer, true),
        standing: standingLabel(locale, model, row.standing),
        industry: studio.industry ? label(locale, 'industry', studio.industry) : '',
        industryValue: row.industry ?? '',
        status: row.status,
        statusText: label(locale, 'standing', row.status),
        tier: row.level ? levelTier(row.level) : '',
        ...(row.yearNamed !== undefined ? { yearNamed: row.yearNamed } : {}),
      };
    }),
  };
}

export interface DocumentsDirectoryView extends PageView {
  filters: FilterView[];
  rows: Array<{ id: string; date: PartialDate; year?: number; number?: string; title: string; translated: boolean; summary: string; type: string; typeText: string; issuer: string; issuerName: string }>;
}

export function documentsDirectoryView(model: SiteModel, locale: Locale): DocumentsDirectoryView {
  const documents = documentsByDate(model);
  const issuers = [...new Set(documents.map((doc) => doc.data.issuer))];
  const years = [...new Set(documents.map((doc) => yearOf(doc.data.date)).filter((year) => year !== undefined).map(String))];
  const types = DOCUMENT_TYPES.filter((type) => documents.some((doc) => doc.data.type === type));
  return {
    chrome: chromeView(model, locale),
    filters: [
      { name: 'type', label: t(locale, 'doc.type'), options: types.map((value) => ({ value, label: label(locale, 'documentType', value) })) },
      { name: 'issuer', label: t(locale, 'doc.issuer'), options: issuers.map((value) => ({ value, label: organisationName(locale, model, value) })) },
      { name: 'year', label: t(locale, 'col.year'), options: years.map((value) => ({ value, label: value })) },
    ],
    rows: documents.map((doc) => {
      const year = yearOf(doc.data.date);
      return {
        id: doc.id,
        date: doc.data.date,
        ...(year !== undefined ? { year } : {}),
        ...(doc.data.number ? { number: doc.data.number } : {}),
        title: text(locale, doc.data.title),
        translated: hasLocale(locale, doc.data.title),
        summary: text(locale, doc.data.summary),
        type: doc.data.type,
        typeText: label(locale, 'documentType', doc.data.type),
        issuer: doc.data.issuer,
        issuerName: organisationName(locale, model, doc.data.issuer),
      };
    }),
  };
}

export interface PeopleDirectoryView extends PageView {
  rows: Array<{ id: string; name: string; jobTitle: string; grade: string; studios: EntryLink[]; awards: number }>;
}

export function peopleDirectoryView(model: SiteModel, locale: Locale): PeopleDirectoryView {
  const collator = new Intl.Collator(locale === 'zh' ? 'zh-CN' : 'en');
  return {
    chrome: chromeView(model, locale),
    rows: [...model.people.values()]
      .map((person) => ({
        id: person.id,
        name: text(locale, person.data.name),
        jobTitle: text(locale, person.data.jobTitle),
        grade: person.data.skillGrade ? label(locale, 'skillGrade', person.data.skillGrade) : '',
        studios: (model.studiosByPerson.get(person.id) ?? []).map((id) => studioLink(model, locale, id)),
        awards: model.awardsByPerson.get(person.id)?.length ?? 0,
      }))
      .toSorted((a, b) => collator.compare(a.name, b.name)),
  };
}

export interface ReportsIndexView extends PageView {
  /** Each year with a report: the narrative's title if there is one, and whether it is in the reader's language. */
  years: Array<{ year: number; title?: string; translated: boolean }>;
}

export function reportsIndexView(model: SiteModel, locale: Locale): ReportsIndexView {
  return {
    chrome: chromeView(model, locale),
    years: contentYears(model).map((year) => {
      const entry = model.reports.get(`${locale}/${year}`) ?? model.reports.get(`zh/${year}`);
      return { year, ...(entry ? { title: entry.data.title } : {}), translated: entry === undefined || entry.id.startsWith(`${locale}/`) };
    }),
  };
}

export interface DataIndexView extends PageView {
  datasets: Array<{ name: string; title: string; rows: number; fields: Array<{ field: string; meaning: string }> }>;
}

export function dataIndexView(model: SiteModel, locale: Locale): DataIndexView {
  return {
    chrome: chromeView(model, locale),
    datasets: DATASETS.map((dataset) => ({
      name: dataset.name,
      title: dataset.title[locale],
      rows: dataset.rows(model).length,
      fields: Object.entries(dataset.fields).map(([field, meaning]) => ({ field, meaning: meaning[locale] })),
    })),
  };
}
