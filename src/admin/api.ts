/**
 * The editor server's own endpoints (POST /admin/api/studio/<name>, JSON in and out), as the admin page reads them.
 * Answers are read leniently (a problem may be a string or an object) so that a small change on the server side
 * shows a less tidy message rather than none.
 */

/** A problem the server found: a message, and the field it is about when it knows (`title.zh`, `studios[0]`). */
export interface Problem {
  field?: string;
  message: string;
}

/** One version of an entry, newest first in a history. */
export interface Version {
  commit: string;
  author: string;
  date: string;
  message: string;
}

/** Where the last publish is: checked, building, live (with the addresses of what changed) or stopped by problems. */
export interface PublishStatus {
  state: 'idle' | 'checking' | 'building' | 'published' | 'failed';
  urls: string[];
  problems: Problem[];
  finished?: string;
  /** Why a publish stopped when it was not the content (a failed build, say). */
  error?: string;
}

/** The signed-in person, as the server knows them from the trusted headers. */
export interface Identity {
  user: string;
  role: string;
}

type Json = Record<string, unknown>;

/** Sends `body` to one endpoint; an answer that is not 2xx is an Error with the server's message. */
export async function studioPost(name: string, body: Json = {}): Promise<Json> {
  const response = await fetch(`/admin/api/studio/${name}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  let json: Json;
  try {
    json = text ? (JSON.parse(text) as Json) : {};
  } catch {
    json = { error: text.slice(0, 300) };
  }
  if (!response.ok && !Array.isArray(json.problems))
    throw new Error(String(json.error ?? json.message ?? `HTTP ${response.status}`));
  return json;
}

const text = (value: unknown): string =>
  typeof value === 'string' ? value : value == null ? '' : String(value);

/** The problems of an answer (the server's FileProblem: `{field, message}`). */
export function readProblems(json: Json): Problem[] {
  const list = Array.isArray(json.problems) ? json.problems : [];
  return list.map((item: unknown) => {
    const problem = (item ?? {}) as Json;
    return { field: text(problem.field) || undefined, message: text(problem.message) };
  });
}

/** The publishing status of an answer (the server's PublishJob, with `state`); unknown states read as idle. */
export function readStatus(json: Json): PublishStatus {
  const raw = text(json.state);
  const state =
    (['checking', 'building', 'published', 'failed'] as const).find((known) => known === raw) ??
    'idle';
  const urls = (Array.isArray(json.urls) ? json.urls : []).map(text).filter(Boolean);
  return {
    state,
    urls,
    problems: readProblems(json),
    finished: text(json.finished) || undefined,
    error: text(json.error) || undefined,
  };
}

/** The versions of a history answer (`versions` of `{commit, author, date, message}`). */
export function readVersions(json: Json): Version[] {
  const list = Array.isArray(json.versions) ? json.versions : [];
  return list.map((item: unknown) => {
    const version = (item ?? {}) as Json;
    return {
      commit: text(version.commit),
      author: text(version.author),
      date: text(version.date),
      message: text(version.message),
    };
  });
}

/** The identity of a whoami answer. */
export function readIdentity(json: Json): Identity {
  return { user: text(json.user) || '?', role: text(json.role) || 'editor' };
}
