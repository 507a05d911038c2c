/** A built site served locally, started before a test file and stopped after it, and the worker's Chromium (test/helpers/browser.ts). */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serve, type StaticServer } from '../../scripts/lib/static-server.ts';
import { sharedBrowser } from './browser.ts';
import { SAMPLE_DIST } from './paths.ts';

export interface ServedSite {
  server: StaticServer;
  browser: Browser;
}

/** Registers the hooks; the returned object is filled in before the tests run. */
export function servedSite(
  dist: string | (() => string) = SAMPLE_DIST,
  { browser = true } = {},
): ServedSite {
  const site = {} as ServedSite;
  beforeAll(async () => {
    site.server = await serve(typeof dist === 'function' ? dist() : dist);
    if (browser) site.browser = await sharedBrowser();
  });
  afterAll(async () => {
    await site.server?.close();
  });
  return site;
}
