/**
 * Normalize a slice of the disclosure folders, one disclosure at a time, and
 * (unless only checking) write what each one yields straight to disk: its
 * generated entries (summary, details, source), its own downloads, and its
 * records appended to this slice's part files of the corpus-wide downloads.
 * Nothing of a disclosure is kept once it is written but its id and county, so the
 * memory used does not grow with the corpus. Runs in a worker thread
 * (normalize-worker.mjs) or, for small corpora, in the calling thread.
 */
import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, statSync, writeSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { runChecks } from '../checks/index';
import { contribution, PER_DISCLOSURE_TABLES, runFile, type OpenFile } from '../downloads/dataset';
import { partitionSlug, type PartitionPlan } from '../downloads/partitions';
import { manifestEntry, type ManifestEntry } from '../downloads/manifest';
import { DISCLOSURES_DIR, normalizeEach, sourceRegistries, type CorpusSource, type FileSource } from '../normalize/corpus';
import { entryFile, KINDS, type Kind } from '../store/layout';
import { failureFile } from '../store/failures';
import type { Problem } from '../core/problems';
import { disclosureSummarySchema, type DisclosureSummary } from '../schema/normalized';

export interface SliceJob {
  /** The content folder on disk; problems name files "content/<path inside it>". */
  contentDir: string;
  /** Folder names under disclosures/, in id order. */
  folders: string[];
  /** Where to write; null to only check. */
  out: { generatedDir: string; dataDir: string; partPrefix: string } | null;
  /** Provinces split by year (see partitionPlan). */
  byYear: string[];
}

/**
 * What the build's main process keeps of a disclosure: its id and county
 * (which give its partition). Everything else is read from the generated
 * folder by the step that needs it (the Astro build, the search index), so
 * the main process stays small whatever the corpus size.
 */
export type DisclosureRef = Pick<DisclosureSummary, 'id' | 'county_code'>;

const refOf = (d: DisclosureSummary): DisclosureRef => ({ id: d.id, county_code: d.county_code });

export interface SliceResult {
  problems: Problem[];
  disclosures: DisclosureRef[];
  /** The disclosures' own download files, measured, in listing order. */
  ownFiles: ManifestEntry[];
  /** Data rows this slice wrote into each PER_DISCLOSURE_TABLES table. */
  rows: number[];
  /** The same per partition this slice wrote into. */
  partitionRows: Record<string, number[]>;
  /** Facts normalized (for the report). */
  facts: number;
}

/** The part file of one corpus-wide table (or a partition's JSON entries) written by one slice; partition null = the whole table. */
export const partFile = (prefix: string, name: string, partition: string | null) =>
  `${prefix}.${name}.${partition === null ? 'all' : partitionSlug(partition)}`;

const enc = new TextEncoder();

/** writeSync may write less than asked: loop until every byte is out. */
function writeAll(fd: number, bytes: Uint8Array): void {
  let off = 0;
  while (off < bytes.byteLength) off += writeSync(fd, bytes, off);
}

function appender(path: string): { add: (s: string) => void; close: () => void; wrote: () => boolean } {
  const fd = openSync(path, 'w');
  let any = false;
  return {
    add: (s) => {
      if (!s) return;
      writeAll(fd, enc.encode(s));
      any = true;
    },
    close: () => closeSync(fd),
    wrote: () => any,
  };
}

/** Opens new files under a folder for writing (never overwriting one). */
export const openIn =
  (dir: string): OpenFile =>
  (path) => {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    const fd = openSync(full, 'wx');
    return {
      write: (bytes) => writeAll(fd, bytes),
      close: () => closeSync(fd),
    };
  };

/** Largest curated file read (a source text is tens of KB; 10 MiB is far beyond any real document). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Where `full` really is when it stays inside `root` (symlinks resolved), else why it is refused. */
export function insideRoot(root: string, full: string): { ok: true; real: string } | { ok: false; found: string } {
  let real: string;
  try {
    real = realpathSync(full);
  } catch {
    return { ok: false, found: lstatOrNull(full)?.isSymbolicLink() ? 'a symbolic link to a file that does not exist' : 'no such file' };
  }
  const r = relative(realpathSync(root), real);
  if (r.startsWith('..') || isAbsolute(r)) return { ok: false, found: 'a symbolic link that leads outside the repository' };
  return { ok: true, real };
}

function lstatOrNull(p: string) {
  try {
    return lstatSync(p);
  } catch {
    return null;
  }
}

/**
 * Reads "content/…" paths from the content folder on disk: a missing file is
 * undefined; a symbolic link out of the repository (the folder above
 * content/), a dangling link or a file over MAX_FILE_BYTES is a problem.
 */
export function diskFile(contentDir: string, repoRoot = dirname(resolve(contentDir))): FileSource {
  return (path) => {
    if (!path.startsWith('content/')) return undefined;
    const full = join(contentDir, path.slice('content/'.length));
    const st = lstatOrNull(full);
    if (!st) return undefined;
    const at = insideRoot(repoRoot, full);
    if (!at.ok) return { problem: at.found };
    const size = statSync(at.real).size;
    if (!statSync(at.real).isFile()) return { problem: 'a folder or special file, not a file' };
    if (size > MAX_FILE_BYTES)
      return { problem: `a file of ${(size / 1024 / 1024).toFixed(1)} MiB (the limit is ${MAX_FILE_BYTES / 1024 / 1024} MiB per file)` };
    return readFileSync(at.real);
  };
}

/** Whether a folder holds a file at any depth, ignoring names that start with "." (as readCorpusFiles reads them). */
function hasFile(dir: string): boolean {
  // A symbolic link counts as a file: reading it reports where it leads (diskFile).
  return readdirSync(dir, { withFileTypes: true }).some(
    (e) => !e.name.startsWith('.') && (e.isFile() || e.isSymbolicLink() || (e.isDirectory() && hasFile(join(dir, e.name)))),
  );
}

/**
 * Disclosure folders under <contentDir>/disclosures, sorted: the folders
 * disclosureFolders (src/normalize/corpus.ts) finds in the files
 * readCorpusFiles reads, without reading them.
 */
export function listDisclosureFolders(contentDir: string): string[] {
  const root = join(contentDir, 'disclosures');
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return [];
  }
  return names.filter((n) => !n.startsWith('.') && lstatOrNull(join(root, n))?.isDirectory() && hasFile(join(root, n))).sort();
}

export function normalizeSlice(job: SliceJob): SliceResult {
  const problems: Problem[] = [];
  const registryProblems: Problem[] = [];
  const file = diskFile(job.contentDir);
  // The registries are small; each slice reads its own copy. Their problems are the caller's to report.
  const registries = sourceRegistries(file, registryProblems);
  const source: CorpusSource = { file, folders: job.folders.map((name) => `${DISCLOSURES_DIR}/${name}`) };
  const result: SliceResult = { problems, disclosures: [], ownFiles: [], rows: PER_DISCLOSURE_TABLES.map(() => 0), partitionRows: {}, facts: 0 };
  const out = job.out;
  const plan: PartitionPlan = { byYear: new Set(job.byYear) };
  const whole = out ? PER_DISCLOSURE_TABLES.map(({ t }) => appender(partFile(out.partPrefix, t.name, null))) : [];
  // A partition's appenders are opened when its first disclosure comes.
  const byPartition = new Map<string, { tables: ReturnType<typeof appender>[]; json: ReturnType<typeof appender> }>();
  const partitionOut = (p: string) => {
    let x = byPartition.get(p);
    if (!x) {
      x = {
        tables: PER_DISCLOSURE_TABLES.map(({ t }) => appender(partFile(out!.partPrefix, t.name, p))),
        json: appender(partFile(out!.partPrefix, 'json', p)),
      };
      byPartition.set(p, x);
      result.partitionRows[p] = PER_DISCLOSURE_TABLES.map(() => 0);
    }
    return x;
  };
  const openData = out ? openIn(out.dataDir) : null;
  try {
    normalizeEach(source, registries, problems, runChecks, (n, _folder, clean) => {
      if (!clean) return; // after the first problem, only look for more problems
      result.facts += n.details.facts.length;
      if (!out) {
        result.disclosures.push(refOf(n.summary));
        return;
      }
      // Already in canonical form (test/unit/build/normalize-stream.test.ts pins it): re-parsing the details with zod would
      // cost ~2 ms each. The summary, which every page and the downloads rely on, is checked (cheap).
      const b = { summary: disclosureSummarySchema.parse(n.summary), details: n.details, source: n.source };
      const id = b.summary.id;
      const summaryJson = JSON.stringify(b.summary);
      writeGenerated(out.generatedDir, KINDS.summaries, id, summaryJson);
      writeGenerated(out.generatedDir, KINDS.details, id, JSON.stringify(b.details));
      writeGenerated(out.generatedDir, KINDS.sources, id, JSON.stringify(b.source));
      if (n.note) writeGenerated(out.generatedDir, KINDS.notes, id, JSON.stringify(n.note));
      // What the /checks/ pages show of it: a few KB instead of the whole details.
      const ff = failureFile(b.details);
      if (ff.failures.length) writeGenerated(out.generatedDir, KINDS.failures, id, JSON.stringify(ff));
      const c = contribution(b, plan);
      for (const f of c.own) result.ownFiles.push(manifestEntry(runFile(f, openData!)));
      const po = partitionOut(c.partition);
      c.parts.forEach((p, i) => {
        whole[i].add(p.research);
        po.tables[i].add(p.research);
        result.rows[i] += p.rows;
        result.partitionRows[c.partition][i] += p.rows;
      });
      po.json.add((po.json.wrote() ? ',' : '') + c.json);
      result.disclosures.push(refOf(b.summary));
    });
  } finally {
    for (const a of whole) a.close();
    for (const x of byPartition.values()) {
      for (const a of x.tables) a.close();
      x.json.close();
    }
  }
  return result;
}

function writeGenerated(dir: string, kind: Kind, id: string, text: string): void {
  const fd = openSync(entryFile(dir, kind, id), 'w');
  try {
    writeAll(fd, enc.encode(text));
  } finally {
    closeSync(fd);
  }
}
