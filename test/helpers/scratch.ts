/**
 * The scratch folders and files that test files make in test/.tmp with mkdtemp (`<name>-XXXXXX`,
 * and files named after them), removed a day after they were made: a test that fails or is
 * stopped leaves its scratch to look at, and no run piles up copies of the sample for ever. The
 * shared builds and the fixed outputs there have no such token and are kept (their stamps decide
 * when they are made again: test/helpers/shared-builds.ts).
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TMP } from './paths.ts';

/** mkdtemp's six random letters and digits, told from a word by a capital or a digit in them. */
const MKDTEMP_TOKEN = /-(?=[a-z]*[A-Z0-9])[A-Za-z0-9]{6}(?:[-.]|$)/;
const DAY_MS = 24 * 3600_000;

/** Removes the scratch in `dir` made more than a day before `now`; returns the names removed. */
export function removeOldScratch(dir = TMP, now = Date.now()): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const old = names.filter((name) => {
    if (!MKDTEMP_TOKEN.test(name)) return false;
    try {
      return now - statSync(join(dir, name)).mtimeMs > DAY_MS;
    } catch {
      return false;
    }
  });
  for (const name of old) rmSync(join(dir, name), { recursive: true, force: true });
  return old;
}
