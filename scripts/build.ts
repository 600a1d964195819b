/**
 * `npm run build`: normalize (with the checks, the generated collections and
 * the downloads, one disclosure at a time in parallel workers) → astro build →
 * search index, all into temporary folders that replace dist/ only when every
 * step succeeded. A data error stops the build before anything is written.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONTENT_DIR, reportProblems } from './lib/normalize-run';
import { normalizeToDisk } from './lib/normalize-stream';
import { swapInto } from './lib/write-atomic';
import { GENERATED_DIR } from '../src/data/generated-dir';
import { buildSteps } from './lib/build-steps';
import { mergeDownloads } from './steps/downloads';
import { astroBuild } from './steps/astro-build';

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

const t0 = performance.now();
const result = await normalizeToDisk({ contentDir: resolve(root, CONTENT_DIR), generatedDir: resolve(root, GENERATED_DIR), dataDir: dataStaging }).catch((e: unknown) => {
  rmSync(dataStaging, { recursive: true, force: true });
  throw e;
});
timings.push(['normalize + downloads', performance.now() - t0]);
if (reportProblems(result)) {
  rmSync(dataStaging, { recursive: true, force: true });
  process.exit(1);
}
console.log(`normalized ${result.disclosures.length} disclosures; downloads: ${result.files!.length} files, ${(result.files!.reduce((n, f) => n + f.bytes, 0) / 1024 / 1024).toFixed(1)} MB`);
const collections = { disclosures: result.disclosures, counties: result.counties };

try {
  step('astro build', () => astroBuild({ root, outDir: staging, generatedDir: GENERATED_DIR }));
  step('merge downloads', () => mergeDownloads(dataStaging, resolve(staging, 'data')));
  for (const s of buildSteps) step(s.name, () => s.run({ root, distDir: staging, generatedDir: resolve(root, GENERATED_DIR), collections }));
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
