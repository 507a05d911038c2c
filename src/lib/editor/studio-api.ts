/**
 * The editor's own endpoints beside Decap's protocol (`POST /admin/api/studio/<name>`): whoami,
 * validate (the content check of one entry as it is being edited), publish-status, history, restore.
 */
import { checkWithOverlay, problemsOf, type FileProblem } from './check.ts';
import { refuse } from './errors.ts';
import { draftChanges, draftsWithPath } from './drafts.ts';
import { history, restore } from './history.ts';
import { dataToRaw, entryPath } from './entry-paths.ts';
import { toFile } from './drafts-api.ts';
import { contentPathOf, safePath } from './safe-path.ts';
import type { Call, EditorContext } from './context.ts';

/** The problems of the entry file `path` if saved as `raw` (the form Decap edits), in `lang`. */
async function validate(
  context: EditorContext,
  call: Call,
): Promise<{ path: string; problems: FileProblem[] }> {
  const { store } = context;
  const { params } = call;
  const data =
    params.data && typeof params.data === 'object'
      ? (params.data as Record<string, unknown>)
      : undefined;
  const named =
    typeof params.path === 'string' && params.path
      ? params.path
      : entryPath(params.collection, params.slug || data?._id);
  const { repoPath, contentPath } = safePath(store, named);
  // The admin page sends the form's data; other callers the text Decap would save.
  const raw =
    typeof params.raw === 'string' ? params.raw : data ? dataToRaw(contentPath, data) : undefined;
  if (raw === undefined)
    throw refuse(400, '请求缺少参数 raw 或 data', 'The request lacks the parameter raw or data');
  const lang = call.params.lang === 'en' ? 'en' : 'zh';
  // The entry is checked within its draft, if it has one: the draft's photos and files are there too.
  const [branch] = await draftsWithPath(store, repoPath);
  const draft = branch ? await draftChanges(store, branch) : undefined;
  const overlay = new Map<string, Buffer | null>();
  for (const change of draft?.changes ?? []) {
    const entry = change.status === 'D' ? undefined : await store.entry(draft!.tip, change.path);
    overlay.set(contentPathOf(store, change.path), entry ? await store.blob(entry.blob) : null);
  }
  // Photos and files chosen in the editor and not yet saved (they travel with the save itself).
  for (const item of Array.isArray(params.media)
    ? (params.media as Array<{ path?: unknown; content?: unknown }>)
    : []) {
    if (typeof item.path !== 'string' || typeof item.content !== 'string') continue;
    overlay.set(safePath(store, item.path).contentPath, Buffer.from(item.content, 'base64'));
  }
  const previous = await store.entry(draft?.tip ?? store.branch, repoPath);
  const previousRaw = previous ? (await store.blob(previous.blob)).toString('utf8') : undefined;
  overlay.set(contentPath, Buffer.from(toFile(contentPath, raw, previousRaw), 'utf8'));
  return {
    path: contentPath,
    problems: problemsOf(checkWithOverlay(store, overlay), [contentPath], lang),
  };
}

/** Answers one of the editor's own endpoints. */
export async function studioAction(
  context: EditorContext,
  name: string,
  call: Call,
): Promise<unknown> {
  switch (name) {
    case 'whoami':
      return {
        name: call.user.name,
        user: call.user.name,
        email: call.user.email,
        role: call.user.role,
      };
    case 'validate':
      return validate(context, call);
    case 'publish-status': {
      // `state` is the admin page's word for the stage (published = done).
      const job = context.publisher.job;
      return job
        ? { ...job, state: job.stage === 'done' ? 'published' : job.stage }
        : { stage: 'idle', state: 'idle', urls: [], problems: [] };
    }
    case 'history':
      return history(context, call);
    case 'restore':
      return restore(context, call);
    default:
      throw refuse(404, `没有这个接口：${name}`, `No such endpoint: ${name}`);
  }
}
