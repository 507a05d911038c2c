/**
 * The quality checks must fail on a violation. A fixture site is built, with the real build, from
 * content that carries two known defects (a link without text, a broken link), and each check is
 * shown to catch them. (An image without alternative text can no longer be written: a body image is
 * Markdown, which always writes alt, and HTML <img> is refused by the check.)
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, TMP } from '../helpers/paths.ts';
import { axeViolations, htmlErrors } from '../helpers/quality.ts';
import { servedSite } from '../helpers/served-site.ts';
import { sharedBuild } from '../helpers/shared-builds.ts';
import { checkSite } from '../helpers/site-check.ts';

const dist = join(TMP, 'defect-dist');
beforeAll(async () => {
  expect(await sharedBuild('defect', join(ROOT, 'test/fixtures/defect-content'))).toBe(dist);
}, 300_000);
const site = servedSite(dist);

describe('the quality checks on a page with known defects', () => {
  it('axe-core reports the link without text', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/news/defects/`);
    const violations = await axeViolations(page);
    expect(violations.map((v) => v.id)).toContain('link-name');
    await page.close();
  });

  it('the site check reports the broken link', () => {
    expect(checkSite(dist)).toContainEqual({
      page: '/news/defects/',
      problem: 'links to /no-such-page/, which does not exist',
    });
  });

  it('html-validate reports the link without text', async () => {
    const errors = await htmlErrors(join(dist, 'news/defects/index.html'));
    expect(errors.some((error) => error.includes('wcag/h30'))).toBe(true);
  });
});
