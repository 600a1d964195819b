/**
 * Building the site in a child process for a test (a sub-path, a synthetic
 * corpus …) into its own folders, only when the folder is missing or older
 * than the sources, so reruns are quick.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listFiles } from './html-check';

const SOURCES = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export function newestMtime(paths: string[] = SOURCES): number {
  let newest = 0;
  for (const s of paths) {
    if (!existsSync(s)) continue;
    const files = statSync(s).isDirectory() ? listFiles(s) : [s];
    for (const f of files) newest = Math.max(newest, statSync(f).mtimeMs);
  }
  return newest;
}

/**
 * The environment for a child build: vitest puts Vite's own variables into
 * process.env (BASE_URL=/, MODE, NODE_ENV=test …), and a build inheriting them
 * would link everything to / instead of the base.
 */
export function buildEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*|VITE_.*|PORTAL_.*)$/.test(k)) env[k] = v;
  return { ...env, ...extra };
}

/** Whether dist/index.html is newer than the sources and `extraSources`. */
export function isUpToDate(dist: string, extraSources: string[] = []): boolean {
  const marker = join(dist, 'index.html');
  return existsSync(marker) && statSync(marker).mtimeMs > newestMtime([...SOURCES, ...extraSources]);
}

/** `npm run build` with `env` into `dist`, unless dist/index.html is newer than the sources and `extraSources`. */
export function ensureBuilt(dist: string, env: NodeJS.ProcessEnv, extraSources: string[] = []): void {
  if (isUpToDate(dist, extraSources)) return;
  execFileSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'], {
    stdio: 'pipe',
    env: buildEnv({ ...env, PORTAL_DIST_DIR: dist }),
    timeout: 400_000,
  });
}

const LOCK_STALE_MS = 15 * 60_000;

/**
 * Runs `fn` while holding `<dist>.test-lock` (a directory: mkdir is atomic), so test
 * files that share a built site (vitest runs two at once) neither build it
 * twice at the same time nor read it half-written: a second caller waits until
 * the first is done, then finds the site up to date. A lock older than any
 * build is left from a killed run and taken over.
 */
export function withBuildLock<T>(dist: string, fn: () => T): T {
  const lock = `${dist}.test-lock`;
  const tick = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS) rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(tick, 0, 0, 250); // block this worker until the holder is likely done; then try again
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
