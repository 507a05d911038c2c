/**
 * Content photos are sharp on every screen: the file the browser picks from srcset is at least
 * as wide as the photo is shown × the device pixel ratio, or it is the photo's full-size file
 * and the photo is not shown wider than that file (never enlarged). Checked in Chromium on the
 * sample's pages with photos, at a laptop and a phone size, with 1× and 2× pixels.
 */
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';
import { servedSite } from '../helpers/served-site.ts';

const site = servedSite();

/** Pages showing a photo, and the photo's source file. */
const PAGES = [
  { path: '/studios/zhao-pengda/', source: 'content/studios/photos/zhao-pengda-plaque.jpg' },
  { path: '/en/studios/zhao-pengda/', source: 'content/studios/photos/zhao-pengda-plaque.jpg' },
  { path: '/news/2021-plaque-unveiled/', source: 'content/news/zh/images/plaque-unveiled.jpg' },
];
const SCREENS = [
  { width: 1366, height: 900, deviceScaleFactor: 2 },
  { width: 390, height: 844, deviceScaleFactor: 2 },
  { width: 1366, height: 900, deviceScaleFactor: 1 },
  { width: 390, height: 844, deviceScaleFactor: 1 },
];

describe('content photos in the browser', () => {
  for (const screen of SCREENS) {
    it(`picks a file wide enough at ${screen.width}×${screen.height}, ${screen.deviceScaleFactor}× pixels, and never enlarges a photo`, async () => {
      const context = await site.browser.newContext({
        viewport: { width: screen.width, height: screen.height },
        deviceScaleFactor: screen.deviceScaleFactor,
      });
      const page = await context.newPage();
      for (const { path, source } of PAGES) {
        const sourceWidth = (await sharp(join(ROOT, source)).metadata()).width;
        await page.goto(`${site.server.url}${path}`);
        const photo = page.locator('main picture img.photo').first();
        await photo.scrollIntoViewIfNeeded();
        await expect
          .poll(
            () => photo.evaluate((img: HTMLImageElement) => img.complete && img.currentSrc !== ''),
            { timeout: 10_000 },
          )
          .toBe(true);
        const shown = await photo.evaluate(async (img: HTMLImageElement) => {
          // naturalWidth of a srcset image is divided by its density: load the chosen file alone for its pixel width.
          const file = new Image();
          file.src = img.currentSrc;
          await file.decode();
          return {
            currentSrc: img.currentSrc,
            shownWidth: img.getBoundingClientRect().width,
            fileWidth: file.naturalWidth,
          };
        });
        const where = `${path} at ${screen.width}px ×${screen.deviceScaleFactor}: ${JSON.stringify(shown)}, source ${sourceWidth} px`;
        expect(shown.shownWidth, where).toBeGreaterThan(0);
        const wideEnough =
          shown.fileWidth >= Math.ceil(shown.shownWidth * screen.deviceScaleFactor);
        const fullSize = shown.fileWidth === sourceWidth;
        expect(wideEnough || fullSize, where).toBe(true);
        // Never shown wider than the photo's own pixels.
        expect(shown.shownWidth, where).toBeLessThanOrEqual(sourceWidth);
      }
      await context.close();
    });
  }
});
