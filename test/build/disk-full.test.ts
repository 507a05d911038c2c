/**
 * A full output disk, on a real one: a small tmpfs mounted in a user and mount namespace of the
 * test's own (`unshare -rm`, where the machine allows it). The build's work folder is on the
 * project's disk, so the finished pages are copied onto the output disk, and that copy fails with
 * EIO, not ENOSPC. The build says the disk is full, with the room it has and the room it needs, and
 * the site published before stays as it was.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

const folder = mkdtempSync(join(tmpdir(), 'studio-disk-full-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const canMount =
  spawnSync('unshare', ['-rm', 'sh', '-c', `mount -t tmpfs -o size=1m probe "${folder}"`])
    .status === 0;

describe('a full output disk', () => {
  it.skipIf(!canMount)(
    'is reported as full, with the room free and needed; the published site stays as it was',
    async () => {
      // Its builds take their turn for Astro themselves (test/helpers/astro-lock.ts).
      const text = await new Promise<string>((resolve) => {
        const child = spawn(
          'unshare',
          [
            '-rm',
            process.execPath,
            join(ROOT, 'test/helpers/disk-full-session.ts'),
            folder,
            join(ROOT, 'test/fixtures/small-content'),
          ],
          {
            cwd: ROOT,
            env: {
              ...process.env,
              ASTRO_TELEMETRY_DISABLED: '1',
              ASTRO_DISABLE_UPDATE_CHECK: 'true',
            },
            stdio: ['ignore', 'pipe', 'inherit'],
          },
        );
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.once('close', () => resolve(output));
      });
      const result = JSON.parse(text.trim().split('\n').at(-1)!) as {
        first: { status: number; output: string };
        second: { status: number; output: string };
        siteKept: boolean;
        releases: string[];
      };
      expect(result.first.status, result.first.output).toBe(0);
      expect(result.second.status, result.second.output).toBe(1);
      expect(result.second.output).toMatch(
        /The output disk is full: [\d.]+ K?B free, [\d.]+ [KM]B needed/,
      );
      expect(result.second.output).not.toMatch(/EIO|Input\/output error/);
      expect(result.siteKept).toBe(true);
      // Only the live build is left: the partial copy was removed.
      expect(result.releases).toHaveLength(1);
    },
  );
});
