/** What every request handler of the editor shares: the repository, the locks, the read log, the publisher. */
import { join } from 'node:path';
import type { GitStore } from './git-store.ts';
import { Mutex } from './git-store.ts';
import { refuse } from './errors.ts';
import { ReadLog } from './drafts.ts';
import type { Identity } from './identity.ts';
import type { Publisher } from './publisher.ts';
import type { ListHelpers } from './list-helpers.ts';

/** The shared state of one editor server. */
export interface EditorContext {
  store: GitStore;
  /** Around every write to the repository (short). */
  writes: Mutex;
  /** Around every change of the published branch, held through its check and build (long); taken before `writes`. */
  publishing: Mutex;
  reads: ReadLog;
  publisher: Publisher;
  /** The list helpers of the published branch, kept until it moves (list-helpers.ts). */
  listCache?: { commit: string; helpers: ListHelpers };
}

/** One request: its parameters and who sent it. */
export interface Call {
  params: Record<string, unknown>;
  user: Identity;
}

/** A fresh context for `store`. */
export const createContext = (store: GitStore, publisher: Publisher): EditorContext => ({
  store,
  writes: new Mutex(),
  publishing: new Mutex(),
  reads: new ReadLog(join(store.gitDir, 'studio-editor-reads.json')),
  publisher,
});

/** A string parameter, or a 400 refusal naming it. */
export function stringParam(params: Record<string, unknown>, name: string): string {
  const value = params[name];
  if (typeof value !== 'string' || value === '')
    throw refuse(400, `请求缺少参数 ${name}`, `The request lacks the parameter ${name}`);
  return value;
}
