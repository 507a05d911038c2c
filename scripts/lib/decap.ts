/**
 * Driving the web editor (Decap CMS, Chinese interface) the way a clerk does: by its buttons and
 * fields. Decap names each field's input `<field>-field-<n>` and nests an object's fields inside
 * the element of the object's id, so `field(page, 'title', 'zh')` is the Chinese title. Used by the
 * browser tests (test/helpers/decap.ts re-exports them) and the benchmark's editor measures.
 */
import type { Locator, Page } from 'playwright-core';

/** Opens the editor and signs in (the proxy backend's one button; the identity comes from the server). */
export async function signIn(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/admin/`);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByText('集合').first().waitFor();
}

/**
 * Opens a new entry of an editor collection (labelled `label` in the menu) in a freshly loaded editor: a
 * change of the address's hash alone can leave the last form on screen (Decap's router), which a clerk
 * following a link would not meet.
 */
export async function openNew(
  page: Page,
  base: string,
  collection: string,
  label: string,
): Promise<void> {
  await page.goto(`${base}/admin/#/collections/${collection}/new`);
  await page.reload();
  const signIn = page.getByRole('button', { name: '登录' });
  const form = page.getByText(`正在集合“${label}”中编写`);
  await signIn.or(form).first().waitFor();
  if (await signIn.isVisible()) await signIn.click();
  await form.waitFor();
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLInputElement>('[id^="_id-field-"]')].every(
      (input) => input.value === '',
    ),
  );
}

/** The input of a field, through the objects it sits in. */
export function field(scope: Page | Locator, ...path: string[]): Locator {
  let locator: Page | Locator = scope;
  for (const name of path.slice(0, -1)) locator = locator.locator(`[id^="${name}-field-"]`).first();
  return locator.locator(`[id^="${path.at(-1)}-field-"]`).first();
}

/** Picks an option of a select or reference field by typing part of its label. */
export async function choose(
  input: Locator,
  typed: string,
  option: string | RegExp = typed,
): Promise<void> {
  await input.click();
  await input.fill(typed);
  await input.page().getByRole('option', { name: option }).first().click();
}

/** Uploads a file through a photo or file field's media dialog and uses it. */
export async function upload(page: Page, container: Locator, file: string): Promise<void> {
  await container.getByRole('button', { name: /选择图片|选择文件/ }).click();
  await page.locator('input[type=file]').first().setInputFiles(file);
  await page.getByRole('button', { name: '选用已选中项目' }).click();
}

/** Saves the entry (a draft) and waits until Decap says it is saved. */
export async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByText('修改已保存').waitFor({ timeout: 60_000 });
}

/** Marks the open draft ready (就绪) and waits until Decap has saved the status. */
export async function markReady(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^状态/ }).click();
  await page.getByRole('menuitem', { name: '就绪' }).click();
  await page.getByText('修改已保存').waitFor();
}

/** Publishes a ready draft now (发布, 立即发布); resolves on the click, before the build. */
export async function publishNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByRole('menuitem', { name: '立即发布' }).click();
}

/** Marks the open draft ready and publishes it now; resolves on the click, before the build. */
export async function publish(page: Page): Promise<void> {
  await markReady(page);
  await publishNow(page);
}
