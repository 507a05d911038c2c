/**
 * Preloaded into every process of a build (NODE_OPTIONS=--import) by test/build/one-parse.test.ts:
 * records each read of a file under STUDIO_CONTENT_DIR, with the process that read it, in the file
 * named by STUDIO_TEST_READ_LOG, and each model a process builds. In Astro's process (scripts/lib/astro-build.ts), before Astro
 * starts, it also edits two content files, as an editor saving during a build would: content read
 * and validated before must be what the pages show; and it edits the organisation's name in the
 * build manifest's content, which the pages must not show either (they show the build's model).
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(process.env.STUDIO_CONTENT_DIR ?? 'content');
const log = process.env.STUDIO_TEST_READ_LOG;
const isAstroProcess = process.argv.some((arg) => arg.endsWith('astro-build.ts'));
const processName = isAstroProcess
  ? 'astro'
  : process.argv.some((arg) => arg.endsWith('scripts/build.ts'))
    ? 'build'
    : 'other';

if (log) {
  const record = (path: unknown) => {
    const file =
      path instanceof URL
        ? fileURLToPath(path)
        : typeof path === 'string'
          ? resolve(path)
          : undefined;
    if (file?.startsWith(`${root}/`)) fs.appendFileSync(log, `${processName}\t${file}\n`);
  };
  const readFileSync = fs.readFileSync;
  fs.readFileSync = ((path: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    record(path);
    return (readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  const readFile = fs.readFile;
  fs.readFile = ((path: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    record(path);
    return (readFile as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFile;
  const readFilePromise = fs.promises.readFile;
  fs.promises.readFile = ((path: fs.PathLike, ...rest: unknown[]) => {
    record(path);
    return (readFilePromise as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.promises.readFile;
  syncBuiltinESMExports();
  // Each model this process builds (buildModel leaves a performance mark, MODEL_BUILT_MARK).
  new PerformanceObserver((entries) => {
    for (const entry of entries.getEntries())
      if (entry.name === 'studio:model-built')
        fs.appendFileSync(log, `${processName}\tmodel built\n`);
  }).observe({ entryTypes: ['mark'] });

  if (isAstroProcess) {
    const edit = (file: string, from: string, to: string) => {
      const path = resolve(root, file);
      fs.writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
    };
    edit('news/zh/build-marker.md', '构建标记：original', '构建标记：changed-after-validation');
    edit('organisations/jinzhou-ftu.yaml', 'zh: 锦州市总工会', 'zh: 验证后改动的名称');
    // And the manifest's content, which Astro's store is filled from: a page naming the organisation
    // shows this name only if Astro's process builds a model of its own from its store.
    const manifest = process.env.STUDIO_BUILD_MANIFEST;
    if (manifest) {
      const { contentFile } = JSON.parse(readFileSync(manifest, 'utf8')) as { contentFile: string };
      fs.writeFileSync(
        contentFile,
        readFileSync(contentFile, 'utf8').replace(
          '"zh":"锦州市总工会"',
          '"zh":"仅在清单中改动的名称"',
        ),
      );
    }
  }
}
