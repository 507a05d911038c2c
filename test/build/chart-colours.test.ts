/**
 * The colours of the charts: one swatch per vocabulary value on every chart of the sample site,
 * never two alike within a chart, grades and ranks in their order, and every colour readable on white.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chartSwatches,
  contrast,
  luminance,
  swatchesOfChart,
  swatchOf,
  VOCABULARY_SWATCHES,
  type SwatchKey,
} from '../../src/lib/charts/chart-colours.ts';
import { allChartInstances } from '../../src/lib/charts/instances.ts';
import { allDistinct } from '../../src/lib/charts/chart-distinct.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { ASSESSMENT_GRADES, AWARD_RANKS } from '../../src/schemas/vocabulary.ts';
import { ROOT } from '../helpers/paths.ts';

const instances = allChartInstances(buildModel(validateContent(join(ROOT, 'content')).content));
const swatchText = (swatch: { colour: string; pattern: string }) =>
  `${swatch.colour}/${swatch.pattern}`;
const hue = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return { r: r!, g: g!, b: b! };
};

/** Every coloured item of a chart (series or category) with the vocabulary value it stands for, if any. */
function colouredItems(instance: (typeof instances)[number]) {
  const { type, data } = instance.drawn;
  const { byCategory, swatches } = swatchesOfChart(type, data);
  const keys: Array<SwatchKey | undefined> = byCategory
    ? (data.categorySwatches ?? data.labels.map(() => undefined))
    : data.series.map((series) => series.swatch);
  // Where a chart's own vocabulary colours come too close, it takes distinct ones (chart-distinct.ts).
  const own = chartSwatches(keys);
  const distinct = allDistinct(own.map((swatch) => swatch.colour));
  return swatches.map((swatch, i) => ({
    key: distinct ? keys[i] : undefined,
    swatch: swatchText(swatch),
  }));
}

describe('chart colours', () => {
  it('gives a vocabulary value the same swatch on every chart of the site whose own colours are distinct (市级 on the home page and in every report)', () => {
    const seen = new Map<string, Set<string>>();
    for (const instance of instances.filter((i) => i.kind === 'chart'))
      for (const { key, swatch } of colouredItems(instance))
        if (key) seen.set(key, (seen.get(key) ?? new Set()).add(swatch));
    expect(seen.size).toBeGreaterThan(20);
    expect([...seen].filter(([, swatches]) => swatches.size > 1)).toEqual([]);
    // Level tiers and the administrative levels of awards are one scale.
    expect(seen.get('level:municipal')).toEqual(new Set([swatchText(swatchOf('level:municipal'))]));
  });

  it('never shows two items alike within a chart, on any chart of the site', () => {
    const charts = instances.filter((i) => i.kind === 'chart');
    expect(charts.length).toBeGreaterThan(50);
    for (const instance of charts) {
      const swatches = colouredItems(instance).map((item) => item.swatch);
      expect(new Set(swatches).size, instance.key).toBe(swatches.length);
    }
  });

  it('goes on with hatched swatches past the palette, never repeating (the 10th series is not the 1st)', () => {
    const unkeyed = chartSwatches(Array.from({ length: 20 }, () => undefined)).map(swatchText);
    expect(new Set(unkeyed).size).toBe(20);
    expect(unkeyed[9]).not.toBe(unkeyed[0]);
    // Series of no vocabulary skip the swatches the chart's vocabulary values already have.
    const mixed = chartSwatches(['level:provincial', undefined, undefined]).map(swatchText);
    expect(new Set(mixed).size).toBe(3);
    // Every vocabulary's values all differ, 28 industries included; reported figures differ within
    // each chart that draws several of them (benefit and people trained are drawn alone).
    const { figure, ...vocabularies } = VOCABULARY_SWATCHES;
    for (const [vocabulary, table] of Object.entries(vocabularies)) {
      const all = Object.values(table as Record<string, { colour: string; pattern: string }>).map(
        swatchText,
      );
      expect(new Set(all).size, vocabulary).toBe(all.length);
    }
    const figureGroups = [
      ['proposalsSubmitted', 'proposalsAdopted', 'proposalsImplemented'],
      ['patentsInvention', 'patentsUtilityModel', 'patentsDesign', 'patentsTotal'],
      ['innovations', 'breakthroughs', 'fiveSmall', 'papers', 'incubated'],
    ] as const;
    for (const group of figureGroups)
      expect(new Set(group.map((key) => swatchText(figure[key]))).size, group.join()).toBe(
        group.length,
      );
  });

  it('runs grades from dark blue (优秀) through grey to red (不合格), and ranks in rank order', () => {
    const grades = ASSESSMENT_GRADES.map((grade) => hue(swatchOf(`grade:${grade}`).colour));
    expect(grades[0]!.b).toBeGreaterThan(grades[0]!.r); // excellent: blue
    expect(grades[1]!.b).toBeGreaterThan(grades[1]!.r); // good: blue
    expect(grades.at(-1)!.r).toBeGreaterThan(2 * grades.at(-1)!.b); // fail: red
    expect(grades.at(-2)!.r).toBeGreaterThan(2 * grades.at(-2)!.b); // basic pass: orange
    // The blue side darkest at the best grade.
    expect(luminance(swatchOf('grade:excellent').colour)).toBeLessThan(
      luminance(swatchOf('grade:good').colour),
    );
    // Numbered prizes from dark to light, lower ranks likewise: rank order reads as lightness.
    const lightness = (ranks: readonly string[]) =>
      ranks.map((rank) => luminance(swatchOf(`rank:${rank}` as SwatchKey).colour));
    for (const family of [
      ['special', 'first', 'second', 'third'],
      ['place', 'excellence', 'winner'],
    ]) {
      const values = lightness(family);
      expect(values, family.join()).toEqual(values.toSorted((a, b) => a - b));
    }
    expect(AWARD_RANKS.indexOf('special')).toBeLessThan(AWARD_RANKS.indexOf('winner'));
    // 特等奖 and 优胜奖 are no longer the same red.
    expect(swatchOf('rank:special').colour).not.toBe(swatchOf('rank:winner').colour);
  });

  it('keeps series and slices of a chart in vocabulary order (grades best first)', () => {
    const grades = instances.find(
      (i) => i.definition.id === 'assessment-grades' && i.kind === 'chart',
    )!;
    expect(grades.data.series.map((series) => series.key)).toEqual(
      ASSESSMENT_GRADES.filter((grade) => grades.data.series.some((s) => s.key === grade)),
    );
  });

  it('has every colour that carries meaning at 3:1 or more against the white background (WCAG 1.4.11)', () => {
    const colours = new Set(
      Object.values(VOCABULARY_SWATCHES).flatMap((table) =>
        Object.values(table as Record<string, { colour: string }>).map((swatch) => swatch.colour),
      ),
    );
    for (const swatch of chartSwatches(Array.from({ length: 32 }, () => undefined)))
      colours.add(swatch.colour);
    for (const colour of colours)
      expect(contrast(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(3);
  });
});
