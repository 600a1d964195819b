/**
 * `npm run build`: a partitioned, incremental build. The corpus is split
 * into partitions (src/core/partitions.ts; partition-keys.ts gives each a
 * content-hash key). A partition whose key matches its entry in the
 * partition cache (partition-cache.ts, `.dist-cache/` beside dist/) is
 * reused: its generated data, downloads and pages are linked in, not made
 * again. The others are normalized (with the checks, the generated
 * collections and the downloads, one disclosure at a time in parallel
 * workers) and their pages rendered; then the corpus-wide parts are built
 * from the partitions' part files and summaries: the bulk downloads, the
 * corpus-wide pages (one `astro build` that renders them and the rebuilt
 * partitions' pages), the search index and the leak scan, all into
 * temporary folders; then dist/ is flipped to the new build in one step
 * (publish.ts). A data error stops the build before anything is written. One
 * build at a time per output folder (a lock); the next build removes what a
 * killed one left.
 *
 * `npm run build -- --partition <id>` builds one partition into the cache
 * alone (its data and pages, no corpus-wide part, dist/ untouched), and
 * `npm run build -- --assemble` builds the site from the cache's partitions,
 * refusing if one is missing or built from other inputs: partitions can be
 * built on separate machines (README, "Building on several machines").
 *
 * Exits the process: it is the body of the command-line entry point.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { config, processEnv, readConfig } from '../config';
import { PREVIEW_NOTICE } from '../core/site';
import { DataFolderError, readDataFolder, type DataFolder } from '../downloads/previous';
import { GENERATED_DIR, KINDS, MANIFEST_FILE } from '../store/layout';
import { buildSteps } from './build-steps';
import { CONTENT_DIR, reportProblems } from './normalize-run';
import { normalizeToDisk, type StreamResult } from './normalize-stream';
import { cacheDirOf, cleanCache, commitPages, linkReadSummaries, linkTree, partitionDir, readEntry } from './partition-cache';
import { partitionIds, UNPLACED, type BuildPlan } from './partition-keys';
import { listDisclosureFolders } from './normalize-slice';
import { renderSelection, takePages } from './partition-pages';
import { acquireLock, BuildLockedError, cleanLeftovers, publish, recover } from './publish';
import { mergeDownloads } from './steps/downloads';
import { astroBuild, shardCount } from './steps/astro-build';
import { partitionSearch } from './steps/search-index';
import { writeJson } from './write-atomic';

export type BuildMode = { kind: 'site' } | { kind: 'assemble' } | { kind: 'partition'; id: string } | { kind: 'list' };

/** The mode of `npm run build -- <args>`, or an error message. */
export function parseBuildArgs(args: readonly string[]): BuildMode | string {
  const usage = 'usage: npm run build [-- --partition <id> | -- --assemble | -- --list-partitions]';
  if (args.length === 0) return { kind: 'site' };
  if (args.length === 1 && args[0] === '--assemble') return { kind: 'assemble' };
  if (args.length === 1 && args[0] === '--list-partitions') return { kind: 'list' };
  if (args.length === 2 && args[0] === '--partition' && /^\d{2}(\d{2})?$/.test(args[1])) return { kind: 'partition', id: args[1] };
  if (args[0] === '--partition') return `--partition takes a partition id: two digits (a province, e.g. 43) or four (a prefecture, e.g. 4302). ${usage}`;
  return `unknown arguments "${args.join(' ')}". ${usage}`;
}

/** What the build reused and rebuilt, printed and written to <cache>/last-build.json. */
export interface ReuseReport {
  mode: Exclude<BuildMode['kind'], 'list'>;
  partitions: string[];
  data: { reused: string[]; rebuilt: string[] };
  pages: { reused: string[]; rebuilt: string[] };
  /** The partitions' search indexes (build/steps/search-index.ts). */
  search: { reused: string[]; rebuilt: string[] };
  /** Peak resident memory of the build's main process alone (its child processes not counted), in bytes. */
  mainPeakRssBytes?: number;
}

export const REPORT_FILE = 'last-build.json';

export async function build(args: readonly string[] = process.argv.slice(2)): Promise<void> {
  const root = process.cwd();
  const outDir = resolve(root, config.distDir);
  const cacheDir = cacheDirOf(outDir);
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

  const mode = parseBuildArgs(args);
  if (typeof mode === 'string') fail(mode);
  const m = mode as BuildMode;
  if (m.kind === 'list') {
    // For a CI matrix: only the JSON array on stdout.
    process.stdout.write(JSON.stringify(partitionIds(listDisclosureFolders(resolve(root, CONTENT_DIR)))) + '\n');
    return;
  }
  // Every environment variable, checked before any work: a production build without PORTAL_SITE stops here.
  try {
    readConfig(processEnv);
  } catch (e) {
    fail((e as Error).message);
  }
  if (config.site.site === null) console.log(PREVIEW_NOTICE);
  // PORTAL_PREVIOUS_DATA: the previous version's data folder, for the CHANGELOG; read (and refused) before any work too.
  let previous: DataFolder | null = null;
  if (config.previousData && m.kind !== 'partition') {
    try {
      previous = readDataFolder(resolve(root, config.previousData), 'PORTAL_PREVIOUS_DATA');
    } catch (e) {
      if (e instanceof DataFolderError) fail(e.message);
      throw e;
    }
  }

  const releases: (() => void)[] = [];
  try {
    // A partition build writes its cache folder only; the others the site and the generated folder.
    if (m.kind === 'partition') releases.push(acquireLock(partitionDir(cacheDir, m.id)));
    else releases.push(acquireLock(outDir), acquireLock(generatedDir));
  } catch (e) {
    releases.forEach((r) => r());
    if (e instanceof BuildLockedError) fail(e.message);
    throw e;
  }
  const partGen = `${partitionDir(cacheDir, m.kind === 'partition' ? m.id : 'none')}.gen-${process.pid}`;
  // Whatever way the process exits (a data error, a failed step, success), the staging folders and locks go.
  process.on('exit', () => {
    rmSync(staging, { recursive: true, force: true });
    rmSync(dataStaging, { recursive: true, force: true });
    rmSync(partGen, { recursive: true, force: true });
    releases.forEach((r) => r());
  });
  if (m.kind !== 'partition') {
    if (recover(outDir)) console.log(`recovered ${outDir}: a killed build had left it unlinked`);
    for (const p of cleanLeftovers(root, outDir, generatedDir)) console.log(`removed the leftover of a killed build: ${p}`);
  }
  for (const p of cleanCache(cacheDir)) console.log(`removed the leftover of a killed build: ${p}`);

  const t0 = performance.now();
  const result = await normalizeToDisk({
    contentDir: resolve(root, CONTENT_DIR),
    generatedDir: m.kind === 'partition' ? null : generatedDir,
    dataDir: dataStaging,
    previous,
    cacheDir,
    root,
    only: m.kind === 'partition' ? m.id : undefined,
    reuseOnly: m.kind === 'assemble',
  });
  timings.push(['normalize + downloads', performance.now() - t0]);
  // Where that time went (normalize-stream.ts), for the benchmark's profile.
  for (const [name, ms] of Object.entries(result.stages ?? {})) timings.push([`normalize: ${name}`, ms]);
  if (reportProblems(result)) process.exit(1);
  killAt('normalized');
  const plan = result.plan!;
  if (m.kind !== 'partition') {
    console.log(
      `normalized ${result.disclosures.length} disclosures; downloads: ${result.files!.length} files, ${(result.files!.reduce((n, f) => n + f.bytes, 0) / 1024 / 1024).toFixed(1)} MB` +
        (result.downloads
          ? `; province files written for ${result.downloads.text.written.length} download partitions (Parquet and Excel ${result.downloads.binary.written.length}), reused for ${result.downloads.text.reused.length} (${result.downloads.binary.reused.length})`
          : ''),
    );
  }
  const wanted = plan.partitions.filter((p) => p.id !== UNPLACED && (m.kind !== 'partition' || p.id === m.id));
  const stalePages = wanted.filter((p) => readEntry(cacheDir, p.id)?.pagesKey !== p.pagesKey);
  if (m.kind === 'assemble' && stalePages.length) {
    fail(
      `the pages of partition${stalePages.length > 1 ? 's' : ''} ${stalePages.map((p) => p.id).join(', ')} were not built from these inputs: run \`npm run build -- --partition <id>\` for each, then --assemble again.`,
    );
  }
  const report: ReuseReport = {
    mode: m.kind as ReuseReport['mode'],
    partitions: wanted.map((p) => p.id),
    data: { reused: result.reused, rebuilt: result.rebuilt },
    pages: { reused: wanted.filter((p) => !stalePages.includes(p)).map((p) => p.id), rebuilt: stalePages.map((p) => p.id) },
    search: { reused: [], rebuilt: [] },
  };
  const staleDisclosures = stalePages.reduce((n, p) => n + p.folders.length, 0);
  const astroEnv = (render: string[], corpus: boolean): NodeJS.ProcessEnv => ({
    ...process.env,
    PORTAL_RENDER_PARTITIONS: renderSelection({ plan: plan.ids, render, corpus }),
  });
  const keepPages = () => {
    for (const p of stalePages) {
      const ready = join(partitionDir(cacheDir, p.id), `pages.tmp-${process.pid}`);
      rmSync(ready, { recursive: true, force: true });
      mkdirSync(ready, { recursive: true });
      takePages(staging, p.id, plan.ids, ready);
      commitPages(cacheDir, p.id, ready, p.pagesKey);
    }
  };

  try {
    if (m.kind === 'partition') {
      if (stalePages.length) {
        writePartitionGenerated(partGen, cacheDir, m.id, plan);
        step('astro build', () =>
          astroBuild(
            { root, outDir: staging, generatedDir: partGen, shards: shardCount(process.env, availableParallelism(), staleDisclosures) },
            { ...astroEnv([m.id], false), PORTAL_GENERATED_DIR: partGen },
          ),
        );
        step('cache pages', keepPages);
      }
      // Its search indexes too, so an assembly only links them.
      step('search index', () => {
        const p = wanted[0];
        const r = partitionSearch(
          p,
          result.disclosures.map((d) => d.id),
          plan.counties,
          plan.ids,
          cacheDir,
          root,
        );
        report.search[r.reused ? 'reused' : 'rebuilt'].push(p.id);
      });
    } else {
      step('astro build', () =>
        astroBuild(
          { root, outDir: staging, generatedDir: GENERATED_DIR, shards: shardCount(process.env, availableParallelism(), staleDisclosures) },
          astroEnv(
            stalePages.map((p) => p.id),
            true,
          ),
        ),
      );
      killAt('astro');
      step('partition pages', () => {
        keepPages();
        for (const p of wanted) linkTree(join(partitionDir(cacheDir, p.id), 'pages'), staging);
      });
      step('merge downloads', () => mergeDownloads(dataStaging, resolve(staging, 'data')));
      const collections = { disclosures: result.disclosures, counties: result.counties };
      const reuse: Record<string, { reused: string[]; rebuilt: string[] }> = {};
      for (const s of buildSteps) {
        step(s.name, () => s.run({ root, distDir: staging, generatedDir, cacheDir, partitions: wanted, collections, reuse }));
        killAt(s.name);
      }
      if (reuse.search) report.search = reuse.search;
      step('publish', () => publish(staging, outDir, { at: killAt }));
      // Partitions no longer in the corpus leave the cache (an assembly keeps what it was given).
      if (m.kind === 'site') cleanCache(cacheDir, new Set(plan.ids));
    }
  } catch (e) {
    fail(
      `${(e as Error).message}\n${m.kind === 'partition' ? 'The cache entry of the partition keeps its previous pages.' : `The previous ${config.distDir}/ is untouched.`}`,
    );
  }
  writeReport(cacheDir, report, result);
  // The benchmark reads per-stage timings from here.
  if (config.timingsFile) writeFileSync(config.timingsFile, JSON.stringify(Object.fromEntries(timings)));
  console.log(m.kind === 'partition' ? `\nPartition ${m.id} built into ${partitionDir(cacheDir, m.id)}:` : '\nBuild finished:');
  for (const [name, ms] of timings) console.log(`  ${name.padEnd(18)} ${(ms / 1000).toFixed(1)} s`);
}

/**
 * The generated folder one partition's pages are rendered from when it is
 * built alone: its own entries and the county records of the whole corpus
 * (as the folder names give them, which is what a whole build writes).
 */
function writePartitionGenerated(dir: string, cacheDir: string, id: string, plan: BuildPlan): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  linkTree(join(partitionDir(cacheDir, id), 'generated'), dir);
  const planned = plan.partitions.find((p) => p.id === id)!;
  linkReadSummaries(
    dir,
    cacheDir,
    id,
    planned.readsFrom.map((r) => plan.partitions.find((p) => p.id === r)!),
  );
  mkdirSync(join(dir, KINDS.counties), { recursive: true });
  for (const c of plan.counties) writeJson(dir, `${KINDS.counties}/${c.code}.json`, c);
  writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify({ version: '', files: [] }));
}

function writeReport(cacheDir: string, report: ReuseReport, result: StreamResult): void {
  mkdirSync(cacheDir, { recursive: true });
  report.mainPeakRssBytes = process.resourceUsage().maxRSS * 1024;
  writeFileSync(join(cacheDir, REPORT_FILE), JSON.stringify(report, null, 2) + '\n');
  const line = (what: string, r: { reused: string[]; rebuilt: string[] }) =>
    `  ${what}: ${r.rebuilt.length} rebuilt${r.rebuilt.length ? ` (${r.rebuilt.join(', ')})` : ''}, ${r.reused.length} reused${r.reused.length ? ` (${r.reused.join(', ')})` : ''}`;
  console.log(`\npartitions (${report.partitions.length}, ${result.disclosures.length} disclosures; cache ${cacheDir}):`);
  console.log(line('data ', report.data));
  console.log(line('pages', report.pages));
  console.log(line('search', report.search));
  console.log(`  main process peak memory: ${(report.mainPeakRssBytes! / 1024 / 1024).toFixed(0)} MiB`);
}
