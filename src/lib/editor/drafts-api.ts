/**
 * Saving in the editor: persistEntry writes a draft branch (never the working tree), after the
 * upload checks, the conflict checks and the content check of the entry; persistMedia (the media
 * library, outside any entry) commits an upload to the published branch, where an unreferenced
 * file changes no page.
 */
import { basename, dirname } from 'node:path';
import { checkWithOverlay, concerns, problemsRefusal } from './check.ts';
import { cmsToFile } from './entry-shapes.ts';
import { refuse } from './errors.ts';
import { TOO_DEEP } from '../content/nesting.ts';
import {
  DATA_FILE,
  draftBranch,
  draftChanges,
  draftsWithPath,
  draftStatus,
  labelPrefixOf,
  refuseIfChanged,
  requireDraftStatus,
  setDraftStatus,
} from './drafts.ts';
import { requireMediaFolder, requireOwnEntry, requireOwnMedia } from './entry-paths.ts';
import { userKey } from './identity.ts';
import { contentPathOf, safePath } from './safe-path.ts';
import { checkUpload, safeFileName } from './uploads.ts';
import { commitOnMain } from './worktree.ts';
import type { Call, EditorContext } from './context.ts';

interface Upload {
  path: string;
  content: string;
  encoding?: string;
}

/** An upload checked and renamed to a safe name: its path, bytes, and the name it came with. */
function acceptUpload(
  context: EditorContext,
  asset: Upload,
): { path: string; bytes: Buffer; original: string } {
  const checked = safePath(context.store, asset.path).contentPath;
  if (asset.encoding !== undefined && asset.encoding !== 'base64')
    throw refuse(400, '上传的文件须为 base64 编码', 'Uploads must be base64-encoded');
  const bytes = Buffer.from(String(asset.content ?? ''), 'base64');
  const original = basename(checked);
  const path = `${dirname(checked) === '.' ? '' : `${dirname(checked)}/`}${safeFileName(original)}`;
  checkUpload(path, bytes);
  return { path: safePath(context.store, path).repoPath, bytes, original };
}

/** `cmsToFile`, with text it cannot read (not YAML, no front matter, an alias bomb) refused as the clerk's problem, not the server's. */
export function toFile(contentPath: string, raw: string, previousRaw: string | undefined): string {
  try {
    return cmsToFile(contentPath, raw, previousRaw);
  } catch (error) {
    // A stack overflow is YAML nested thousands deep: said as the check says it, not as the engine does.
    const deep = error instanceof RangeError;
    const reason = String((error as Error).message ?? error).split('\n')[0];
    const zh = `${contentPath} 的内容无法读取（${deep ? TOO_DEEP.zh : reason}），未保存`;
    const en = `The text of ${contentPath} cannot be read (${deep ? TOO_DEEP.en : reason}); not saved`;
    throw refuse(422, zh, en, {
      problems: [{ file: contentPath, field: '', message: zh }],
      problemsEn: [{ file: contentPath, field: '', message: en }],
    });
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Saves an entry (and its uploads) to its draft branch. */
export async function persistEntry(
  context: EditorContext,
  call: Call,
): Promise<{ message: string }> {
  const { store } = context;
  const params = call.params as {
    dataFiles?: unknown;
    entry?: unknown;
    assets?: unknown;
    options?: unknown;
    cmsLabelPrefix?: unknown;
  };
  const options = isObject(params.options) ? params.options : {};
  if (options.useWorkflow === false)
    throw refuse(
      400,
      '编辑器只支持审核流程：保存为草稿，由审核人发布',
      'The editor only works with the editorial workflow: save a draft, a reviewer publishes it',
    );
  const dataFiles = params.dataFiles ?? (params.entry ? [params.entry] : []);
  // One entry file a draft: Decap sends one (no i18n here); a second file would ride along unseen by the reviewer.
  if (
    !Array.isArray(dataFiles) ||
    dataFiles.length !== 1 ||
    !isObject(dataFiles[0]) ||
    typeof dataFiles[0].path !== 'string'
  )
    throw refuse(
      400,
      '请求中须有且只有一个要保存的条目',
      'The request must carry exactly one entry to save',
    );
  const file = dataFiles[0] as Record<string, unknown> & { path: string };
  if (file.newPath && file.newPath !== file.path)
    throw refuse(
      400,
      '不能改动条目的文件名：文件名就是条目的编号和网址',
      "An entry's file cannot be renamed: its name is the entry's id and address",
    );
  const branch = draftBranch(options.collectionName, file.slug);
  requireOwnEntry(options.collectionName, file.slug, safePath(store, file.path).contentPath);
  const status = String(options.status || 'draft');
  const labelPrefix = labelPrefixOf(params);
  requireDraftStatus(status);
  const assets = params.assets ?? [];
  if (!Array.isArray(assets) || !assets.every(isObject))
    throw refuse(400, '参数 assets 须为文件列表', 'The parameter assets must be a list of files');
  const uploads = (assets as unknown as Upload[]).map((asset) => acceptUpload(context, asset));
  for (const upload of uploads)
    requireOwnMedia(options.collectionName, contentPathOf(store, upload.path));
  // 公示.jpg and 公式.jpg are one safe name: one file must not take the other's place unseen.
  for (const [i, upload] of uploads.entries()) {
    const other = uploads
      .slice(0, i)
      .find((earlier) => earlier.path === upload.path && !earlier.bytes.equals(upload.bytes));
    if (other)
      throw refuse(
        409,
        `${other.original} 和 ${upload.original} 会保存为同一个文件名 ${basename(upload.path)}；请将其中一个改名（用不同的字母或数字）后再上传`,
        `${other.original} and ${upload.original} would be saved under one name, ${basename(upload.path)}; rename one of them (with other letters or digits) and upload it again`,
      );
  }
  const newEntry = options.newEntry === true;
  return context.writes.run(async () => {
    const draft = await draftChanges(store, `${branch}`);
    const ref = draft ? draft.tip : store.branch;
    const changes = new Map<string, Buffer | null>();
    {
      const path = safePath(store, file.path).repoPath;
      if (!DATA_FILE.test(path))
        throw refuse(400, `${path} 不是条目文件`, `${path} is not an entry file`);
      if (newEntry) {
        const others = await draftsWithPath(store, path);
        if ((await store.entry(store.branch, path)) || others.length > 0)
          throw refuse(
            409,
            `${contentPathOf(store, path)} 已经存在（已发布或在另一篇草稿中），不能新建同名条目`,
            `${contentPathOf(store, path)} already exists (published or in another draft); a new entry cannot take its name`,
          );
      } else await refuseIfChanged(store, context.reads, userKey(call.user), ref, path);
      const previous = await store.entry(ref, path);
      let raw = String(file.raw ?? '');
      // A renamed upload is named again where the entry refers to it (`photos/王 芳.PNG`), and nowhere else.
      for (const upload of uploads) {
        const folder = basename(dirname(upload.path));
        if (upload.original !== basename(upload.path))
          raw = raw.replaceAll(
            `${folder}/${upload.original}`,
            `${folder}/${basename(upload.path)}`,
          );
      }
      const previousRaw = previous ? (await store.blob(previous.blob)).toString('utf8') : undefined;
      changes.set(path, Buffer.from(toFile(contentPathOf(store, path), raw, previousRaw), 'utf8'));
    }
    for (const upload of uploads) {
      // A save's upload adds a file; replacing a published one (another entry's photo) is not seen in review.
      const published = await store.entry(store.branch, upload.path);
      if (published && !(await store.blob(published.blob)).equals(upload.bytes))
        throw refuse(
          409,
          `${contentPathOf(store, upload.path)} 已经存在（已发布）；请换一个文件名`,
          `${contentPathOf(store, upload.path)} already exists (published); choose another file name`,
        );
      changes.set(upload.path, upload.bytes);
    }
    // The check sees the draft as it will be: its earlier files, then these.
    const overlay = new Map<string, Buffer | null>();
    for (const change of draft?.changes ?? []) {
      const entry = change.status === 'D' ? undefined : await store.entry(draft!.tip, change.path);
      overlay.set(contentPathOf(store, change.path), entry ? await store.blob(entry.blob) : null);
    }
    for (const [path, bytes] of changes) overlay.set(contentPathOf(store, path), bytes);
    const dataPaths = [safePath(store, file.path).contentPath];
    const found = checkWithOverlay(store, overlay).filter((problem) =>
      concerns(problem, dataPaths),
    );
    if (found.length > 0) throw problemsRefusal(found);
    const what = dataPaths.join(', ');
    const message =
      draft || !newEntry
        ? `修改 ${what}（草稿） / Update ${what} (draft)`
        : `新建 ${what}（草稿） / Create ${what} (draft)`;
    const commit = await store.commit(
      branch,
      draft?.tip ?? (await store.commitOf(store.branch)),
      changes,
      message,
      { name: call.user.name, email: call.user.email },
      draft?.tip ?? null,
    );
    if (!draft) await setDraftStatus(store, branch, status, labelPrefix);
    // A draft approved for publishing (ready) and changed since by an editor goes back to review:
    // the reviewer publishes only what they have seen.
    else if (
      call.user.role !== 'reviewer' &&
      (await draftStatus(store, branch, labelPrefix)) === 'pending_publish'
    )
      await setDraftStatus(store, branch, 'pending_review', labelPrefix);
    const written = await store.entry(commit, safePath(store, file.path).repoPath);
    if (written) context.reads.saw(userKey(call.user), written);
    return { message: 'entry persisted' };
  });
}

/** Uploads a file from the media library to the published branch; answers the media file, under its safe name. */
export async function persistMedia(context: EditorContext, call: Call) {
  const { store } = context;
  const upload = acceptUpload(context, (call.params.asset ?? {}) as Upload);
  // Straight onto the published branch, unreviewed: only into a media folder, where a file no entry names changes no page.
  requireMediaFolder(contentPathOf(store, upload.path));
  return context.publishing.run(() =>
    context.writes.run(async () => {
      if (await store.entry(store.branch, upload.path))
        throw refuse(
          409,
          `${contentPathOf(store, upload.path)} 已经存在；请换一个文件名`,
          `${contentPathOf(store, upload.path)} already exists; choose another file name`,
        );
      const where = contentPathOf(store, upload.path);
      await commitOnMain(
        store,
        new Map([[upload.path, upload.bytes]]),
        `上传 ${where} / Upload ${where}`,
        { name: call.user.name, email: call.user.email },
      );
      const entry = (await store.entry(store.branch, upload.path))!;
      return {
        id: entry.blob,
        content: upload.bytes.toString('base64'),
        encoding: 'base64',
        path: where,
        name: basename(upload.path),
      };
    }),
  );
}
