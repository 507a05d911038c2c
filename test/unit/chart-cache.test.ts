import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartInstance } from '../../src/lib/charts.ts';
import { buildModel } from '../../src/lib/model.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { ROOT } from '../helpers/paths.ts';

describe('the chart cache', () => {
  it('draws a chart once, and again only when its definition or data change', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'charts-'));
    process.env.STUDIO_CHART_CACHE = cacheDir;
    const { drawChart } = await import('../../src/charts/draw.ts');
    const { cacheStats } = await import('../../src/charts/cache.ts');
    const content = validateContent(join(ROOT, 'content')).content;
    const model = buildModel(content);
    const definition = content.charts.find((chart) => chart.id === 'studios-by-level')!;
    const instance = chartInstance(model, definition, { locale: 'zh', placement: 'home' })!;

    const first = await drawChart(instance);
    const second = await drawChart(instance);
    expect(second).toBe(first);
    expect([cacheStats.drawn, cacheStats.hits]).toEqual([1, 1]);

    const retitled = chartInstance(model, { ...definition, data: { ...definition.data, title: { zh: '新标题' } } }, { locale: 'zh', placement: 'home' })!;
    expect(retitled.hash).not.toBe(instance.hash);
    await drawChart(retitled);
    const fewerStudios = buildModel({ ...content, studios: content.studios.filter((studio) => studio.id !== 'zhao-pengda') });
    const changedData = chartInstance(fewerStudios, definition, { locale: 'zh', placement: 'home' })!;
    expect(changedData.hash).not.toBe(instance.hash);
    await drawChart(changedData);
    expect(cacheStats.drawn).toBe(3);
    expect(readdirSync(cacheDir)).toHaveLength(3);
  });
});
