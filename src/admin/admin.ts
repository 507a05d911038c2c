/**
 * The admin page's own script (served as /admin/admin.js, compiled by src/lib/editor/admin-assets.ts). It runs
 * before Decap's bundle: it hands Decap the React it expects as a page global, then, once the page has loaded,
 * starts Decap in the chosen language, checks every save on the server before Decap writes it, and adds the panel
 * (who is signed in, publish status, version history).
 */
import React from 'react';
import ReactDOM from 'react-dom';
import { readProblems, studioPost, type Problem } from './api.ts';
import { setUpHistory } from './history.ts';
import { createPanel, el, type Panel } from './panel.ts';
import { chosenLocale, T } from './strings.ts';

/** The part of an Immutable.js map (Decap's entries) read here. */
interface ImmutableMap {
  get(key: string): unknown;
  toJS(): unknown;
}

/** The part of Decap's API used here (window.DecapCmsApp, from its prebuilt bundle). */
interface DecapCms {
  init(options: { config: Record<string, unknown> }): void;
  getLocale(name: string): Record<string, unknown> | undefined;
  registerLocale(name: string, phrases: Record<string, unknown>): void;
  registerEventListener(listener: {
    name: string;
    handler: (data: { entry: ImmutableMap }) => unknown;
  }): void;
}

declare global {
  interface Window {
    React: unknown;
    ReactDOM: unknown;
    DecapCmsApp?: DecapCms;
  }
}

// Decap's UMD bundle reads React and ReactDOM from the page when it loads, so they must be there before it runs.
window.React = React;
window.ReactDOM = ReactDOM;

const locale = chosenLocale();
document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';

/** An error whose text is its message alone: Decap's toast prints it after “保存内容失败:”, without “Error:”. */
class ReadableError extends Error {
  override toString(): string {
    return this.message;
  }
}

/** The label of the control of a field's first name (Decap labels controls `<name>-field-<n>`), if it is on screen. */
function fieldLabel(field: string | undefined): HTMLLabelElement | null {
  const name = field?.split(/[.[/]/, 1)[0];
  return name
    ? document.querySelector<HTMLLabelElement>(`label[for^="${CSS.escape(name)}-field-"]`)
    : null;
}

/** A field as the clerk sees it: its label (标题) and the rest of its path, else the path as the server gave it. */
function fieldName(field: string): string {
  const label = fieldLabel(field)?.firstChild?.textContent?.trim();
  return label ? label + field.slice(field.split(/[.[/]/, 1)[0]!.length) : field;
}

/** Shows each problem under the label of the field it names. */
function markFields(problems: Problem[]): void {
  document.querySelectorAll('.studio-field-problem').forEach((node) => node.remove());
  for (const problem of problems)
    fieldLabel(problem.field)?.after(
      el(
        'p',
        { className: 'studio-field-problem', role: 'alert' },
        T.problemHere + problem.message,
      ),
    );
}

/** A file as base64, without the `data:…;base64,` head. */
const base64Of = (file: Blob): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

/**
 * The photos and files chosen in this editing session and not yet saved: Decap sends them with the
 * entry when it saves, so the check must see them too, or it would report them missing.
 */
async function pendingMedia(entry: ImmutableMap): Promise<{ path: string; content: string }[]> {
  const media = ((entry.get('mediaFiles') as ImmutableMap | undefined)?.toJS() ?? []) as {
    path?: string;
    draft?: boolean;
    file?: Blob;
  }[];
  const pending = media.filter((item) => item.draft && item.path && item.file instanceof Blob);
  return Promise.all(
    pending.map(async (item) => ({ path: item.path!, content: await base64Of(item.file!) })),
  );
}

/** Decap's preSave handler: the server checks the entry as it would be written; problems stop the save. */
async function checkBeforeSave(entry: ImmutableMap, panel: Panel): Promise<undefined> {
  const data = entry.get('data') as ImmutableMap | undefined;
  let json: Record<string, unknown>;
  try {
    const media = await pendingMedia(entry);
    json = await studioPost('validate', {
      collection: entry.get('collection'),
      slug: entry.get('slug') || undefined,
      path: entry.get('path') || undefined,
      newRecord: Boolean(entry.get('newRecord')),
      data: data?.toJS() ?? {},
      media,
      lang: locale === 'en' ? 'en' : 'zh',
    });
  } catch {
    throw new ReadableError(T.checkUnreachable);
  }
  const problems = readProblems(json).map((p) =>
    p.field ? { ...p, field: fieldName(p.field) } : p,
  );
  markFields(readProblems(json));
  if (problems.length === 0) return undefined;
  const heading = T.problemsSaving(problems.length);
  panel.showProblems(heading, problems);
  const list = problems.map((p, i) => `${i + 1}. ${p.field ? `${p.field}：` : ''}${p.message}`);
  throw new ReadableError(`${heading}：${list.join('；')}`);
}

/**
 * Decap's own words where they do not fit this site: its Chinese names one workflow column 审查中 and the status
 * menu 审核中 for the same state, and both languages call a new entry a “post” (帖子).
 */
const PHRASE_MENDS: Record<string, Record<string, string>> = {
  zh_Hans: { inReviewHeader: '审核中', newPost: '新建内容' },
  en: { newPost: 'New entry' },
};

/** Replaces, at any depth, the phrases named in `mends` (Decap nests them by screen). */
function mended(
  phrases: Record<string, unknown>,
  mends: Record<string, string>,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(phrases).map(([key, value]) => [
      key,
      typeof value === 'string'
        ? (mends[key] ?? value)
        : value && typeof value === 'object'
          ? mended(value as Record<string, unknown>, mends)
          : value,
    ]),
  );
}

function mendPhrases(cms: DecapCms): void {
  for (const [name, mends] of Object.entries(PHRASE_MENDS)) {
    const phrases = cms.getLocale(name);
    if (phrases) cms.registerLocale(name, mended(phrases, mends));
  }
}

function start(): void {
  const cms = window.DecapCmsApp;
  if (!cms) {
    document.body.append(
      el('p', { role: 'alert' }, 'Decap CMS did not load (/admin/decap/decap-cms-app.js).'),
    );
    return;
  }
  const panel = createPanel();
  setUpHistory(panel);
  window.addEventListener('hashchange', () => markFields([]));
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => checkBeforeSave(entry, panel),
  });
  cms.registerEventListener({ name: 'prePublish', handler: () => panel.watchPublish() });
  // The rest of the configuration comes from /admin/config.yml (generated by `npm run cms:config`); Decap merges
  // this into it. The proxy's address is absolute for the origin the page was opened on (nginx, or loopback).
  // In English, the configuration with English labels and help (both generated from the schemas).
  if (locale === 'en')
    document
      .querySelector('link[rel="cms-config-url"]')
      ?.setAttribute('href', '/admin/config.en.yml');
  mendPhrases(cms);
  cms.init({
    config: { locale, backend: { name: 'proxy', proxy_url: `${location.origin}/admin/api/v1` } },
  });
}

if (document.readyState === 'loading')
  document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
