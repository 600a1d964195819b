/**
 * Content hashes of a build's inputs, the keys of the partition cache
 * (partition-cache.ts): a folder's hash covers every file's relative path and
 * bytes (names starting with "." are skipped, as the corpus reader skips
 * them), so a hash changes exactly when what the build reads changes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir` (relative, "/"-separated, sorted); names starting with "." and node_modules are skipped. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const full = join(d, name);
      let st;
      try {
        st = statSync(full);
      } catch {
        continue; // a dangling link: the normalizer reports it
      }
      if (st.isDirectory()) walk(full);
      else if (st.isFile()) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** sha256 over the given files of `dir`: each one's path and bytes, length-prefixed so no two inputs collide. */
export function hashFiles(dir: string, files: readonly string[]): string {
  const h = createHash('sha256');
  for (const f of files) {
    const bytes = readFileSync(join(dir, f));
    h.update(`${f}\0${bytes.byteLength}\0`);
    h.update(bytes);
  }
  return h.digest('hex');
}

/** The hash of a whole folder (a missing folder hashes as empty). */
export const hashFolder = (dir: string): string => hashFiles(dir, filesUnder(dir));

/** sha256 of strings, each length-prefixed. */
export function hashStrings(parts: readonly string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(`${Buffer.byteLength(p)}\0${p}`);
  return h.digest('hex');
}

/**
 * The code that builds a partition: the source files of src/ and scripts/,
 * the Astro, TypeScript and package configuration and the lock file (which
 * pins every dependency), and public/ (copied into every page's site).
 */
export const CODE_INPUTS = ['src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];

export function codeHash(root: string): string {
  const parts: string[] = [];
  for (const p of CODE_INPUTS) {
    const full = join(root, p);
    if (!existsSync(full)) continue;
    parts.push(p, statSync(full).isDirectory() ? hashFolder(full) : hashFiles(root, [p]));
  }
  return hashStrings(parts);
}
