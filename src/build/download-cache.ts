/**
 * The bulk downloads of each download partition (a province, or a province
 * and year: downloads/partitions.ts), kept between builds by content so that
 * a rebuild after one disclosure changed writes only its province's files:
 *
 * - "text": the partition's tables (csv.gz) and JSON (json.gz), gzip level 9
 *   of every record of the province. They are a function of the part files of
 *   the build partitions that hold its disclosures, so their key is those
 *   build partitions' data keys (partition-keys.ts: their folders, the code,
 *   the registries, the settings).
 * - "binary": the Parquet files and the workbook (downloads/binary.ts,
 *   DuckDB and exceljs, the slowest downloads to write), a function of the
 *   partition's CSV files (their SHA-256, just measured), the counties table
 *   (a sheet of the workbook), the build date and the code.
 *
 * Layout, under the build's cache folder (partition-cache.ts):
 *
 *   downloads/<kind>-<partition slug>/entry.json   the key and the files with their size, hash and rows
 *   downloads/<kind>-<partition slug>/provinces/…  the files, at their path under data/
 *
 * A folder is written beside its place (`….tmp-<pid>`) and swapped in whole;
 * files are never changed in place, so they are hard-linked into the data
 * folder. Folders this build did not use, and leftovers of killed builds, go.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetFile, workbookFile, writeBinaryFiles } from '../downloads/binary';
import { runFile, type DataFile, type ListedFile, type MeasuredFile, type OpenFile } from '../downloads/dataset';
import { partitionSlug } from '../downloads/partitions';
import { countiesTable } from '../downloads/tables';
import { hashStrings } from './inputs-hash';
import { linkFile } from './partition-cache';
import { isAlive } from './publish';
import { swapInto } from './write-atomic';

export const DOWNLOADS_CACHE_DIR = 'downloads';
const ENTRY = 'entry.json';

type Kind = 'text' | 'binary';

interface CachedFile {
  path: string;
  /** The table of a Parquet file; null for the workbook and the text files (they are described by the build). */
  table: string | null;
  rows: number | null;
  bytes: number;
  sha256: string;
}

interface Entry {
  key: string;
  files: CachedFile[];
}

/** The cache folder of a download partition's files of one kind. */
export const downloadCacheDir = (cacheDir: string, kind: Kind, partition: string): string =>
  join(cacheDir, DOWNLOADS_CACHE_DIR, `${kind}-${partitionSlug(partition)}`);

/** The cached files of `dir` if its key is `key` and they are all there, linked into `dataDir`; else null. */
function reuse(dir: string, key: string, dataDir: string): CachedFile[] | null {
  let entry: Entry;
  try {
    entry = JSON.parse(readFileSync(join(dir, ENTRY), 'utf8')) as Entry;
  } catch {
    return null;
  }
  if (entry.key !== key || !entry.files.every((f) => existsSync(join(dir, f.path)))) return null;
  for (const f of entry.files) linkFile(dir, dataDir, f.path);
  return entry.files;
}

/** Keeps the just-written files of `dataDir` as the cache folder `dir` under `key`. */
function keep(dir: string, key: string, dataDir: string, files: CachedFile[]): void {
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  for (const f of files) linkFile(dataDir, tmp, f.path);
  writeFileSync(join(tmp, ENTRY), JSON.stringify({ key, files } satisfies Entry));
  swapInto(tmp, dir);
}

/** Removes every cache folder but `used`, and the leftovers of killed builds. */
export function pruneDownloadCache(cacheDir: string, used: ReadonlySet<string>): void {
  const root = join(cacheDir, DOWNLOADS_CACHE_DIR);
  if (!existsSync(root)) return;
  for (const name of readdirSync(root)) {
    const tmp = /\.(?:tmp|old)-(\d+)$/.exec(name);
    if (tmp ? Number(tmp[1]) !== process.pid && !isAlive(Number(tmp[1])) : !used.has(join(root, name)))
      rmSync(join(root, name), { recursive: true, force: true });
  }
}

/** The key of a download partition's text files: the data keys of the build partitions that hold its disclosures, in order. */
export function textKey(codeKey: string, from: readonly { id: string; dataKey: string }[]): string {
  return hashStrings(['text', codeKey, ...from.flatMap((p) => [p.id, p.dataKey])]);
}

/**
 * Writes the corpus-wide files (runFile), except the text files of each
 * download partition whose key matches its cache folder: those are linked
 * and described from the cache. `from(p)`: the build partitions holding
 * partition p's disclosures. Same files, same order, same bytes either way.
 */
export function cachedTextFiles(o: {
  files: readonly DataFile[];
  open: OpenFile;
  dataDir: string;
  cacheDir: string;
  codeKey: string;
  from: (partition: string) => { id: string; dataKey: string }[];
  used: Set<string>;
}): { files: MeasuredFile[]; reused: string[]; written: string[] } {
  const partitions = [...new Set(o.files.filter((f) => f.group === 'partition' && f.partition !== null).map((f) => f.partition!))].sort();
  const cached = new Map<string, Map<string, CachedFile>>();
  const reused: string[] = [];
  for (const p of partitions) {
    const dir = downloadCacheDir(o.cacheDir, 'text', p);
    o.used.add(dir);
    const files = reuse(dir, textKey(o.codeKey, o.from(p)), o.dataDir);
    if (files) {
      cached.set(p, new Map(files.map((f) => [f.path, f])));
      reused.push(p);
    }
  }
  const out = o.files.map((f): MeasuredFile => {
    const hit = f.group === 'partition' && f.partition !== null ? cached.get(f.partition)?.get(f.path) : undefined;
    return hit ? { ...f, bytes: hit.bytes, sha256: hit.sha256 } : runFile(f, o.open);
  });
  const written = partitions.filter((p) => !cached.has(p));
  for (const p of written) {
    const mine = out.filter((f) => f.group === 'partition' && f.partition === p);
    const files = mine.map((f) => ({ path: f.path, table: null, rows: f.rows, bytes: f.bytes, sha256: f.sha256 }));
    keep(downloadCacheDir(o.cacheDir, 'text', p), textKey(o.codeKey, o.from(p)), o.dataDir, files);
  }
  return { files: out, reused, written };
}

/** The CSV files a download partition's binary files are written from (as writeBinaryFiles picks them). */
const inputsOf = (written: readonly MeasuredFile[], p: string) => written.filter((f) => f.partition === p && f.table !== null && f.format === 'csv');

/** The key of a download partition's binary files: the code and settings, the build date and the path and SHA-256 of every CSV file they are written from. */
export function binaryKey(codeKey: string, date: string, inputs: readonly { path: string; sha256: string }[]): string {
  return hashStrings(['binary', codeKey, date, ...inputs.flatMap((f) => [f.path, f.sha256])]);
}

/** The listing's description of a cached binary file, as writeBinaryFiles gives it. */
function listedBinary(p: string, f: CachedFile, inputs: readonly MeasuredFile[]): ListedFile {
  const stat = { bytes: f.bytes, sha256: f.sha256 };
  if (f.table === null) return { ...workbookFile(p, f.rows!), ...stat };
  const t = inputs.find((x) => x.table!.name === f.table)?.table;
  if (!t) throw new Error(`download cache: ${f.path} is of table ${f.table}, which partition ${p} has no CSV of`);
  return { ...parquetFile(p, t, f.rows!), ...stat };
}

/**
 * Parquet for every partition table and one workbook per partition, as
 * writeBinaryFiles writes them (same files, same order), reusing the cached
 * files of every partition whose key matches.
 */
export async function cachedBinaryFiles(o: {
  dataDir: string;
  written: readonly MeasuredFile[];
  date: string;
  cacheDir: string;
  codeKey: string;
  used: Set<string>;
}): Promise<{ files: ListedFile[]; reused: string[]; written: string[] }> {
  const counties = o.written.find((f) => f.table === countiesTable && f.partition === null && f.format === 'csv');
  const partitions = [...new Set(o.written.filter((f) => f.group === 'partition' && f.partition !== null).map((f) => f.partition!))].sort();
  const keys = new Map(partitions.map((p) => [p, binaryKey(o.codeKey, o.date, [...inputsOf(o.written, p), ...(counties ? [counties] : [])])]));
  const byPartition = new Map<string, ListedFile[]>();
  for (const p of partitions) {
    const dir = downloadCacheDir(o.cacheDir, 'binary', p);
    o.used.add(dir);
    const files = reuse(dir, keys.get(p)!, o.dataDir);
    if (files)
      byPartition.set(
        p,
        files.map((f) => listedBinary(p, f, inputsOf(o.written, p))),
      );
  }
  const reused = partitions.filter((p) => byPartition.has(p));
  const missing = partitions.filter((p) => !byPartition.has(p));
  if (missing.length) {
    const fresh = await writeBinaryFiles(
      o.dataDir,
      o.written.filter((f) => f === counties || (f.partition !== null && missing.includes(f.partition))),
      o.date,
    );
    for (const p of missing) {
      const mine = fresh.filter((f) => f.partition === p);
      byPartition.set(p, mine);
      const files = mine.map((f) => ({ path: f.path, table: f.format === 'parquet' ? f.table!.name : null, rows: f.rows, bytes: f.bytes, sha256: f.sha256 }));
      keep(downloadCacheDir(o.cacheDir, 'binary', p), keys.get(p)!, o.dataDir, files);
    }
  }
  return { files: partitions.flatMap((p) => byPartition.get(p)!), reused, written: missing };
}
