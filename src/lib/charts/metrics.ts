/**
 * The metrics charts are drawn from: plain functions of the site model. Each returns the chart's
 * categories and series in the reader's language, or undefined when the context has no data
 * (a report year without it, a studio without figures). Counts follow the same rules as the
 * pages: a studio is counted once, at its highest active level.
 */
import {
  ACHIEVEMENT_TYPES,
  ADMIN_LEVELS,
  ASSESSMENT_GRADES,
  AWARD_FAMILIES,
  AWARD_RANKS,
  INDUSTRIES,
  LEVEL_TIERS,
  SKILL_GRADES,
  type ChartPlacement,
  type Locale,
  type MetricName,
} from '../../schemas/vocabulary.ts';
import type { Quantity } from '../../schemas/common.ts';
import { achievementYear, resultCount } from '../model/achievements.ts';
import { compareDates, yearOf } from '../model/dates.ts';
import {
  figureYears,
  programmeYear,
  studioYears,
  type FigureKey,
  type YearFigures,
} from '../figures/yearly-figures.ts';
import { label, t, text } from '../site/i18n.ts';
import { levelTier } from '../model/levels.ts';
import {
  allNamings,
  bestLevel,
  isUnionNaming,
  namingYear,
  type SiteModel,
  type StudioDesignation,
} from '../model/model.ts';
import { sumQuantities, sumStated } from '../model/quantity.ts';
import { swatchKey, type SwatchKey } from './chart-colours.ts';
import { namingsByTier, namingsOfYear } from '../figures/namings.ts';
import {
  inForceAtYearEnd,
  possiblyInForceAtYearEnd,
  studiosByTier,
  studiosInForce,
  yearEnd,
} from '../model/stats.ts';

export interface ChartSeries {
  /** Stable key, for CSV headers and tests. */
  key: string;
  label: string;
  values: number[];
  axis?: 'y' | 'y2';
  /**
   * What the values are: counts or amounts per category (summed in the summary), the number in
   * force at each category's end ("in-force": a state, which falls after a revocation, never
   * summed), or a rate (never summed).
   */
  kind?: 'amount' | 'in-force' | 'rate';
  /** Categories whose value the sources do not state: shown as unknown ("—", an empty cell, a gap), never as 0. */
  unknown?: boolean[];
  /** The qualifier of each value as reported ("at least", "about"), where any is not exact. */
  qualifiers?: Array<Quantity['qualifier']>;
  /** The vocabulary value the series stands for, which gives its colour on every chart (src/lib/charts/chart-colours.ts). */
  swatch?: SwatchKey;
  /** True for quantities the sources state (a reported 0 is a fact to show), unset for counts made here. */
  stated?: true;
}

export interface ChartData {
  labels: string[];
  series: ChartSeries[];
  /** Categories that cover only part of a period (months of a year): never compared with whole ones for peaks. */
  partial?: boolean[];
  /** The vocabulary value of each category, for charts that colour categories (pie, doughnut). */
  categorySwatches?: Array<SwatchKey | undefined>;
}

export interface MetricContext {
  locale: Locale;
  placement: ChartPlacement;
  /** The report year; the metric shows the years up to it and needs data in it. */
  year?: number;
  /** The studio whose page shows the chart. */
  studio?: string;
}

/**
 * What a chart of a report year shows: that year alone, the state at its end, or each year (or
 * cycle) up to it. Said beside the chart's title, so that no reader takes one for another.
 */
export type ReportScope = 'year' | 'year-end' | 'years-to';

export interface Metric {
  /** Its scope on a report, when it serves reports. */
  reportScope?: ReportScope;
  compute: (model: SiteModel, context: MetricContext) => ChartData | undefined;
}

const hasValues = (data: ChartData) =>
  data.series.some((series) => series.values.some((value) => value !== 0));
const orUndefined = (data: ChartData) => (hasValues(data) ? data : undefined);

/** The years a per-year chart shows: all, or up to the report year (which must be among them). */
function yearsFor(all: number[], context: MetricContext): number[] | undefined {
  if (context.year === undefined) return all;
  if (!all.includes(context.year)) return undefined;
  return all.filter((year) => year <= context.year!);
}

/** The figures a per-year chart reads: the studio's years on a studio page, else the programme's. */
function yearFigures(model: SiteModel, context: MetricContext): YearFigures[] | undefined {
  if (context.studio) {
    const years = studioYears(model, context.studio);
    return years.length ? years : undefined;
  }
  const years = yearsFor(figureYears(model), context);
  return years?.map((year) => programmeYear(model, year)!);
}

/** A year's category label: the year, with its months when the figures cover only part of it (2021（8–10月） / 2021 (Aug–Oct)). */
export function yearLabel(locale: Locale, year: YearFigures): string {
  if (!year.partial) return String(year.year);
  const ranges = [...new Set(year.periods)];
  // Months only when every figure of the year covers the same months; else the year is marked as mixing parts of it.
  if (ranges.length !== 1 || !ranges[0]!.includes('–'))
    return locale === 'zh'
      ? `${year.year}（含部分月份）`
      : `${year.year} (incl. part-year figures)`;
  const [from, to] = ranges[0]!.split('–').map((month) => Number(month.slice(5, 7))) as [
    number,
    number,
  ];
  if (locale === 'zh') return `${year.year}（${from === to ? from : `${from}–${to}`}月）`;
  const name = (month: number) =>
    new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-GB', {
      month: 'short',
      timeZone: 'UTC',
    });
  return `${year.year} (${from === to ? name(from) : `${name(from)}–${name(to)}`})`;
}

/**
 * The categories of a year-end chart that a studio not counted at that year end may have been in
 * (src/lib/model/stats.ts, possiblyInForceAtYearEnd): none for the publishing date.
 */
function possibleAtYearEnd<Category>(
  model: SiteModel,
  year: number | undefined,
  categoryOf: (possible: { studio: string; namings: StudioDesignation[] }) => Category,
): Set<Category> {
  return new Set(year === undefined ? [] : possiblyInForceAtYearEnd(model, year).map(categoryOf));
}

/** A series of counts, each marked at least where `lower` says it is a lower bound. */
const lowerBounds = (series: ChartSeries, lower: boolean[]): ChartSeries =>
  withQualifiers(
    series,
    lower.map((atLeast, i) => ({
      value: series.values[i] ?? 0,
      qualifier: atLeast ? 'at-least' : 'exact',
    })),
  );

/** A series with the qualifiers of its values kept, when any is not exact. */
function withQualifiers(series: ChartSeries, quantities: Array<Quantity | undefined>): ChartSeries {
  const qualifiers = quantities.map((quantity) => quantity?.qualifier ?? 'exact');
  return qualifiers.some((qualifier) => qualifier !== 'exact') ? { ...series, qualifiers } : series;
}

/**
 * A series of stated quantities, one per category: each value with its qualifier, and a category
 * whose quantity no source states marked unknown ("—", an empty cell, a gap), never drawn as 0.
 */
function statedSeries(
  series: Omit<ChartSeries, 'values' | 'qualifiers' | 'unknown'>,
  quantities: Array<Quantity | undefined>,
): ChartSeries {
  const drawn = withQualifiers(
    { ...series, values: quantities.map((quantity) => quantity?.value ?? 0), stated: true },
    quantities,
  );
  return quantities.includes(undefined)
    ? { ...drawn, unknown: quantities.map((quantity) => quantity === undefined) }
    : drawn;
}

/** A per-year chart of some figure keys. */
function figureSeries(keys: readonly FigureKey[]) {
  return (model: SiteModel, context: MetricContext): ChartData | undefined => {
    const years = yearFigures(model, context);
    if (!years) return undefined;
    if (
      context.year !== undefined &&
      !keys.some((key) => years.find((y) => y.year === context.year)?.[key])
    )
      return undefined;
    return orUndefined({
      labels: years.map((year) => yearLabel(context.locale, year)),
      // A year that does not state a figure is unknown in it (a gap, an empty cell), never 0.
      series: keys.map((key) =>
        statedSeries(
          { key, swatch: swatchKey('figure', key), label: t(context.locale, `fig.${key}`) },
          years.map((year) => year[key]),
        ),
      ),
      partial: years.map((year) => year.partial),
    });
  };
}

/** The kinds of money a recognition carries, each its own series: funds of a union naming, rewards of a commendation. */
const FUNDING_KINDS = ['naming', 'commendation', 'support'] as const;
type FundingKind = (typeof FUNDING_KINDS)[number];
const FUNDING_SWATCHES = {
  naming: 'naming-funds',
  commendation: 'commendation-rewards',
  support: 'support-funds',
} as const;

/**
 * A recognition's kind of union money: naming funds, commendation rewards or support funds (重点支持).
 * A 公示 grants nothing; other bodies' money and a team's are no union studio funding.
 */
function fundingKind(designation: StudioDesignation): FundingKind | undefined {
  if (isUnionNaming(designation)) return 'naming';
  if (designation.scheme !== 'union' || designation.recipient !== 'studio') return undefined;
  return designation.stage === 'commended'
    ? 'commendation'
    : designation.stage === 'supported'
      ? 'support'
      : undefined;
}

/**
 * Every year from the first in which any studio was named (cycle years where stated) to the last:
 * a time axis, so a year without a naming is shown (0 named, the count in force carried over),
 * never skipped as if two years apart were one after the other.
 */
const namingYears = (model: SiteModel) => {
  const years = allNamings(model)
    .map(namingYear)
    .filter((year) => year !== undefined);
  if (years.length === 0) return [];
  const first = Math.min(...years);
  return Array.from({ length: Math.max(...years) - first + 1 }, (_, i) => first + i);
};

/** Namings whose year the sources do not state: a chart of the whole programme shows them in their own category. */
const undatedNamings = (model: SiteModel) => namingsOfYear(model, undefined);

/** Each metric's function; where each may be placed is src/schemas/metric-placements.ts, checked by the validator. */
export const METRIC_FUNCTIONS: Record<MetricName, Metric> = {
  'register-by-type-per-year': { reportScope: 'years-to', compute: registerByTypePerYear },
  'register-benefit-by-studio': { compute: registerBenefitByStudio },
  'studios-by-level': {
    reportScope: 'year-end',
    compute: (model, { locale, year }) => {
      if (year !== undefined && !namingYears(model).some((y) => y <= year)) return undefined;
      const counts = studiosByTier(model, year ? yearEnd(year) : undefined);
      // At a year end, a tier a studio not counted may have been in at the time is a lower bound.
      const possible = possibleAtYearEnd(model, year, ({ namings }) => {
        const level = bestLevel(namings.map((d) => d.level));
        return (level && levelTier(level)) ?? 'unstated';
      });
      // Studios named with no level stated are a category of their own, so the bars add up to the count in force.
      const unstated = counts.unstated > 0 || possible.has('unstated');
      const tiers = [...LEVEL_TIERS, ...(unstated ? (['unstated'] as const) : [])];
      return orUndefined({
        labels: tiers.map((tier) =>
          tier === 'unstated'
            ? t(locale, 'common.levelNotStated')
            : label(locale, 'levelTier', tier),
        ),
        categorySwatches: tiers.map((tier) =>
          tier === 'unstated' ? swatchKey('special', 'not-stated') : swatchKey('level', tier),
        ),
        series: [
          lowerBounds(
            {
              key: 'studios',
              label: t(locale, 'home.studios'),
              values: tiers.map((tier) => counts[tier]),
            },
            tiers.map((tier) => possible.has(tier)),
          ),
        ],
      });
    },
  },
  'named-per-year-by-level': {
    reportScope: 'years-to',
    compute: (model, context) => {
      const years = yearsFor(namingYears(model), context);
      if (!years) return undefined;
      // Namings with no stated year are a category of their own on programme charts, never dropped or guessed.
      const undated = context.year === undefined ? undatedNamings(model) : [];
      const buckets: Array<number | undefined> = [...years, ...(undated.length ? [undefined] : [])];
      const counts = buckets.map((year) => namingsByTier(model, year));
      return orUndefined({
        labels: buckets.map((year) =>
          year === undefined ? t(context.locale, 'common.yearNotStated') : String(year),
        ),
        series: [
          ...LEVEL_TIERS.map((tier) => ({
            key: tier,
            swatch: swatchKey('level', tier),
            label: label(context.locale, 'levelTier', tier),
            values: counts.map((count) => count[tier]),
          })),
          // Namings whose level no source states: a series of their own (left out when there are none).
          {
            key: 'level-not-stated',
            swatch: swatchKey('special', 'not-stated'),
            label: t(context.locale, 'common.levelNotStated'),
            values: counts.map((count) => count.unstated),
          },
        ],
      });
    },
  },
  'cumulative-studios': {
    reportScope: 'years-to',
    compute: (model, context) => {
      const years = yearsFor(namingYears(model), context);
      if (!years) return undefined;
      const counts = years.map((year) => inForceAtYearEnd(model, year));
      return orUndefined({
        labels: years.map(String),
        series: [
          withQualifiers(
            {
              key: 'studios',
              label: t(context.locale, 'chart.inForceAtYearEnd'),
              kind: 'in-force',
              values: counts.map((count) => count.value),
            },
            counts,
          ),
        ],
      });
    },
  },
  proposals: {
    reportScope: 'years-to',
    compute: (model, context) => {
      const data = figureSeries(['proposalsSubmitted', 'proposalsAdopted', 'proposalsImplemented'])(
        model,
        context,
      );
      if (!data) return undefined;
      const submitted = data.series.find((series) => series.key === 'proposalsSubmitted');
      const adopted = data.series.find((series) => series.key === 'proposalsAdopted');
      if (!submitted || !adopted) return data;
      // The rate of each year as decided once (./derived-figures.ts): a year that states no rate is unknown, never 0.
      const rates = (yearFigures(model, context) ?? []).map((year) => year.adoptionRate);
      const rate = {
        key: 'adoptionRate',
        swatch: swatchKey('special', 'adoption-rate'),
        label: `${t(context.locale, 'fig.adoptionRate')} (%)`,
        axis: 'y2',
        kind: 'rate',
      } as const;
      return { ...data, series: [...data.series, statedSeries(rate, rates)] };
    },
  },
  benefit: { reportScope: 'years-to', compute: figureSeries(['benefit']) },
  'patents-by-type': {
    reportScope: 'years-to',
    compute: figureSeries([
      'patentsInvention',
      'patentsUtilityModel',
      'patentsDesign',
      'patentsTotal',
    ]),
  },
  'achievements-by-type': {
    reportScope: 'years-to',
    compute: figureSeries(['innovations', 'breakthroughs', 'fiveSmall', 'papers', 'incubated']),
  },
  'people-trained': { reportScope: 'years-to', compute: figureSeries(['trained']) },
  'people-promoted': {
    reportScope: 'years-to',
    compute: (model, context) => {
      const years = yearFigures(model, context);
      if (!years) return undefined;
      if (
        context.year !== undefined &&
        !Object.keys(years.find((y) => y.year === context.year)?.promoted ?? {}).length
      )
        return undefined;
      const grades = SKILL_GRADES.filter((grade) => years.some((year) => year.promoted[grade]));
      return orUndefined({
        labels: years.map((year) => yearLabel(context.locale, year)),
        series: grades.map((grade) =>
          withQualifiers(
            {
              key: grade,
              swatch: swatchKey('skill', grade),
              label: label(context.locale, 'skillGrade', grade),
              values: years.map((year) => year.promoted[grade]?.value ?? 0),
            },
            years.map((year) => year.promoted[grade]),
          ),
        ),
        partial: years.map((year) => year.partial),
      });
    },
  },
  'awards-by-level-rank': {
    reportScope: 'year',
    compute: (model, { locale, year }) => {
      const awards = [...model.awards.values()].filter(
        (award) => year === undefined || award.data.year === year,
      );
      const levels = ADMIN_LEVELS.filter((level) =>
        awards.some((award) => award.data.level === level),
      );
      const ranks = AWARD_RANKS.filter((rank) => awards.some((award) => award.data.rank === rank));
      return orUndefined({
        labels: levels.map((level) => label(locale, 'adminLevel', level)),
        series: ranks.map((rank) => ({
          key: rank,
          swatch: swatchKey('rank', rank),
          label: label(locale, 'awardRank', rank),
          values: levels.map(
            (level) =>
              awards.filter((award) => award.data.level === level && award.data.rank === rank)
                .length,
          ),
        })),
      });
    },
  },
  'awards-by-family': {
    reportScope: 'year',
    compute: (model, { locale, year }) => {
      const awards = [...model.awards.values()].filter(
        (award) => year === undefined || award.data.year === year,
      );
      const families = AWARD_FAMILIES.filter((family) =>
        awards.some((award) => award.data.family === family),
      );
      return orUndefined({
        labels: families.map((family) => label(locale, 'awardFamily', family)),
        categorySwatches: families.map((family) => swatchKey('family', family)),
        series: [
          {
            key: 'awards',
            label: t(locale, 'home.awards'),
            values: families.map(
              (family) => awards.filter((award) => award.data.family === family).length,
            ),
          },
        ],
      });
    },
  },
  'awards-per-year': {
    compute: (model, { locale }) => {
      const awards = [...model.awards.values()];
      // An award of no stated year is in no year's column (the awards pages list it under 未注明).
      const years = [
        ...new Set(
          awards.flatMap((award) => (award.data.year === undefined ? [] : [award.data.year])),
        ),
      ].toSorted();
      const levels = ADMIN_LEVELS.filter((level) =>
        awards.some((award) => award.data.level === level),
      );
      return orUndefined({
        labels: years.map(String),
        series: levels.map((level) => ({
          key: level,
          swatch: swatchKey('level', level),
          label: label(locale, 'adminLevel', level),
          values: years.map(
            (year) => awards.filter((a) => a.data.year === year && a.data.level === level).length,
          ),
        })),
      });
    },
  },
  'assessment-grades': {
    reportScope: 'years-to',
    compute: (model, { locale, year }) => {
      const notices = [...model.documents.values()]
        .flatMap((entry) =>
          entry.data.type === 'assessment-notice'
            ? [{ date: entry.data.date, cycle: entry.data.cycle, results: entry.data.results }]
            : [],
        )
        .filter((notice) => year === undefined || (yearOf(notice.date) ?? Infinity) <= year)
        .toSorted((a, b) => compareDates(a.date, b.date));
      if (year !== undefined && !notices.some((notice) => yearOf(notice.date) === year))
        return undefined;
      return orUndefined({
        labels: notices.map((notice) => notice.cycle),
        series: ASSESSMENT_GRADES.map((grade) => ({
          key: grade,
          swatch: swatchKey('grade', grade),
          label: label(locale, 'assessmentGrade', grade),
          values: notices.map((notice) => notice.results.filter((r) => r.grade === grade).length),
        })),
      });
    },
  },
  pairings: {
    reportScope: 'years-to',
    compute: (model, context) => {
      const years = yearsFor(
        [
          ...new Set(
            model.pairings.map((p) => yearOf(p.date)).filter((year) => year !== undefined),
          ),
        ].toSorted(),
        context,
      );
      if (!years) return undefined;
      const inYear = (year: number | undefined) =>
        model.pairings.filter((p) => yearOf(p.date) === year);
      // Pairings of no stated year are a category of their own after the years, never dropped from the count.
      const categories: Array<number | undefined> = [
        ...years,
        ...(inYear(undefined).length ? [undefined] : []),
      ];
      const joint = (year: number | undefined) =>
        sumStated(inYear(year).map((p) => p.jointProjects));
      return orUndefined({
        labels: categories.map((year) =>
          year === undefined ? t(context.locale, 'common.notStated') : String(year),
        ),
        series: [
          {
            key: 'pairings',
            label: t(context.locale, 'studio.pairings'),
            values: categories.map((year) => inYear(year).length),
          },
          // A year whose notices state no joint projects is unknown, never 0.
          statedSeries(
            { key: 'jointProjects', label: t(context.locale, 'col.jointProjects'), axis: 'y2' },
            categories.map(joint),
          ),
        ],
      });
    },
  },
  'funding-by-level': {
    reportScope: 'year',
    compute: (model, { locale, year }) => {
      // Each kind of money is its own series: naming funds and commendation rewards are never summed under one title.
      const granted = [...model.designationsByStudio.values()]
        .flat()
        .filter(
          (d) => d.funding && fundingKind(d) && (year === undefined || namingYear(d) === year),
        );
      // Money whose recognition states no level is its own category, never dropped from the sums.
      const tiers = [
        ...LEVEL_TIERS,
        ...(granted.some((d) => levelTier(d.level) === undefined) ? [undefined] : []),
      ];
      const series = FUNDING_KINDS.flatMap((kind) => {
        const amounts = tiers.map((tier) =>
          sumQuantities(
            granted
              .filter((d) => fundingKind(d) === kind && levelTier(d.level) === tier)
              .map((d) => d.funding),
          ),
        );
        // A kind no source states for any level is left out; a level with none stated is unknown, not 0.
        if (amounts.every((amount) => amount === undefined)) return [];
        return [
          statedSeries(
            {
              key: kind,
              swatch: swatchKey('special', FUNDING_SWATCHES[kind]),
              label: t(locale, `chart.funding.${kind}`),
            },
            amounts,
          ),
        ];
      });
      return orUndefined({
        labels: tiers.map((tier) =>
          tier ? label(locale, 'levelTier', tier) : t(locale, 'common.notStated'),
        ),
        series,
      });
    },
  },
  'studios-by-industry': {
    reportScope: 'year-end',
    compute: (model, { locale, year }) => {
      // The studios in force, a studio whose namings state no level included (the count everywhere else).
      const inForce = studiosInForce(model, year ? yearEnd(year) : undefined);
      const studios = [...model.studios.values()].filter((studio) => inForce.has(studio.id));
      const industryOf = (id: string) => model.studios.get(id)?.data.industry ?? 'unstated';
      // At a year end, an industry a studio not counted may have been in force in is a lower bound.
      const possible = possibleAtYearEnd(model, year, ({ studio }) => industryOf(studio));
      const counted = (industry: string) =>
        studios.filter((studio) => industryOf(studio.id) === industry).length;
      // Studios whose industry the source does not state are counted as such, never dropped.
      const shown = [...INDUSTRIES, 'unstated' as const].filter(
        (industry) => counted(industry) > 0 || possible.has(industry),
      );
      return orUndefined({
        labels: shown.map((industry) =>
          industry === 'unstated'
            ? t(locale, 'common.notStated')
            : label(locale, 'industry', industry),
        ),
        categorySwatches: shown.map((industry) =>
          industry === 'unstated'
            ? swatchKey('special', 'not-stated')
            : swatchKey('industry', industry),
        ),
        series: [
          lowerBounds(
            { key: 'studios', label: t(locale, 'home.studios'), values: shown.map(counted) },
            shown.map((industry) => possible.has(industry)),
          ),
        ],
      });
    },
  },
};

/**
 * Results in the achievements register by type and year. A batch entry counts as the number of
 * results it stands for (its `count`, qualifier kept); entries whose year is not stated are their
 * own category on the register's chart. Computed from the register only, never from content/figures.
 */
function registerByTypePerYear(model: SiteModel, context: MetricContext): ChartData | undefined {
  const entries = [...model.achievements.values()];
  const all = [
    ...new Set(
      entries.map((entry) => achievementYear(entry.data)).filter((year) => year !== undefined),
    ),
  ].toSorted();
  const years = yearsFor(all, context);
  if (!years) return undefined;
  const undated =
    context.year === undefined &&
    entries.some((entry) => achievementYear(entry.data) === undefined);
  const buckets: Array<number | undefined> = [...years, ...(undated ? [undefined] : [])];
  const types = ACHIEVEMENT_TYPES.filter((type) =>
    entries.some((entry) => entry.data.type === type),
  );
  const cell = (year: number | undefined, type: string) =>
    sumQuantities(
      entries
        .filter((entry) => entry.data.type === type && achievementYear(entry.data) === year)
        .map((entry) => resultCount(entry.data)),
    );
  return orUndefined({
    labels: buckets.map((year) =>
      year === undefined ? t(context.locale, 'common.yearNotStated') : String(year),
    ),
    series: types.map((type) =>
      withQualifiers(
        {
          key: type,
          swatch: swatchKey('achievement', type),
          label: label(context.locale, 'achievementType', type),
          values: buckets.map((year) => cell(year, type)?.value ?? 0),
        },
        buckets.map((year) => cell(year, type)),
      ),
    ),
  });
}

/**
 * Benefit recorded in the register, by studio: the sum of each entry's stated benefit (each over
 * its own period, qualifiers kept). An entry of several studios is its own category ("joint"),
 * so that no amount is counted twice; one without a studio is "not stated".
 */
function registerBenefitByStudio(
  model: SiteModel,
  { locale }: MetricContext,
): ChartData | undefined {
  const withBenefit = [...model.achievements.values()].filter((entry) => entry.data.benefit);
  const bucketOf = (studios: string[]) =>
    studios.length === 1 ? studios[0]! : studios.length === 0 ? 'not-stated' : 'joint';
  const order = [...model.studios.keys(), 'joint', 'not-stated'];
  const buckets = order.filter((bucket) =>
    withBenefit.some((entry) => bucketOf(entry.data.studios) === bucket),
  );
  const amounts = buckets.map((bucket) =>
    sumQuantities(
      withBenefit
        .filter((entry) => bucketOf(entry.data.studios) === bucket)
        .map((entry) => entry.data.benefit!.amount),
    ),
  );
  return orUndefined({
    categorySwatches: buckets.map((bucket) =>
      bucket === 'joint'
        ? swatchKey('special', 'joint')
        : bucket === 'not-stated'
          ? swatchKey('special', 'not-stated')
          : undefined,
    ),
    labels: buckets.map((bucket) =>
      bucket === 'joint'
        ? t(locale, 'achievement.joint')
        : bucket === 'not-stated'
          ? t(locale, 'common.notStated')
          : text(locale, model.studios.get(bucket)?.data.title),
    ),
    series: [
      withQualifiers(
        {
          key: 'benefit',
          label: t(locale, 'achievement.benefit'),
          values: amounts.map((amount) => amount?.value ?? 0),
        },
        amounts,
      ),
    ],
  });
}

/** A chart's data from its own labels and series, in the reader's language. */
export function ownData(
  locale: Locale,
  labels: Array<{ zh: string; en?: string }>,
  series: Array<{ label: { zh: string; en?: string }; values: number[]; axis: 'y' | 'y2' }>,
): ChartData {
  return {
    labels: labels.map((value) => text(locale, value)),
    series: series.map((s, i) => ({
      key: `series-${i + 1}`,
      label: text(locale, s.label),
      values: s.values,
      axis: s.axis,
    })),
  };
}
