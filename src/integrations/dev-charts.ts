/**
 * Serves the chart files in `astro dev`, drawn on demand. A production build does not render them
 * as pages: scripts/build.ts draws them in a worker while Astro renders the pages, then writes
 * them (src/charts/files.ts).
 */
import type { AstroIntegration } from 'astro';

export default function devCharts(): AstroIntegration {
  return {
    name: 'studio-showcase:dev-charts',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev') injectRoute({ pattern: '/charts/[file]', entrypoint: new URL('./chart-endpoint.ts', import.meta.url), prerender: true });
      },
    },
  };
}
