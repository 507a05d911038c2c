/**
 * An entry's history on the published branch, and restoring an older version: the restore makes
 * (or updates) the entry's draft with the file as it was, so it goes through review like any draft.
 */
import { refuse } from './errors.ts';
import type { Change } from './git-store.ts';
import { draftBranch, draftChanges, draftsWithPath, setDraftStatus } from './drafts.ts';
import { entryPath, requireOwnEntry } from './entry-paths.ts';
import { contentPathOf, safePath } from './safe-path.ts';
import { stringParam, type Call, type EditorContext } from './context.ts';

/** The file a request names: `path`, or the entry `{collection, slug}` of the admin page. */
const namedPath = (call: Call): string =>
  typeof call.params.path === 'string' && call.params.path
    ? call.params.path
    : entryPath(call.params.collection, call.params.slug);

/** The commits of the published branch that changed the file, newest first (`message` is the subject, as the admin page reads it). */
export async function history(
  context: EditorContext,
  call: Call,
): Promise<{ path: string; versions: Array<Change & { message: string }> }> {
  const { store } = context;
  const { repoPath, contentPath } = safePath(store, namedPath(call));
  const commits = await store.log(store.branch, repoPath);
  return {
    path: contentPath,
    versions: commits.map((change) => ({ ...change, message: change.subject })),
  };
}

/**
 * The draft branch an entry's restore goes to: the one named in the request (the admin page names
 * the editor collection and slug), else a draft that already changes the file. A file name alone
 * cannot tell its editor collection (documents split by type, news by language), so without either
 * the restore is refused rather than made into a draft the editor would never show.
 */
async function restoreBranch(
  context: EditorContext,
  call: Call,
  repoPath: string,
): Promise<string> {
  if (call.params.collection !== undefined || call.params.slug !== undefined) {
    const branch = draftBranch(call.params.collection, call.params.slug);
    requireOwnEntry(
      call.params.collection,
      call.params.slug,
      contentPathOf(context.store, repoPath),
    );
    return branch;
  }
  const [existing] = await draftsWithPath(context.store, repoPath);
  if (existing) return existing;
  throw refuse(
    400,
    '恢复时须注明条目（collection 和 slug）',
    'A restore must name its entry (collection and slug)',
  );
}

/** Puts the file as it was in `commit` into the entry's draft. */
export async function restore(
  context: EditorContext,
  call: Call,
): Promise<{ message: string; branch: string }> {
  const { store } = context;
  const { repoPath, contentPath } = safePath(store, namedPath(call));
  const commit = stringParam(call.params, 'commit');
  if (!/^[0-9a-f]{7,40}$/.test(commit))
    throw refuse(400, `不是有效的提交编号：${commit}`, `Not a commit id: ${commit}`);
  const full = await store.commitOf(commit);
  if (!full || !(await store.isAncestor(full, store.branch)))
    throw refuse(
      404,
      `发布分支的历史中没有提交 ${commit}`,
      `The published branch's history has no commit ${commit}`,
    );
  const old = await store.entry(full, repoPath);
  if (!old)
    throw refuse(
      404,
      `提交 ${commit.slice(0, 7)} 中没有 ${contentPath}`,
      `Commit ${commit.slice(0, 7)} has no ${contentPath}`,
    );
  const branch = await restoreBranch(context, call, repoPath);
  const bytes = await store.blob(old.blob);
  return context.writes.run(async () => {
    const draft = await draftChanges(store, branch);
    const short = full.slice(0, 7);
    const message = `恢复 ${contentPath} 到 ${short} 的版本（草稿） / Restore ${contentPath} as of ${short} (draft)`;
    await store.commit(
      branch,
      draft?.tip ?? (await store.commitOf(store.branch)),
      new Map([[repoPath, bytes]]),
      message,
      { name: call.user.name, email: call.user.email },
      draft?.tip ?? null,
    );
    if (!draft) await setDraftStatus(store, branch, 'draft');
    return { message: `${contentPath} restored as of ${short} in ${branch}`, branch };
  });
}
