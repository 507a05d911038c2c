/**
 * Decap CMS's proxy backend protocol (`POST /admin/api/v1`, `{action, params}`), answered in the
 * shapes decap-server answers with: entries `{data, file: {path, label, id}}`, media
 * `{id, content, encoding, path, name}`, errors `{error}`. Everything is read from git (the
 * published branch, or a draft branch), never from the working tree; entry files pass through
 * `fileToCms`. Writes are in drafts-api.ts and publish.ts.
 */
import { basename } from 'node:path';
import { fileToCms } from './entry-shapes.ts';
import { helpersOf, listHelpersOf, type ListHelpers } from './list-helpers.ts';
import { refuse } from './errors.ts';
import { readBlobs, type TreeFile } from './git-store.ts';
import { convertedOnce, entriesAt } from './entry-reads.ts';
import {
  DATA_FILE,
  draftBranch,
  draftBranches,
  draftChanges,
  draftKey,
  draftStatus,
  labelPrefixOf,
  setDraftStatus,
} from './drafts.ts';
import { persistEntry, persistMedia } from './drafts-api.ts';
import { deleteDraft, deletePublished, publishDraft } from './publish.ts';
import { userKey } from './identity.ts';
import { contentPathOf, safePath } from './safe-path.ts';
import { stringParam, type Call, type EditorContext } from './context.ts';

/** An entry as Decap reads it; `data` null for a missing file. */
interface EntryFile {
  data: string | null;
  file: { path: string; label?: string; id: string | null };
}

/** A file as Decap edits it; a file the conversion cannot read (malformed YAML) as it is, so the clerk can see and mend it. */
function asCms(path: string, raw: string, helpers: Record<string, string>): string {
  try {
    return fileToCms(path, raw, helpers);
  } catch {
    return raw;
  }
}

/** Entries of `files` on `ref`, each through fileToCms, remembering what `call.user` read. */
async function entriesOf(
  context: EditorContext,
  call: Call,
  ref: string,
  files: Array<{ path: string; label?: string }>,
  helpers?: ListHelpers,
): Promise<EntryFile[]> {
  const { store } = context;
  const repoPaths = new Map(files.map((file) => [file.path, safePath(store, file.path).repoPath]));
  const inRepo = await entriesAt(store, ref, [...repoPaths.values()]);
  const found = new Map<string, TreeFile>();
  for (const [path, repoPath] of repoPaths)
    if (inRepo.has(repoPath)) found.set(path, inRepo.get(repoPath)!);
  // Paths are relative to the content folder, as Decap's configuration names them.
  const blobs = await readBlobs(
    store,
    [...found.values()].map((entry) => entry.blob),
  );
  return files.map(({ path, label }) => {
    const entry = found.get(path);
    if (!entry) return { data: null, file: { path, label, id: null } };
    context.reads.saw(userKey(call.user), entry);
    const own = helpers ? helpersOf(helpers, path) : {};
    const data = convertedOnce(path, entry.blob, own, () =>
      asCms(path, blobs.get(entry.blob)!.toString('utf8'), own),
    );
    return { data, file: { path, label, id: entry.blob } };
  });
}

/** Folders whose lists show facts of the whole archive (a studio's standing, an employer's name). */
const HELPED_FOLDERS = new Set(['studios', 'people']);

/** The list helpers of the published branch for `folder`, worked out once per published commit. */
async function listHelpersFor(
  context: EditorContext,
  folder: string,
): Promise<ListHelpers | undefined> {
  if (!HELPED_FOLDERS.has(folder.replace(/\/+$/, ''))) return undefined;
  const commit = (await context.store.commitOf(context.store.branch)) ?? '';
  // The working tree holds the published branch (drafts never touch it), so it is read from there.
  if (context.listCache?.commit !== commit)
    context.listCache = { commit, helpers: listHelpersOf(context.store.contentDir) };
  return context.listCache.helpers;
}

/** A media file on `ref` as Decap reads it. */
async function mediaOf(context: EditorContext, ref: string, path: string) {
  const { store } = context;
  const entry = await store.entry(ref, safePath(store, path).repoPath);
  if (!entry) throw refuse(404, `找不到文件 ${path}`, `No file ${path}`);
  return {
    id: entry.blob,
    content: (await store.blob(entry.blob)).toString('base64'),
    encoding: 'base64',
    path,
    name: basename(path),
  };
}

/** The content paths of the files of `folder` on the published branch, `depth` levels down (1: the folder itself), ending in `extension`. */
async function filesIn(
  context: EditorContext,
  folder: string,
  extension: string,
  depth: number,
): Promise<string[]> {
  const { store } = context;
  const dir = safePath(store, folder, true).repoPath;
  const files = await store.list(store.branch, [`${dir}/`]);
  return files
    .filter(
      (file) =>
        file.mode !== '120000' &&
        file.path.endsWith(extension) &&
        file.path.slice(dir.length + 1).split('/').length <= depth,
    )
    .map((file) => contentPathOf(store, file.path));
}

/** The draft named by `{id}` or `{collection, slug}`, as Decap's unpublishedEntry. */
async function unpublishedEntry(context: EditorContext, params: Record<string, unknown>) {
  const { store } = context;
  const [collection, slug] =
    typeof params.id === 'string'
      ? [params.id.slice(0, params.id.indexOf('/')), params.id.slice(params.id.indexOf('/') + 1)]
      : [params.collection, params.slug];
  const branch = draftBranch(collection, slug);
  const draft = await draftChanges(store, branch);
  if (!draft) throw refuse(404, '没有这篇草稿', 'Not Found');
  const diffs = draft.changes
    .filter((change) => change.status !== 'D')
    .map(({ status, path: repoPath }) => {
      const path = contentPathOf(store, repoPath);
      return {
        oldPath: path,
        newPath: path,
        status: status === 'A' ? 'added' : 'modified',
        newFile: status === 'A',
        path,
        id: path,
        binary: !DATA_FILE.test(path),
      };
    });
  const [last] = (await store.git(['log', '-1', '--format=%aI%x1f%an', draft.tip]))
    .trim()
    .split('\n')
    .map((line) => line.split('\x1f'));
  const labelPrefix = labelPrefixOf(params);
  return {
    collection,
    slug,
    status: await draftStatus(store, branch, labelPrefix),
    diffs,
    updatedAt: last?.[0],
    pullRequestAuthor: last?.[1],
  };
}

/** Answers one protocol call. */
export async function proxyAction(
  context: EditorContext,
  action: string,
  call: Call,
): Promise<unknown> {
  const { store } = context;
  const { params } = call;
  switch (action) {
    case 'info':
      return {
        repo: basename(store.repo),
        publish_modes: ['editorial_workflow'],
        type: 'studio_git',
      };
    case 'entriesByFolder': {
      const files = await filesIn(
        context,
        stringParam(params, 'folder'),
        stringParam(params, 'extension'),
        Number(params.depth ?? 1),
      );
      const helpers = await listHelpersFor(context, stringParam(params, 'folder'));
      return entriesOf(
        context,
        call,
        store.branch,
        files.map((path) => ({ path })),
        helpers,
      );
    }
    case 'entriesByFiles': {
      if (
        !Array.isArray(params.files) ||
        !params.files.every(
          (file) =>
            file !== null &&
            typeof file === 'object' &&
            typeof (file as { path?: unknown }).path === 'string',
        )
      )
        throw refuse(
          400,
          '请求缺少参数 files（每项须有 path）',
          'The request lacks the parameter files (each with a path)',
        );
      return entriesOf(
        context,
        call,
        store.branch,
        params.files as Array<{ path: string; label?: string }>,
      );
    }
    case 'getEntry':
      return (
        await entriesOf(context, call, store.branch, [{ path: stringParam(params, 'path') }])
      )[0];
    case 'unpublishedEntries':
      return (await draftBranches(store)).map(
        (branch) => `${draftKey(branch).collection}/${draftKey(branch).slug}`,
      );
    case 'unpublishedEntry':
      return unpublishedEntry(context, params);
    case 'unpublishedEntryDataFile': {
      const branch = draftBranch(params.collection, params.slug);
      const [entry] = await entriesOf(context, call, `refs/heads/${branch}`, [
        { path: stringParam(params, 'path') },
      ]);
      if (entry?.data === null)
        throw refuse(
          404,
          `草稿中没有 ${String(params.path)}`,
          `The draft has no ${String(params.path)}`,
        );
      return { data: entry!.data };
    }
    case 'unpublishedEntryMediaFile':
      return mediaOf(
        context,
        `refs/heads/${draftBranch(params.collection, params.slug)}`,
        stringParam(params, 'path'),
      );
    case 'getMedia': {
      const files = await filesIn(context, stringParam(params, 'mediaFolder'), '', 1);
      return Promise.all(files.map((path) => mediaOf(context, store.branch, path)));
    }
    case 'getMediaFile':
      return mediaOf(context, store.branch, stringParam(params, 'path'));
    case 'updateUnpublishedEntryStatus': {
      const branch = draftBranch(params.collection, params.slug);
      await context.writes.run(async () => {
        if (!(await store.commitOf(`refs/heads/${branch}`)))
          throw refuse(404, '没有这篇草稿', 'No such draft');
        await setDraftStatus(
          store,
          branch,
          stringParam(params, 'newStatus'),
          labelPrefixOf(params),
        );
      });
      return { message: `${branch} status updated` };
    }
    case 'deleteUnpublishedEntry':
      return deleteDraft(context, call);
    case 'persistEntry':
      return persistEntry(context, call);
    case 'persistMedia':
      return persistMedia(context, call);
    case 'publishUnpublishedEntry':
      return publishDraft(context, call);
    case 'deleteFile':
      return deletePublished(context, call, [stringParam(params, 'path')]);
    case 'deleteFiles':
      if (!Array.isArray(params.paths) || params.paths.length === 0)
        throw refuse(400, '请求缺少参数 paths', 'The request lacks the parameter paths');
      return deletePublished(context, call, params.paths as string[]);
    case 'getDeployPreview':
      return null;
    case 'getNotes':
      return { notes: [] };
    case 'getPRMetadata':
      return { metadata: null };
    default:
      throw refuse(422, `不支持的操作 ${action}`, `Unknown action ${action}`);
  }
}
