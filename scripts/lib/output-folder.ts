/**
 * The output folder as a series of complete builds, so that whoever serves it (nginx, `astro
 * preview`, the tests) always finds one complete site:
 *
 *   <out>            a symbolic link to the live build:   <name>.releases/<id>
 *   <out>.previous   a symbolic link to the build it replaced (for a rollback)
 *   <out>.releases/  one folder per build; a build writes only into its own, new folder
 *   <out>.lock       held by the one build that may write here (proper-lockfile)
 *
 * Publishing points <out> at the new build by renaming a new link over it (rename(2) replaces
 * atomically): there is no moment without a site. Links are relative, so the parent folder can
 * be moved or mounted elsewhere.
 */
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  constants,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import lockfile from 'proper-lockfile';
import { isProcessAlive, temporaryName } from '../../src/lib/content/owned-temporaries.ts';

export interface OutputFolder {
  /** The published path: a link to the live build. */
  out: string;
  /** A link to the build that the live one replaced. */
  previous: string;
  /** The builds, one folder each. */
  releases: string;
  /** The lock (a folder made by proper-lockfile). */
  lock: string;
}

export const outputFolder = (out: string): OutputFolder => ({
  out,
  previous: `${out}.previous`,
  releases: `${out}.releases`,
  lock: `${out}.lock`,
});

/** An error whose message is meant for the person running the build, as it is (no stack). */
export class OutputError extends Error {}

type Kind = 'missing' | 'link' | 'folder' | 'other';
function kindOf(path: string): Kind {
  try {
    const stat = lstatSync(path);
    return stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? 'folder' : 'other';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
}

/** Checks before anything is built that the build can publish here: a clear message if not. */
export function checkOutputFolder({ out, previous }: OutputFolder): void {
  for (const path of [out, previous]) {
    if (kindOf(path) === 'other')
      throw new OutputError(
        `${path} is a file, not a folder or a link to one; move it away (STUDIO_OUT_DIR names where the site is published).`,
      );
  }
  mkdirSync(dirname(out), { recursive: true });
  try {
    accessSync(dirname(out), constants.W_OK);
  } catch {
    throw new OutputError(
      `The build cannot write in ${dirname(out)} (where ${basename(out)} is published); give it write access or choose another STUDIO_OUT_DIR.`,
    );
  }
}

export interface HeldLock {
  /**
   * Why the lock is no longer this build's (another build took it over as stale after this one
   * failed to refresh it in time), if it is not. Checked synchronously, just before publishing.
   */
  lost(): string | undefined;
  release(): Promise<void>;
}

/**
 * The lock on the project's own `.astro/` folder, where every Astro process of this checkout
 * (a build of any content, `astro dev`, `astro sync`) writes the modules of the content it reads:
 * one such process at a time. scripts/build.ts holds it only while its Astro child runs; the tests
 * take the same lock for the Astro processes they start themselves (test/helpers/astro-lock.ts).
 */
export const projectAstroLock = (project: string): Pick<OutputFolder, 'out' | 'lock'> => ({
  out: join(project, '.astro'),
  lock: join(
    project,
    'node_modules',
    '.cache',
    'studio-showcase',
    'astro-work',
    'project-astro.lock',
  ),
});

const ownerFile = (lock: string): string => `${lock}-owner`;
const readOwner = (lock: string): string | undefined => {
  try {
    return readFileSync(ownerFile(lock), 'utf8');
  } catch {
    return undefined;
  }
};

/**
 * Takes the output folder's lock, waiting up to `waitSeconds` for a running build to finish
 * (0: refuse at once). A build that was killed leaves its lock; it counts as free once its
 * holder has stopped refreshing it for `staleSeconds`.
 */
export async function lockOutput(
  { out, lock }: Pick<OutputFolder, 'out' | 'lock'>,
  waitSeconds: number,
  staleSeconds = 15,
): Promise<HeldLock> {
  const deadline = Date.now() + waitSeconds * 1000;
  let lostReason: string | undefined;
  let announced = false;
  for (;;) {
    try {
      const release = await lockfile.lock(out, {
        lockfilePath: lock,
        realpath: false,
        stale: staleSeconds * 1000,
        update: 2000,
        onCompromised: (error) => {
          lostReason = error.message;
        },
      });
      const token = `${process.pid} ${randomBytes(8).toString('hex')}`;
      const temporary = temporaryName(ownerFile(lock));
      writeFileSync(temporary, token);
      renameSync(temporary, ownerFile(lock));
      return {
        lost: () =>
          lostReason ?? (readOwner(lock) === token ? undefined : 'another build holds it now'),
        release: async () => {
          if (readOwner(lock) === token) rmSync(ownerFile(lock), { force: true });
          await release().catch(() => undefined);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
      if (Date.now() >= deadline) {
        const holder = readOwner(lock)?.split(' ')[0];
        throw new OutputError(
          `Another build${holder ? ` (process ${holder})` : ''} is writing to ${out} (its lock ${lock} is held)${waitSeconds > 0 ? ` and did not finish within ${waitSeconds} s` : ''}; this build stopped without changing anything. ` +
            `Run it again when the other build has finished, or set STUDIO_LOCK_WAIT to wait longer (seconds). A lock left by a killed build frees itself after ${staleSeconds} s.`,
        );
      }
      if (!announced)
        console.log(
          `Another build is writing to ${out}; waiting for it to finish (up to ${waitSeconds} s, STUDIO_LOCK_WAIT) …`,
        );
      announced = true;
      await new Promise((resolvePromise) => setTimeout(resolvePromise, 500));
    }
  }
}

/** The folder a link points to, as an absolute path. */
const linkTarget = (link: string): string => resolve(dirname(link), readlinkSync(link));

/** A new, empty folder for this build's output. */
export function newRelease({ releases }: OutputFolder): string {
  mkdirSync(releases, { recursive: true });
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
  const release = join(releases, `${stamp}-${process.pid}-${randomBytes(3).toString('hex')}`);
  mkdirSync(release);
  return release;
}

/** Points `link` at `target` in one rename: readers see the old target or the new one. */
function pointLink(link: string, target: string): void {
  const temporary = temporaryName(link);
  symlinkSync(target, temporary, 'dir');
  renameSync(temporary, link);
}

/** The target of a link relative to the link's folder, for a release folder. */
const relativeTarget = (folder: OutputFolder, release: string): string =>
  `${basename(folder.releases)}/${basename(release)}`;

/**
 * Makes `release` the live site and the site it replaces the previous one. Where <out> is still a
 * real folder (a build by an older version), that folder becomes a release first: the only
 * moment without a site, between two renames, happens once.
 */
export function publishRelease(folder: OutputFolder, release: string): void {
  const { out, previous, releases } = folder;
  // A real folder left by an older version cannot be replaced by a link in one rename: it
  // becomes a release (the previous one is simply dropped: it is two builds old by now).
  if (kindOf(previous) === 'folder')
    renameSync(previous, temporaryName(join(releases, 'legacy-previous')));
  let replaced: string | undefined;
  switch (kindOf(out)) {
    case 'link':
      replaced = readlinkSync(out);
      break;
    case 'folder': {
      const legacy = join(releases, `legacy-${basename(release)}`);
      const temporary = temporaryName(out);
      symlinkSync(relativeTarget(folder, release), temporary, 'dir');
      renameSync(out, legacy);
      renameSync(temporary, out);
      pointLink(previous, relativeTarget(folder, legacy));
      return;
    }
    default:
      break;
  }
  // Previous first: if the build stops between the two renames, both name the live site and
  // nothing that was live is lost.
  if (replaced !== undefined) pointLink(previous, replaced);
  pointLink(out, relativeTarget(folder, release));
}

/**
 * Swaps the live site and the previous one (`npm run rollback`): both are complete builds, so
 * either way round every moment has a site. Running it again undoes it.
 */
export function swapLiveAndPrevious({ out, previous }: OutputFolder): void {
  if (kindOf(out) !== 'link' || kindOf(previous) !== 'link')
    throw new OutputError(
      `There is nothing to roll back to: ${out} and ${previous} must both be links made by a build.`,
    );
  const live = readlinkSync(out);
  pointLink(out, readlinkSync(previous));
  pointLink(previous, live);
}

/** The releases that <out> and <out>.previous point to. */
function liveReleases({ out, previous }: OutputFolder): Set<string> {
  const live = new Set<string>();
  for (const link of [out, previous])
    if (kindOf(link) === 'link') live.add(basename(linkTarget(link)));
  return live;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A temporary link or owner file of this output (<out>.<pid>-<random>.tmp …) whose process has ended. */
function isStaleLinkTemporary(name: string, entry: string): boolean {
  const owner = new RegExp(
    `^${escapeRegExp(name)}(?:\\.previous|\\.lock-owner)?\\.(\\d+)-[0-9a-f]{8}\\.tmp$`,
  ).exec(entry);
  return owner !== null && !isProcessAlive(Number(owner[1]));
}

/**
 * Deletes, in the background, what no link points to: builds that were replaced twice, and the
 * folders and links of builds that were killed. Only the lock holder calls this, so nothing
 * deleted here is being written.
 */
export function removeUnusedReleases(folder: OutputFolder): Promise<unknown> {
  const live = liveReleases(folder);
  const unused = existsSync(folder.releases)
    ? readdirSync(folder.releases)
        .filter((name) => !live.has(name))
        .map((name) => join(folder.releases, name))
    : [];
  // Beside <out>: the staging folder of older versions, and link temporaries of a killed build.
  const parent = dirname(folder.out);
  const name = basename(folder.out);
  const leftovers = readdirSync(parent)
    .filter((entry) => entry === `${name}.staging` || isStaleLinkTemporary(name, entry))
    .map((entry) => join(parent, entry));
  // A folder that cannot be deleted now (still being written by a dying process) is left for the next build.
  const remove = (path: string) =>
    rm(path, { recursive: true, force: true, maxRetries: 3 }).catch((error: unknown) =>
      console.warn(
        `Warning: could not delete ${path} (${(error as Error).message}); the next build tries again.`,
      ),
    );
  return Promise.all([...unused, ...leftovers].map(remove));
}
