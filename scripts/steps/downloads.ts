/**
 * Build step: write the downloads into <dist>/data/ (beside the /data/ page
 * Astro built): CSV, Excel copies, JSON, redacted source texts, files.csv and
 * datapackage.json. Content, sizes and hashes come from src/downloads.
 */
import { closeSync, existsSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildInfo } from '../../src/downloads/build-info';
import { produceDataset } from '../../src/downloads/dataset';
import type { BuildStep } from '../lib/build-steps';

export const downloadsStep: BuildStep = {
  name: 'downloads',
  run: ({ distDir, collections }) => {
    const dataDir = join(distDir, 'data');
    const files = produceDataset(collections, buildInfo(), (path) => {
      const full = join(dataDir, path);
      // Astro wrote the site first; a download must never overwrite a page or asset.
      if (existsSync(full)) throw new Error(`downloads: ${full} already exists (a page or another file has this path)`);
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
    const bytes = files.reduce((n, f) => n + f.bytes, 0);
    console.log(`downloads: ${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${dataDir}`);
  },
};
