/**
 * The metrics charts are drawn from: plain functions of the site model. Each returns the chart's
 * categories and series in the reader's language, or undefined when the context has no data
 * (a report year without it, a studio without figures). Counts follow the same rules as the
 * pages: a studio is counted once, at its highest active level.
 */
import { ADMIN_LEVELS, ASSESSMENT_GRADES, AWARD_FAMILIES, AWARD_RANKS, INDUSTRIES, LEVEL_TIERS, SKILL_GRADES, type ChartPlacement, type Locale, type MetricName } from '../schemas/vocabulary.ts';
import { figureYears, programmeYear, studioYears, type FigureKey, type YearFigures } from './figures.ts';
import { label, t, text } from './i18n.ts';
import { levelTier } from './levels.ts';
import { highestLevel, type SiteModel } from './model.ts';
import { percent } from './quantity.ts';
import { namedStudioCount, studiosByTier } from './stats.ts';

export interface ChartSeries {
  /** Stable key, for CSV headers and tests. */
  key: string;
  label: string;
  values: number[];
  axis?: 'y' | 'y2';
}

export interface ChartData {
  labels: string[];
  series: ChartSeries[];
}

export interface MetricContext {
  locale: Locale;
  placement: ChartPlacement;
  /** The report year; the metric shows the years up to it and needs data in it. */
  year?: number;
  /** The studio whose page shows the chart. */
  studio?: string;
}

export interface Metric {
  /** Placements the metric can serve. */
  placements: readonly ChartPlacement[];
  compute: (model: SiteModel, context: MetricContext) => ChartData | undefined;
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const hasValues = (data: ChartData) => data.series.some((series) => series.values.some((value) => value !== 0));
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

/** A per-year chart of some figure keys. */
function figureSeries(keys: readonly FigureKey[]) {
  return (model: SiteModel, context: MetricContext): ChartData | undefined => {
    const years = yearFigures(model, context);
    if (!years) return undefined;
    if (context.year !== undefined && !keys.some((key) => years.find((y) => y.year === context.year)?.[key])) return undefined;
    return orUndefined({
      labels: years.map((year) => (context.studio && year.periods.length === 1 && year.periods[0] !== String(year.year) ? `${year.year} (${year.periods[0]})` : String(year.year))),
      series: keys.map((key) => ({ key, label: t(context.locale, `fig.${key}`), values: years.map((year) => year[key]?.value ?? 0) })),
    });
  };
}

const PER_YEAR: readonly ChartPlacement[] = ['home', 'studio', 'report'];
const PROGRAMME: readonly ChartPlacement[] = ['home', 'report'];

/** Years in which any studio was named. */
const namingYears = (model: SiteModel) =>
  [...new Set([...model.designationsByStudio.values()].flat().map((d) => Number(d.date.slice(0, 4))))].toSorted();

export const METRIC_FUNCTIONS: Record<MetricName, Metric> = {
  'studios-by-level': {
    placements: PROGRAMME,
    compute: (model, { locale, year }) => {
      if (year !== undefined && !namingYears(model).some((y) => y <= year)) return undefined;
      const counts = studiosByTier(model, year ? `${year}-12-31` : undefined);
      return orUndefined({
        labels: LEVEL_TIERS.map((tier) => label(locale, 'levelTier', tier)),
        series: [{ key: 'studios', label: t(locale, 'home.studios'), values: LEVEL_TIERS.map((tier) => counts[tier]) }],
      });
    },
  },
  'named-per-year-by-level': {
    placements: PROGRAMME,
    compute: (model, context) => {
      const years = yearsFor(namingYears(model), context);
      if (!years) return undefined;
      const designations = [...model.designationsByStudio.values()].flat();
      return orUndefined({
        labels: years.map(String),
        series: LEVEL_TIERS.map((tier) => ({
          key: tier,
          label: label(context.locale, 'levelTier', tier),
          values: years.map((year) => designations.filter((d) => d.date.startsWith(`${year}-`) && levelTier(d.level) === tier).length),
        })),
      });
    },
  },
  'cumulative-studios': {
    placements: PROGRAMME,
    compute: (model, context) => {
      const years = yearsFor(namingYears(model), context);
      if (!years) return undefined;
      return orUndefined({
        labels: years.map(String),
        series: [{ key: 'studios', label: t(context.locale, 'home.studios'), values: years.map((year) => namedStudioCount(model, `${year}-12-31`)) }],
      });
    },
  },
  proposals: {
    placements: PER_YEAR,
    compute: (model, context) => {
      const data = figureSeries(['proposalsSubmitted', 'proposalsAdopted', 'proposalsImplemented'])(model, context);
      if (!data) return undefined;
      const [submitted, adopted] = data.series;
      const rates = submitted!.values.map((value, i) => percent(adopted!.values[i]!, value) ?? 0);
      return { ...data, series: [...data.series, { key: 'adoptionRate', label: `${t(context.locale, 'fig.adoptionRate')} (%)`, values: rates, axis: 'y2' }] };
    },
  },
  benefit: { placements: PER_YEAR, compute: figureSeries(['benefit']) },
  'patents-by-type': { placements: PER_YEAR, compute: figureSeries(['patentsInvention', 'patentsUtilityModel', 'patentsDesign']) },
  'achievements-by-type': { placements: PER_YEAR, compute: figureSeries(['innovations', 'breakthroughs', 'fiveSmall', 'papers']) },
  'people-trained': { placements: PER_YEAR, compute: figureSeries(['trained']) },
  'people-promoted': {
    placements: PER_YEAR,
    compute: (model, context) => {
      const years = yearFigures(model, context);
      if (!years) return undefined;
      if (context.year !== undefined && !Object.keys(years.find((y) => y.year === context.year)?.promoted ?? {}).length) return undefined;
      const grades = SKILL_GRADES.filter((grade) => years.some((year) => year.promoted[grade]));
      return orUndefined({
        labels: years.map((year) => String(year.year)),
        series: grades.map((grade) => ({ key: grade, label: label(context.locale, 'skillGrade', grade), values: years.map((year) => year.promoted[grade]?.value ?? 0) })),
      });
    },
  },
  'awards-by-level-rank': {
    placements: ['home', 'awards', 'report'],
    compute: (model, { locale, year }) => {
      const awards = [...model.awards.values()].filter((award) => year === undefined || award.data.year === year);
      const levels = ADMIN_LEVELS.filter((level) => awards.some((award) => award.data.level === level));
      const ranks = AWARD_RANKS.filter((rank) => awards.some((award) => award.data.rank === rank));
      return orUndefined({
        labels: levels.map((level) => label(locale, 'adminLevel', level)),
        series: ranks.map((rank) => ({
          key: rank,
          label: label(locale, 'awardRank', rank),
          values: levels.map((level) => awards.filter((award) => award.data.level === level && award.data.rank === rank).length),
        })),
      });
    },
  },
  'awards-by-family': {
    placements: ['awards', 'report'],
    compute: (model, { locale, year }) => {
      const awards = [...model.awards.values()].filter((award) => year === undefined || award.data.year === year);
      const families = AWARD_FAMILIES.filter((family) => awards.some((award) => award.data.family === family));
      return orUndefined({
        labels: families.map((family) => label(locale, 'awardFamily', family)),
        series: [{ key: 'awards', label: t(locale, 'home.awards'), values: families.map((family) => awards.filter((award) => award.data.family === family).length) }],
      });
    },
  },
  'awards-per-year': {
    placements: ['awards', 'home'],
    compute: (model, { locale }) => {
      const awards = [...model.awards.values()];
      const years = [...new Set(awards.map((award) => award.data.year))].toSorted();
      const levels = ADMIN_LEVELS.filter((level) => awards.some((award) => award.data.level === level));
      return orUndefined({
        labels: years.map(String),
        series: levels.map((level) => ({ key: level, label: label(locale, 'adminLevel', level), values: years.map((year) => awards.filter((a) => a.data.year === year && a.data.level === level).length) })),
      });
    },
  },
  'assessment-grades': {
    placements: PROGRAMME,
    compute: (model, { locale, year }) => {
      const notices = [...model.documents.values()]
        .flatMap((entry) => (entry.data.type === 'assessment-notice' ? [{ date: entry.data.date, cycle: entry.data.cycle, results: entry.data.results }] : []))
        .filter((notice) => year === undefined || Number(notice.date.slice(0, 4)) <= year)
        .toSorted((a, b) => a.date.localeCompare(b.date));
      if (year !== undefined && !notices.some((notice) => notice.date.startsWith(`${year}-`))) return undefined;
      return orUndefined({
        labels: notices.map((notice) => notice.cycle),
        series: ASSESSMENT_GRADES.map((grade) => ({ key: grade, label: label(locale, 'assessmentGrade', grade), values: notices.map((notice) => notice.results.filter((r) => r.grade === grade).length) })),
      });
    },
  },
  pairings: {
    placements: PROGRAMME,
    compute: (model, context) => {
      const years = yearsFor([...new Set(model.pairings.map((p) => Number(p.date.slice(0, 4))))].toSorted(), context);
      if (!years) return undefined;
      const inYear = (year: number) => model.pairings.filter((p) => p.date.startsWith(`${year}-`));
      return orUndefined({
        labels: years.map(String),
        series: [
          { key: 'pairings', label: t(context.locale, 'studio.pairings'), values: years.map((year) => inYear(year).length) },
          { key: 'jointProjects', label: t(context.locale, 'col.jointProjects'), values: years.map((year) => sum(inYear(year).map((p) => p.jointProjects?.value ?? 0))), axis: 'y2' },
        ],
      });
    },
  },
  'funding-by-level': {
    placements: PROGRAMME,
    compute: (model, { locale, year }) => {
      const designations = [...model.designationsByStudio.values()].flat().filter((d) => year === undefined || d.date.startsWith(`${year}-`));
      return orUndefined({
        labels: LEVEL_TIERS.map((tier) => label(locale, 'levelTier', tier)),
        series: [{ key: 'funding', label: t(locale, 'col.funding'), values: LEVEL_TIERS.map((tier) => sum(designations.filter((d) => levelTier(d.level) === tier).map((d) => d.funding?.value ?? 0))) }],
      });
    },
  },
  'studios-by-industry': {
    placements: PROGRAMME,
    compute: (model, { locale, year }) => {
      const studios = [...model.studios.values()].filter((studio) => highestLevel(model, studio.id, year ? `${year}-12-31` : undefined));
      const industries = INDUSTRIES.filter((industry) => studios.some((studio) => studio.data.industry === industry));
      return orUndefined({
        labels: industries.map((industry) => label(locale, 'industry', industry)),
        series: [{ key: 'studios', label: t(locale, 'home.studios'), values: industries.map((industry) => studios.filter((studio) => studio.data.industry === industry).length) }],
      });
    },
  },
};

/** A chart's data from its own labels and series, in the reader's language. */
export function ownData(locale: Locale, labels: Array<{ zh: string; en?: string }>, series: Array<{ label: { zh: string; en?: string }; values: number[]; axis: 'y' | 'y2' }>): ChartData {
  return {
    labels: labels.map((value) => text(locale, value)),
    series: series.map((s, i) => ({ key: `series-${i + 1}`, label: text(locale, s.label), values: s.values, axis: s.axis })),
  };
}

