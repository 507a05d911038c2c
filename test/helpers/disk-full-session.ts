/**
 * `node test/helpers/disk-full-session.ts <folder> <content>`, run by test/build/disk-full.test.ts in
 * a user and mount namespace of its own (`unshare -rm`): mounts a small tmpfs on <folder>, builds the
 * content into it, fills the disk to all but 64 KB, builds again, and prints as JSON what the second
 * build said and whether the published site stayed as it was.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { folderDigests } from './digests.ts';

const [folder, content] = process.argv.slice(2);
if (!folder || !content) throw new Error('usage: disk-full-session.ts <folder> <content>');
const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=96m', 'studio-disk-full', folder], {
  encoding: 'utf8',
});
if (mounted.status !== 0) throw new Error(`mount failed: ${mounted.stderr}`);
const site = join(folder, 'site');
const build = () => {
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, STUDIO_CONTENT_DIR: content, STUDIO_OUT_DIR: site },
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
};
const first = build();
const before = first.status === 0 ? folderDigests(site) : {};
const disk = statfsSync(folder);
writeFileSync(
  join(folder, 'filler'),
  Buffer.alloc(Math.max(0, disk.bavail * disk.bsize - 64 * 1024)),
);
const second = build();
console.log(
  JSON.stringify({
    first,
    second,
    siteKept: JSON.stringify(folderDigests(site)) === JSON.stringify(before),
    releases: readdirSync(`${site}.releases`),
  }),
);
