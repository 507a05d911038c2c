/**
 * A git repository made for an editor test: the small fixture site copied into `content/` of a
 * fresh repository (one commit on main by "Setup"), and the editor's server started on it in
 * process, with a build that is counted instead of run (unless one is given).
 */
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentRepository, git } from '../../scripts/lib/editor-sandbox.ts';
import { startEditorServer, type EditorServer } from '../../src/lib/editor/server.ts';
import type { BuildRunner } from '../../src/lib/editor/publisher.ts';
import { ROOT } from './paths.ts';

/** A user's headers: name (URI-encoded, as nginx would pass a UTF-8 name), role, email. */
export const as = (
  name: string,
  role = 'editor',
  email = `${role}@union.example`,
): Record<string, string> => ({
  'X-Studio-User': encodeURIComponent(name),
  'X-Studio-Role': role,
  'X-Studio-Email': email,
});

export { git };

/** A JSON answer: its shape is what the tests check. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the expectations check the shape
export type Answer = { status: number; body: any };

export interface EditorRepo {
  repo: string;
  content: string;
  server: EditorServer;
  builds: number;
  /** A protocol call; resolves with the HTTP status and the JSON answer. */
  api: (
    action: string,
    params?: Record<string, unknown>,
    headers?: Record<string, string>,
  ) => Promise<Answer>;
  /** One of the editor's own endpoints. */
  studio: (
    name: string,
    body?: Record<string, unknown>,
    headers?: Record<string, string>,
  ) => Promise<Answer>;
  cleanup: () => Promise<void>;
}

/** A repository with the small fixture in `content/`, and the server on it. */
export async function editorRepo(
  options: {
    build?: (content: string) => BuildRunner;
    outDir?: string;
    defaults?: Record<string, string>;
  } = {},
): Promise<EditorRepo> {
  const repo = mkdtempSync(join(tmpdir(), 'studio-editor-'));
  const content = contentRepository(repo, join(ROOT, 'test/fixtures/small-content'));
  const outDir = options.outDir ?? join(repo, 'dist');
  if (!options.outDir) mkdirSync(outDir, { recursive: true });
  const state = { builds: 0 };
  const build: BuildRunner =
    options.build?.(content) ?? (async (onLine) => (state.builds++, onLine('built'), 0));
  const server = await startEditorServer({
    contentDir: content,
    outDir,
    port: 0,
    defaults: options.defaults ?? {},
    build,
  });
  const post = async (path: string, body: unknown, headers: Record<string, string>) => {
    const response = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };
  return {
    repo,
    content,
    server,
    get builds() {
      return state.builds;
    },
    api: (action, params = {}, headers = as('王芳')) =>
      post('/admin/api/v1', { action, params: { branch: 'main', ...params } }, headers),
    studio: (name, body = {}, headers = as('王芳')) =>
      post(`/admin/api/studio/${name}`, body, headers),
    cleanup: async () => {
      await server.close();
      rmSync(repo, { recursive: true, force: true });
    },
  };
}
