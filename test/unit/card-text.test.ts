/**
 * Share cards on hostile titles: the work of wrapping a 20,000-character run without spaces is
 * bounded by the lines the card keeps (counted, and timed against a normal card in the same run),
 * and bidi controls, joiners, flags and emoji never reach the drawing: the card's lines hold only
 * characters the font has glyphs for, read from the font files themselves.
 */
import { readFileSync } from 'node:fs';
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { create, type Font } from 'fontkitten';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cardText, layCard, layTitle, renderCard, TEXT_WIDTH } from '../../src/drawing/card.ts';
import { FONT_FILES, registerFonts } from '../../src/drawing/render.ts';
import type { ShareCard } from '../../src/lib/outputs/share-cards.ts';

registerFonts();
const fonts = FONT_FILES.map((file) => create(readFileSync(file)) as Font);

/** A drawing context that counts the characters it is asked to measure: the wrapping's work. */
function countingContext(): { ctx: SKRSContext2D; measured: () => number } {
  const real = createCanvas(10, 10).getContext('2d');
  let measured = 0;
  const ctx = {
    get font() {
      return real.font;
    },
    set font(value: string) {
      real.font = value;
    },
    measureText(text: string) {
      measured += text.length;
      return real.measureText(text);
    },
  } as unknown as SKRSContext2D;
  return { ctx, measured: () => measured };
}

const card = (title: string): ShareCard =>
  ({
    title,
    typeLabel: '新闻',
    siteName: '锦州市劳模和职工创新工作室',
    hash: 'test',
    locale: 'zh',
  }) as unknown as ShareCard;
const pixels = async (png: Buffer) => (await sharp(png).raw().toBuffer()).toString('base64');

describe('share cards on long unbroken text', () => {
  const unbroken = 'W'.repeat(20_000);
  const chinese = '劳模创新工作室'.repeat(3_000);
  const normalLong =
    '关于命名2021年度锦州市劳模和职工创新工作室的决定，以及相关考核结果与结对情况的通知全文公布'.repeat(
      4,
    );

  it('measures no more for a 20,000-character title than for a title of a few lines that is cut too', () => {
    const work = (title: string) => {
      const { ctx, measured } = countingContext();
      const laid = layTitle(ctx, cardText(title));
      return { laid, measured: measured() };
    };
    const normal = work(normalLong);
    expect(normal.laid.complete).toBe(false);
    for (const title of [unbroken, chinese, `${unbroken} ${unbroken}`]) {
      const long = work(title);
      expect(long.measured).toBeLessThanOrEqual(normal.measured * 3);
    }
  });

  it('cuts a long unbroken run at the card’s last line with an ellipsis, every line within the card', () => {
    const ctx = createCanvas(10, 10).getContext('2d');
    const laid = layTitle(ctx, cardText(unbroken));
    expect(laid.complete).toBe(false);
    expect(laid.size).toBe(50);
    expect(laid.lines.length).toBe(Math.floor((500 - 170) / (50 * 1.32)));
    expect(laid.lines.at(-1)!.endsWith('…')).toBe(true);
    for (const line of laid.lines)
      expect(ctx.measureText(line).width).toBeLessThanOrEqual(TEXT_WIDTH);
    expect(laid.lines.slice(0, -1).every((line) => /^W+$/.test(line))).toBe(true);
  });

  it('draws the 20,000-character card in about the time of a normal card', async () => {
    await renderCard(card('赵鹏达劳模创新工作室')); // fonts loaded, code warm
    const time = async (title: string) => {
      const start = performance.now();
      await renderCard(card(title));
      return performance.now() - start;
    };
    const normal = Math.min(
      await time('赵鹏达劳模创新工作室'),
      await time('高岩职工创新工作室'),
      await time('陈磊工作室'),
    );
    const long = Math.min(await time(unbroken), await time(chinese));
    // Before: 19 s against 45 ms. The margin allows for a busy machine, not for work that grows with the title.
    expect(long).toBeLessThan(normal * 10 + 250);
  });
});

describe('share cards on characters the font cannot draw', () => {
  const hostile = 'Studio \u202Eevil\u202C \u2066x\u2069 👨‍👩‍👧 🇨🇳 a\u200Db a\u200Cb ❤️ 1️⃣ \u200F中文';

  it('draws only characters the font has glyphs for, with bidi controls, joiners, flags and emoji removed', () => {
    const ctx = createCanvas(10, 10).getContext('2d');
    const laid = layCard(ctx, {
      typeLabel: `新闻\u202E🇨🇳`,
      title: hostile,
      siteName: `锦州\u200D👍市总工会`,
    });
    expect(laid.title.lines).toEqual(['Studio evil x ab ab 1 中文']);
    expect(laid.typeLabel).toBe('新闻');
    expect(laid.siteName).toBe('锦州市总工会');
    const drawn = [laid.typeLabel, ...laid.title.lines, laid.siteName].join('');
    expect(drawn).not.toMatch(
      /[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069]|\ufe0f|\p{Regional_Indicator}|\p{Extended_Pictographic}/u,
    );
    for (const char of drawn)
      for (const font of fonts)
        expect(
          font.hasGlyphForCodePoint(char.codePointAt(0)!),
          `U+${char.codePointAt(0)!.toString(16)}`,
        ).toBe(true);
  });

  it('draws □ for a letter or digit the font lacks, so that no name loses a character unseen', () => {
    // 𠮷 and 𡒄 (CJK extension B, in real names) are not in Noto Sans SC; nor are Arabic or Thai letters.
    expect(cardText('𠮷永明 𡒄旺 أحمد ไทย')).toBe('□永明 □旺 □□□□ □□□');
    const ctx = createCanvas(10, 10).getContext('2d');
    const laid = layCard(ctx, { typeLabel: '人物', title: '𠮷永明', siteName: '锦州市总工会' });
    expect(laid.title.lines).toEqual(['□永明']);
  });

  it('keeps the characters it can draw: Chinese, Latin with accents (composed or not), Cyrillic, full-width forms', () => {
    expect(cardText('赵鹏达 Café Cafe\u0301 Жуков （锦州）')).toBe(
      '赵鹏达 Café Café Жуков （锦州）',
    );
  });

  it('draws the same pixels for a title with undrawable characters as for the title without them', async () => {
    const plain = await renderCard(card('锦州 Studio'));
    const withHostile = await renderCard(card('锦州\u202E\u200D🇨🇳 😀 Studio\u2066'));
    expect(await pixels(withHostile)).toBe(await pixels(plain));
  });
});
