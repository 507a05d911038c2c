/** A built site served locally and a Chromium, started before a test file and stopped after it. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serve, type StaticServer } from '../../scripts/lib/static-server.ts';
import { SAMPLE_DIST } from './paths.ts';

export interface ServedSite {
  server: StaticServer;
  browser: Browser;
}

/** Registers the hooks; the returned object is filled in before the tests run. */
export function servedSite(dist: string | (() => string) = SAMPLE_DIST, { browser = true } = {}): ServedSite {
  const site = {} as ServedSite;
  beforeAll(async () => {
    site.server = await serve(typeof dist === 'function' ? dist() : dist);
    if (browser) site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
