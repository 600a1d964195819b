/**
 * The bulk downloads' Parquet files and Excel workbooks (downloads/binary.ts),
 * kept between builds by content. They are the slowest downloads to write
 * (DuckDB and exceljs: about a third of the normalize step) and each one is
 * a function of its download partition's CSV files, the counties table (the
 * workbook's sheet), the build date and the code. So each download partition
 * gets a key over exactly those (the CSV files' SHA-256, which the build has
 * just measured), and a partition whose key matches its cache entry links
 * the cached files instead of writing them again: after one disclosure
 * changed, only its province's files are written.
 *
 * Layout, under the build's cache folder (partition-cache.ts):
 *
 *   binary/<partition slug>/entry.json   its key and the files with their size, hash and rows
 *   binary/<partition slug>/provinces/…  the files, at their path under data/
 *
 * A folder is written beside its place (`<slug>.tmp-<pid>`) and swapped in
 * whole; files are never changed in place, so they are hard-linked into the
 * data folder. Partitions no longer built, and leftovers of killed builds, go.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetFile, workbookFile, writeBinaryFiles } from '../downloads/binary';
import type { ListedFile, MeasuredFile } from '../downloads/dataset';
import { partitionSlug } from '../downloads/partitions';
import { countiesTable } from '../downloads/tables';
import { hashStrings } from './inputs-hash';
import { linkFile } from './partition-cache';
import { isAlive } from './publish';
import { swapInto } from './write-atomic';

export const BINARY_DIR = 'binary';
const ENTRY = 'entry.json';

interface CachedFile {
  path: string;
  /** The table of a Parquet file; null for the workbook. */
  table: string | null;
  rows: number;
  bytes: number;
  sha256: string;
}

interface BinaryEntry {
  key: string;
  files: CachedFile[];
}

/** The CSV files a download partition's binary files are written from (as writeBinaryFiles picks them). */
const inputsOf = (written: readonly MeasuredFile[], p: string) => written.filter((f) => f.partition === p && f.table !== null && f.format === 'csv');

/** The whole counties table, the workbooks' counties sheet. */
const countiesOf = (written: readonly MeasuredFile[]) => written.find((f) => f.table === countiesTable && f.partition === null && f.format === 'csv');

/**
 * The key of a download partition's binary files: the code and settings
 * (`codeKey`, partition-keys.ts), the build date and the path and SHA-256 of
 * every CSV file they are written from.
 */
export function binaryKey(codeKey: string, date: string, inputs: readonly { path: string; sha256: string }[]): string {
  return hashStrings(['binary', codeKey, date, ...inputs.flatMap((f) => [f.path, f.sha256])]);
}

function readBinaryEntry(dir: string): BinaryEntry | null {
  try {
    return JSON.parse(readFileSync(join(dir, ENTRY), 'utf8')) as BinaryEntry;
  } catch {
    return null;
  }
}

/** The listing's description of a cached file, as writeBinaryFiles gives it. */
function listed(p: string, f: CachedFile, inputs: readonly MeasuredFile[]): ListedFile {
  const stat = { bytes: f.bytes, sha256: f.sha256 };
  if (f.table === null) return { ...workbookFile(p, f.rows), ...stat };
  const t = inputs.find((x) => x.table!.name === f.table)?.table;
  if (!t) throw new Error(`binary cache: ${f.path} is of table ${f.table}, which partition ${p} has no CSV of`);
  return { ...parquetFile(p, t, f.rows), ...stat };
}

export interface BinaryResult {
  files: ListedFile[];
  /** Download partitions whose files were linked from the cache, and those written. */
  reused: string[];
  written: string[];
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
}): Promise<BinaryResult> {
  const root = join(o.cacheDir, BINARY_DIR);
  mkdirSync(root, { recursive: true });
  const counties = countiesOf(o.written);
  const partitions = [...new Set(o.written.filter((f) => f.group === 'partition' && f.partition !== null).map((f) => f.partition!))].sort();
  const keys = new Map(partitions.map((p) => [p, binaryKey(o.codeKey, o.date, [...inputsOf(o.written, p), ...(counties ? [counties] : [])])]));
  const byPartition = new Map<string, ListedFile[]>();
  const reused: string[] = [];
  for (const p of partitions) {
    const dir = join(root, partitionSlug(p));
    const entry = readBinaryEntry(dir);
    if (!entry || entry.key !== keys.get(p) || !entry.files.every((f) => existsSync(join(dir, f.path)))) continue;
    for (const f of entry.files) linkFile(dir, o.dataDir, f.path);
    byPartition.set(
      p,
      entry.files.map((f) => listed(p, f, inputsOf(o.written, p))),
    );
    reused.push(p);
  }
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
      const dir = join(root, partitionSlug(p));
      const tmp = `${dir}.tmp-${process.pid}`;
      rmSync(tmp, { recursive: true, force: true });
      mkdirSync(tmp, { recursive: true });
      for (const f of mine) linkFile(o.dataDir, tmp, f.path);
      const entry: BinaryEntry = {
        key: keys.get(p)!,
        files: mine.map((f) => ({ path: f.path, table: f.format === 'parquet' ? f.table!.name : null, rows: f.rows!, bytes: f.bytes, sha256: f.sha256 })),
      };
      writeFileSync(join(tmp, ENTRY), JSON.stringify(entry));
      swapInto(tmp, dir);
    }
  }
  // What this build does not use goes: partitions no longer in the corpus, leftovers of killed builds.
  const keep = new Set(partitions.map(partitionSlug));
  for (const name of readdirSync(root)) {
    const tmp = /\.(?:tmp|old)-(\d+)$/.exec(name);
    if (tmp ? Number(tmp[1]) !== process.pid && !isAlive(Number(tmp[1])) : !keep.has(name)) rmSync(join(root, name), { recursive: true, force: true });
  }
  return { files: partitions.flatMap((p) => byPartition.get(p)!), reused, written: missing };
}
