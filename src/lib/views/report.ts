/** The view of a year's report: narrative, key figures, charts, namings, studio figures, documents, awards, register, news. */
import { existsSync } from 'node:fs';
import type { PartialDate } from '../../schemas/common.ts';
import type { AdminLevel, AwardRank, Locale } from '../../schemas/vocabulary.ts';
import { achievementYear, registerOrder } from '../model/achievements.ts';
import { levelRankMatrix } from '../model/awards.ts';
import { chartsFor, type ChartInstance } from '../charts/instances.ts';
import { compareDates, inYear } from '../model/dates.ts';
import type { YearFigures } from '../figures/yearly-figures.ts';
import { text, textLang } from '../site/i18n.ts';
import type { SiteModel, StudioDesignation } from '../model/model.ts';
import { namingsOfYear } from '../figures/namings.ts';
import { allNews } from '../model/news.ts';
import { reportKeyFigures, studioFiguresInYear, type KeyFigure } from '../figures/report.ts';
import { reportPdfFile } from '../figures/report-files.ts';
import { documentsByDate } from '../model/stats.ts';
import { undatedInYear } from '../figures/reconciliation.ts';
import { reconciliationView, type ReconciliationView } from './reconciliation.ts';
import { reportSummary, type ReportSummaryView } from './report-summary.ts';
import {
  keyFigureRows,
  reportPageDescription,
  reportSections,
  type KeyFigureRow,
  type ReportSection,
} from './report-page.ts';
import { shareImageOf, type ShareImage } from '../outputs/share-cards.ts';
import { shareOf } from './images.ts';
import { chromeView, type PageView } from './chrome.ts';
import { pageTranslated, reportNarrative } from './indexing.ts';
import { bodyDigest } from './images.ts';
import {
  achievementRows,
  awardRows,
  documentRef,
  newsLink,
  studioLink,
  type DocumentRef,
  type AchievementRowView,
  type AwardRowView,
  type EntryLink,
  type NewsLinkView,
} from './parts.ts';

export interface ReportView extends PageView {
  /** What the page shows when shared: its photo or a card drawn from its title (src/lib/outputs/share-cards.ts). */
  share?: ShareImage;
  year: number;
  /** The narrative (MDX) shown, in the reader's language or else the Chinese one, when there is one. */
  narrative?: { entryId: string; title: string; summary: string; draft: boolean; body: string };
  translated: boolean;
  /** Plain words made from the page's figures, when the editors wrote no text in the reader's language. */
  summary?: ReportSummaryView;
  keyFigures: KeyFigure[];
  /** Studios named under this year whose naming has no date: counted now, at no year end. */
  undatedNamings: number;
  /** How the year-end count adds up from the year before's, with every studio counted elsewhere named. */
  reconciliation: ReconciliationView;
  charts: ChartInstance[];
  /** Namings of the year's cycle (年度) where stated, else of the year of their date. */
  named: Array<StudioDesignation & { studioLink: EntryLink; document?: DocumentRef }>;
  studioFigures: Array<{ studio: EntryLink; figures: YearFigures }>;
  /** The year's documents; `lang` when the title is shown in Chinese on an English page. */
  documents: Array<{
    id: string;
    title: string;
    lang?: 'zh-CN';
    number?: string;
    date: PartialDate;
  }>;
  matrix: { levels: AdminLevel[]; ranks: AwardRank[]; counts: number[][] };
  awards: AwardRowView[];
  achievements: AchievementRowView[];
  news: NewsLinkView[];
  /** The printed report's file, when it has been made (npm run reports:pdf). */
  pdf?: string;
  /** What the page renders as made words (./report-page.ts): key figure rows with their change, its sections, its description. */
  keyFigureRows: KeyFigureRow[];
  sections: ReportSection[];
  description: string;
}

export function reportView(model: SiteModel, locale: Locale, year: number): ReportView {
  const narrative = reportNarrative(model, locale, year);
  const awards = [...model.awards.values()].filter((award) => award.data.year === year);
  const matrix = levelRankMatrix(awards);
  const pdf = reportPdfFile(year, locale);
  const facts: Omit<ReportView, 'keyFigureRows' | 'sections' | 'description'> = {
    chrome: chromeView(model, locale),
    ...shareOf(shareImageOf(model, locale, { type: 'report', id: String(year) })),
    year,
    ...(narrative
      ? {
          narrative: {
            entryId: narrative.id,
            title: narrative.data.title,
            summary: narrative.data.summary,
            draft: narrative.data.draft === true,
            body: bodyDigest(narrative.body),
          },
        }
      : {}),
    translated: pageTranslated.report(model, locale, year),
    keyFigures: reportKeyFigures(model, year),
    undatedNamings: undatedInYear(model, year),
    reconciliation: reconciliationView(model, locale, year),
    charts: chartsFor(model, 'report', { locale, year }),
    named: namingsOfYear(model, year)
      .toSorted((a, b) => compareDates(a.date, b.date))
      .map((d) => ({
        ...d,
        studioLink: studioLink(model, locale, d.studio),
        ...(d.documentId ? { document: documentRef(model, locale, d.documentId) } : {}),
      })),
    studioFigures: studioFiguresInYear(model, year).map(({ studio, figures }) => ({
      studio: studioLink(model, locale, studio),
      figures,
    })),
    documents: documentsByDate(model).flatMap((doc) =>
      doc.data.date && inYear(doc.data.date, year)
        ? [
            {
              id: doc.id,
              title: text(locale, doc.data.title),
              ...(textLang(locale, doc.data.title) ? { lang: 'zh-CN' as const } : {}),
              ...(doc.data.number ? { number: doc.data.number } : {}),
              date: doc.data.date,
            },
          ]
        : [],
    ),
    matrix: {
      levels: matrix.levels,
      ranks: matrix.ranks,
      counts: matrix.levels.map((level) => matrix.ranks.map((rank) => matrix.count(level, rank))),
    },
    awards: awardRows(model, locale, awards),
    achievements: achievementRows(
      model,
      locale,
      registerOrder(
        [...model.achievements.values()].filter((entry) => achievementYear(entry.data) === year),
      ),
    ),
    news: allNews(model, locale)
      .filter((item) => item.entry.data.date.startsWith(`${year}-`))
      .map((item) => newsLink(model, locale, item.slug)),
    ...(existsSync(`public${pdf}`) ? { pdf } : {}),
  };
  const view: ReportView = {
    ...facts,
    keyFigureRows: keyFigureRows(locale, facts.keyFigures),
    sections: reportSections(locale, facts),
    description: reportPageDescription(locale, year, facts),
  };
  // Words of the page's own figures, unless the editors wrote the year's text in this language.
  return narrative && view.translated ? view : { ...view, summary: reportSummary(locale, view) };
}
