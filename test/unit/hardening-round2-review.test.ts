/**
 * Review of the second hardening round (issue 25): attacks on the new rules, each through the real
 * module. Holes found (each failed before its fix): a picture path with `?` or `#` (Astro cuts the
 * path there, the check judged the whole string), a negative zero shown as "-0", and a SITE_URL
 * ending in a backslash written as "http://host//". Cases that held are kept where cheap.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BODY_PARSERS, bodyImageProblems, imagesOf } from '../../src/lib/content/body-files.ts';
import { namedFileProblems } from '../../src/lib/content/named-files.ts';
import { formatNumber, formatQuantity } from '../../src/lib/site/format.ts';
import { configuredSiteUrl, siteUrlProblem } from '../../src/lib/site/site-url.ts';
import {
  areaQuantitySchema,
  chartNumberSchema,
  localizedSchema,
  moneyQuantitySchema,
  quantitySchema,
} from '../../src/schemas/common.ts';
import { ROOT } from '../helpers/paths.ts';

const CONTENT = join(ROOT, 'content');
const NEWS = join(CONTENT, 'news/zh/2021-plaque-unveiled.mdx');
const STUDIO = join(CONTENT, 'studios/zhao-pengda.yaml');
const image = (url: string) =>
  bodyImageProblems(CONTENT, NEWS, { url, line: 1, html: false }).map((problem) => problem.en);

describe('a picture path with a query or a fragment', () => {
  // The whole path, normalised, is images/plaque-unveiled.jpg beside the entry; Astro opens ../secret.jpg (from its .astro folder).
  const sneaky = [
    '../secret.jpg?/../zh/images/plaque-unveiled.jpg',
    '../secret.jpg#/../zh/images/plaque-unveiled.jpg',
    'images/plaque-unveiled.jpg?url',
  ];

  it.each(sneaky)('is refused in a body: %s', (url) => {
    expect(image(url)).toEqual([
      expect.stringMatching(/a path with a query \(\?\) or a fragment \(#\)/),
    ]);
  });

  it('is refused as a photo', () => {
    const problems = namedFileProblems(
      CONTENT,
      STUDIO,
      '../secret.jpg?/../studios/photos/zhao-pengda-plaque.jpg',
      true,
    );
    expect(problems.map((problem) => problem.en)).toEqual([
      expect.stringMatching(/a path with a query \(\?\) or a fragment \(#\)/),
    ]);
    expect(problems[0]!.zh).toMatch(/含有 \? 或 #/);
  });

  it('a percent-encoded ? or / is refused: the image pipeline would read it as an escape', () => {
    // A later round found a file named images/..%2F..%2Fx.jpg, present in the folder, passing
    // the check and then read by the pipeline as ../../x.jpg: no picture's path may keep a %.
    for (const path of [
      '../secret.jpg%3F/../zh/images/plaque-unveiled.jpg',
      '..%2F..%2F..%2Fsecret.jpg',
    ])
      expect(image(path)).toEqual([
        expect.stringMatching(/a path with %, which the image pipeline reads as an escape/),
      ]);
    expect(image('..\\..\\..\\secret.jpg')).toEqual([expect.stringMatching(/no such file exists/)]);
  });

  it('held: reference-style and protocol-relative images, and <img> in MDX, are found', () => {
    expect(
      imagesOf(BODY_PARSERS.md.parse('![a][REF]\n\n[ref]: ../../../secret.jpg\n') as never).map(
        (found) => found.url,
      ),
    ).toEqual(['../../../secret.jpg']);
    expect(image('//tracker.example/x.png')).toEqual([expect.stringMatching(/from another host/)]);
    expect(
      imagesOf(BODY_PARSERS.mdx.parse('<Note><img src="../../x.png" /></Note>\n') as never),
    ).toEqual([{ url: '../../x.png', line: 1, html: true }]);
  });
});

describe('numbers', () => {
  it('a negative zero is shown as 0, never "-0"', () => {
    const money = moneyQuantitySchema.parse(-0);
    expect(formatQuantity('zh', money)).toBe('0');
    expect(formatNumber('en', chartNumberSchema.parse(-0))).toBe('0');
    expect(formatNumber('zh', -1.5)).toBe('-1.5');
  });

  it('held: YAML .inf and .nan, and numbers written as text, are refused', () => {
    for (const value of [Infinity, -Infinity, NaN, '1e308', '12']) {
      expect(quantitySchema.safeParse(value).success, String(value)).toBe(false);
      expect(chartNumberSchema.safeParse(value).success, String(value)).toBe(false);
    }
  });
});

describe('amounts far below any unit and names with nothing visible', () => {
  it('an amount of 1e-320 or 5e-324 is refused (it would print hundreds of digits), one fen is kept', () => {
    for (const value of [1e-320, 5e-324, 1e-7]) {
      expect(moneyQuantitySchema.safeParse(value).success, String(value)).toBe(false);
      expect(chartNumberSchema.safeParse(value).success, String(value)).toBe(false);
    }
    expect(areaQuantitySchema.safeParse(0.001).success).toBe(false);
    expect(moneyQuantitySchema.parse(0.000001)).toEqual({ value: 0.000001, qualifier: 'exact' });
    expect(moneyQuantitySchema.parse(1234.56)).toEqual({ value: 1234.56, qualifier: 'exact' });
    expect(areaQuantitySchema.parse(120.5)).toEqual({ value: 120.5, qualifier: 'exact' });
  });

  it('a name of only spaces, bidi controls or zero-width marks is refused, in Chinese and English', () => {
    for (const blank of ['   ', '\u202E\u2066\u200B', '\u3000\u200D', '\u0301']) {
      expect(localizedSchema.safeParse(blank).success, JSON.stringify(blank)).toBe(false);
      expect(
        localizedSchema.safeParse({ zh: '赵鹏达', en: blank }).success,
        JSON.stringify(blank),
      ).toBe(false);
    }
    expect(localizedSchema.parse(' 赵鹏达 ')).toEqual({ zh: ' 赵鹏达 ' });
    expect(localizedSchema.parse('Café №1')).toEqual({ zh: 'Café №1' });
  });
});

describe('SITE_URL', () => {
  it('ending in a backslash is the root, not "//"', () => {
    expect(siteUrlProblem('https://studios.example.org\\')).toBeUndefined();
    expect(configuredSiteUrl({ SITE_URL: 'https://studios.example.org\\' })?.href).toBe(
      'https://studios.example.org/',
    );
  });

  it('held: an empty query or fragment, a bad port and credentials are refused; IDN, IPv6 and an upper-case scheme are the root', () => {
    for (const refused of [
      'https://host.example/?',
      'https://host.example/#',
      'https://host.example:99999/',
      'https://a:b@host.example/',
      'https://host.example/sub/',
    ])
      expect(siteUrlProblem(refused), refused).toBeDefined();
    expect(configuredSiteUrl({ SITE_URL: 'HTTPS://中国.example ' })?.href).toBe(
      'https://xn--fiqs8s.example/',
    );
    expect(configuredSiteUrl({ SITE_URL: 'https://[::1]' })?.href).toBe('https://[::1]/');
    expect(configuredSiteUrl({ SITE_URL: 'http://host.example/./' })?.href).toBe(
      'http://host.example/',
    );
  });
});
