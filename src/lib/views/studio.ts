/** The view of a studio's page: facts, standing, history, figures, charts, members, register, awards, news. */
import type { Localized, PartialDate, Quantity, Source } from '../../schemas/common.ts';
import type { INDUSTRIES, Locale } from '../../schemas/vocabulary.ts';

type Industry = (typeof INDUSTRIES)[number];
import { registerOrder } from '../model/achievements.ts';
import { registerAgainstFigures, type RegisterComparison } from '../figures/register-comparison.ts';
import { chartsFor, type ChartInstance } from '../charts/instances.ts';
import {
  cumulativeReports,
  FIGURE_KEYS,
  studioYears,
  type CumulativeReport,
  type FigureKey,
  type YearFigures,
} from '../figures/yearly-figures.ts';
import { label, t, text } from '../site/i18n.ts';
import { formatPartialDate, formatQuantity, formatQuantityWithUnit } from '../site/format.ts';
import { levelTier } from '../model/levels.ts';
import {
  firstNaming,
  studioStanding,
  type SiteModel,
  type StudioAssessment,
  type StudioDesignation,
  type StudioPairing,
  type StudioStanding,
} from '../model/model.ts';
import { organisationName, organisationNames } from './names.ts';
import { isYearless } from '../model/dates.ts';
import { standingLabel } from './standing.ts';
import { shareImageOf, type ShareImage } from '../outputs/share-cards.ts';
import { shareOf } from './images.ts';
import { chromeView, type PageView } from './chrome.ts';
import { pageTranslated } from './indexing.ts';
import type { SiteImage, SiteImages } from './images.ts';
import {
  achievementRows,
  awardRows,
  newsLink,
  personLink,
  studioLink,
  type AchievementRowView,
  type AwardRowView,
  type EntryLink,
  type NewsLinkView,
  documentRef,
  type DocumentRef,
} from './parts.ts';

export interface StudioView extends PageView {
  /** What the page shows when shared: its photo or a card drawn from its title (src/lib/outputs/share-cards.ts). */
  share?: ShareImage;
  id: string;
  title: string;
  translated: boolean;
  summary: string;
  photo?: SiteImage;
  photoAlt: string;
  leader?: EntryLink;
  standing: StudioStanding;
  /** The standing in words (named at a level, publicised, revoked, merged, not recorded). */
  standingText: string;
  /** The studio it was merged into, when it was. */
  mergedInto?: EntryLink;
  formerLevel: string;
  /** The document that ended the studio, when one did: its number or title. */
  endedBy?: DocumentRef;
  /** The level tier for the search filter, when the studio is named. */
  searchLevel?: string;
  firstNamed?: PartialDate;
  employer: string;
  industry: string;
  region: string;
  founded?: PartialDate;
  focus: string[];
  memberCount?: Quantity;
  siteArea?: Quantity;
  /** Union recognitions, and (when the site shows them) recognitions by other bodies, each with its words. */
  designations: DesignationRow[];
  otherBodies: DesignationRow[];
  /** The latest dated union recognition (or the only one), which the page leads with; none when which is latest is not known. */
  latestRecognition?: DesignationRow;
  /** The latest year with figures, which the page leads with (its partial flag and periods said beside it). */
  keyYear?: YearFigures;
  /** Titles it was known by before, and other names: shown, and so found by search. */
  formerTitles: Array<{ title: string; until?: PartialDate; source?: Source }>;
  aliases: string[];
  /** Public sources of the entry itself. */
  sources: Source[];
  /** Cumulative figures no field holds (awards won, years running …), in words, each with its source; never in yearly figures. */
  facts: Array<{ label: string; value: string; period: string; source?: Source }>;
  assessments: Array<StudioAssessment & { document: DocumentRef }>;
  pairings: Array<StudioPairing & { partners: EntryLink[]; document: DocumentRef }>;
  years: YearFigures[];
  figureKeys: FigureKey[];
  /** Reports over several years or since founding, each with its period in words (factPeriod). */
  cumulative: Array<CumulativeReport & { period: string }>;
  charts: ChartInstance[];
  members: Array<{ person?: EntryLink; name: string; role: string; grade: string }>;
  achievements: AchievementRowView[];
  register: RegisterComparison[];
  awards: AwardRowView[];
  news: NewsLinkView[];
}

/** One recognition in words: its stage, scheme, recipient, level, the name it was made under, and the list it was in. */
export type DesignationRow = StudioDesignation & {
  issuersText: string;
  levelText: string;
  stageText: string;
  /** Empty for a union naming; else what made it (人社, another body), said as not a union naming. */
  schemeText: string;
  /** Empty for the studio itself; else the team, said as not a studio naming. */
  recipientText: string;
  namedAsText: string;
  listSizeTexts: Array<{ text: string; source?: Source }>;
  /** True when two sources state different sizes for the same list. */
  listSizesDisagree: boolean;
  document?: DocumentRef;
};

function designationRow(model: SiteModel, locale: Locale, d: StudioDesignation): DesignationRow {
  const sizes = d.listSizes.map((size) => ({
    text: `${formatQuantity(locale, size.count)}${size.of ? `${locale === 'zh' ? '' : ' '}${text(locale, size.of)}` : ''}`,
    ...(size.source ? { source: size.source } : {}),
  }));
  const byWhat = new Map<string, Set<string>>();
  for (const size of d.listSizes) {
    const key = size.of?.zh ?? '';
    byWhat.set(
      key,
      (byWhat.get(key) ?? new Set()).add(`${size.count.value}${size.count.qualifier}`),
    );
  }
  return {
    ...d,
    issuersText: organisationNames(locale, model, d.issuers, true),
    levelText: d.level ? label(locale, 'studioLevel', d.level) : t(locale, 'studio.levelNotStated'),
    stageText: label(locale, 'recognitionStage', d.stage),
    schemeText: d.scheme === 'union' ? '' : label(locale, 'recognitionScheme', d.scheme),
    recipientText:
      d.recipient === 'studio' ? '' : label(locale, 'recognitionRecipient', d.recipient),
    namedAsText: d.namedAs ? text(locale, d.namedAs) : '',
    listSizeTexts: sizes,
    listSizesDisagree: [...byWhat.values()].some((counts) => counts.size > 1),
    ...(d.documentId ? { document: documentRef(model, locale, d.documentId) } : {}),
  };
}

/** A fact's period as the source dates it: 成立以来 – 2017年10月; an end or start not stated is said so. */
function factPeriod(locale: Locale, from: string | undefined, to: string | undefined): string {
  if (from === undefined && to === undefined) return t(locale, 'common.notStated');
  const start =
    from === 'founding'
      ? t(locale, 'studio.sinceFounding')
      : from
        ? formatPartialDate(locale, { value: from, precision: 'month' })
        : t(locale, 'common.notStated');
  const end = to
    ? formatPartialDate(locale, { value: to, precision: 'month' })
    : t(locale, 'common.notStated');
  return `${start} – ${end}`;
}

/** The last recognition with a date that has a year (the list is sorted by date), or the only one; else none. */
function latestOf(rows: DesignationRow[]): { latestRecognition?: DesignationRow } {
  const dated = rows.filter((row) => row.date && !isYearless(row.date));
  const latest = dated.at(-1) ?? (rows.length === 1 ? rows[0] : undefined);
  return latest ? { latestRecognition: latest } : {};
}

/** The industry's label; for `other`, the words the content gives where it gives them. */
function industryText(
  locale: Locale,
  studio: { industry?: Industry; industryText?: Localized },
): string {
  if (studio.industry && studio.industry !== 'other')
    return label(locale, 'industry', studio.industry);
  if (studio.industryText) return text(locale, studio.industryText);
  return studio.industry ? label(locale, 'industry', studio.industry) : '';
}

export function studioView(
  model: SiteModel,
  locale: Locale,
  id: string,
  images: SiteImages,
): StudioView {
  const studio = model.studios.get(id)!.data;
  const photo = images.get(`studios:${id}`);
  const standing = studioStanding(model, id);
  const years = studioYears(model, id);
  const endedBy =
    (standing.status === 'revoked' || standing.status === 'merged') && standing.document
      ? documentRef(model, locale, standing.document)
      : undefined;
  const mergedInto =
    standing.status === 'merged' && standing.mergedInto
      ? studioLink(model, locale, standing.mergedInto)
      : undefined;
  // A month and day with no year cannot be sorted or filtered by year: the search record takes no date from it.
  const history = model.designationsByStudio.get(id) ?? [];
  const namedOn = firstNaming(model, id)?.date;
  const firstNamed = namedOn && !isYearless(namedOn) ? namedOn : undefined;
  const designations = history
    .filter((d) => d.scheme === 'union')
    .map((d) => designationRow(model, locale, d));
  return {
    chrome: chromeView(model, locale),
    ...shareOf(shareImageOf(model, locale, { type: 'studio', id: id })),
    id,
    title: text(locale, studio.title),
    translated: pageTranslated.studio(model, locale, id),
    summary: text(locale, studio.summary),
    ...(photo ? { photo } : {}),
    photoAlt: text(locale, studio.photoAlt),
    ...(studio.leader ? { leader: personLink(model, locale, studio.leader) } : {}),
    standing,
    standingText: standingLabel(locale, model, standing),
    ...(mergedInto ? { mergedInto } : {}),
    formerLevel:
      standing.status === 'merged' && standing.formerLevel
        ? label(locale, 'studioLevel', standing.formerLevel)
        : '',
    ...(endedBy ? { endedBy } : {}),
    ...(standing.status === 'named' && standing.level
      ? { searchLevel: label(locale, 'levelTier', levelTier(standing.level)) }
      : {}),
    ...(firstNamed ? { firstNamed } : {}),
    employer: organisationName(locale, model, studio.employer),
    industry: industryText(locale, studio),
    region: text(locale, studio.region),
    ...(studio.founded ? { founded: studio.founded } : {}),
    focus: studio.focus.map((focus) => text(locale, focus)),
    ...(studio.memberCount ? { memberCount: studio.memberCount } : {}),
    ...(studio.siteArea ? { siteArea: studio.siteArea } : {}),
    designations,
    ...latestOf(designations),
    ...(years.length ? { keyYear: years.at(-1)! } : {}),
    // Recognitions by other bodies are a studio's honours, shown apart when the site chooses to, never counted.
    otherBodies: model.settings.showOtherBodies
      ? history.filter((d) => d.scheme !== 'union').map((d) => designationRow(model, locale, d))
      : [],
    formerTitles: studio.formerTitles.map((former) => ({
      title: text(locale, former.title),
      ...(former.until ? { until: former.until } : {}),
      ...(former.source ? { source: former.source } : {}),
    })),
    aliases: studio.aliases.map((alias) => text(locale, alias)),
    sources: studio.sources,
    facts: (model.figuresByStudio.get(id)?.data.facts ?? []).map((fact) => ({
      label: text(locale, fact.label),
      value: formatQuantityWithUnit(locale, fact.value, fact.unit ? text(locale, fact.unit) : ''),
      period: factPeriod(locale, fact.from, fact.to),
      ...(fact.source ? { source: fact.source } : {}),
    })),
    assessments: (model.assessmentsByStudio.get(id) ?? []).map((a) => ({
      ...a,
      document: documentRef(model, locale, a.documentId),
    })),
    pairings: (model.pairingsByStudio.get(id) ?? []).map((p) => ({
      ...p,
      partners: p.studios
        .filter((other) => other !== id)
        .map((other) => studioLink(model, locale, other)),
      document: documentRef(model, locale, p.documentId),
    })),
    years,
    figureKeys: FIGURE_KEYS.filter((key) => years.some((year) => year[key])),
    cumulative: cumulativeReports(model, id).map((report) => ({
      ...report,
      period: factPeriod(locale, report.from, report.to),
    })),
    charts: chartsFor(model, 'studio', { locale, studio: id }),
    members: studio.members.map((member) => {
      const person = member.person ? model.people.get(member.person) : undefined;
      const grade = member.grade ?? person?.data.skillGrade;
      return {
        ...(person ? { person: personLink(model, locale, person.id) } : {}),
        name: person ? text(locale, person.data.name) : text(locale, member.name),
        // A former member (a leader who handed over) says until when, as the source dates it.
        role: member.until
          ? t(locale, 'studio.memberUntil')
              .replace('{role}', label(locale, 'memberRole', member.role))
              .replace('{date}', formatPartialDate(locale, member.until))
          : label(locale, 'memberRole', member.role),
        grade: grade ? label(locale, 'skillGrade', grade) : '',
      };
    }),
    achievements: achievementRows(
      model,
      locale,
      registerOrder(model.achievementsByStudio.get(id) ?? []),
    ),
    register: registerAgainstFigures(model, id),
    awards: awardRows(model, locale, model.awardsByStudio.get(id) ?? []),
    news: (model.newsByStudio.get(id) ?? []).map((slug) => newsLink(model, locale, slug)),
  };
}
