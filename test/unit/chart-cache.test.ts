import { appendFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { chartInstance } from '../../src/lib/charts/instances.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { smallArchive } from '../helpers/small-archive.ts';

describe('the chart cache', () => {
  it('draws a chart once, and again only when what it draws changes', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'charts-'));
    vi.stubEnv('STUDIO_CHART_CACHE', cacheDir);
    vi.resetModules(); // the cache's counters start at 0 in this file's own copy of its module
    const { drawChart } = await import('../../src/drawing/draw.ts');
    const { cacheStats } = await import('../../src/drawing/cache.ts');
    const content = smallArchive();
    const model = buildModel(content);
    const definition = content.charts.find((chart) => chart.id === 'studios-by-level')!;
    const instance = chartInstance(model, definition, { locale: 'zh', placement: 'home' })!;

    const first = await drawChart(instance);
    const second = await drawChart(instance);
    expect(second).toBe(first);
    expect([cacheStats.drawn, cacheStats.hits]).toEqual([1, 1]);

    // The title is HTML around the drawing: a new title changes the figure, not the drawing.
    const retitled = chartInstance(
      model,
      { ...definition, data: { ...definition.data, title: { zh: '新标题' } } },
      { locale: 'zh', placement: 'home' },
    )!;
    expect(retitled.hash).not.toBe(instance.hash);
    expect(retitled.drawing).toBe(instance.drawing);
    await drawChart(retitled);
    expect(cacheStats.drawn).toBe(1);

    const fewerStudios = buildModel({
      ...content,
      studios: content.studios.filter((studio) => studio.id !== 'zhao-pengda'),
    });
    const changedData = chartInstance(fewerStudios, definition, {
      locale: 'zh',
      placement: 'home',
    })!;
    expect(changedData.drawing).not.toBe(instance.drawing);
    await drawChart(changedData);
    expect(cacheStats.drawn).toBe(2);
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.svg'))).toHaveLength(2);
    // Registering the fonts and building the model take seconds on a busy machine.
  }, 30_000);

  it('checks a drawing against its SHA-256 before reuse: a changed one is reported and drawn again', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'charts-'));
    vi.stubEnv('STUDIO_CHART_CACHE', cacheDir);
    vi.resetModules();
    const { drawChart } = await import('../../src/drawing/draw.ts');
    const { cacheStats, cachedSvgFile } = await import('../../src/drawing/cache.ts');
    const content = smallArchive();
    const definition = content.charts.find((chart) => chart.id === 'studios-by-level')!;
    const instance = chartInstance(buildModel(content), definition, {
      locale: 'zh',
      placement: 'home',
    })!;
    const drawn = await drawChart(instance);
    expect(cachedSvgFile(instance.drawings.wide.hash).startsWith(cacheDir)).toBe(true);

    appendFileSync(cachedSvgFile(instance.drawings.wide.hash), '<script>alert(1)</script>');
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const again = await drawChart(instance);
    const warned = warnings.mock.calls.join('\n');
    warnings.mockRestore();
    expect(again).toBe(drawn);
    expect(readFileSync(cachedSvgFile(instance.drawings.wide.hash), 'utf8')).toBe(drawn);
    expect(cacheStats).toMatchObject({ corrupt: 1, drawn: 2, hits: 0 });
    expect(warned).toMatch(/chart cache file .*\.svg does not match its recorded SHA-256/);
  });

  it('draws once for both languages where the categories are numbers', () => {
    const content = smallArchive();
    const model = buildModel(content);
    const proposals = content.charts.find((chart) => chart.id === 'proposals')!;
    // A studio whose figures are all whole years: its categories are plain years in both languages.
    const [zh, en] = (['zh', 'en'] as const).map((locale) =>
      chartInstance(model, proposals, { locale, placement: 'studio', studio: 'chen-lei' })!,
    );
    expect(zh!.hash).not.toBe(en!.hash);
    expect(zh!.drawing).toBe(en!.drawing);
    // Categories in words (levels) are drawn per language.
    const byLevel = content.charts.find((chart) => chart.id === 'studios-by-level')!;
    const [levelsZh, levelsEn] = (['zh', 'en'] as const).map((locale) =>
      chartInstance(model, byLevel, { locale, placement: 'home' })!,
    );
    expect(levelsZh!.drawing).not.toBe(levelsEn!.drawing);
  });
});
