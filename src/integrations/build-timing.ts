/**
 * Marks when each build phase starts, on globalThis, for scripts/build.ts to report (the build runs
 * in its process). Phases: content sync (config done → build start), bundling and pages (build
 * start → generated), writing (generated → done).
 */
import type { AstroIntegration } from 'astro';

export interface BuildMarks {
  configSetup?: number;
  configDone?: number;
  buildStart?: number;
  buildGenerated?: number;
  buildDone?: number;
}

const marks = (): BuildMarks =>
  ((globalThis as { __studioBuildMarks?: BuildMarks }).__studioBuildMarks ??= {});

export default function buildTiming(): AstroIntegration {
  return {
    name: 'studio-showcase:build-timing',
    hooks: {
      'astro:config:setup': () => void (marks().configSetup = performance.now()),
      'astro:config:done': () => void (marks().configDone = performance.now()),
      'astro:build:start': () => void (marks().buildStart = performance.now()),
      'astro:build:generated': () => void (marks().buildGenerated = performance.now()),
      'astro:build:done': () => void (marks().buildDone = performance.now()),
    },
  };
}
