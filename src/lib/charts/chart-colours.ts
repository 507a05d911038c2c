/**
 * The colour of every vocabulary value a chart can show, defined once: 市级 is the same orange on
 * the home page, in every report and in every key; 优秀 is dark blue and 不合格 red wherever a grade
 * appears. Every colour has a contrast of at least 3:1 on white (WCAG 1.4.11, non-text contrast).
 *
 * A swatch is a colour and a fill pattern. Each vocabulary's swatches are all different, so that a
 * chart never shows two series (or two slices) alike; a vocabulary longer than the palette (28
 * industries) goes on with the palette hatched. Series that are no vocabulary value (a chart's own
 * data, a count of studios) take the palette in order, skipping what the chart already shows.
 */
import type {
  AchievementType,
  AdminLevel,
  AssessmentGrade,
  AwardFamily,
  AwardRank,
  LevelTier,
  SkillGrade,
} from '../../schemas/vocabulary.ts';
import { INDUSTRIES } from '../../schemas/vocabulary.ts';
import type { ChartType } from '../../schemas/chart.ts';
import type { FigureKey } from '../figures/yearly-figures.ts';
import type { DrawnType } from './drawn-type.ts';
import { allDistinct, distinctColours } from './chart-distinct.ts';

/** How a shape is filled over its colour: white lines drawn in the chart and in its key. */
export const PATTERNS = ['solid', 'diagonal', 'horizontal', 'cross'] as const;
export type Pattern = (typeof PATTERNS)[number];

export interface Swatch {
  colour: string;
  pattern: Pattern;
}

/** The categorical palette: distinguishable with the common colour-vision deficiencies, each ≥ 3:1 on white. */
export const PALETTE = {
  blue: '#0072b2',
  orange: '#c2410c',
  green: '#117733',
  wine: '#882255',
  purple: '#6a3d9a',
  ochre: '#8c6d00',
  teal: '#00798c',
  red: '#a3211f',
} as const;
const CYCLE = Object.values(PALETTE);
/** What the sources do not state, jointly credited results and "other": neutral grey. */
export const NEUTRAL = '#595959';

const solid = (colour: string): Swatch => ({ colour, pattern: 'solid' });
const hatched = (colour: string, pattern: Pattern): Swatch => ({ colour, pattern });

/** Studio level tiers and the administrative levels of awards: one colour per level, the same in both. */
const LEVEL: Record<LevelTier & AdminLevel, Swatch> = {
  national: solid(PALETTE.red),
  provincial: solid(PALETTE.blue),
  industry: solid(PALETTE.purple),
  municipal: solid(PALETTE.orange),
  district: solid(PALETTE.green),
  enterprise: solid(PALETTE.ochre),
};

/**
 * Assessment grades, best to worst: a diverging scale from dark blue (优秀) through grey (合格) to red
 * (不合格), so the order reads without the key.
 */
const GRADE: Record<AssessmentGrade, Swatch> = {
  excellent: solid('#08306b'),
  good: solid('#2171b5'),
  pass: solid('#6b7280'),
  'basic-pass': solid('#c2410c'),
  fail: solid('#a50f15'),
};

/**
 * Award ranks in rank order: numbered prizes a red scale from dark (特等奖) to light (三等奖), medals
 * their metals, the lower ranks (名次, 优秀奖, 优胜奖) a blue scale, dark to light, and other honours a grey.
 */
const RANK: Record<AwardRank, Swatch> = {
  special: solid('#5c0a0a'),
  first: solid('#a3211f'),
  second: solid('#c8452d'),
  third: solid('#d9603f'),
  gold: solid('#8c6d00'),
  silver: solid('#6b7280'),
  bronze: solid('#8c4a1c'),
  place: solid('#08306b'),
  excellence: solid('#2171b5'),
  winner: solid('#4a7fb0'),
  // An honour of no rank (其他奖项): a grey apart from the ranked blues.
  other: solid('#5a6b7d'),
};

/** Award families; the families that are also kinds of result (五小, QC, 建议) keep their colour there. */
const FAMILY: Record<AwardFamily, Swatch> = {
  'tech-innovation': solid(PALETTE.blue),
  'skills-contest': solid(PALETTE.orange),
  'five-small': solid(PALETTE.green),
  qc: solid(PALETTE.purple),
  proposal: solid(PALETTE.ochre),
  honour: solid(PALETTE.red),
};

/** Kinds of result in the register; the three kinds of patent share one colour, told apart by hatching. */
const ACHIEVEMENT: Record<AchievementType, Swatch> = {
  'tech-innovation': solid(PALETTE.blue),
  'invention-patent': solid(PALETTE.wine),
  'utility-model-patent': hatched(PALETTE.wine, 'diagonal'),
  'design-patent': hatched(PALETTE.wine, 'horizontal'),
  proposal: solid(PALETTE.ochre),
  'five-small': solid(PALETTE.green),
  qc: solid(PALETTE.purple),
  'operating-method': solid(PALETTE.teal),
  standard: solid(PALETTE.orange),
  paper: solid(PALETTE.red),
  'software-copyright': hatched(PALETTE.blue, 'diagonal'),
};

/** Reported yearly figures: a proposal's stages one colour family, the patent kinds as in the register. */
const FIGURE: Record<FigureKey, Swatch> = {
  proposalsSubmitted: solid(PALETTE.ochre),
  proposalsAdopted: solid(PALETTE.blue),
  proposalsImplemented: solid(PALETTE.green),
  patentsInvention: solid(PALETTE.wine),
  patentsUtilityModel: hatched(PALETTE.wine, 'diagonal'),
  patentsDesign: hatched(PALETTE.wine, 'horizontal'),
  patentsTotal: solid(NEUTRAL),
  innovations: solid(PALETTE.blue),
  breakthroughs: solid(PALETTE.teal),
  fiveSmall: solid(PALETTE.green),
  papers: solid(PALETTE.red),
  incubated: solid(PALETTE.orange),
  benefit: solid(PALETTE.blue),
  trained: solid(PALETTE.blue),
};

/** Skill grades: worker grades one after another in the palette, engineer titles hatched. */
const SKILL: Record<SkillGrade, Swatch> = {
  'senior-technician': solid(PALETTE.red),
  technician: solid(PALETTE.orange),
  'senior-worker': solid(PALETTE.ochre),
  'intermediate-worker': solid(PALETTE.green),
  'senior-engineer': hatched(PALETTE.blue, 'diagonal'),
  engineer: hatched(PALETTE.teal, 'diagonal'),
  'assistant-engineer': hatched(PALETTE.purple, 'diagonal'),
  'chief-technician': solid(PALETTE.wine),
};

/** Industries, in the vocabulary's order: the palette, then the palette hatched; "other" is neutral. */
const INDUSTRY = Object.fromEntries(
  INDUSTRIES.map((industry, i) => [
    industry,
    industry === 'other'
      ? hatched(NEUTRAL, 'diagonal')
      : hatched(CYCLE[i % CYCLE.length]!, PATTERNS[Math.floor(i / CYCLE.length)]!),
  ]),
) as Record<(typeof INDUSTRIES)[number], Swatch>;

/** Categories that are no value of a vocabulary but mean the same everywhere. */
const SPECIAL = {
  'not-stated': solid(NEUTRAL),
  joint: hatched(NEUTRAL, 'cross'),
  'adoption-rate': solid(PALETTE.red),
  'naming-funds': solid(PALETTE.blue),
  'commendation-rewards': hatched(PALETTE.ochre, 'diagonal'),
  'support-funds': hatched(PALETTE.green, 'cross'),
} as const;

export const VOCABULARY_SWATCHES = {
  level: LEVEL,
  grade: GRADE,
  rank: RANK,
  family: FAMILY,
  achievement: ACHIEVEMENT,
  figure: FIGURE,
  skill: SKILL,
  industry: INDUSTRY,
  special: SPECIAL,
} as const;
type Vocabularies = typeof VOCABULARY_SWATCHES;

/** A vocabulary value as a chart names it: `level:municipal`, `grade:fail`, `special:not-stated`. */
export type SwatchKey = {
  [V in keyof Vocabularies]: `${V}:${Extract<keyof Vocabularies[V], string>}`;
}[keyof Vocabularies];

export const swatchKey = <V extends keyof Vocabularies>(
  vocabulary: V,
  value: Extract<keyof Vocabularies[V], string>,
): SwatchKey => `${vocabulary}:${value}` as SwatchKey;

/** The swatch of a vocabulary value. */
export function swatchOf(key: SwatchKey): Swatch {
  const separator = key.indexOf(':');
  const table = VOCABULARY_SWATCHES[key.slice(0, separator) as keyof Vocabularies] as Record<
    string,
    Swatch
  >;
  return table[key.slice(separator + 1)]!;
}

/** Every swatch of the palette in the order charts without a vocabulary use them: the colours, then hatched. */
const POSITIONAL: Swatch[] = PATTERNS.flatMap((pattern) =>
  CYCLE.map((colour) => ({ colour, pattern })),
);
const same = (a: Swatch, b: Swatch) => a.colour === b.colour && a.pattern === b.pattern;

/**
 * The swatches of one chart's items (its series, or a pie's slices), in order: a vocabulary value
 * keeps its own; the others take the palette in order, skipping every swatch already in the chart.
 */
export function chartSwatches(keys: Array<SwatchKey | undefined>): Swatch[] {
  const fixed = keys.map((key) => (key ? swatchOf(key) : undefined));
  const taken: Swatch[] = fixed.filter((swatch) => swatch !== undefined);
  const free = POSITIONAL.filter((swatch) => !taken.some((other) => same(swatch, other)));
  let next = 0;
  return fixed.map((swatch) => swatch ?? free[next++ % free.length]!);
}

/** What of a chart's data (metrics.ts ChartData) decides its colours: named by shape, so that this file needs not import the metrics. */
interface SwatchedData {
  labels: string[];
  series: Array<{ swatch?: SwatchKey }>;
  categorySwatches?: Array<SwatchKey | undefined>;
}

/**
 * The swatches of a chart, as its key shows them: one per category where the categories are
 * all vocabulary values (a pie's slices, the bars of levels), else one per series. Where two of
 * them come too close in colour (src/lib/charts/chart-distinct.ts), bars of one series take one
 * colour (their categories are named along the axis) and the items of any other chart distinct
 * solid colours.
 */
export function swatchesOfChart(
  type: ChartType | DrawnType,
  data: SwatchedData,
): { byCategory: boolean; swatches: Swatch[] } {
  const circular = type === 'pie' || type === 'doughnut';
  const byCategory =
    circular ||
    (data.series.length === 1 &&
      data.categorySwatches !== undefined &&
      data.categorySwatches.every((key) => key !== undefined));
  const seriesSwatches = () => chartSwatches(data.series.map((series) => series.swatch));
  const swatches = byCategory
    ? chartSwatches(data.categorySwatches ?? data.labels.map(() => undefined))
    : seriesSwatches();
  if (allDistinct(swatches.map((swatch) => swatch.colour))) return { byCategory, swatches };
  if (byCategory && !circular) return { byCategory: false, swatches: seriesSwatches() };
  const colours = distinctColours(swatches.map((swatch) => swatch.colour));
  return {
    byCategory,
    swatches: swatches.map((swatch, i) =>
      colours[i] ? { colour: colours[i], pattern: 'solid' } : swatch,
    ),
  };
}

/** Relative luminance of an sRGB colour (#rrggbb), as WCAG defines it. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours. */
export const contrast = (a: string, b: string): number => {
  const [light, dark] = [luminance(a), luminance(b)].toSorted((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

/** Path data of a pattern's white lines over a square key swatch of this size (as the drawing hatches its shapes). */
export function patternPath(pattern: Pattern, size: number): string {
  const step = 4;
  const lines: string[] = [];
  if (pattern === 'horizontal' || pattern === 'cross')
    for (let y = step / 2; y < size; y += step) lines.push(`M0 ${y}H${size}`);
  if (pattern === 'diagonal' || pattern === 'cross')
    for (let x = -size; x < size; x += step) lines.push(`M${x} ${size}L${x + size} 0`);
  return lines.join('');
}
