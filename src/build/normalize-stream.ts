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
import {
  canonicalCounties,
  corpusFiles,
  finishDataset,
  PER_DISCLOSURE_TABLES,
  runFile,
  type Chunk,
  type CorpusParts,
  type ListedFile,
} from '../downloads/dataset';
import { fromManifest, manifestEntry, type Manifest, type ManifestEntry } from '../downloads/manifest';
import { partitionPlan } from '../downloads/partitions';
import { writeBinaryFiles } from '../downloads/binary';
import { claimId, countyEntries, sourceRegistries } from '../normalize/corpus';
import { ALL_KINDS, KINDS, kindDir, MANIFEST_FILE } from '../store/layout';
import type { Problem } from '../core/problems';
import type { CountyEntry, DisclosureSummary } from '../schema/normalized';
import { diskFile, listDisclosureFolders, normalizeSlice, openIn, partFile, type SliceJob, type SliceResult } from './normalize-slice';
import { swapInto, writeJson } from './write-atomic';

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
}

export interface StreamResult {
  problems: Problem[];
  disclosures: DisclosureSummary[];
  counties: CountyEntry[];
  facts: number;
  /** Every file written under /data/ (null when only checking or on problems). */
  files: ManifestEntry[] | null;
}

/** Fewer slices than cores for small corpora: a worker costs about half a second to start. */
const MIN_PER_WORKER = 200;

function sliceCount(folders: number, workers?: number): number {
  if (workers) return Math.max(1, Math.min(workers, folders));
  const want = config.workers ?? availableParallelism();
  return Math.max(1, Math.min(want, Math.floor(folders / MIN_PER_WORKER)));
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
function partsOnDisk(prefixes: string[], results: SliceResult[], counties: CountyEntry[]): CorpusParts {
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

export async function normalizeToDisk(o: StreamOptions): Promise<StreamResult> {
  const contentDir = resolve(o.contentDir);
  const fail = (problems: Problem[]): StreamResult => ({ problems, disclosures: [], counties: [], facts: 0, files: null });
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
  const k = sliceCount(folders.length, o.workers);
  const per = Math.ceil(folders.length / k);
  const slices = Array.from({ length: k }, (_, i) => folders.slice(i * per, (i + 1) * per));

  const writing = o.generatedDir !== null;
  const genTmp = writing ? `${resolve(o.generatedDir!)}.tmp-${process.pid}` : null;
  const partDir = writing ? `${resolve(o.dataDir!)}.parts` : null;
  if (genTmp && partDir) {
    for (const d of [genTmp, partDir]) rmSync(d, { recursive: true, force: true });
    for (const kind of ALL_KINDS) mkdirSync(kindDir(genTmp, kind), { recursive: true });
    mkdirSync(partDir, { recursive: true });
    mkdirSync(o.dataDir!, { recursive: true });
  }
  const prefixes = slices.map((_, i) => join(partDir ?? '', `slice-${i}`));
  const byYear = [...partitionPlan(folders).byYear];
  const jobs: SliceJob[] = slices.map((f, i) => ({
    contentDir,
    folders: f,
    byYear,
    out: genTmp ? { generatedDir: genTmp, dataDir: resolve(o.dataDir!), partPrefix: prefixes[i] } : null,
  }));
  try {
    const results = k === 1 ? [normalizeSlice(jobs[0])] : await Promise.all(jobs.map(runWorker));
    for (const r of results) problems.push(...r.problems);
    const disclosures = results.flatMap((r) => r.summaries);
    const idToFolder = new Map<string, string>();
    for (const d of disclosures) claimId(idToFolder, d.id, `content/disclosures/${d.id}`, problems);
    if (problems.length) {
      if (genTmp) rmSync(genTmp, { recursive: true, force: true });
      return fail(problems);
    }
    const counties = countyEntries(registries, disclosures);
    const facts = results.reduce((n, r) => n + r.facts, 0);
    if (!genTmp) return { problems, disclosures, counties, facts, files: null };

    for (const c of counties) writeJson(genTmp, `${KINDS.counties}/${c.code}.json`, c);
    const info = buildInfo();
    const open = openIn(o.dataDir!);
    const corpus = corpusFiles(partsOnDisk(prefixes, results, canonicalCounties(counties))).map((f) => runFile(f, open));
    // Parquet and xlsx are written from the partitions' CSV just written.
    const binary = await writeBinaryFiles(o.dataDir!, corpus, info.date);
    const listed: ListedFile[] = [...corpus, ...binary, ...results.flatMap((r) => r.ownFiles.map(fromManifest))];
    if (o.previous) info.changes = datasetChanges(o.previous.tables, builtTables(o.dataDir!, listed), o.previous.version, o.previous.history);
    const finished = finishDataset(listed, info, open);
    const files = [...listed, ...finished.files].map(manifestEntry);
    writeFileSync(join(genTmp, MANIFEST_FILE), JSON.stringify({ version: finished.version, files } satisfies Manifest));
    swapInto(genTmp, resolve(o.generatedDir!));
    return { problems, disclosures, counties, facts, files };
  } catch (e) {
    if (genTmp) rmSync(genTmp, { recursive: true, force: true });
    throw e;
  } finally {
    if (partDir) rmSync(partDir, { recursive: true, force: true });
  }
}
