/**
 * `npm run editor -- [--port 8080] [--user 名字] [--email a@b] [--role editor|reviewer] [--public-host editor.union.example]`:
 * the web editor on 127.0.0.1 (src/lib/editor/server.ts): Decap CMS at /admin/, the live build at /
 * as a preview. Behind nginx the user comes from its X-Studio-* headers; without it, from --user and
 * --role. The content folder (STUDIO_CONTENT_DIR, default content) must be in a git repository whose
 * checked-out branch is the published one, with no uncommitted change to the content. With no build
 * yet, one is made first. Ctrl-C stops it.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/content/collections.ts';
import { EditorError } from '../src/lib/editor/errors.ts';
import { GitStore } from '../src/lib/editor/git-store.ts';
import { scriptBuild } from '../src/lib/editor/publisher.ts';
import { filesOutsideEditor } from '../src/lib/editor/outside-editor.ts';
import { startEditorServer } from '../src/lib/editor/server.ts';
import { readVariable } from '../src/lib/site/environment.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
process.env.ASTRO_DISABLE_UPDATE_CHECK = 'true';
const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8080' },
    user: { type: 'string' },
    email: { type: 'string' },
    role: { type: 'string' },
    'public-host': { type: 'string', multiple: true },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535)
  stop(
    `--port ${values.port}: 需要 1–65535 之间的端口号 / expected a port number between 1 and 65535`,
  );
if (values.role && values.role !== 'editor' && values.role !== 'reviewer')
  stop(`--role ${values.role}: 只能是 editor 或 reviewer / must be editor or reviewer`);

const contentDir = resolve(contentRoot());
const outDir = resolve(readVariable('STUDIO_OUT_DIR'));
if (!existsSync(contentDir))
  stop(`找不到内容目录 ${contentDir} / The content folder ${contentDir} does not exist`);

// The content must be in git, on a branch, without changes the editor would overwrite or a git operation under way.
let store: GitStore;
try {
  store = await GitStore.open(contentDir);
} catch (error) {
  stop(error instanceof EditorError ? error.message : String(error));
}
const dirty = (
  await store.git(['status', '--porcelain', '--untracked-files=no', '--', contentDir])
).trim();
if (dirty)
  stop(
    `内容目录有未提交的改动，请先提交或撤销，再启动编辑器 / The content folder has uncommitted changes; commit or discard them before starting the editor:\n${dirty}`,
  );
for (const marker of ['MERGE_HEAD', 'rebase-merge', 'rebase-apply', 'CHERRY_PICK_HEAD'])
  if (existsSync(resolve(store.gitDir, marker)))
    stop(
      `仓库中有未完成的 git 操作（${marker}）/ A git operation is unfinished in the repository (${marker})`,
    );

const env = { STUDIO_CONTENT_DIR: contentDir, STUDIO_OUT_DIR: outDir };
const build = scriptBuild(PROJECT, env);
if (!existsSync(outDir)) {
  console.log('还没有构建，先构建一次 / No build yet: building once first …');
  const code = await build((line) => console.log(line));
  if (code !== 0) stop('构建失败，编辑器未启动 / The build failed; the editor was not started');
}

const server = await startEditorServer({
  contentDir,
  outDir,
  port,
  publicHosts: values['public-host'] ?? [],
  defaults: { user: values.user, email: values.email, role: values.role },
  build,
}).catch((error: NodeJS.ErrnoException) =>
  stop(
    error.code === 'EADDRINUSE'
      ? `端口 ${port} 已被占用，请用 --port 换一个 / Port ${port} is in use; choose another with --port`
      : String(error),
  ),
);

const unlisted = filesOutsideEditor(contentDir);
if (unlisted.length > 0)
  console.warn(
    `注意：以下 ${unlisted.length} 个文件的扩展名与编辑器栏目不同，编辑器中不会列出；改名（git mv）后即可编辑 / ` +
      `Note: the editor does not list these ${unlisted.length} file(s), whose extension differs from their collection's; rename them (git mv) to edit them:\n  ${unlisted.join('\n  ')}`,
  );
console.log(`编辑器 / Editor:   ${server.url}/admin/`);
console.log(`预览 / Preview:    ${server.url}/   (${outDir})`);
console.log(
  `内容 / Content:    ${contentDir} (git: ${store.repo}, 发布分支 / published branch: ${store.branch})`,
);
if (!values.user)
  console.log(
    '未给 --user：每个请求须带 X-Studio-User 请求头 / No --user: every request must carry an X-Studio-User header',
  );

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    if (stopping) process.exit(130);
    stopping = true;
    console.log('\n正在停止 / Stopping …');
    void server.close().then(() => process.exit(0));
  });
