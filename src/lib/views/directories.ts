/** Views of the directories: studios, documents, people, reports, open data, and pages with only the layout. */
import type { PartialDate } from '../../schemas/common.ts';
import { documentBodies, isUnionDocument } from '../../schemas/document.ts';
import {
  DOCUMENT_TYPES,
  INDUSTRIES,
  LEVEL_TIERS,
  STANDING_STATUSES,
  type LevelTier,
  type Locale,
} from '../../schemas/vocabulary.ts';
import { dateSortKey, yearOf } from '../model/dates.ts';
import { directoryRows, presentValues } from '../model/directory.ts';
import { hasLocale, label, t, text } from '../site/i18n.ts';
import { levelTier } from '../model/levels.ts';
import { firstNaming, type SiteModel } from '../model/model.ts';
import { NOT_STATED } from '../../schemas/vocabulary.ts';
import { organisationName } from './names.ts';
import { DATA_FORMATS, publishedDatasets } from '../outputs/open-data-files.ts';
import { formatDate, formatNumber } from '../site/format.ts';
import { standingLabel } from './standing.ts';
import { documentsByDate } from '../model/stats.ts';
import { contentYears } from '../model/years.ts';
import { chromeView, type PageView } from './chrome.ts';
import { personLink, studioLink, type EntryLink } from './parts.ts';

/** A filter of a directory table: the row attribute it matches and the values present. */
export interface FilterView {
  name: string;
  label: string;
  options: Array<{ value: string; label: string }>;
}

/** A page that shows only the layout around fixed text (search, page not found). */
export const chromeOnlyView = (model: SiteModel, locale: Locale): PageView => ({
  chrome: chromeView(model, locale),
});

/** A studio in the directory table. */
export interface StudioRowView {
  id: string;
  title: string;
  leader?: EntryLink;
  employer: string;
  standing: string;
  industry: string;
  status: string;
  statusText: string;
  tier: string;
  yearNamed?: number;
  industryValue: string;
  /** Sort key of the first naming's date (src/lib/model/dates.ts), empty when no naming is recorded. */
  namedSort: string;
  /** Whether any naming of the studio is recorded (its year, or its level, may still be unknown). */
  hasNaming: boolean;
}

/** A facet of a directory with its static pages (/studios/<facet>/<value>/): the plain links that filter without JavaScript. */
export interface DirectoryFacetView {
  facet: string;
  heading: string;
  values: Array<{ value: string; label: string; count: number }>;
}

/** A page of a directory filtered by one facet value. */
export interface DirectoryFacetPage<Row> extends PageView {
  facet: string;
  value: string;
  label: string;
  facets: DirectoryFacetView[];
  /** The column every row would repeat: left out. */
  hide: string[];
  rows: Row[];
}

export interface StudiosDirectoryView extends PageView {
  filters: FilterView[];
  facets: DirectoryFacetView[];
  /** Newest first naming first; studios with no naming recorded last. */
  rows: StudioRowView[];
}

const STUDIO_FACETS = ['level', 'year'] as const;
type StudioFacet = (typeof STUDIO_FACETS)[number];

/** The rows of the studio directory, newest first naming first (then by the naming's date, then by id); no naming last. */
function studioRows(model: SiteModel, locale: Locale): StudioRowView[] {
  return directoryRows(model)
    .map((row) => {
      const studio = model.studios.get(row.id)!.data;
      const named = firstNaming(model, row.id);
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
        namedSort: named?.date ? dateSortKey(named.date) : '',
        hasNaming: named !== undefined,
      };
    })
    .toSorted(
      (a, b) =>
        (b.yearNamed ?? -Infinity) - (a.yearNamed ?? -Infinity) ||
        b.namedSort.localeCompare(a.namedSort) ||
        a.id.localeCompare(b.id),
    );
}

/**
 * A row's value under a facet. A studio in force whose namings state no level, and a named studio
 * whose first naming states no year, are under NOT_STATED, so that the counts add up to the rows.
 */
const studioFacetValue = (row: StudioRowView, facet: StudioFacet): string | undefined =>
  facet === 'level'
    ? row.tier || (row.status === 'named' ? NOT_STATED : undefined)
    : row.yearNamed !== undefined
      ? String(row.yearNamed)
      : row.hasNaming
        ? NOT_STATED
        : undefined;

function studioFacets(locale: Locale, rows: StudioRowView[]): DirectoryFacetView[] {
  const values = (facet: StudioFacet) => {
    const present = new Set(
      rows.map((row) => studioFacetValue(row, facet)).filter((value) => value !== undefined),
    );
    const known =
      facet === 'level'
        ? LEVEL_TIERS.filter((tier) => present.has(tier))
        : [...present]
            .filter((value) => value !== NOT_STATED)
            .toSorted()
            .toReversed();
    return [...known, ...(present.has(NOT_STATED) ? [NOT_STATED] : [])];
  };
  return STUDIO_FACETS.map((facet) => ({
    facet,
    heading: t(locale, facet === 'level' ? 'filter.byLevel' : 'filter.byYearNamed'),
    values: values(facet).map((value) => ({
      value,
      label:
        value === NOT_STATED
          ? t(locale, facet === 'level' ? 'common.levelNotStated' : 'common.yearNotStated')
          : facet === 'level'
            ? label(locale, 'levelTier', value as LevelTier)
            : locale === 'zh'
              ? `${value}年`
              : value,
      count: rows.filter((row) => studioFacetValue(row, facet) === value).length,
    })),
  }));
}

export function studiosDirectoryView(model: SiteModel, locale: Locale): StudiosDirectoryView {
  const rows = directoryRows(model);
  const shown = studioRows(model, locale);
  return {
    chrome: chromeView(model, locale),
    filters: [
      {
        name: 'level',
        label: t(locale, 'studio.highestLevel'),
        options: presentValues(
          rows,
          (row) => (row.level ? levelTier(row.level) : undefined),
          LEVEL_TIERS,
        ).map((value) => ({
          value,
          label: label(locale, 'levelTier', value),
        })),
      },
      {
        name: 'industry',
        label: t(locale, 'studio.industry'),
        options: presentValues(
          rows,
          (row) => row.industry as (typeof INDUSTRIES)[number],
          INDUSTRIES,
        ).map((value) => ({
          value,
          label: label(locale, 'industry', value),
        })),
      },
      {
        name: 'status',
        label: t(locale, 'studio.status'),
        options: presentValues(rows, (row) => row.status, STANDING_STATUSES).map((value) => ({
          value,
          label: label(locale, 'standing', value),
        })),
      },
      {
        name: 'year',
        label: t(locale, 'filter.yearNamed'),
        options: presentValues(rows, (row) => row.yearNamed)
          .toReversed()
          .map((year) => ({ value: String(year), label: String(year) })),
      },
    ],
    facets: studioFacets(locale, shown),
    rows: shown,
  };
}

/** The studio directory filtered by level (/studios/level/<tier>/) or by the year first named (/studios/year/<year>/). */
export function studioFacetViews(
  model: SiteModel,
  locale: Locale,
): Array<DirectoryFacetPage<StudioRowView>> {
  const rows = studioRows(model, locale);
  return facetPages(
    chromeView(model, locale),
    rows,
    studioFacets(locale, rows),
    (row, facet) => studioFacetValue(row, facet as StudioFacet),
    'year',
  );
}

/**
 * One page per value of each facet of a directory, with the rows of that value; the column named
 * `hiddenColumn` is left out on its own facet's pages, where every row would repeat it.
 */
function facetPages<Row>(
  chrome: DirectoryFacetPage<Row>['chrome'],
  rows: Row[],
  facets: DirectoryFacetView[],
  valueOf: (row: Row, facet: string) => string | undefined,
  hiddenColumn: string,
): Array<DirectoryFacetPage<Row>> {
  return facets.flatMap(({ facet, values }) =>
    values.map(({ value, label }) => ({
      chrome,
      facet,
      value,
      label,
      facets,
      hide: facet === hiddenColumn ? [hiddenColumn] : [],
      rows: rows.filter((row) => valueOf(row, facet) === value),
    })),
  );
}

/** A document in the directory table. */
export interface DocumentRowView {
  id: string;
  /** Its date of writing; undefined for an undated document (shown as such, sorted last). */
  date?: PartialDate;
  year?: number;
  number?: string;
  title: string;
  translated: boolean;
  summary: string;
  type: string;
  typeText: string;
  /** The issuer's id, for the issuer filter; undefined for an agreement, which no one issued. */
  issuer?: string;
  /** Who it comes from: its issuers, or an agreement's signatories. */
  issuerName: string;
  /** Sort key of the date (src/lib/model/dates.ts). */
  dateSort: string;
}

export interface DocumentsDirectoryView extends PageView {
  /** 工会文件, or 工会文件与协议 when the archive holds an agreement (which is no union document). */
  title: string;
  filters: FilterView[];
  facets: DirectoryFacetView[];
  /** Newest first (by the latest day the date can mean). */
  rows: DocumentRowView[];
}

const DOCUMENT_FACETS = ['year', 'type'] as const;
type DocumentFacet = (typeof DOCUMENT_FACETS)[number];

function documentRows(model: SiteModel, locale: Locale): DocumentRowView[] {
  return documentsByDate(model).map((doc) => {
    const year = yearOf(doc.data.date);
    return {
      id: doc.id,
      date: doc.data.date,
      dateSort: dateSortKey(doc.data.date),
      ...(year !== undefined ? { year } : {}),
      ...(doc.data.number ? { number: doc.data.number } : {}),
      title: text(locale, doc.data.title),
      translated: hasLocale(locale, doc.data.title),
      summary: text(locale, doc.data.summary),
      type: doc.data.type,
      typeText: label(locale, 'documentType', doc.data.type),
      ...(isUnionDocument(doc.data) ? { issuer: doc.data.issuer } : {}),
      issuerName: isUnionDocument(doc.data)
        ? organisationName(locale, model, doc.data.issuer)
        : documentBodies(doc.data)
            .map((org) => organisationName(locale, model, org))
            .join(locale === 'zh' ? '、' : '; '),
    };
  });
}

const documentFacetValue = (row: DocumentRowView, facet: DocumentFacet): string | undefined =>
  facet === 'type' ? row.type : row.year !== undefined ? String(row.year) : undefined;

function documentFacets(locale: Locale, rows: DocumentRowView[]): DirectoryFacetView[] {
  const values = (facet: DocumentFacet) => {
    const present = new Set(
      rows.map((row) => documentFacetValue(row, facet)).filter((value) => value !== undefined),
    );
    return facet === 'type'
      ? DOCUMENT_TYPES.filter((type) => present.has(type))
      : [...present].toSorted().toReversed();
  };
  return DOCUMENT_FACETS.map((facet) => ({
    facet,
    heading: t(locale, facet === 'type' ? 'filter.byType' : 'filter.byYear'),
    values: values(facet).map((value) => ({
      value,
      label:
        facet === 'type'
          ? label(locale, 'documentType', value as (typeof DOCUMENT_TYPES)[number])
          : locale === 'zh'
            ? `${value}年`
            : value,
      count: rows.filter((row) => documentFacetValue(row, facet) === value).length,
    })),
  }));
}

export function documentsDirectoryView(model: SiteModel, locale: Locale): DocumentsDirectoryView {
  const rows = documentRows(model, locale);
  const issuers = [...new Set(rows.flatMap((row) => (row.issuer ? [row.issuer] : [])))];
  const years = [
    ...new Set(
      rows
        .map((row) => row.year)
        .filter((year) => year !== undefined)
        .map(String),
    ),
  ];
  const types = DOCUMENT_TYPES.filter((type) => rows.some((row) => row.type === type));
  return {
    chrome: chromeView(model, locale),
    title: t(
      locale,
      rows.every((row) => row.type !== 'agreement')
        ? 'documents.title'
        : 'documents.titleWithAgreements',
    ),
    filters: [
      {
        name: 'type',
        label: t(locale, 'doc.type'),
        options: types.map((value) => ({ value, label: label(locale, 'documentType', value) })),
      },
      {
        name: 'issuer',
        label: t(locale, 'doc.issuer'),
        options: issuers.map((value) => ({ value, label: organisationName(locale, model, value) })),
      },
      {
        name: 'year',
        label: t(locale, 'doc.yearOfDate'),
        options: years.map((value) => ({ value, label: value })),
      },
    ],
    facets: documentFacets(locale, rows),
    rows,
  };
}

/** The documents filtered by year (/documents/year/<year>/) or by type (/documents/type/<type>/). */
export function documentFacetViews(
  model: SiteModel,
  locale: Locale,
): Array<DirectoryFacetPage<DocumentRowView>> {
  const rows = documentRows(model, locale);
  return facetPages(
    chromeView(model, locale),
    rows,
    documentFacets(locale, rows),
    (row, facet) => documentFacetValue(row, facet as DocumentFacet),
    'type',
  );
}

export interface PeopleDirectoryView extends PageView {
  rows: Array<{
    id: string;
    name: string;
    jobTitle: string;
    grade: string;
    studios: EntryLink[];
    awards: number;
  }>;
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
        studios: (model.studiosByPerson.get(person.id) ?? []).map((id) =>
          studioLink(model, locale, id),
        ),
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
      return {
        year,
        ...(entry ? { title: entry.data.title } : {}),
        translated: entry === undefined || entry.id.startsWith(`${locale}/`),
      };
    }),
  };
}

export interface DataIndexView extends PageView {
  /** The day the data is counted on (the publishing date), as words. */
  asOf: string;
  /** The licence the settings state, or undefined when the content states none (the page says so). */
  licence?: string;
  datasets: Array<{
    name: string;
    title: string;
    rows: string;
    files: Array<{ href: string; name: string; size: string; bytes: number }>;
    fields: Array<{ field: string; meaning: string }>;
  }>;
}

/** A file's size as a reader reads it: bytes below 1 KB, else KB with one decimal (1 KB = 1,024 bytes). */
const fileSize = (locale: Locale, bytes: number): string =>
  bytes < 1024
    ? `${formatNumber(locale, bytes)} B`
    : `${formatNumber(locale, Math.round(bytes / 102.4) / 10)} KB`;

export function dataIndexView(model: SiteModel, locale: Locale): DataIndexView {
  const licence = model.settings.dataLicence;
  return {
    chrome: chromeView(model, locale),
    asOf: formatDate(locale, model.asOf),
    ...(licence ? { licence: text(locale, licence) } : {}),
    datasets: publishedDatasets(model).map(({ dataset, rows, bytes }) => ({
      name: dataset.name,
      title: dataset.title[locale],
      rows: formatNumber(locale, rows),
      files: DATA_FORMATS.map((format) => ({
        href: `/data/${dataset.name}.${format}`,
        name: `${dataset.name}.${format}`,
        size: fileSize(locale, bytes[format]),
        bytes: bytes[format],
      })),
      fields: Object.entries(dataset.fields).map(([field, meaning]) => ({
        field,
        meaning: meaning[locale],
      })),
    })),
  };
}
