/**
 * Publishing (reviewers only): a draft's files, or a published entry's deletion, are committed on
 * the published branch in the working tree; the whole content folder is checked; on a problem the
 * commit is undone and the problems returned; else the site is built (scripts/build.ts, locked and
 * atomic: a failed build leaves the live site as it was, and the commit is then undone too, the
 * draft kept). The job's progress is readable meanwhile (`publish-status`).
 */
import { checkFolder, problemsOf, problemsRefusal } from './check.ts';
import { refuse } from './errors.ts';
import { DATA_FILE, draftBranch, draftChanges, draftKey, setDraftStatus } from './drafts.ts';
import { isOwnEntry, requireOwnMedia } from './entry-paths.ts';
import { requireReviewer } from './identity.ts';
import { liveUrls } from './live-urls.ts';
import { contentPathOf, safePath } from './safe-path.ts';
import { commitOnMain, undoCommit, type MainCommit } from './worktree.ts';
import type { Call, EditorContext } from './context.ts';
import { LOG_LINES, type PublishJob } from './publisher.ts';

/** Commits `changes` on the published branch, checks the whole folder, builds; undoes the commit on any failure. */
async function publishChanges(
  context: EditorContext,
  call: Call,
  changes: Map<string, Buffer | null>,
  message: string,
): Promise<void> {
  const { store, publisher } = context;
  const contentPaths = [...changes.keys()].map((path) => contentPathOf(store, path));
  const job: PublishJob = {
    stage: 'checking',
    started: new Date().toISOString(),
    by: call.user.name,
    changedPaths: contentPaths,
    urls: [],
    problems: [],
    log: [],
  };
  publisher.job = job;
  const fail = (error: string) =>
    Object.assign(job, { stage: 'failed', finished: new Date().toISOString(), error });
  const author = { name: call.user.name, email: call.user.email };
  let made: MainCommit;
  try {
    made = await context.writes.run(() => commitOnMain(store, changes, message, author));
  } catch (error) {
    fail(String((error as Error).message));
    throw error;
  }
  const problems = checkFolder(store);
  if (problems.length > 0) {
    await context.writes.run(() => undoCommit(store, made));
    job.problems = problemsOf(
      problems,
      new Set(problems.map((problem) => problem.contentPath)),
      'zh',
    );
    const refusal = problemsRefusal(problems);
    fail(refusal.message);
    throw refusal;
  }
  job.stage = 'building';
  const code = await publisher.build((line) => {
    job.log.push(line);
    if (job.log.length > LOG_LINES) job.log.splice(0, job.log.length - LOG_LINES);
  });
  if (code !== 0) {
    await context.writes.run(() => undoCommit(store, made)).catch(() => undefined);
    const refusal = refuse(
      500,
      '构建失败，线上网站保持原样未变；这次改动已撤回（草稿仍保留），请查看构建日志后重试',
      'The build failed; the live site is unchanged. This change was taken back (the draft is kept); see the build log, then retry',
      { log: job.log.slice(-20) },
    );
    fail(refusal.message);
    throw refusal;
  }
  Object.assign(job, {
    stage: 'done',
    finished: new Date().toISOString(),
    urls: liveUrls(contentPaths.filter((_, i) => [...changes.values()][i] !== null)),
  });
}

/**
 * Decap gives up on a request after 60 s. A publication still building by then is answered as
 * accepted, and goes on: the admin page's panel follows it (publish-status) to the live address or
 * the failure; a failed build keeps the draft, so it reappears in the workflow to be published again.
 */
export const ANSWER_WITHIN_MS = 50_000;

/** The publication's own answer, or after `ANSWER_WITHIN_MS` an answer that it goes on building. */
async function answerInTime(
  work: Promise<{ message: string }>,
  context: EditorContext,
): Promise<{ message: string }> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<{ message: string }>((resolve) => {
    timer = setTimeout(() => {
      work.catch(() => undefined); // its failure is reported by publish-status from now on
      resolve({
        message: `still building since ${context.publisher.job?.started ?? ''}; see the publish status`,
      });
    }, ANSWER_WITHIN_MS);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** publishUnpublishedEntry: the draft's files onto the published branch, checked and built; the draft is then deleted. */
export async function publishDraft(
  context: EditorContext,
  call: Call,
): Promise<{ message: string }> {
  requireReviewer(call.user, '发布', 'publish');
  const branch = draftBranch(call.params.collection, call.params.slug);
  return answerInTime(publishing(context, call, branch), context);
}

/**
 * What a publication may carry: the draft's own entry file, and the pictures and files its saves
 * added beside it. A draft branch changed outside the editor (another entry's file, a deletion, a
 * replaced published picture) is refused: the reviewer saw the draft's one entry, not those. So is
 * a draft that changes nothing (its branch moved back onto the published history).
 */
function requireDraftFiles(
  { collection, slug }: { collection: string; slug: string },
  changes: Array<{ status: string; path: string }>,
): void {
  if (changes.length === 0)
    throw refuse(
      409,
      '这篇草稿没有任何改动，无需发布',
      'This draft changes nothing: there is nothing to publish',
    );
  for (const { status, path } of changes) {
    const entry = DATA_FILE.test(path);
    const allowed = entry ? status !== 'D' && isOwnEntry(collection, slug, path) : status === 'A';
    if (allowed && !entry) requireOwnMedia(collection, path);
    if (!allowed)
      throw refuse(
        409,
        `草稿改动了 ${path}，它不是这篇草稿的条目，也不是其保存时上传的文件（草稿在编辑器之外被改动过）；已拒绝发布，请删除草稿后重做`,
        `The draft changes ${path}, which is neither its entry nor a file its saves uploaded (the draft was changed outside the editor); publication refused: delete the draft and redo the change`,
      );
  }
}

async function publishing(
  context: EditorContext,
  call: Call,
  branch: string,
): Promise<{ message: string }> {
  const { store } = context;
  return context.publishing.run(async () => {
    const draft = await draftChanges(store, branch);
    if (!draft) throw refuse(404, '没有这篇草稿', 'No such draft');
    const changes = new Map<string, Buffer | null>();
    for (const { status, path } of draft.changes) {
      if (!path.startsWith(store.prefix))
        throw refuse(
          400,
          `草稿改动了内容目录之外的 ${path}，已拒绝`,
          `The draft changes ${path}, outside the content folder; refused`,
        );
      safePath(store, contentPathOf(store, path));
      const [onMain, atBase, inDraft] = await Promise.all([
        store.entry(store.branch, path),
        store.entry(draft.base, path),
        store.entry(draft.tip, path),
      ]);
      // A file also changed on the published branch since the draft began would be overwritten: refuse, naming the change.
      if (onMain?.blob !== atBase?.blob && onMain?.blob !== inDraft?.blob) {
        const [last] = await store.log(store.branch, path, 1);
        throw refuse(
          409,
          `${contentPathOf(store, path)} 在草稿开始之后已由 ${last?.author ?? '他人'}（${last?.date ?? ''}）发布了另一版本；请删除草稿后在最新版本上重做`,
          `${contentPathOf(store, path)} was published in another version by ${last?.author ?? 'someone else'} (${last?.date ?? ''}) after this draft began; delete the draft and redo the change on the latest version`,
        );
      }
      changes.set(path, status === 'D' || !inDraft ? null : await store.blob(inDraft.blob));
    }
    requireDraftFiles(
      draftKey(branch),
      draft.changes.map(({ status, path }) => ({ status, path: contentPathOf(store, path) })),
    );
    const what = [...changes.keys()].map((path) => contentPathOf(store, path)).join(', ');
    // The publication is the reviewer's commit; the draft's writers are named in it (git's
    // Co-authored-by), and their own commits stay reachable after the draft is gone (endDraft).
    const writers = [
      ...new Set(
        (await store.git(['log', '--format=%an <%ae>', `${draft.base}..${draft.tip}`]))
          .split('\n')
          .filter(Boolean),
      ),
    ];
    const credits = writers.map((writer) => `Co-authored-by: ${writer}`).join('\n');
    await publishChanges(
      context,
      call,
      changes,
      `发布 ${what} / Publish ${what}${credits ? `\n\n${credits}` : ''}`,
    );
    await context.writes.run(() => endDraft(context, branch, draft.tip));
    return { message: `${branch} published` };
  });
}

/**
 * After its publication, the draft is deleted; but a save made to it while the publication ran is no part of what
 * was published: the draft then goes on from the published branch with that save's files, to be reviewed again.
 */
async function endDraft(context: EditorContext, branch: string, published: string): Promise<void> {
  const { store } = context;
  const now = await store.commitOf(`refs/heads/${branch}`);
  // The writers' commits stay in the repository (and in a `git bundle --all` backup) under a ref of their own.
  await store.git([
    'update-ref',
    `refs/published-drafts/${branch.slice('cms/'.length)}/${published}`,
    published,
  ]);
  if (now === published || !now) {
    if (now) await store.deleteBranch(branch, published);
    await setDraftStatus(store, branch, undefined);
    return;
  }
  const later = new Map<string, Buffer | null>();
  for (const { status, path } of await store.changes(published, now)) {
    const entry = status === 'D' ? undefined : await store.entry(now, path);
    later.set(path, entry ? await store.blob(entry.blob) : null);
  }
  const [name = '', email = ''] = (await store.git(['log', '-1', '--format=%an%x1f%ae', now]))
    .trim()
    .split('\x1f');
  const what = [...later.keys()].map((path) => contentPathOf(store, path)).join(', ');
  const message = `修改 ${what}（发布期间保存的草稿） / Update ${what} (draft saved during the publication)`;
  await store.commit(
    branch,
    await store.commitOf(store.branch),
    later,
    message,
    { name, email },
    now,
  );
}

/** deleteFile / deleteFiles on the published branch: reviewers only, checked (nothing may still refer to it) and built. */
export async function deletePublished(
  context: EditorContext,
  call: Call,
  paths: string[],
): Promise<{ message: string }> {
  requireReviewer(call.user, '删除已发布的条目', 'delete a published entry');
  const { store } = context;
  const checked = paths.map((path) => safePath(store, path).repoPath);
  return context.publishing.run(async () => {
    for (const path of checked)
      if (!(await store.entry(store.branch, path)))
        throw refuse(404, `找不到 ${path}`, `No file ${path}`);
    const what = checked.map((path) => contentPathOf(store, path)).join(', ');
    await publishChanges(
      context,
      call,
      new Map(checked.map((path) => [path, null])),
      `删除 ${what} / Delete ${what}`,
    );
    return { message: `deleted ${what}` };
  });
}

/** deleteUnpublishedEntry: drops a draft branch and its status. */
export async function deleteDraft(
  context: EditorContext,
  call: Call,
): Promise<{ message: string }> {
  const { store } = context;
  const branch = draftBranch(call.params.collection, call.params.slug);
  return context.writes.run(async () => {
    // A reviewer may remove any draft, one whose branch lost the site's history too (draftChanges refuses to read it).
    if (call.user.role === 'reviewer') {
      const tip = await store.commitOf(`refs/heads/${branch}`);
      if (tip) await store.deleteBranch(branch, tip);
      await setDraftStatus(store, branch, undefined);
      return { message: `deleted branch: ${branch}` };
    }
    const draft = await draftChanges(store, branch);
    if (draft) {
      // A draft is its writers' work: another editor may not throw it away (a reviewer may).
      const authors = (
        await store.git(['log', '--format=%an%x1f%ae', `${draft.base}..${draft.tip}`])
      )
        .trim()
        .split('\n');
      if (!authors.includes(`${call.user.name}\x1f${call.user.email}`))
        throw refuse(
          403,
          '只有草稿的作者或审核人可以删除这篇草稿',
          'Only an author of this draft or a reviewer may delete it',
        );
    }
    if (draft) await store.deleteBranch(branch, draft.tip);
    await setDraftStatus(store, branch, undefined);
    return { message: `deleted branch: ${branch}` };
  });
}
