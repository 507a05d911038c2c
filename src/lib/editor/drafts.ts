/**
 * Drafts of the editorial workflow: one branch `cms/<collection>/<slug>` per entry, its status in
 * git config `branch.<name>.description` (as decap-server keeps it), its changes measured from where
 * it left the published branch. Also what each user last read, so that a save over someone else's
 * newer change is refused instead of overwriting it.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { refuse } from './errors.ts';
import type { GitStore, TreeFile } from './git-store.ts';

const PREFIX = 'cms/';
const LABEL_PREFIX = 'decap-cms/';
const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
const SLUG = /^[A-Za-z0-9][A-Za-z0-9_-]{0,149}(\/[A-Za-z0-9][A-Za-z0-9_-]{0,149})*$/;
/** Files Decap reads as entries; every other file of a draft is media. */
export const DATA_FILE = /\.(ya?ml|md|mdx)$/;

/** The branch of a draft; refuses a collection or slug that is not a plain name. */
export function draftBranch(collection: unknown, slug: unknown): string {
  if (
    typeof collection !== 'string' ||
    !NAME.test(collection) ||
    typeof slug !== 'string' ||
    !SLUG.test(slug)
  )
    throw refuse(
      400,
      `草稿名称无效：${String(collection)}/${String(slug)}`,
      `Not a valid draft name: ${String(collection)}/${String(slug)}`,
    );
  return `${PREFIX}${collection}/${slug}`;
}

/** The collection and slug of a draft branch. */
export function draftKey(branch: string): { collection: string; slug: string } {
  const key = branch.slice(PREFIX.length);
  const at = key.indexOf('/');
  return { collection: key.slice(0, at), slug: key.slice(at + 1) };
}

/** Every draft branch. */
export const draftBranches = (store: GitStore): Promise<string[]> => store.branches(PREFIX);

/** The statuses of Decap's editorial workflow: its three columns. */
export const DRAFT_STATUSES = ['draft', 'pending_review', 'pending_publish'] as const;

/** Refuses a status that is none of the workflow's columns: a draft of another status would vanish from the board. */
export function requireDraftStatus(status: string): void {
  if (!(DRAFT_STATUSES as readonly string[]).includes(status))
    throw refuse(
      400,
      `未知的草稿状态：${status}；应为 ${DRAFT_STATUSES.join('、')} 之一`,
      `Unknown draft status: ${status}; expected one of ${DRAFT_STATUSES.join(', ')}`,
    );
}

/** The workflow status of a draft (draft, pending_review, pending_publish). */
export async function draftStatus(
  store: GitStore,
  branch: string,
  labelPrefix = LABEL_PREFIX,
): Promise<string> {
  const label = (await store.config(`branch.${branch}.description`)) ?? '';
  return label.startsWith(labelPrefix) ? label.slice(labelPrefix.length) : label;
}

/** Sets (or removes) the workflow status of a draft. */
export async function setDraftStatus(
  store: GitStore,
  branch: string,
  status: string | undefined,
  labelPrefix = LABEL_PREFIX,
): Promise<void> {
  if (status !== undefined) requireDraftStatus(status);
  await store.setConfig(
    `branch.${branch}.description`,
    status === undefined ? undefined : `${labelPrefix}${status}`,
  );
}

/** What a draft changes: its tip, the commit it left the published branch at, and each path with A/M/D. */
export interface DraftChanges {
  tip: string;
  base: string;
  changes: Array<{ status: string; path: string }>;
}

/** The changes of a draft branch, or undefined when there is none. */
export async function draftChanges(
  store: GitStore,
  branch: string,
): Promise<DraftChanges | undefined> {
  const tip = await store.commitOf(`refs/heads/${branch}`);
  if (!tip) return undefined;
  const base = await store.mergeBase(store.branch, tip);
  // A branch replaced outside the editor by one of another history has no changes to show or publish.
  if (base === undefined)
    throw refuse(
      409,
      `草稿 ${branch} 的历史与网站无关（在编辑器之外被改动过），无法显示或发布；请由审核人删除这篇草稿后重做`,
      `The draft ${branch} shares no history with the site (it was changed outside the editor) and cannot be shown or published; a reviewer can delete it, then redo the change`,
    );
  return { tip, base, changes: await store.changes(base, tip) };
}

/** The drafts (other than `except`) whose changes include `path`. */
export async function draftsWithPath(
  store: GitStore,
  path: string,
  except?: string,
): Promise<string[]> {
  const found: string[] = [];
  for (const branch of await draftBranches(store)) {
    if (branch === except) continue;
    const changes = await draftChanges(store, branch);
    if (changes?.changes.some((change) => change.path === path && change.status !== 'D'))
      found.push(branch);
  }
  return found;
}

/** The blobs each user last read, by path. */
export class ReadLog {
  private readonly byUser = new Map<string, Map<string, string>>();

  /**
   * Kept in `file` (in the repository's git folder) when given, so that a restart of the editor
   * (systemd restarts it after a failure) does not forget who opened which version, and a save
   * over someone's newer change is still refused after it.
   */
  private readonly file: string | undefined;

  constructor(file?: string) {
    this.file = file;
    if (!file || !existsSync(file)) return;
    try {
      const kept = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string>>;
      for (const [user, seen] of Object.entries(kept))
        this.byUser.set(user, new Map(Object.entries(seen)));
    } catch {
      // A damaged record is no record: the next read writes a new one.
    }
  }

  /** Remembers that `user` has seen `file` (its blob). */
  saw(user: string, file: Pick<TreeFile, 'path' | 'blob'>): void {
    const seen = this.byUser.get(user) ?? new Map<string, string>();
    if (seen.get(file.path) === file.blob) return;
    seen.set(file.path, file.blob);
    this.byUser.set(user, seen);
    // A list reads thousands of entries at once: the record is written once, after the request's reads.
    if (this.file && !this.writing) {
      this.writing = true;
      setImmediate(() => this.keep());
    }
  }

  private writing = false;

  /** Writes the record whole and renames it into place: a crash leaves the old one or the new, never half of one. */
  private keep(): void {
    this.writing = false;
    const kept = Object.fromEntries(
      [...this.byUser].map(([name, paths]) => [name, Object.fromEntries(paths)]),
    );
    try {
      writeFileSync(`${this.file}.tmp`, JSON.stringify(kept));
      renameSync(`${this.file}.tmp`, this.file!);
    } catch (error) {
      // Gone with its repository (the editor stopping) is nothing to report.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        console.error(
          `编辑器无法保存阅读记录 / The editor could not keep its read record: ${String(error)}`,
        );
    }
  }

  /** The blob of `path` that `user` last read, if any. */
  lastSeen(user: string, path: string): string | undefined {
    return this.byUser.get(user)?.get(path);
  }
}

/** Refuses a save of `path` when its blob on `ref` is not the one `user` last read: someone changed it meanwhile. */
export async function refuseIfChanged(
  store: GitStore,
  reads: ReadLog,
  user: string,
  ref: string,
  path: string,
): Promise<void> {
  const seen = reads.lastSeen(user, path);
  if (seen === undefined) return;
  const current = await store.entry(ref, path);
  if (current?.blob === seen) return;
  const [last] = await store.log(ref, path, 1);
  const who = last ? `${last.author}（${last.date}）` : '另一位用户';
  const whoEn = last ? `${last.author} (${last.date})` : 'another user';
  const shown = path.slice(store.prefix.length);
  throw refuse(
    409,
    `${shown} 在你打开之后已被 ${who}修改，为免覆盖已拒绝保存；请重新打开该条目，再把你的修改加上`,
    `${shown} was changed by ${whoEn} after you opened it; not saved, so as not to overwrite that change. Reopen the entry and make your change again`,
    { changedBy: last?.author, changedAt: last?.date },
  );
}

/** The label prefix Decap may send with a draft's status (`decap-cms/` when absent); anything but a non-empty text is absent. */
export const labelPrefixOf = (params: Record<string, unknown>): string | undefined =>
  typeof params.cmsLabelPrefix === 'string' && params.cmsLabelPrefix
    ? params.cmsLabelPrefix
    : undefined;
