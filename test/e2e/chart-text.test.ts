/**
 * Chart text in a real Chromium: at phone and desktop sizes (390×844, 1366×900) and across the
 * range 320–1,440 px, every chart on the home page, report pages and the other chart pages shows the drawing meant for
 * its width, and its text (font px of the drawing × displayed width ÷ drawing width) is at least
 * 12 CSS px; the HTML around it (key, axis titles, sentences) too. No script is needed for any of it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DRAWINGS, MIN_TEXT_PX } from '../../src/lib/charts/chart-layout.ts';
import { inPool } from '../helpers/page-pool.ts';
import { SAMPLE_DIST } from '../helpers/paths.ts';
import { servedSite } from '../helpers/served-site.ts';

const site = servedSite();
const PAGES = [
  '/',
  '/reports/2024/',
  '/en/reports/2021/',
  '/awards/',
  '/studios/zhao-pengda/',
  '/en/achievements/',
];

interface Measured {
  chart: string;
  src: string;
  narrowMatches: boolean;
  width: number;
}

/** The font size a drawing was drawn at, from its file. */
const fontPxOf = (src: string) =>
  Number(
    /data-font-px="([\d.]+)"/.exec(
      readFileSync(join(SAMPLE_DIST, new URL(src).pathname), 'utf8'),
    )?.[1],
  );
const drawingWidthOf = (src: string) =>
  Number(
    /viewBox="0 0 (\d+)/.exec(readFileSync(join(SAMPLE_DIST, new URL(src).pathname), 'utf8'))?.[1],
  );

async function measure(width: number, height: number, path: string) {
  const context = await site.browser.newContext({
    viewport: { width, height },
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  await page.goto(`${site.server.url}${path}`, { waitUntil: 'load' });
  // Lazy drawings load when they come near: bring each into view and wait for it (one call for all).
  await page.evaluate(async () => {
    for (const img of document.querySelectorAll<HTMLImageElement>('figure.chart img')) {
      img.scrollIntoView({ block: 'nearest' });
      if (!img.complete)
        await new Promise((resolve) => img.addEventListener('load', resolve, { once: true }));
    }
  });
  const result = await page.evaluate(
    (media) => ({
      charts: [...document.querySelectorAll<HTMLImageElement>('figure.chart img')].map((img) => ({
        chart: img.closest('figure')!.getAttribute('data-chart')!,
        src: img.currentSrc,
        narrowMatches: matchMedia(media).matches,
        width: img.getBoundingClientRect().width,
      })),
      htmlText: [
        ...document.querySelectorAll(
          'figure.chart :is(.chart-key li, .chart-axes, .chart-sentence, .chart-summary, figcaption)',
        ),
      ].map((element) => ({
        text: element.textContent!.slice(0, 30),
        px: parseFloat(getComputedStyle(element).fontSize),
      })),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }),
    DRAWINGS.narrow.media!,
  );
  await context.close();
  return result as {
    charts: Measured[];
    htmlText: Array<{ text: string; px: number }>;
    overflow: number;
  };
}

/** Every page at every size, measured a few at a time (each in its own context, as alone). */
async function expectReadable(sizes: Array<[width: number, height: number]>) {
  const cases = sizes.flatMap(([width, height]) => PAGES.map((path) => ({ width, height, path })));
  const results = await inPool(cases, ({ width, height, path }) => measure(width, height, path));
  for (const [index, { charts, htmlText, overflow }] of results.entries()) {
    const { width, path } = cases[index]!;
    expect(charts.length, path).toBeGreaterThan(0);
    expect(overflow, `${path} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
    for (const chart of charts) {
      const where = `${path} ${chart.chart} at ${width}px`;
      // The drawing shown is the one meant for this width.
      expect(chart.src, where).toMatch(/\.svg$/);
      expect(drawingWidthOf(chart.src), where).toBe(
        chart.narrowMatches ? DRAWINGS.narrow.width : DRAWINGS.wide.width,
      );
      const textPx = (fontPxOf(chart.src) * chart.width) / drawingWidthOf(chart.src);
      expect(textPx, where).toBeGreaterThanOrEqual(MIN_TEXT_PX);
      // And the stylesheet keeps it within the range the drawing was sized for.
      const range = DRAWINGS[chart.narrowMatches ? 'narrow' : 'wide'].displayed;
      expect(chart.width, where).toBeGreaterThanOrEqual(range.min - 0.5);
      expect(chart.width, where).toBeLessThanOrEqual(range.max + 0.5);
    }
    for (const item of htmlText)
      expect(item.px, `${path} "${item.text}" at ${width}px`).toBeGreaterThanOrEqual(MIN_TEXT_PX);
  }
}

describe('chart text in a browser', () => {
  it('is at least 12 CSS px on a phone (390×844)', async () => {
    await expectReadable([[390, 844]]);
  });

  it('is at least 12 CSS px on a laptop (1366×900)', async () => {
    await expectReadable([[1366, 900]]);
  });

  it('is at least 12 CSS px at every width from 320 to 1,440 px', async () => {
    await expectReadable(
      [320, 480, 639, 640, 1000, 1180, 1440].map((width): [number, number] => [width, 900]),
    );
  }, 600_000);
});
