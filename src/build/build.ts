/**
 * `npm run build`: normalize (with the checks, the generated collections and
 * the downloads, one disclosure at a time in parallel workers) → astro build →
 * search index → leak scan, all into temporary folders; then dist/ is flipped
 * to the new build in one step (publish.ts). A data error stops the build
 * before anything is written. One build at a time per output folder (a lock);
 * the next build removes what a killed one left. Exits the process: it is the
 * body of the command-line entry point.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { config, processEnv, readConfig } from '../config';
import { PREVIEW_NOTICE } from '../core/site';
import { DataFolderError, readDataFolder, type DataFolder } from '../downloads/previous';
import { GENERATED_DIR } from '../store/layout';
import { buildSteps } from './build-steps';
import { CONTENT_DIR, reportProblems } from './normalize-run';
import { normalizeToDisk } from './normalize-stream';
import { acquireLock, BuildLockedError, cleanLeftovers, publish, recover } from './publish';
import { mergeDownloads } from './steps/downloads';
import { astroBuild } from './steps/astro-build';

export async function build(): Promise<void> {
  const root = process.cwd();
  const outDir = resolve(root, config.distDir);
  const generatedDir = resolve(root, GENERATED_DIR);
  const staging = resolve(root, `.dist-next-${process.pid}`);
  const dataStaging = resolve(root, `.dist-data-${process.pid}`);
  /** Tests only: stop the process with SIGKILL at a stage, as a crash or `kill -9` would. */
  const killAt = (stage: string) => {
    if (config.testKillAt === stage) process.kill(process.pid, 'SIGKILL');
  };
  const timings: [string, number][] = [];
  const step = <T>(name: string, fn: () => T): T => {
    const t0 = performance.now();
    const r = fn();
    timings.push([name, performance.now() - t0]);
    return r;
  };
  const fail = (message: string): never => {
    process.stderr.write(`\nBuild failed: ${message}\n`);
    process.exit(1);
  };

  // Every environment variable, checked before any work: a production build without PORTAL_SITE stops here.
  try {
    readConfig(processEnv);
  } catch (e) {
    fail((e as Error).message);
  }
  if (config.site.site === null) console.log(PREVIEW_NOTICE);
  // PORTAL_PREVIOUS_DATA: the previous version's data folder, for the CHANGELOG; read (and refused) before any work too.
  let previous: DataFolder | null = null;
  if (config.previousData) {
    try {
      previous = readDataFolder(resolve(root, config.previousData), 'PORTAL_PREVIOUS_DATA');
    } catch (e) {
      if (e instanceof DataFolderError) fail(e.message);
      throw e;
    }
  }

  const releases: (() => void)[] = [];
  try {
    releases.push(acquireLock(outDir), acquireLock(generatedDir));
  } catch (e) {
    releases.forEach((r) => r());
    if (e instanceof BuildLockedError) fail(e.message);
    throw e;
  }
  // Whatever way the process exits (a data error, a failed step, success), the staging folders and locks go.
  process.on('exit', () => {
    rmSync(staging, { recursive: true, force: true });
    rmSync(`${staging}.search-tmp`, { recursive: true, force: true });
    rmSync(dataStaging, { recursive: true, force: true });
    releases.forEach((r) => r());
  });
  if (recover(outDir)) console.log(`recovered ${outDir}: a killed build had left it unlinked`);
  for (const p of cleanLeftovers(root, outDir, generatedDir)) console.log(`removed the leftover of a killed build: ${p}`);

  const t0 = performance.now();
  const result = await normalizeToDisk({ contentDir: resolve(root, CONTENT_DIR), generatedDir, dataDir: dataStaging, previous });
  timings.push(['normalize + downloads', performance.now() - t0]);
  if (reportProblems(result)) process.exit(1);
  killAt('normalized');
  console.log(
    `normalized ${result.disclosures.length} disclosures; downloads: ${result.files!.length} files, ${(result.files!.reduce((n, f) => n + f.bytes, 0) / 1024 / 1024).toFixed(1)} MB`,
  );
  const collections = { disclosures: result.disclosures, counties: result.counties };

  try {
    step('astro build', () => astroBuild({ root, outDir: staging, generatedDir: GENERATED_DIR }));
    killAt('astro');
    step('merge downloads', () => mergeDownloads(dataStaging, resolve(staging, 'data')));
    for (const s of buildSteps) {
      step(s.name, () => s.run({ root, distDir: staging, generatedDir, collections }));
      killAt(s.name);
    }
    step('publish', () => publish(staging, outDir, { at: killAt }));
  } catch (e) {
    fail(`${(e as Error).message}\nThe previous ${config.distDir}/ is untouched.`);
  }
  // The benchmark reads per-stage timings from here.
  if (config.timingsFile) writeFileSync(config.timingsFile, JSON.stringify(Object.fromEntries(timings)));
  console.log('\nBuild finished:');
  for (const [name, ms] of timings) console.log(`  ${name.padEnd(18)} ${(ms / 1000).toFixed(1)} s`);
}
