/**
 * The downloads are written by the normalizer into a folder of their own
 * before the Astro build (src/build/normalize-stream.ts), with a manifest
 * the /data/ page reads. `mergeDownloads` moves them under <dist>/data/
 * beside the page.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Move the written downloads under <dist>/data/; a download never overwrites a page or asset. */
export function mergeDownloads(dataDir: string, distDataDir: string): void {
  mkdirSync(distDataDir, { recursive: true });
  for (const name of readdirSync(dataDir)) {
    const from = join(dataDir, name);
    const to = join(distDataDir, name);
    if (existsSync(to)) {
      if (statSync(from).isDirectory() && statSync(to).isDirectory()) {
        mergeDownloads(from, to);
        continue;
      }
      throw new Error(`downloads: ${to} already exists (a page or another file has this path)`);
    }
    renameSync(from, to);
  }
}
