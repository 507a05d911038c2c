/**
 * The web editor's screens, for the screenshots and the editors' guides: a clerk's way through the editor on a
 * sandbox (scripts/lib/editor-sandbox.ts) in Chinese or English, from signing in to an entry's version history.
 * The English interface is the admin page's own switch, kept in localStorage (src/admin/strings.ts).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { field } from './decap.ts';
import type { EditorSandbox } from './editor-sandbox.ts';

/** The editor's screens, in the order a clerk meets them; `name` is the file's (`zh-editor-<name>.png`). */
export const EDITOR_SCREENS = [
  { name: 'sign-in', what: 'the sign-in page' },
  { name: 'collection', what: 'the studios listed with title, level and employer' },
  { name: 'date-problem', what: 'the problem at 成立时间 after 2021-13' },
  { name: 'new-studio', what: 'a new studio’s form with its hints' },
  { name: 'workflow', what: 'the workflow board with a draft' },
  { name: 'status-menu', what: 'the open draft’s status menu' },
  { name: 'publish-menu', what: 'the ready draft’s publish menu' },
  { name: 'published', what: 'the panel after a publish, with the page’s address' },
  { name: 'history', what: 'the version history of the studio, edited and published again' },
] as const;
export type EditorScreen = (typeof EDITOR_SCREENS)[number]['name'];

/** Decap's and the admin page's words in each interface language, and who is signed in. */
const UI = {
  zh: {
    login: '登录',
    writing: '正在集合“工作室”中编写',
    save: '保存',
    saved: '修改已保存',
    status: /^状态/,
    ready: '就绪',
  },
  en: {
    login: 'Login',
    writing: 'Writing in Studios collection',
    save: 'Save',
    saved: /changes saved/i,
    status: /^Status/,
    ready: 'Ready',
  },
} as const;
const MORE = {
  zh: {
    publish: '发布',
    publishNow: '立即发布',
    published: '已发布',
    history: '版本历史',
    user: '王小明',
  },
  en: {
    publish: 'Publish',
    publishNow: 'Publish now',
    published: 'Published',
    history: 'Version history',
    user: 'Wang Xiaoming',
  },
} as const;
/** The studio each language creates, publishes, edits and publishes again, so that both runs can share one sandbox. */
const STUDIO = {
  zh: {
    id: 'lin-hai',
    zh: '林海劳模创新工作室',
    en: 'Lin Hai Model Worker Innovation Studio',
    founded: '2024-03',
  },
  en: {
    id: 'wu-tao',
    zh: '吴涛职工创新工作室',
    en: "Wu Tao Workers' Innovation Studio",
    founded: '2023-09',
  },
} as const;

/** A viewport's picture once the page has settled (Decap animates its menus and notices). */
async function snap(page: Page, file: string): Promise<void> {
  await page.waitForTimeout(400);
  await page.screenshot({ path: file });
}

/**
 * Walks through the editor in one language and shoots each screen into `outDir`: signs in, lists the studios, has an
 * impossible date refused in an existing studio, creates a studio and saves it as a draft, shows it on the workflow
 * board, opens its status and publish menus, publishes it (the real build), edits and publishes it again and opens
 * its version history.
 */
export async function shootEditor(
  browser: Browser,
  sandbox: EditorSandbox,
  locale: 'zh' | 'en',
  outDir: string,
): Promise<Map<EditorScreen, string>> {
  const ui = { ...UI[locale], ...MORE[locale] };
  const studio = STUDIO[locale];
  const base = sandbox.server.url;
  const shots = new Map<EditorScreen, string>();
  const context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    locale: locale === 'zh' ? 'zh-CN' : 'en-GB',
    // The identity nginx would set; a reviewer, who may publish. Header values are Latin-1, names come URI-encoded.
    extraHTTPHeaders: { 'X-Studio-User': encodeURIComponent(ui.user), 'X-Studio-Role': 'reviewer' },
  });
  await context.addInitScript(
    (chosen) => localStorage.setItem('studio-admin-locale', chosen),
    locale === 'en' ? 'en' : 'zh_Hans',
  );
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  const shoot = async (name: EditorScreen) => {
    const file = join(outDir, `${locale}-editor-${name}.png`);
    await snap(page, file);
    shots.set(name, file);
  };
  // As a clerk does: from the list, by the studio's title (Decap changes only the address's hash, and going from one
  // form straight to another by address can leave the last form on screen); then wait for the studio's own title.
  const openEntry = async (title: string) => {
    await page.goto(`${base}/admin/#/collections/studios`);
    await page.getByText(title).first().click();
    await page.waitForFunction(
      (text) => [...document.querySelectorAll('input')].some((input) => input.value === text),
      title,
    );
  };
  const save = async () => {
    await page.getByRole('button', { name: ui.save, exact: true }).click();
    await page.getByText(ui.saved).first().waitFor({ timeout: 60_000 });
  };
  /** Marks the open draft ready and publishes it now (a reviewer), then waits for the build and the panel. */
  const publish = async (shootMenus: boolean) => {
    await page.getByRole('button', { name: ui.status }).click();
    await page.getByRole('menuitem', { name: ui.ready }).waitFor();
    if (shootMenus) await shoot('status-menu');
    await page.getByRole('menuitem', { name: ui.ready }).click();
    await page.getByText(ui.saved).first().waitFor();
    await page.getByRole('button', { name: ui.publish, exact: true }).click();
    await page.getByRole('menuitem', { name: ui.publishNow }).waitFor();
    if (shootMenus) await shoot('publish-menu');
    await page.getByRole('menuitem', { name: ui.publishNow }).click();
    await page
      .getByRole('button', { name: ui.published, exact: true })
      .waitFor({ timeout: 300_000 });
    // The panel says 检查中/构建中 while the build runs, then 已发布 with the pages' addresses.
    const published = page.locator('.studio-panel .studio-status .studio-published');
    await published.waitFor({ state: 'detached', timeout: 60_000 }).catch(() => undefined);
    await published.waitFor({ timeout: 300_000 });
    await page.locator('.studio-panel .studio-status a').first().waitFor();
  };
  try {
    await page.goto(`${base}/admin/`);
    const login = page.getByRole('button', { name: ui.login });
    await login.waitFor();
    await shoot('sign-in');
    await login.click();

    await page.goto(`${base}/admin/#/collections/studios`);
    await page.getByText('赵鹏达劳模创新工作室').first().waitFor();
    await page.locator('.studio-user').filter({ hasText: ui.user }).waitFor();
    await shoot('collection');

    // An existing studio: an impossible month, refused by Decap at its field in the schema's words; left unsaved.
    await openEntry('赵鹏达劳模创新工作室');
    const founded = field(page, 'founded');
    await founded.fill('2021-13');
    await page.getByRole('button', { name: ui.save, exact: true }).click();
    await founded
      .locator('xpath=ancestor::*[@aria-label="string field"][1]')
      .locator('li')
      .filter({ hasText: /2019-11-20/ })
      .waitFor();
    await founded.evaluate((input) => input.scrollIntoView({ block: 'center' }));
    await shoot('date-problem');

    // A new studio: its form with the hints, saved as a draft, seen on the workflow board, published.
    await page.goto(`${base}/admin/#/collections/studios/new`);
    await page.getByText(ui.writing).waitFor();
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLInputElement>('[id^="_id-field-"]')].every(
        (input) => input.value === '',
      ),
    );
    await field(page, '_id').fill(studio.id);
    await field(page, 'title', 'zh').fill(studio.zh);
    await field(page, 'title', 'en').fill(studio.en);
    await shoot('new-studio');
    await save();
    // Loaded afresh: a change of the address's hash alone does not always take Decap away from an open entry.
    await page.goto(`${base}/admin/#/workflow`);
    await page.reload();
    await page.getByText(studio.zh).first().waitFor();
    await shoot('workflow');
    await page.getByText(studio.zh).first().click();
    await page.getByRole('button', { name: ui.status }).waitFor();
    await publish(true);
    await shoot('published');

    // Edited and published again, so that its history has an earlier version to restore.
    await openEntry(studio.zh);
    await field(page, 'founded').fill(studio.founded);
    await save();
    await publish(false);
    await page.getByRole('button', { name: ui.history, exact: true }).click();
    await page.locator('.studio-history table').waitFor();
    await shoot('history');
  } catch (error) {
    const failure = join(tmpdir(), `${locale}-editor-failure.png`);
    await page.screenshot({ path: failure }).then(
      () => console.error(`The editor's screen when it failed: ${failure}`),
      () => undefined,
    );
    throw error;
  } finally {
    await context.close();
  }
  return shots;
}
