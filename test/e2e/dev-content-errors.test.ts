/**
 * The preview never hides an error: with `npm run dev` running, a content error shows on every
 * page, naming file, entry and field, until it is fixed. (Astro itself only logs it and keeps
 * serving the last valid version of the entry.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySampleContent } from '../helpers/build.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';

let server: DevServer;
let contentDir = '';

beforeAll(async () => {
  contentDir = copySampleContent('dev-errors');
  server = await startDevServer(contentDir);
}, 900_000);

afterAll(async () => {
  await server?.stop();
});

/** The problem notice of a page, or '' when it has none; polls while the server catches up with an edit. */
async function noticeOf(path: string, until: (notice: string) => boolean): Promise<string> {
  let notice = '';
  for (let attempt = 0; attempt < 30; attempt += 1) {
    const html = await (await fetch(`${server.base}${path}`)).text();
    // The notice's text, without tags (the dev server adds source attributes to every element).
    notice = (/<section class="[^"]*notice-problems[^"]*"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"');
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
