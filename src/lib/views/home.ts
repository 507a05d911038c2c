/** The view of the home page: latest news, featured studios, latest documents, headline figures, two charts. */
import type { PartialDate, Quantity } from '../../schemas/common.ts';
import type { Locale } from '../../schemas/vocabulary.ts';
import { chartsFor, type ChartInstance } from '../charts/instances.ts';
import { studiosOfNoYear } from '../figures/reconciliation.ts';
import { programmeTotals } from '../figures/yearly-figures.ts';
import { hasLocale, text } from '../site/i18n.ts';
import type { SiteModel } from '../model/model.ts';
import {
  documentsByDate,
  namedStudioCount,
  newsByDate,
  studiosByTier,
  type StudiosByTier,
  unionDocuments,
} from '../model/stats.ts';
import { shareImageOf, type ShareImage } from '../outputs/share-cards.ts';
import { chromeView, type PageView } from './chrome.ts';
import { reportingNote } from './report-page.ts';
import { newsLink, studioCard, type NewsLinkView, type StudioCardView } from './parts.ts';

/** How many articles and documents the home page lists. */
const LATEST = 5;

export interface HomeView extends PageView {
  description: string;
  news: NewsLinkView[];
  featured: StudioCardView[];
  documents: Array<{
    id: string;
    title: string;
    translated: boolean;
    number?: string;
    date?: PartialDate;
  }>;
  /** The day the figures are counted on (the publishing date). */
  asOf: string;
  figures: {
    /** Studios in force now, and those of them whose namings state neither a date nor a cycle year (in no report's year-end count). */
    studios: number;
    studiosOfNoYear: number;
    documents: number;
    awards: number;
    proposalsSubmitted?: Quantity;
    proposalsImplemented?: Quantity;
    /** Whose reports each proposals figure adds up, in words: "据3个工作室报送". */
    reporting: { proposalsSubmitted?: string; proposalsImplemented?: string };
  };
  /** Studios in force by the tier of their highest level, and those named with no level stated. */
  tiers: StudiosByTier;
  charts: ChartInstance[];
  /** What the home page shows when shared: a card with the site's name (src/lib/outputs/share-cards.ts). */
  share?: ShareImage;
}

export function homeView(model: SiteModel, locale: Locale): HomeView {
  const totals = programmeTotals(model);
  return {
    chrome: chromeView(model, locale),
    description: text(locale, model.settings.description),
    news: newsByDate(model)
      .slice(0, LATEST)
      .map(([slug]) => newsLink(model, locale, slug)),
    featured: [...model.studios.values()]
      .filter((studio) => studio.data.featured)
      .map((studio) => studioCard(model, locale, studio.id)),
    documents: documentsByDate(model)
      .slice(0, LATEST)
      .map((doc) => ({
        id: doc.id,
        title: text(locale, doc.data.title),
        translated: hasLocale(locale, doc.data.title),
        ...(doc.data.number ? { number: doc.data.number } : {}),
        date: doc.data.date,
      })),
    asOf: model.asOf,
    figures: {
      studios: namedStudioCount(model),
      studiosOfNoYear: studiosOfNoYear(model),
      // Labelled 工会文件: an agreement a union brokered is not one.
      documents: unionDocuments(model).length,
      awards: model.awards.size,
      ...(totals.proposalsSubmitted ? { proposalsSubmitted: totals.proposalsSubmitted } : {}),
      ...(totals.proposalsImplemented ? { proposalsImplemented: totals.proposalsImplemented } : {}),
      reporting: Object.fromEntries(
        (['proposalsSubmitted', 'proposalsImplemented'] as const).flatMap((key) => {
          const studios = totals.reporting?.[key];
          return studios ? [[key, reportingNote(locale, studios.length)]] : [];
        }),
      ),
    },
    tiers: studiosByTier(model),
    charts: chartsFor(model, 'home', { locale }),
    share: shareImageOf(model, locale, { type: 'home', id: '' }),
  };
}
