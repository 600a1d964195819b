/**
 * The build's normalizer: validate and normalize every disclosure, run the
 * checks, write the generated collections and all of /data/, without ever
 * holding the corpus in memory. The disclosure folders are split into
 * contiguous slices (in id order) normalized in parallel worker threads
 * (normalize-slice.ts); each writes its disclosures' files and its share of
 * the corpus-wide downloads into part files, which are then joined in order.
 * Each slice runs the one corpus loop (normalizeEach, src/normalize/corpus.ts)
 * with a disk source and an effect that writes; the output is byte for byte
 * what the in-memory reference gives (normalizeCorpus + produceDataset;
 * test/unit/build/normalize-stream.test.ts).
 *
 * All or nothing: the generated folder is written beside the old one and
 * swapped in only when no disclosure has a problem; the downloads go to a
 * staging folder the caller publishes.
 */
import { closeSync, existsSync, mkdirSync, openSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { config } from '../config';
import { buildInfo } from '../downloads/build-info';
import { datasetChanges } from '../downloads/changes';
import { builtTables, type DataFolder } from '../downloads/previous';
import { canonicalCounties, corpusFiles, finishDataset, PER_DISCLOSURE_TABLES, type Chunk, type CorpusParts, type ListedFile } from '../downloads/dataset';
import { fromManifest, manifestEntry, type Manifest, type ManifestEntry } from '../downloads/manifest';
import { partitionPlan } from '../downloads/partitions';
import { claimId, countyEntries, sourceRegistries } from '../normalize/corpus';
import { ALL_KINDS, KINDS, kindDir, MANIFEST_FILE } from '../store/layout';
import type { Problem } from '../core/problems';
import type { CountyEntry } from '../schema/normalized';
import { parseDisclosureId } from '../core/disclosure-id';
import { diskFile, listDisclosureFolders, type DisclosureRef, normalizeSlice, openIn, partFile, type SliceJob, type SliceResult } from './normalize-slice';
import {
  commitPartition,
  linkTree,
  partitionDir,
  partitionTmp,
  readEntry,
  slicePrefix,
  writeEntry,
  type PartitionEntry,
  type SliceCounts,
} from './partition-cache';
import { planBuild, UNPLACED, type BuildPlan, type PlannedPartition } from './partition-keys';
import { swapInto, writeJson } from './write-atomic';
import { cachedBinaryFiles, cachedTextFiles, pruneDownloadCache } from './download-cache';
import { folderHashMemo, FOLDER_HASHES_FILE } from './folder-hash-memo';

export interface StreamOptions {
  contentDir: string;
  /** Where the generated collections go (replaced as a whole); null to only check. */
  generatedDir: string | null;
  /** A new folder for /data/ (required with generatedDir). */
  dataDir?: string;
  /** The previous version's data folder (PORTAL_PREVIOUS_DATA), read by the build script: the CHANGELOG lists what changed since. */
  previous?: DataFolder | null;
  /** Accept a corpus without disclosures (default: env PORTAL_ALLOW_EMPTY=1). */
  allowEmpty?: boolean;
  /** Worker threads, exactly; default: the machine's cores (env PORTAL_WORKERS), fewer for small corpora. */
  workers?: number;
  /**
   * The partition cache (partition-cache.ts): partitions whose data key
   * matches are reused from it, the others normalized into it. Default: a
   * temporary cache beside dataDir, removed afterwards (nothing reused).
   */
  cacheDir?: string;
  /** The project root, whose code is part of the keys (default: the working directory). */
  root?: string;
  /** Normalize this partition alone into the cache and assemble nothing (`npm run build -- --partition <id>`). */
  only?: string;
  /** Reuse only: a partition whose cache entry does not match is an error (`npm run build -- --assemble`). */
  reuseOnly?: boolean;
}

export interface StreamResult {
  problems: Problem[];
  /** The disclosures, slim (id and county; the summaries are in the generated folder). */
  disclosures: DisclosureRef[];
  counties: CountyEntry[];
  facts: number;
  /** Every file written under /data/ (null when only checking or on problems). */
  files: ManifestEntry[] | null;
  /** The partitions and their keys (null when only checking). */
  plan: BuildPlan | null;
  /** Ids of the partitions whose data came from the cache. */
  reused: string[];
  /** Ids of the partitions normalized in this run. */
  rebuilt: string[];
  /** Wall time of its parts in ms (plan and keys, normalizing the stale partitions, the corpus-wide text files, Parquet and Excel, the rest). */
  stages?: Record<string, number>;
  /** The download partitions whose files were linked from the cache, and those written, by kind (download-cache.ts). */
  downloads?: Record<'text' | 'binary', { reused: string[]; written: string[] }>;
}

/** Fewer slices than cores for small corpora: a worker costs about half a second to start. */
const MIN_PER_WORKER = 200;

function sliceCount(folders: number, workers?: number): number {
  if (workers) return Math.max(1, Math.min(workers, folders));
  const want = config.workers ?? availableParallelism();
  return Math.max(1, Math.min(want, Math.floor(folders / MIN_PER_WORKER)));
}

/** Runs the jobs on at most `limit` worker threads at a time; results in job order. */
async function runPool(jobs: SliceJob[], limit: number): Promise<SliceResult[]> {
  const results: SliceResult[] = new Array(jobs.length);
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await runWorker(jobs[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, lane));
  return results;
}

function runWorker(job: SliceJob): Promise<SliceResult> {
  return new Promise((res, rej) => {
    const w = new Worker(new URL('./normalize-worker.mjs', import.meta.url), { workerData: job });
    let result: SliceResult | null = null;
    w.on('message', (m: SliceResult) => (result = m));
    w.on('error', rej);
    w.on('exit', (code) => (result ? res(result) : rej(new Error(`normalize worker exited with code ${code} before reporting`))));
  });
}

function* fileChunks(path: string): Generator<Chunk> {
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      const buf = new Uint8Array(1 << 22);
      const n = readSync(fd, buf, 0, buf.byteLength, null);
      if (n === 0) return;
      yield n === buf.byteLength ? buf : buf.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

/** The corpus-wide content read back from the slices' part files, in slice (= id) order. */
function partsOnDisk(prefixes: string[], results: SliceCounts[], counties: CountyEntry[]): CorpusParts {
  const partitions = [...new Set(results.flatMap((r) => Object.keys(r.partitionRows)))].sort();
  const present = (p: string) => existsSync(p) && statSync(p).size > 0;
  return {
    counties,
    partitions,
    rows: (i, part) => results.reduce((n, r) => n + (part === null ? r.rows[i] : (r.partitionRows[part]?.[i] ?? 0)), 0),
    records: function* (i, part) {
      for (const pre of prefixes) {
        const p = partFile(pre, PER_DISCLOSURE_TABLES[i].t.name, part);
        if (present(p)) yield* fileChunks(p);
      }
    },
    json: function* (part) {
      let first = true;
      for (const pre of prefixes) {
        const p = partFile(pre, 'json', part);
        if (!present(p)) continue;
        if (!first) yield ',';
        first = false;
        yield* fileChunks(p);
      }
    },
  };
}

/** A partition about to be normalized: its slices' jobs, where they write, and its cache entry once written. */
interface Pending {
  p: PlannedPartition;
  tmp: string;
  jobs: number[];
}

export async function normalizeToDisk(o: StreamOptions): Promise<StreamResult> {
  const contentDir = resolve(o.contentDir);
  const fail = (problems: Problem[]): StreamResult => ({ problems, disclosures: [], counties: [], facts: 0, files: null, plan: null, reused: [], rebuilt: [] });
  const problems: Problem[] = [];
  // A registry problem does not stop here: the disclosures are checked too, so one run lists every problem.
  const registries = sourceRegistries(diskFile(contentDir), problems);

  const folders = listDisclosureFolders(contentDir);
  // An empty corpus is almost always a wrong PORTAL_CONTENT_DIR or a failed checkout: an empty site would replace the real one.
  if (folders.length === 0 && !(o.allowEmpty ?? config.allowEmpty)) {
    problems.push({
      file: 'content/disclosures',
      expected: 'at least one disclosure folder (set PORTAL_ALLOW_EMPTY=1 to build a site without disclosures on purpose)',
      found: 'no disclosure folders',
    });
  }
  const writing = o.generatedDir !== null || o.only !== undefined;
  if (!writing) {
    // Only checking: contiguous slices of the whole corpus, nothing written.
    const k = sliceCount(folders.length, o.workers);
    const per = Math.ceil(folders.length / k);
    const byYear = [...partitionPlan(folders.filter((f) => parseDisclosureId(f) !== null)).byYear];
    const jobs: SliceJob[] = Array.from({ length: k }, (_, i) => ({ contentDir, folders: folders.slice(i * per, (i + 1) * per), byYear, out: null }));
    const results = k === 1 ? [normalizeSlice(jobs[0])] : await runPool(jobs, k);
    for (const r of results) problems.push(...r.problems);
    const disclosures = results.flatMap((r) => r.disclosures);
    const idToFolder = new Map<string, string>();
    for (const d of disclosures) claimId(idToFolder, d.id, `content/disclosures/${d.id}`, problems);
    if (problems.length) return fail(problems);
    const facts = results.reduce((n, r) => n + r.facts, 0);
    return { problems, disclosures, counties: countyEntries(registries, disclosures), facts, files: null, plan: null, reused: [], rebuilt: [] };
  }

  const ownCache = o.cacheDir === undefined;
  const cacheDir = o.cacheDir ?? `${resolve(o.dataDir!)}.cache`;
  const stages: Record<string, number> = {};
  let lap = performance.now();
  const done = (name: string) => {
    const now = performance.now();
    stages[name] = now - lap;
    lap = now;
  };
  const memo = folderHashMemo(join(cacheDir, FOLDER_HASHES_FILE));
  const plan = planBuild(resolve(o.root ?? process.cwd()), contentDir, folders, registries, memo);
  memo.save();
  done('plan and keys');
  const wanted = o.only === undefined ? plan.partitions : plan.partitions.filter((p) => p.id === o.only);
  if (o.only !== undefined && wanted.length === 0) {
    problems.push({ file: 'content/disclosures', expected: `a partition of the corpus: ${plan.ids.join(', ')}`, found: `--partition ${o.only}` });
    return fail(problems);
  }
  const entries = new Map<string, PartitionEntry | null>(wanted.map((p) => [p.id, p.id === UNPLACED ? null : readEntry(cacheDir, p.id)]));
  const stale = wanted.filter((p) => entries.get(p.id)?.dataKey !== p.dataKey);
  if (o.reuseOnly && stale.length) {
    for (const p of stale)
      problems.push({
        file: `content/disclosures (partition ${p.id})`,
        expected: `a built partition in ${partitionDir(cacheDir, p.id)} whose inputs match (run \`npm run build -- --partition ${p.id}\`)`,
        found: entries.get(p.id) ? 'a partition built from other inputs' : 'no built partition',
      });
    return fail(problems);
  }

  const jobs: SliceJob[] = [];
  const pending: Pending[] = [];
  try {
    for (const p of stale) {
      const tmp = partitionTmp(cacheDir, p.id);
      for (const kind of ALL_KINDS) mkdirSync(kindDir(join(tmp, 'generated'), kind), { recursive: true });
      mkdirSync(join(tmp, 'data'), { recursive: true });
      mkdirSync(join(tmp, 'parts'), { recursive: true });
      const k = sliceCount(p.folders.length, o.workers);
      const per = Math.ceil(p.folders.length / k);
      const mine: number[] = [];
      for (let i = 0; i < k; i++) {
        mine.push(jobs.length);
        jobs.push({
          contentDir,
          folders: p.folders.slice(i * per, (i + 1) * per),
          byYear: plan.byYear,
          out: { generatedDir: join(tmp, 'generated'), dataDir: join(tmp, 'data'), partPrefix: slicePrefix(tmp, i) },
        });
      }
      pending.push({ p, tmp, jobs: mine });
    }
    const limit = o.workers ?? config.workers ?? availableParallelism();
    const results = jobs.length === 1 ? [normalizeSlice(jobs[0])] : await runPool(jobs, limit);
    for (const r of results) problems.push(...r.problems);
    if (problems.length) return fail(problems);
    for (const { p, tmp, jobs: mine } of pending) {
      const rs = mine.map((i) => results[i]);
      const entry: PartitionEntry = {
        id: p.id,
        dataKey: p.dataKey,
        pagesKey: null,
        folders: p.folders,
        slices: rs.map((r) => ({ ownFiles: r.ownFiles, rows: r.rows, partitionRows: r.partitionRows, facts: r.facts })),
        disclosures: rs.flatMap((r) => r.disclosures),
      };
      writeEntry(tmp, entry);
      commitPartition(tmp, cacheDir, p.id);
      entries.set(p.id, entry);
    }
    pending.length = 0;
    done('normalize partitions');
    const reused = wanted.filter((p) => !stale.includes(p)).map((p) => p.id);
    const rebuilt = stale.map((p) => p.id);
    const all = wanted.map((p) => entries.get(p.id)!);
    const disclosures = all.flatMap((e) => e.disclosures);
    const idToFolder = new Map<string, string>();
    for (const d of disclosures) claimId(idToFolder, d.id, `content/disclosures/${d.id}`, problems);
    if (problems.length) return fail(problems);
    const facts = all.reduce((n, e) => n + e.slices.reduce((m, s) => m + s.facts, 0), 0);
    if (o.only !== undefined) return { problems, disclosures, counties: plan.counties, facts, files: null, plan, reused, rebuilt };

    const counties = countyEntries(registries, disclosures);
    const genTmp = `${resolve(o.generatedDir!)}.tmp-${process.pid}`;
    rmSync(genTmp, { recursive: true, force: true });
    try {
      for (const kind of ALL_KINDS) mkdirSync(kindDir(genTmp, kind), { recursive: true });
      mkdirSync(o.dataDir!, { recursive: true });
      const prefixes: string[] = [];
      const slices: SliceCounts[] = [];
      for (const e of all) {
        const dir = partitionDir(cacheDir, e.id);
        linkTree(join(dir, 'generated'), genTmp);
        linkTree(join(dir, 'data'), resolve(o.dataDir!));
        e.slices.forEach((s, i) => {
          prefixes.push(slicePrefix(dir, i));
          slices.push(s);
        });
      }
      for (const c of counties) writeJson(genTmp, `${KINDS.counties}/${c.code}.json`, c);
      const info = buildInfo();
      const open = openIn(o.dataDir!);
      // Each province's files are linked from the cache where what they are made of did not change (download-cache.ts).
      const used = new Set<string>();
      const from = (part: string) => all.filter((e) => e.slices.some((s) => s.partitionRows[part])).map((e) => ({ id: e.id, dataKey: e.dataKey }));
      const files = corpusFiles(partsOnDisk(prefixes, slices, canonicalCounties(counties)));
      const text = cachedTextFiles({ files, open, dataDir: o.dataDir!, cacheDir, codeKey: plan.codeKey, from, used });
      const corpus = text.files;
      done('link partitions, corpus-wide text files');
      // Parquet and xlsx are written from the partitions' CSV just written.
      const bin = await cachedBinaryFiles({ dataDir: o.dataDir!, written: corpus, date: info.date, cacheDir, codeKey: plan.codeKey, used });
      pruneDownloadCache(cacheDir, used);
      done('Parquet and Excel');
      const binary = bin.files;
      const listed: ListedFile[] = [...corpus, ...binary, ...slices.flatMap((r) => r.ownFiles.map(fromManifest))];
      if (o.previous) info.changes = datasetChanges(o.previous.tables, builtTables(o.dataDir!, listed), o.previous.version, o.previous.history);
      const finished = finishDataset(listed, info, open);
      const entries = [...listed, ...finished.files].map(manifestEntry);
      writeFileSync(join(genTmp, MANIFEST_FILE), JSON.stringify({ version: finished.version, files: entries } satisfies Manifest));
      swapInto(genTmp, resolve(o.generatedDir!));
      done('listing, data package, generated folder');
      const downloads = { text: { reused: text.reused, written: text.written }, binary: { reused: bin.reused, written: bin.written } };
      return { problems, disclosures, counties, facts, files: entries, plan, reused, rebuilt, downloads, stages };
    } finally {
      rmSync(genTmp, { recursive: true, force: true });
    }
  } finally {
    for (const { tmp } of pending) rmSync(tmp, { recursive: true, force: true });
    if (ownCache) rmSync(cacheDir, { recursive: true, force: true });
  }
}
