/**
 * Replacing a directory in one step: the caller writes everything into a
 * sibling temporary directory, then swaps it in. A failure before the swap
 * leaves the old directory as it was.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Move a finished directory into place, keeping the previous one until the move succeeded. */
export function swapInto(ready: string, target: string, old = `${target}.old-${process.pid}`): void {
  if (existsSync(target)) renameSync(target, old);
  try {
    renameSync(ready, target);
  } catch (e) {
    if (existsSync(old)) renameSync(old, target);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}

export function writeJson(dir: string, relPath: string, data: unknown): void {
  const full = join(dir, relPath);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, JSON.stringify(data));
}
