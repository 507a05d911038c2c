/**
 * The words a year's report opens with, when the editors wrote none (content/reports): a few plain
 * sentences made from the same figures the page shows beside them (the key figures, the year-end
 * reconciliation, the awards by level, the register), never from figures of their own. Each
 * number is a part of its own, naming the figure of the page it repeats (`source`), so that a build
 * test can check every number against the page. A figure the sources do not state is left out,
 * never said as 0; "at least" and "about" are carried into the words.
 */
import type { Quantity } from '../../schemas/common.ts';
import {
  LEVEL_TIERS,
  type AdminLevel,
  type AwardRank,
  type Locale,
} from '../../schemas/vocabulary.ts';
import { formatQuantity, formatQuantityWithUnit } from '../site/format.ts';
import { label, t } from '../site/i18n.ts';
import type { KeyFigure, KeyFigureName } from '../figures/report.ts';
import type { AchievementRowView } from './parts.ts';
import type { ReconciliationView } from './reconciliation.ts';

/** A number of the summary, with the page figure it repeats: `kpi:<key>`, `rec:<row>`, `awards:<level>` or `achievements`. */
export interface SummaryNumber {
  /** The number as a reader says it, with its unit where the qualifier follows the unit (3,583人次以上). */
  text: string;
  /** The unit taken into `text` from the words after it, so that 以上 follows it. */
  unit?: string;
  value: number;
  qualifier: Quantity['qualifier'];
  source: string;
}
export type SummaryPart = string | SummaryNumber;
/** The summary: sentences, each a list of words and numbers. */
export type ReportSummaryView = SummaryPart[][];

/** The figures of the report page (src/lib/views/report.ts) the summary is made from. */
interface SummarySources {
  year: number;
  keyFigures: KeyFigure[];
  reconciliation: ReconciliationView;
  matrix: { levels: AdminLevel[]; ranks: AwardRank[]; counts: number[][] };
  achievements: AchievementRowView[];
}

const number = (locale: Locale, quantity: Quantity, source: string): SummaryNumber => ({
  text: formatQuantity(locale, quantity),
  value: quantity.value,
  qualifier: quantity.qualifier,
  source,
});
const exact = (value: number): Quantity => ({ value, qualifier: 'exact' });

/** The Chinese measure words of the summary's templates that a number's 以上 follows. */
const MEASURE_WORD = /^(人次|万元|个|项|件|条)/;

/**
 * A template's words with its `{name}` placeholders replaced by parts (numbers or words). In
 * Chinese a lower bound's 以上 follows the unit after the number: 培训3,583人次以上, not 3,583以上人次.
 */
function fill(template: string, values: Record<string, SummaryPart | undefined>): SummaryPart[] {
  const parts = template.split(/(\{\w+\})/).flatMap((piece): SummaryPart[] => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    if (!name) return piece ? [piece] : [];
    const value = values[name];
    return value === undefined ? [piece] : [value];
  });
  const unitAfter = (i: number): string | undefined => {
    const [part, after] = [parts[i], parts[i + 1]];
    if (typeof part !== 'object' || typeof after !== 'string') return undefined;
    // Only Chinese puts 以上 after a number (formatQuantity): there it moves after the unit.
    if (part.qualifier !== 'at-least' || !part.text.endsWith('以上')) return undefined;
    return MEASURE_WORD.exec(after)?.[1];
  };
  return parts.flatMap((part, i): SummaryPart[] => {
    if (typeof part === 'string') {
      const rest = part.slice(unitAfter(i - 1)?.length ?? 0);
      return rest ? [rest] : [];
    }
    const unit = unitAfter(i);
    if (!unit) return [part];
    const quantity = { value: part.value, qualifier: part.qualifier };
    return [{ ...part, text: formatQuantityWithUnit('zh', quantity, unit), unit }];
  });
}

/** Parts joined by the language's list separator. */
function list(locale: Locale, items: SummaryPart[][]): SummaryPart[] {
  const separator = (i: number) =>
    locale === 'zh'
      ? '、'
      : i === items.length - 1
        ? items.length > 2
          ? ', and '
          : ' and '
        : ', ';
  return items.flatMap((item, i) => (i === 0 ? item : [separator(i), ...item]));
}

const kpi = (figures: KeyFigure[], key: KeyFigureName) =>
  figures.find((figure) => figure.key === key);

function namedSentence(locale: Locale, year: number, figures: KeyFigure[]): SummaryPart[] {
  const total = kpi(figures, 'namedTotal');
  if (!total || total.value.value === 0)
    return fill(t(locale, 'report.summary.noNamings'), { year: String(year) });
  const tiers = [...LEVEL_TIERS, 'unstated' as const].flatMap((tier) => {
    const figure = kpi(figures, `named-${tier}`);
    return figure && figure.value.value > 0
      ? [
          fill(t(locale, 'report.summary.levelItem'), {
            level:
              tier === 'unstated'
                ? t(locale, 'common.levelNotStated')
                : label(locale, 'levelTier', tier),
            n: number(locale, figure.value, `kpi:named-${tier}`),
          }),
        ]
      : [];
  });
  return [
    ...fill(t(locale, 'report.summary.named'), {
      year: String(year),
      n: number(locale, total.value, 'kpi:namedTotal'),
    }),
    ...(tiers.length
      ? [
          ...fill(t(locale, 'report.summary.amongOpen'), {}),
          ...list(locale, tiers),
          ...fill(t(locale, 'report.summary.amongClose'), {}),
        ]
      : []),
  ];
}

function inForceSentence(
  locale: Locale,
  r: ReconciliationView,
  atYearEnd: KeyFigure | undefined,
): SummaryPart[] {
  // A count that leaves out studios whose naming is dated only by a bound around the year end is a lower bound.
  const atLeast = (quantity: Quantity | undefined) =>
    quantity?.qualifier === 'at-least' ? t(locale, 'report.summary.atLeast') : '';
  const changes = (['entered', 'revoked', 'merged'] as const).flatMap((row) =>
    r[row] > 0
      ? [
          fill(t(locale, `report.summary.${row}`), {
            n: number(locale, exact(r[row]), `rec:${row}`),
          }),
        ]
      : [],
  );
  return [
    ...fill(t(locale, 'report.summary.inForce'), {
      year: String(r.year),
      before: String(r.year - 1),
      n: number(locale, exact(r.yearEnd), 'rec:year-end'),
      previous: number(locale, exact(r.previousYearEnd), 'rec:previous'),
      nAtLeast: atLeast(atYearEnd?.value),
      previousAtLeast: atLeast(atYearEnd?.previous),
    }),
    ...(changes.length ? [locale === 'zh' ? '；' : '; ', ...list(locale, changes)] : []),
  ];
}

function awardsSentence(
  locale: Locale,
  figures: KeyFigure[],
  matrix: SummarySources['matrix'],
): SummaryPart[] {
  const total = kpi(figures, 'awards');
  if (!total || total.value.value === 0) return [];
  const levels = matrix.levels.flatMap((level, row) => {
    const count = matrix.counts[row]!.reduce((a, b) => a + b, 0);
    return count > 0
      ? [
          fill(t(locale, 'report.summary.awardItem'), {
            level: label(locale, 'adminLevel', level),
            n: number(locale, exact(count), `awards:${level}`),
          }),
        ]
      : [];
  });
  return [
    ...fill(t(locale, 'report.summary.awards'), { n: number(locale, total.value, 'kpi:awards') }),
    ...(levels.length
      ? [
          ...fill(t(locale, 'report.summary.amongOpen'), {}),
          ...list(locale, levels),
          ...fill(t(locale, 'report.summary.amongClose'), {}),
        ]
      : []),
  ];
}

/** The figures the studios reported for the year; each only when stated. */
const REPORTED = ['patents', 'proposalsAdopted', 'benefit', 'trained'] as const;

function reportedSentence(locale: Locale, figures: KeyFigure[]): SummaryPart[] {
  const stated = REPORTED.flatMap((key) => {
    const figure = kpi(figures, key);
    return figure
      ? [
          {
            figure,
            item: fill(t(locale, `report.summary.item.${key}`), {
              n: number(locale, figure.value, `kpi:${key}`),
            }),
          },
        ]
      : [];
  });
  if (!stated.length) return [];
  const partial = stated.some(({ figure }) => figure.partial);
  return [
    ...fill(t(locale, 'report.summary.reported'), {}),
    ...list(
      locale,
      stated.map(({ item }) => item),
    ),
    ...(partial ? [t(locale, 'report.summary.partial')] : []),
  ];
}

function registerSentence(
  locale: Locale,
  year: number,
  achievements: SummarySources['achievements'],
): SummaryPart[] {
  if (!achievements.length) return [];
  return fill(t(locale, 'report.summary.register'), {
    year: String(year),
    n: number(locale, exact(achievements.length), 'achievements'),
  });
}

/** The summary of a report, from the figures of its page. */
export function reportSummary(locale: Locale, sources: SummarySources): ReportSummaryView {
  return [
    namedSentence(locale, sources.year, sources.keyFigures),
    inForceSentence(locale, sources.reconciliation, kpi(sources.keyFigures, 'studiosAtYearEnd')),
    awardsSentence(locale, sources.keyFigures, sources.matrix),
    reportedSentence(locale, sources.keyFigures),
    registerSentence(locale, sources.year, sources.achievements),
  ]
    .filter((sentence) => sentence.length > 0)
    .map((sentence) => [...sentence, locale === 'zh' ? '。' : '.']);
}

/** A sentence as plain text (for the page's description and for tests). */
export const summaryText = (sentence: SummaryPart[]): string =>
  sentence.map((part) => (typeof part === 'string' ? part : part.text)).join('');
