/**
 * Serves the chart files in `astro dev`, drawn on demand. A production build does not render them
 * as pages: scripts/build.ts draws them in a worker while Astro renders the pages, then writes
 * them (src/drawing/files.ts).
 */
import type { AstroIntegration } from 'astro';

export default function devCharts(): AstroIntegration {
  return {
    name: 'studio-showcase:dev-charts',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        injectRoute({
          pattern: '/charts/[name].svg',
          entrypoint: new URL('./chart-svg.ts', import.meta.url),
          prerender: true,
        });
        injectRoute({
          pattern: '/charts/[name].csv',
          entrypoint: new URL('./chart-csv.ts', import.meta.url),
          prerender: true,
        });
      },
    },
  };
}
