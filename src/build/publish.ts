/**
 * Publishing the build, and what keeps two builds and a killed build from
 * hurting it.
 *
 * - dist/ is a symbolic link to a finished build in a hidden sibling folder
 *   (`.dist-builds/<stamp>/`). Publishing moves the staged build there and
 *   flips the link with one rename, which replaces the old link atomically:
 *   at every moment dist/ is the old build or the new one, never missing.
 *   A real dist/ folder (from before) is moved into the builds folder and
 *   linked the first time; a build killed in that one moment leaves no dist/,
 *   and the next build links it back first (recover()).
 * - A lock per output folder (`dist.lock`, `.generated.lock`) makes a second
 *   build of the same folders stop at once with a clear message; a lock whose
 *   build is gone (killed) is taken over.
 * - Leftovers of killed builds (staging folders, temporary links, builds no
 *   link points to) are removed by the next build, which holds the lock.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The folder of finished builds that `dist` links to. */
export function buildsDir(dist: string): string {
  const d = resolve(dist);
  return join(dirname(d), `.${basename(d)}-builds`);
}

/** Whether process `pid` still runs (a lock or leftover of a build that is gone can be taken over). */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function lstatOrNull(p: string) {
  try {
    return lstatSync(p);
  } catch {
    return null;
  }
}

export class BuildLockedError extends Error {}

/**
 * Takes the lock of `target` (a file `<target>.lock` holding this process's
 * id), or throws BuildLockedError naming the build that holds it. A lock left
 * by a process that no longer runs is taken over. Returns the release function.
 */
export function acquireLock(target: string, pid = process.pid): () => void {
  const lock = `${resolve(target)}.lock`;
  mkdirSync(dirname(lock), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(lock, `${pid}\n${new Date().toISOString()}\n`, { flag: 'wx' });
      return () => {
        try {
          if (readFileSync(lock, 'utf8').split('\n')[0] === String(pid)) unlinkSync(lock);
        } catch {
          /* already gone */
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 2) throw e;
    }
    let holder = NaN;
    let since = '';
    try {
      [holder, since] = ((l) => [Number(l[0]), l[1] ?? ''] as [number, string])(readFileSync(lock, 'utf8').split('\n'));
    } catch {
      continue; // released meanwhile
    }
    if (isAlive(holder) && holder !== pid) {
      throw new BuildLockedError(
        `another build (process ${holder}, started ${since}) is writing ${target} in this folder. Wait for it to finish; if no build is running, delete ${lock}.`,
      );
    }
    rmSync(lock, { force: true }); // stale: its build was killed
  }
}

/** The pid a leftover's name ends with (`.dist-next-123`, `.generated.tmp-123`, `dist.link-123` …), or null. */
function pidOf(name: string): number | null {
  const m = /[.-](?:next|data|tmp|old|link)-(\d+)(?:\.[a-z0-9-]+)?$/.exec(name);
  return m ? Number(m[1]) : null;
}

/**
 * Removes what killed builds left: in `root` and beside the output folders,
 * staging and temporary folders and links whose build no longer runs; in the
 * builds folder, every build dist does not link to. Call it holding the locks.
 */
export function cleanLeftovers(root: string, dist: string, generated: string): string[] {
  const removed: string[] = [];
  const dirs = new Set([resolve(root), dirname(resolve(dist)), dirname(resolve(generated))]);
  const ours = (name: string) =>
    /^\.dist-(next|data)-\d+/.test(name) || name.startsWith(`${basename(resolve(dist))}.`) || name.startsWith(`${basename(resolve(generated))}.`);
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const pid = pidOf(name);
      if (pid === null || !ours(name) || isAlive(pid)) continue;
      rmSync(join(dir, name), { recursive: true, force: true });
      removed.push(join(dir, name));
    }
  }
  const builds = buildsDir(dist);
  if (existsSync(builds)) {
    const live = currentBuild(dist);
    for (const name of readdirSync(builds)) {
      if (name === live) continue;
      const pid = /^b-\d+-(\d+)$/.exec(name)?.[1];
      if (pid && Number(pid) !== process.pid && isAlive(Number(pid))) continue;
      rmSync(join(builds, name), { recursive: true, force: true });
      removed.push(join(builds, name));
    }
  }
  return removed;
}

/** The name of the build dist links to, or null. */
function currentBuild(dist: string): string | null {
  const st = lstatOrNull(dist);
  if (!st?.isSymbolicLink()) return null;
  return basename(readlinkSync(dist));
}

/** Points `dist` at `target` (a folder in the builds folder) with one rename over the old link. */
function flipLink(dist: string, buildName: string): void {
  const tmp = `${resolve(dist)}.link-${process.pid}`;
  rmSync(tmp, { force: true });
  symlinkSync(join(basename(buildsDir(dist)), buildName), tmp, 'dir');
  renameSync(tmp, dist);
}

/**
 * A build killed while dist/ was being turned into a link leaves no dist/:
 * link it to the newest finished build again. Returns whether it did.
 */
export function recover(dist: string): boolean {
  if (lstatOrNull(dist)) return false;
  const builds = buildsDir(dist);
  if (!existsSync(builds)) return false;
  const newest = readdirSync(builds)
    .filter((n) => existsSync(join(builds, n, 'index.html')))
    .sort((a, b) => statSync(join(builds, b)).mtimeMs - statSync(join(builds, a)).mtimeMs)[0];
  if (!newest) return false;
  flipLink(dist, newest);
  return true;
}

/**
 * Publishes a finished staging folder as `dist`: moved into the builds folder,
 * then the link flipped; the previous build is removed afterwards. `hooks`
 * lets the tests stop the process between the stages.
 */
export function publish(staging: string, dist: string, hooks: { at?: (stage: 'moved' | 'migrated' | 'flipped') => void } = {}): void {
  const builds = buildsDir(dist);
  mkdirSync(builds, { recursive: true });
  const name = `b-${Date.now()}-${process.pid}`;
  renameSync(staging, join(builds, name));
  hooks.at?.('moved');
  const st = lstatOrNull(dist);
  const previous = currentBuild(dist);
  if (st && !st.isSymbolicLink()) {
    // A real folder from before: keep it as a build until the link replaces it.
    const legacy = `b-0-legacy-${process.pid}`;
    renameSync(dist, join(builds, legacy));
    hooks.at?.('migrated');
  }
  flipLink(dist, name);
  hooks.at?.('flipped');
  for (const n of readdirSync(builds))
    if (n !== name && (n === previous || n.startsWith('b-0-legacy-'))) rmSync(join(builds, n), { recursive: true, force: true });
}
