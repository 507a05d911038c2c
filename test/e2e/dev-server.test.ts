/**
 * `npm run dev` as an editor uses it, on one dev server (starting one takes long): it shows drafts
 * and scheduled entries, marked, which the production build leaves out, and draws the charts on
 * demand (the production build draws them beside the page build); and it never hides an error:
 * a content error shows on every page, naming file, entry and field, until it is fixed. (Astro
 * itself only logs it and keeps serving the last valid version of the entry.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySampleContent } from '../helpers/build.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';

let server: DevServer;
let base = '';
let contentDir = '';

beforeAll(async () => {
  contentDir = copySampleContent('dev-server');
  writeFileSync(
    join(contentDir, 'news/zh/draft-in-dev.mdx'),
    "---\ntitle: 尚未发布的草稿\ndate: '2024-05-01'\nsummary: 草稿。\ndraft: true\n---\n\n正文。\n",
  );
  writeFileSync(
    join(contentDir, 'news/zh/scheduled-in-dev.mdx'),
    "---\ntitle: 定时发布的文章\ndate: '2099-01-01'\nsummary: 定时。\n---\n\n正文。\n",
  );
  server = await startDevServer(contentDir);
  base = server.base;
}, 900_000);

afterAll(async () => {
  await server?.stop();
});

describe('the dev server', () => {
  it.each([['/news/draft-in-dev/'], ['/news/scheduled-in-dev/']])(
    'shows %s, marked as not published',
    async (path) => {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain('notice-draft');
      expect(html).toContain('不会出现在正式构建中');
    },
    60_000,
  );

  it('follows an edit to a data file, renders MDX bodies and optimises photos', async () => {
    const studioFile = join(contentDir, 'studios/zhao-pengda.yaml');
    writeFileSync(
      studioFile,
      readFileSync(studioFile, 'utf8').replace(
        'zh: 赵鹏达劳模创新工作室',
        'zh: 赵鹏达劳模创新工作室（预览中改名）',
      ),
    );
    let html = '';
    for (let attempt = 0; attempt < 30 && !html.includes('预览中改名'); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      html = await (await fetch(`${base}/studios/zhao-pengda/`)).text();
    }
    expect(html.includes('赵鹏达劳模创新工作室（预览中改名）'), 'the edited title').toBe(true);
    // The studio's photo goes through Astro's image service, as in a build.
    expect(
      /<img[^>]+src="\/_image\/?\?href=[^"]*zhao-pengda-plaque/.test(html),
      'an optimised photo',
    ).toBe(true);
    const article = await (await fetch(`${base}/news/2021-plaque-unveiled/`)).text();
    expect(
      /<p[^>]*>12月28日，赵鹏达劳模创新工作室举行挂牌仪式。/.test(article),
      'the MDX body is rendered',
    ).toBe(true);
  }, 90_000);

  it("serves a page's chart drawing and its CSV", async () => {
    const html = await (await fetch(`${base}/en/studios/zhao-pengda/`)).text();
    const svg = /src="(\/charts\/[^"]+\.svg)"/.exec(html)?.[1];
    const csv = /href="(\/charts\/[^"]+\.csv)"/.exec(html)?.[1];
    expect(svg && csv, 'chart links on the studio page').toBeTruthy();
    const drawing = await fetch(`${base}${svg}`);
    expect(drawing.status).toBe(200);
    expect(drawing.headers.get('content-type')).toContain('image/svg+xml');
    expect(await drawing.text()).toMatch(/<svg[^>]* viewBox="0 0 640 \d+"/);
    const numbers = await fetch(`${base}${csv}`);
    expect(numbers.status).toBe(200);
    expect(await numbers.text()).toContain('Proposals submitted');
  }, 60_000);
});

/** The problem notice of a page, or '' when it has none; polls while the server catches up with an edit. */
async function noticeOf(path: string, until: (notice: string) => boolean): Promise<string> {
  let notice = '';
  for (let attempt = 0; attempt < 30; attempt += 1) {
    const html = await (await fetch(`${server.base}${path}`)).text();
    // The notice's text, without tags (the dev server adds source attributes to every element).
    notice = (/<section class="[^"]*notice-problems[^"]*"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '')
      .replace(/<[^>]+>/g, '')
      .replace(/&quot;/g, '"');
    if (until(notice)) return notice;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return notice;
}

describe('a content error in the preview', () => {
  it('shows on every page, naming file, entry and field, until it is fixed', async () => {
    expect(await noticeOf('/', (notice) => notice === '')).toBe('');

    const studioFile = join(contentDir, 'studios/zhao-pengda.yaml');
    const original = readFileSync(studioFile, 'utf8');
    writeFileSync(studioFile, original.replace(/^kind: .*$/m, 'kind: rocket-science'));
    for (const path of ['/', '/en/studios/', '/studios/zhao-pengda/', '/documents/jz-2021-31/']) {
      const notice = await noticeOf(path, (text) => text !== '');
      expect(notice, path).toContain('studios/zhao-pengda.yaml · zhao-pengda · kind: ');
      expect(notice, path).toContain('"rocket-science"');
    }
    expect(await noticeOf('/', (text) => text !== '')).toContain('内容有错误');
    expect(await noticeOf('/en/', (text) => text !== '')).toContain('The content has errors');
    expect(await noticeOf('/en/', (text) => text !== '')).toContain('kind: found "rocket-science"');

    writeFileSync(studioFile, original);
    expect(await noticeOf('/', (notice) => notice === '')).toBe('');
    expect(await noticeOf('/studios/zhao-pengda/', (notice) => notice === '')).toBe('');
  }, 180_000);
});
