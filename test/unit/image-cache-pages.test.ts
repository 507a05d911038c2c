/**
 * Astro's incremental build restores pages without rendering them, and then cannot make an image
 * such a page names once the image has left the shared image cache (the build stopped with "There
 * was an error loading the configured image service" after the cache was emptied). The pages of a
 * content folder are forgotten when the cache lost anything it held after that folder's last build
 * (src/integrations/shared-image-cache.ts), on folders made in the test; the build that follows
 * was run by hand: it renders every page, makes the images and publishes.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  forgetPagesWithoutImages,
  imageCacheRecord,
} from '../../src/integrations/shared-image-cache.ts';

let root: string;
let cacheDir: string;
let shared: string;
const restorable = () => join(cacheDir, 'incremental-build.json');

/** A finished build as the integration leaves it: two images in the cache, the record kept. */
async function builtWith(images: string[]): Promise<void> {
  mkdirSync(shared, { recursive: true });
  for (const image of images) writeFileSync(join(shared, image), 'image');
  writeFileSync(restorable(), '{}');
  const done = imageCacheRecord(cacheDir, shared).hooks['astro:build:done'] as () => void;
  done();
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'image-cache-'));
  cacheDir = join(root, 'cache');
  shared = join(root, 'images');
  mkdirSync(cacheDir);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('pages whose images left the cache', () => {
  it('are kept while every image the last build left is there, new ones besides', async () => {
    await builtWith(['a.avif', 'b.webp']);
    writeFileSync(join(shared, 'another-folder.jpg'), 'image');
    expect(forgetPagesWithoutImages(cacheDir, shared)).toBe(false);
    expect(existsSync(restorable())).toBe(true);
  });

  it('are forgotten when one image is gone', async () => {
    await builtWith(['a.avif', 'b.webp']);
    rmSync(join(shared, 'b.webp'));
    expect(forgetPagesWithoutImages(cacheDir, shared)).toBe(true);
    expect(existsSync(restorable())).toBe(false);
  });

  it('are forgotten when the cache was emptied or removed, with or without a record', async () => {
    await builtWith(['a.avif']);
    rmSync(shared, { recursive: true });
    expect(forgetPagesWithoutImages(cacheDir, shared)).toBe(true);
    // A cache from before the record was kept: an empty cache is certain loss.
    await builtWith([]);
    rmSync(join(cacheDir, 'image-cache-held.json'));
    expect(forgetPagesWithoutImages(cacheDir, shared)).toBe(true);
  });

  it('are kept when the last build left the cache empty and it still is (a site without photos)', async () => {
    await builtWith([]);
    expect(forgetPagesWithoutImages(cacheDir, shared)).toBe(false);
    expect(existsSync(restorable())).toBe(true);
  });

  it('change nothing when no page can be restored', () => {
    expect(forgetPagesWithoutImages(cacheDir, shared)).toBe(false);
  });
});
