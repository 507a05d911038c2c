/**
 * The web editor as a union's clerk and reviewer use it, in the npm-packaged Chromium with every
 * request that is not to loopback refused: the Chinese interface, a studio with a photo, a naming
 * decision listing it and a news item with a photo, each saved as a draft and published by a
 * reviewer, then found on the live site and in its search; an impossible date refused at its
 * field with the check's words, the live site untouched. The site holds a few entries of the
 * sample (test/helpers/editor-content.ts), so that each publish builds tens of pages, not hundreds.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { choose, field, openNew, publish, save, signIn, upload } from '../helpers/decap.ts';
import { editorSite, git, loopbackPage, type EditorSite } from '../helpers/editor-site.ts';
import { ROOT, TMP } from '../helpers/paths.ts';
import { sharedBrowser } from '../helpers/browser.ts';

let site: EditorSite;
let browser: Browser;

beforeAll(async () => {
  [site, browser] = await Promise.all([editorSite(), sharedBrowser()]);
}, 600_000);

/** The folders of the photos uploaded, removed at the end. */
const photoFolders: string[] = [];

afterAll(async () => {
  await site?.close();
  for (const dir of photoFolders) rmSync(dir, { recursive: true, force: true });
});

/** A photo under a name the sample does not use, so that the upload is a new file. */
function photo(name: string): string {
  const dir = mkdtempSync(join(TMP, 'editor-photo-'));
  photoFolders.push(dir);
  copyFileSync(join(ROOT, 'content/studios/photos/zhao-pengda-plaque.jpg'), join(dir, name));
  return join(dir, name);
}

/**
 * Publishes the open draft and waits until it is live: Decap says 已发布 when the server answers, which a build
 * longer than 50 s (a loaded machine) answers before it ends; the server's publish status says when it has.
 */
async function publishAndWait(page: Page): Promise<void> {
  const started = new Date().toISOString();
  await publish(page);
  await page.getByRole('button', { name: '已发布', exact: true }).waitFor({ timeout: 180_000 });
  const status = async () => {
    const response = await fetch(`${site.server.url}/admin/api/studio/publish-status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    const job = (await response.json()) as { stage?: string; started?: string; error?: string };
    if (job.stage === 'failed') throw new Error(`the publish failed: ${job.error}`);
    return job.stage === 'done' && (job.started ?? '') >= started;
  };
  await expect.poll(status, { timeout: 600_000, interval: 500 }).toBe(true);
}

const body = (page: Page) =>
  page.locator('[aria-label="markdown field"] [contenteditable="true"]').first();

describe('the web editor', () => {
  it('opens in Chinese with no request to another host', async () => {
    const { page, outside } = await loopbackPage(browser);
    await signIn(page, site.server.url);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expect
      .poll(() => page.getByRole('link', { name: '命名决定' }).count())
      .toBeGreaterThan(0);
    await page.goto(`${site.server.url}/admin/#/collections/studios`);
    await page.getByText('赵鹏达劳模创新工作室').first().waitFor();
    expect(
      await page.getByText(/赵鹏达劳模创新工作室\s+省级\s+锦州渤海石化装备有限公司/).count(),
    ).toBe(1);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('publishes a studio with a photo, a naming decision listing it and a news item with a photo, live and found by search', async () => {
    const { page, outside } = await loopbackPage(browser);
    onTestFailed(
      async () =>
        void (await page.screenshot({ path: join(TMP, 'editor-failure.png'), fullPage: true })),
    );
    const base = site.server.url;
    await signIn(page, base);

    await openNew(page, base, 'studios', '工作室');
    await field(page, '_id').fill('lin-hai');
    await field(page, 'title', 'zh').fill('林海劳模创新工作室');
    await choose(field(page, 'employer'), '渤海石化');
    await upload(
      page,
      page.locator('[aria-label="image field"]').first(),
      photo('lin-hai-plaque.jpg'),
    );
    await field(page, 'photoAlt', 'zh').fill('林海劳模创新工作室的牌匾');
    await save(page);
    await publishAndWait(page);

    await openNew(page, base, 'documents-naming-decision', '命名决定');
    await field(page, '_id').fill('jz-2025-99');
    await field(page, 'number').fill('锦工发〔2025〕99号');
    await choose(field(page, 'issuer'), '锦州市总工会');
    await field(page, 'date').fill('2025-11-20');
    await field(page, 'title', 'zh').fill('关于命名林海劳模创新工作室为锦州市劳模创新工作室的决定');
    await page.getByRole('button', { name: '新增命名的工作室' }).click();
    await choose(field(field(page, 'named'), 'studio'), '林海');
    await choose(field(field(page, 'named'), 'level'), '市级', /^市级$/);
    await body(page).click();
    await page.keyboard.type('锦州市总工会决定命名林海劳模创新工作室为锦州市劳模创新工作室。');
    await save(page);
    await publishAndWait(page);

    await openNew(page, base, 'news-zh', '新闻（中文）');
    await field(page, '_id').fill('2025-lin-hai-named');
    await field(page, 'title').fill('林海劳模创新工作室获命名');
    await field(page, 'date').fill('2025-11-21');
    await field(page, 'summary').fill('市总工会命名林海劳模创新工作室为锦州市劳模创新工作室。');
    await choose(field(page, 'studios'), '林海');
    await upload(
      page,
      page.locator('[aria-label="image field"]').first(),
      photo('lin-hai-ceremony.jpg'),
    );
    await field(page, 'coverAlt').fill('授牌仪式现场');
    await body(page).click();
    await page.keyboard.type('11月21日，林海劳模创新工作室举行授牌仪式。');
    await save(page);
    await publishAndWait(page);
    expect(outside).toEqual([]);

    // Every save a commit by the signed-in reviewer; the photos beside their entries.
    expect(git(site.repo, 'log', '-3', '--format=%an|%s', 'main').trim().split('\n')).toEqual([
      expect.stringMatching(/^测试审核员\|发布 news\/zh\/2025-lin-hai-named\.mdx/),
      expect.stringMatching(/^测试审核员\|发布 documents\/jz-2025-99\.mdx/),
      expect.stringMatching(
        /^测试审核员\|发布 studios\/lin-hai\.yaml, studios\/photos\/lin-hai-plaque\.jpg/,
      ),
    ]);
    expect(readFileSync(join(site.content, 'news/zh/2025-lin-hai-named.mdx'), 'utf8')).toContain(
      'cover: images/lin-hai-ceremony.jpg',
    );

    const live = async (path: string) => (await fetch(`${base}${path}`)).text();
    const studio = await live('/studios/lin-hai/');
    expect(studio).toContain('林海劳模创新工作室');
    expect(studio).toContain('锦工发〔2025〕99号');
    expect(studio).toMatch(/<img[^>]+alt="林海劳模创新工作室的牌匾"/);
    expect(await live('/documents/jz-2025-99/')).toMatch(/href="\/studios\/lin-hai\/"/);
    expect(await live('/news/2025-lin-hai-named/')).toMatch(/<img[^>]+alt="授牌仪式现场"/);

    await page.goto(`${base}/search/?q=${encodeURIComponent('林海')}`);
    for (const path of ['/studios/lin-hai/', '/documents/jz-2025-99/', '/news/2025-lin-hai-named/'])
      await page.locator(`a[href="${path}"]`).first().waitFor({ timeout: 30_000 });
    await page.close();
  }, 900_000); // three builds, which wait their turn behind the other tests' builds

  it('refuses an impossible date at its field with the check’s words in Chinese, and the live site stays as it was', async () => {
    const { page } = await loopbackPage(browser);
    const commits = site.commits();
    const live = site.live();
    await signIn(page, site.server.url);
    await page.goto(`${site.server.url}/admin/#/collections/studios/entries/zhao-pengda`);
    await field(page, 'founded').fill('2021-13');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    const control = field(page, 'founded').locator(
      'xpath=ancestor::*[@aria-label="string field"][1]',
    );
    await control.getByText('应为日期，写作 "YYYY"、"YYYY-MM" 或 "YYYY-MM-DD"，例如').waitFor();
    expect(site.commits()).toEqual(commits);
    expect(site.live()).toBe(live);
    expect(git(site.repo, 'status', '--porcelain')).toBe('');

    // Mended, it saves as a draft that changes that one line of the file, whatever else the form holds (lists of
    // texts in two languages, members, quantities).
    await field(page, 'founded').fill('');
    await field(page, 'founded').fill('2016-05');
    await save(page);
    expect(
      git(
        site.repo,
        'diff',
        'main',
        'cms/studios/zhao-pengda',
        '--',
        'content/studios/zhao-pengda.yaml',
      )
        .split('\n')
        .filter((line) => /^[-+][^-+]/.test(line)),
    ).toEqual(['+founded: 2016-05']);
    await page.close();
  });

  it('restores an earlier version from the entry’s history as a draft for review, the live site unchanged', async () => {
    const { page } = await loopbackPage(browser);
    const base = site.server.url;
    const file = 'content/studios/lin-hai.yaml';
    await signIn(page, base);
    await page.goto(`${base}/admin/#/collections/studios/entries/lin-hai`);
    await page.reload();
    await page.getByText('正在集合“工作室”中编写').waitFor();
    await field(page, 'photoAlt', 'zh').fill('林海劳模创新工作室的新牌匾');
    await save(page);
    await publishAndWait(page);
    const [second, first] = git(site.repo, 'log', '--format=%H', 'main', '--', file)
      .trim()
      .split('\n');
    expect(first).toBeDefined();
    const live = site.live();

    await page.getByRole('button', { name: '版本历史' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('测试审核员').first().waitFor();
    await dialog.getByRole('button', { name: /^恢复此版本/ }).click();
    await page.getByText('正在集合“工作室”中编写').waitFor();
    await expect
      .poll(() => git(site.repo, 'branch', '--list', 'cms/studios/lin-hai').trim(), {
        timeout: 30_000,
      })
      .toBe('cms/studios/lin-hai');
    expect(git(site.repo, 'show', `cms/studios/lin-hai:${file}`)).toBe(
      git(site.repo, 'show', `${first}:${file}`),
    );
    expect(git(site.repo, 'rev-parse', 'main').trim()).toBe(second);
    expect(site.live()).toBe(live);
    await page.close();
  }, 600_000);
});
