/**
 * `npm run build`: normalize → downloads → astro build → search index, all
 * into temporary folders that replace dist/ only when every step succeeded.
 * A data error stops the build before anything is written.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { reportProblems, runNormalize } from './lib/normalize-run';
import { swapInto } from './lib/write-atomic';
import { GENERATED_DIR, writeCollections } from './lib/write-collections';
import { buildSteps } from './lib/build-steps';
import { mergeDownloads, writeDownloads } from './steps/downloads';
import { MANIFEST_FILE } from '../src/downloads/manifest';

const root = process.cwd();
const outDir = process.env.PORTAL_DIST_DIR ?? 'dist';
const staging = resolve(root, `.dist-next-${process.pid}`);
const dataStaging = resolve(root, `.dist-data-${process.pid}`);
const timings: [string, number][] = [];
const step = <T>(name: string, fn: () => T): T => {
  const t0 = performance.now();
  const r = fn();
  timings.push([name, performance.now() - t0]);
  return r;
};

const result = step('normalize', () => runNormalize(root));
if (reportProblems(result)) process.exit(1);
step('write collections', () => writeCollections(result.collections!, GENERATED_DIR));

try {
  step('downloads', () => writeDownloads(result.collections!, dataStaging, resolve(root, GENERATED_DIR, MANIFEST_FILE)));
  step('astro build', () =>
    execFileSync(process.execPath, [resolve(root, 'node_modules/astro/astro.js'), 'build'], {
      stdio: 'inherit',
      env: { ...process.env, PORTAL_OUT_DIR: staging, PORTAL_GENERATED_DIR: GENERATED_DIR },
    }),
  );
  step('merge downloads', () => mergeDownloads(dataStaging, resolve(staging, 'data')));
  for (const s of buildSteps) step(s.name, () => s.run({ root, distDir: staging, collections: result.collections! }));
  step('publish', () => swapInto(staging, resolve(root, outDir)));
  rmSync(dataStaging, { recursive: true, force: true });
} catch (e) {
  rmSync(staging, { recursive: true, force: true });
  rmSync(dataStaging, { recursive: true, force: true });
  console.error(`\nBuild failed: ${(e as Error).message}\nThe previous ${outDir}/ is untouched.`);
  process.exit(1);
}
// The benchmark reads per-stage timings from here.
if (process.env.PORTAL_TIMINGS_FILE) writeFileSync(process.env.PORTAL_TIMINGS_FILE, JSON.stringify(Object.fromEntries(timings)));
console.log('\nBuild finished:');
for (const [name, ms] of timings) console.log(`  ${name.padEnd(18)} ${(ms / 1000).toFixed(1)} s`);
