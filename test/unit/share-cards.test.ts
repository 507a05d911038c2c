/** Share cards (what is drawn, how titles wrap, file names) and the sizes of content photos. */
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { layTitle, TEXT_WIDTH, wrapLines } from '../../src/drawing/card.ts';
import { FONT_FAMILY, registerFonts } from '../../src/drawing/render.ts';
import { photoSizes } from '../../src/lib/site/responsive-images.ts';
import {
  allShareCards,
  cardPath,
  shareImageOf,
  siteShareImage,
  type ShareImage,
} from '../../src/lib/outputs/share-cards.ts';
import { LOCALES } from '../../src/schemas/vocabulary.ts';
import { PAGE_ROUTES } from '../../src/lib/views/routes.ts';
import type { PageView } from '../../src/lib/views/chrome.ts';
import { configuredSiteUrl, siteUrlProblem } from '../../src/lib/site/site-url.ts';
import { model } from '../helpers/sample-model.ts';

registerFonts();
const context = () => {
  const ctx = createCanvas(10, 10).getContext('2d');
  ctx.font = `bold 50px "${FONT_FAMILY}"`;
  return ctx;
};

describe('card titles', () => {
  const longChinese =
    '关于命名2021年度锦州市劳模和职工创新工作室的决定（附：2021年度锦州市劳模创新工作室名单，共计十四家，含渤海石化装备有限公司等单位）以及相关考核结果与结对情况的通知全文公布，并请各县（市）区总工会认真组织学习贯彻落实';
  const longEnglish =
    'Decision on naming the 2021 Jinzhou model worker and employee innovation studios, with the assessment and pairing results of the studios named in earlier years, and a word far too long for one line: Pneumonoultramicroscopicsilicovolcanoconiosispneumonoultramicroscopic';

  it('wraps a long title within the card’s width and line count, ending in … when cut', () => {
    for (const title of [longChinese, longEnglish]) {
      const ctx = context();
      const { lines, complete } = wrapLines(ctx, title, TEXT_WIDTH, 4);
      expect(lines.length).toBe(4);
      expect(complete).toBe(false);
      for (const line of lines)
        expect(ctx.measureText(line).width, line).toBeLessThanOrEqual(TEXT_WIDTH);
      expect(lines.at(-1)!.endsWith('…')).toBe(true);
    }
  });

  it('loses nothing of a title that fits, and starts no line with closing punctuation', () => {
    const ctx = context();
    const { lines, complete } = wrapLines(ctx, longChinese, TEXT_WIDTH, 20);
    expect(complete).toBe(true);
    expect(lines.join('')).toBe(longChinese);
    for (const line of lines) expect(line, line).not.toMatch(/^[，。、）：]/u);
    const english = wrapLines(ctx, longEnglish, TEXT_WIDTH, 20);
    expect(english.lines.join(' ').replace(/ /g, '')).toBe(longEnglish.replace(/ /g, ''));
    for (const line of english.lines)
      expect(ctx.measureText(line).width, line).toBeLessThanOrEqual(TEXT_WIDTH);
  });

  it('keeps a short title whole at the largest size and shrinks a long one before cutting it', () => {
    const ctx = context();
    expect(layTitle(ctx, '赵鹏达劳模创新工作室')).toEqual({
      size: 68,
      lines: ['赵鹏达劳模创新工作室'],
      complete: true,
    });
    const medium = layTitle(ctx, longChinese.slice(0, 80));
    expect(medium.size).toBeLessThan(68);
    expect(medium.complete).toBe(true);
    expect(layTitle(ctx, longChinese.repeat(3)).complete).toBe(false);
  });
});

describe('share images of the sample', () => {
  it('uses a photo where the page has one and a card otherwise, with safe file names', () => {
    expect(shareImageOf(model, 'zh', { type: 'studio', id: 'zhao-pengda' })).toMatchObject({
      kind: 'photo',
      image: 'studios:zhao-pengda',
    });
    const person = shareImageOf(model, 'en', { type: 'person', id: 'zhao-pengda' });
    expect(person?.kind).toBe('card');
    const cards = allShareCards(model);
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect(cardPath(card)).toMatch(/^\/share-cards\/[0-9a-f]{24}\.png$/);
    expect(new Set(cards.map((card) => card.hash)).size).toBe(cards.length);
  });

  it('gives an English page whose title has no English the Chinese card, and a translated one its own', () => {
    const card = (locale: 'zh' | 'en', id: string) => {
      const image = shareImageOf(model, locale, { type: 'person', id });
      return image?.kind === 'card' ? image.card : undefined;
    };
    const translated = [...model.people.values()].find(
      (person) => !person.data.photo && person.data.name.en,
    )!;
    expect(card('en', translated.id)?.hash).not.toBe(card('zh', translated.id)?.hash);
    expect(card('en', translated.id)).toMatchObject({
      locale: 'en',
      typeLabel: 'Person',
      title: translated.data.name.en,
    });
    // The same person known only by a Chinese name.
    const untranslated = structuredClone(translated);
    untranslated.data = { ...untranslated.data, name: { zh: translated.data.name.zh } };
    const changed = { ...model, people: new Map([...model.people, [translated.id, untranslated]]) };
    const changedCard = (locale: 'zh' | 'en') =>
      shareImageOf(changed, locale, { type: 'person', id: translated.id });
    expect(changedCard('en')).toEqual(changedCard('zh'));
  });

  it("gives a news item without a cover its first studio's image, or the site's card when it names no studio", () => {
    const seen = { studio: 0, site: 0 };
    for (const [slug, entry] of model.newsZh) {
      if (entry.data.cover) continue;
      const studio = entry.data.studios.find((id) => model.studios.has(id));
      for (const locale of LOCALES) {
        const expected = studio
          ? shareImageOf(model, locale, { type: 'studio', id: studio })
          : siteShareImage(model, locale);
        expect(
          shareImageOf(model, locale, { type: 'news', id: slug }),
          `${locale} ${slug}`,
        ).toEqual(expected);
      }
      seen[studio ? 'studio' : 'site'] += 1;
    }
    expect(seen.studio).toBeGreaterThan(0);
  });

  it('draws exactly the cards that the views of every page type name: one list of page types (PAGE_ROUTES)', () => {
    const named = new Map<string, string>();
    const add = (share: ShareImage | undefined, where: string) => {
      if (share?.kind === 'card' && !named.has(share.card.hash)) named.set(share.card.hash, where);
    };
    for (const [route, views] of Object.entries(PAGE_ROUTES))
      for (const locale of LOCALES)
        for (const { view } of (
          views as (
            m: typeof model,
            l: typeof locale,
            i: Map<string, never>,
          ) => Array<{ view: PageView & { share?: ShareImage } }>
        )(model, locale, new Map<string, never>())) {
          add(view.share, `${locale} ${route}`);
          add(view.chrome.siteShare, `${locale} ${route} (site)`);
        }
    const drawn = new Set(allShareCards(model).map((card) => card.hash));
    expect([...named].filter(([hash]) => !drawn.has(hash)).map(([, where]) => where)).toEqual([]);
    expect([...drawn].filter((hash) => !named.has(hash))).toEqual([]);
    // A card per subject, not per page: fewer cards than shared pages (news borrow their studio's).
    expect(drawn.size).toBeLessThan(
      2 * (1 + model.studios.size + model.people.size + model.documents.size + model.newsZh.size),
    );
  });

  it('names a card after what it shows: another title is another file', () => {
    const hostile = structuredClone(model.people.get('zhao-pengda')!);
    hostile.data = { ...hostile.data, name: { zh: '../../etc/passwd</script>' } };
    const changed = { ...model, people: new Map([...model.people, ['zhao-pengda', hostile]]) };
    const before = shareImageOf(model, 'zh', { type: 'person', id: 'zhao-pengda' });
    const after = shareImageOf(changed, 'zh', { type: 'person', id: 'zhao-pengda' });
    expect(after?.kind === 'card' && cardPath(after.card)).toMatch(
      /^\/share-cards\/[0-9a-f]{24}\.png$/,
    );
    expect(after?.kind === 'card' && after.card.hash).not.toBe(
      before?.kind === 'card' && before.card.hash,
    );
  });
});

describe('the site address', () => {
  it('is configured only by an absolute http(s) SITE_URL', () => {
    expect(configuredSiteUrl({})).toBeUndefined();
    expect(configuredSiteUrl({ SITE_URL: 'https://studios.example.org' })?.href).toBe(
      'https://studios.example.org/',
    );
    expect(siteUrlProblem('studios.example.org')).toContain('expected an absolute address');
    expect(siteUrlProblem('ftp://studios.example.org')).toContain('http or https');
  });
});

describe('photo sizes', () => {
  it('offers files up to twice the shown width, capped at the source’s own width, and never enlarges', () => {
    const studio = photoSizes({ width: 1200, height: 800 }, 736);
    expect(studio.shownWidth).toBe(736);
    expect(studio.widths.at(-1)).toBe(1200);
    expect(studio.sizes).toBe('(max-width: 768px) calc(100vw - 32px), 736px');
    const large = photoSizes({ width: 4000, height: 3000 }, 736);
    expect(large.widths.at(-1)).toBe(1472);
    expect(large.widths).toContain(720);
    const small = photoSizes({ width: 500, height: 250 }, 736);
    expect([small.shownWidth, small.shownHeight]).toEqual([500, 250]);
    expect(Math.max(...small.widths)).toBe(500);
  });
});
