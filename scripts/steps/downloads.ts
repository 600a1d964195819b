/**
 * Build step: write the downloads (CSV, Excel copies, JSON, redacted source
 * texts, files.csv, datapackage.json) into a folder of their own, before the
 * Astro build, plus a small manifest (path, rows, bytes, hash of every file)
 * that the /data/ page reads, so the page never regenerates the dataset.
 * `mergeDownloads` then moves them under <dist>/data/ beside the page.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, renameSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildInfo } from '../../src/downloads/build-info';
import { produceDataset } from '../../src/downloads/dataset';
import { toManifest } from '../../src/downloads/manifest';
import type { Collections } from '../../src/normalize/corpus';

export function writeDownloads(collections: Collections, dataDir: string, manifestFile: string): void {
  mkdirSync(dataDir, { recursive: true });
  const files = produceDataset(collections, buildInfo(), (path) => {
    const full = join(dataDir, path);
    mkdirSync(dirname(full), { recursive: true });
    const fd = openSync(full, 'wx');
    return {
      write: (bytes) => {
        let off = 0;
        while (off < bytes.byteLength) off += writeSync(fd, bytes, off);
      },
      close: () => closeSync(fd),
    };
  });
  writeFileSync(manifestFile, JSON.stringify(toManifest(files)));
  const bytes = files.reduce((n, f) => n + f.bytes, 0);
  console.log(`downloads: ${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB`);
}

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
