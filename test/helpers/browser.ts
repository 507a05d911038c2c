/**
 * One Chromium per test worker, shared by every file that worker runs (the e2e files share their
 * workers' loaded modules: `isolate: false` in test/vitest.config.ts). A file opens its own pages
 * or contexts and closes them; it never closes the browser. Playwright ends the browser with the
 * worker's process. A browser that crashed is launched again for the next file.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';

let shared: Promise<Browser> | undefined;

/** The worker's browser, launched on first use. */
export function sharedBrowser(): Promise<Browser> {
  shared ??= launchBrowser().then((browser) => {
    browser.once('disconnected', () => (shared = undefined));
    return browser;
  });
  return shared;
}
