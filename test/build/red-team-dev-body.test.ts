/**
 * Red-team round: `npm run dev` with a body the check refuses. Since the content loader renders
 * bodies itself (src/data/content-loader.ts), a body with code (`{1+1}`) or nested thousands deep
 * made Astro's pipeline throw while the collection loaded, and the dev server stopped: the
 * preview, which must show every problem on every page until it is fixed, did not start. Now such
 * an entry is left out of the preview (as one that fails its schema is) and the pages list it.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';
import { ROOT, TMP } from '../helpers/paths.ts';

let server: DevServer | undefined;
let contentDir = '';
let startError: unknown;

const FRONT = (title: string) => `---\ntitle: ${title}\ndate: "2024-05-01"\nsummary: 摘要\n---\n\n`;

beforeAll(async () => {
  contentDir = mkdtempSync(join(TMP, 'red-team-dev-body-'));
  cpSync(join(ROOT, 'test/fixtures/small-content'), contentDir, { recursive: true });
  writeFileSync(join(contentDir, 'news/zh/code.mdx'), `${FRONT('代码文章')}正文 {1+1} 结束。\n`);
  writeFileSync(
    join(contentDir, 'news/zh/deep.md'),
    `${FRONT('深层文章')}${'> '.repeat(3000)}深\n`,
  );
  writeFileSync(join(contentDir, 'news/zh/fine.mdx'), `${FRONT('正常文章')}正常的正文。\n`);
  try {
    server = await startDevServer(contentDir);
  } catch (error) {
    startError = error;
  }
}, 300_000);

afterAll(async () => {
  await server?.stop();
  rmSync(contentDir, { recursive: true, force: true });
});

/** The problems notice of a page, as text. */
async function noticeOf(path: string): Promise<string> {
  const html = await (await fetch(`${server!.base}${path}`)).text();
  return (/<section class="[^"]*notice-problems[^"]*"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"');
}

describe('the dev server with bodies the check refuses', () => {
  it('starts, and every page lists the problems of those bodies', async () => {
    expect(startError).toBeUndefined();
    // The server answers once the content is loaded; give it a few tries.
    let notice = '';
    for (let attempt = 0; attempt < 30 && !notice.includes('deep.md'); attempt++) {
      notice = await noticeOf('/').catch(() => '');
      if (!notice.includes('deep.md')) await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    expect(notice).toContain('news/zh/code.mdx');
    expect(notice).toContain('{1+1}');
    expect(notice).toContain('news/zh/deep.md');
    expect(server!.process.exitCode).toBeNull();
  }, 120_000);

  it('serves the other entries', async () => {
    const response = await fetch(`${server!.base}/news/fine/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('正常的正文');
  }, 60_000);
});
