/**
 * The parts of a report's page that are words made from its view: the key figures' rows with
 * their change from the year before in words, the sections in the table of contents, and the
 * page's description. Made here so that the page only renders them.
 */
import type { Locale } from '../../schemas/vocabulary.ts';
import { change, type KeyFigure } from '../figures/report.ts';
import { formatNumber } from '../site/format.ts';
import { t } from '../site/i18n.ts';
import { reportDescription } from '../outputs/share-cards.ts';

/** "据5个工作室报送": whose reports a programme figure adds up (studios that leave it out are not in it). */
export const reportingNote = (locale: Locale, studios: number): string =>
  t(locale, 'figures.reporting').replace('{n}', formatNumber(locale, studios));

export interface KeyFigureRow extends KeyFigure {
  label: string;
  /** For a figure the studios report: how many studios' reports it adds up, in words. */
  reportingNote?: string;
  /** The change from the year before, signed (+3, −2, 0), or "—" where none is computed (unknown, partial, not exact, other studios reporting). */
  change: string;
}

/** The key figures with their labels and changes in words. */
export function keyFigureRows(locale: Locale, figures: KeyFigure[]): KeyFigureRow[] {
  return figures.map((figure) => {
    const value = change(figure);
    const signed =
      value === undefined
        ? '—'
        : value > 0
          ? `+${formatNumber(locale, value)}`
          : value === 0
            ? '0'
            : formatNumber(locale, value);
    return {
      ...figure,
      label: t(locale, `report.kpi.${figure.key}`),
      change: signed,
      ...(figure.studios ? { reportingNote: reportingNote(locale, figure.studios) } : {}),
    };
  });
}

export interface ReportSection {
  /** The section's anchor on the page. */
  id: string;
  heading: string;
}

/** What decides the sections: the report view's narrative and lists (typed here by shape, so that ./report.ts imports this and not the reverse). */
interface SectionSources {
  narrative?: { summary: string };
  charts: readonly unknown[];
  named: readonly unknown[];
  studioFigures: readonly unknown[];
  documents: readonly unknown[];
  awards: readonly unknown[];
  achievements: readonly unknown[];
  news: readonly unknown[];
}

/** The sections the page shows, in order: those with nothing to show are left out. */
export function reportSections(locale: Locale, view: SectionSources): ReportSection[] {
  const sections: Array<[string, Parameters<typeof t>[1], boolean]> = [
    ['narrative', 'report.narrative', view.narrative !== undefined],
    ['key-figures', 'reports.keyFigures', true],
    ['reconciliation', 'report.reconciliation', true],
    ['charts', 'chart.heading', view.charts.length > 0],
    ['named', 'reports.named', view.named.length > 0],
    ['studio-figures', 'report.studioFigures', view.studioFigures.length > 0],
    ['documents', 'reports.documents', view.documents.length > 0],
    ['awards', 'reports.awards', view.awards.length > 0],
    ['achievements', 'reports.achievements', view.achievements.length > 0],
    ['news', 'reports.news', view.news.length > 0],
  ];
  return sections
    .filter(([, , shown]) => shown)
    .map(([id, key]) => ({ id, heading: t(locale, key) }));
}

/** The page's description: the editors' summary, else the year and the sections it covers. */
export const reportPageDescription = (locale: Locale, year: number, view: SectionSources): string =>
  view.narrative?.summary ??
  reportDescription(
    locale,
    year,
    reportSections(locale, view).map((section) => section.heading),
  );
