/**
 * The partition cache: what the build made of each partition of the corpus
 * (src/core/partitions.ts), kept between builds and reused while its key
 * matches. Layout, under the cache folder (`.<dist>-cache/`, beside dist/;
 * git-ignored with the other `.dist-*` folders):
 *
 *   partitions/<id>/entry.json   keys, folders, per-slice counts, slim disclosure entries
 *   partitions/<id>/generated/   the partition's generated entries (store/layout.ts kinds)
 *   partitions/<id>/data/        its disclosures' own downloads
 *   partitions/<id>/parts/       its records of the corpus-wide downloads (s<i>.<table>.<partition>)
 *   partitions/<id>/pages/       its disclosure and county pages (disclosures/<id>/, counties/<code>/)
 *   partitions/<id>/search/      its two Pagefind bundles (records/, text/) and search.json (their key
 *                                and manifest row; build/steps/search-index.ts)
 *   downloads/<kind>-<province>/ a download partition's bulk files (csv.gz and json.gz; Parquet and
 *                                xlsx), kept by content (download-cache.ts)
 *
 * A partition folder is written beside its place (`<id>.tmp-<pid>`) and
 * swapped in whole, so a killed build leaves the previous entry or the new
 * one, never half of one; the next build removes the leftovers. Files are
 * never changed in place, so the build links them (hard links) into the
 * generated folder and the site instead of copying them.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { ManifestPartition } from '../search/manifest';
import type { DisclosureRef } from './normalize-slice';
import type { ManifestEntry } from '../downloads/manifest';
import { isAlive } from './publish';
import { swapInto } from './write-atomic';
import { KINDS } from '../store/layout';

/** The cache folder of an output folder: `dist` → `.dist-cache`. */
export function cacheDirOf(dist: string): string {
  const d = resolve(dist);
  return join(dirname(d), `.${basename(d)}-cache`);
}

/** What one slice of a partition wrote (normalize-slice.ts SliceResult without its problems and disclosures). */
export interface SliceCounts {
  ownFiles: ManifestEntry[];
  rows: number[];
  partitionRows: Record<string, number[]>;
  facts: number;
}

export interface PartitionEntry {
  id: string;
  /** Hash of the partition's inputs (its folders, the registries, the code, the settings). */
  dataKey: string;
  /** Hash of what its pages read: the data key and the corpus-wide context; null until its pages are cached. */
  pagesKey: string | null;
  /** Its disclosure folders, in id order. */
  folders: string[];
  /** One per slice, in order: the part files are parts/s<i>.… */
  slices: SliceCounts[];
  /** Its disclosures, slim (the summaries are in generated/disclosures/). */
  disclosures: DisclosureRef[];
}

export const ENTRY_FILE = 'entry.json';

export const partitionsDir = (cacheDir: string): string => join(cacheDir, 'partitions');
export const partitionDir = (cacheDir: string, id: string): string => join(partitionsDir(cacheDir), id);
/** The prefix of slice i's part files inside a partition folder. */
export const slicePrefix = (dir: string, i: number): string => join(dir, 'parts', `s${i}`);

/** The cached entry of a partition, or null (none, or unreadable: then it is rebuilt). */
export function readEntry(cacheDir: string, id: string): PartitionEntry | null {
  try {
    const e = JSON.parse(readFileSync(join(partitionDir(cacheDir, id), ENTRY_FILE), 'utf8')) as PartitionEntry;
    return e.id === id ? e : null;
  } catch {
    return null;
  }
}

/** Writes a partition's entry in one step (a killed build leaves the old entry or the new one). */
export function writeEntry(dir: string, entry: PartitionEntry): void {
  const tmp = join(dir, `${ENTRY_FILE}.tmp-${process.pid}`);
  writeFileSync(tmp, JSON.stringify(entry));
  renameSync(tmp, join(dir, ENTRY_FILE));
}

/**
 * Replaces a cached partition's pages with those in `ready` (a folder inside
 * the partition folder) and records their key. The entry says "no pages"
 * while the folder is swapped, so a build killed in between renders them again.
 */
export function commitPages(cacheDir: string, id: string, ready: string, pagesKey: string): void {
  const dir = partitionDir(cacheDir, id);
  const entry = readEntry(cacheDir, id);
  if (!entry) throw new Error(`partition cache: no entry for partition ${id} in ${dir}`);
  writeEntry(dir, { ...entry, pagesKey: null });
  swapInto(ready, join(dir, 'pages'));
  writeEntry(dir, { ...entry, pagesKey });
}

/** The folder of a partition's search indexes, and its entry file. */
export const SEARCH_DIR = 'search';
const SEARCH_ENTRY = 'search.json';

export interface SearchEntry {
  key: string;
  partition: ManifestPartition;
}

/** The cached search entry of a partition, or null (none or unreadable: then it is built). */
export function readSearchEntry(cacheDir: string, id: string): SearchEntry | null {
  try {
    return JSON.parse(readFileSync(join(partitionDir(cacheDir, id), SEARCH_DIR, SEARCH_ENTRY), 'utf8')) as SearchEntry;
  } catch {
    return null;
  }
}

export function writeSearchEntry(dir: string, entry: SearchEntry): void {
  writeFileSync(join(dir, SEARCH_ENTRY), JSON.stringify(entry));
}

/** A fresh folder to build partition `id` into (beside its place in the cache). */
export function partitionTmp(cacheDir: string, id: string): string {
  const tmp = `${partitionDir(cacheDir, id)}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  return tmp;
}

/** Puts a finished partition folder in its place in the cache, in one step. */
export function commitPartition(tmp: string, cacheDir: string, id: string): void {
  mkdirSync(partitionsDir(cacheDir), { recursive: true });
  swapInto(tmp, partitionDir(cacheDir, id));
}

/**
 * Removes the cache's leftovers of killed builds (temporary partition folders
 * and, inside partition folders, temporary pages and entries, whose build is
 * gone) and, given `keep`, every partition not in it.
 */
export function cleanCache(cacheDir: string, keep?: ReadonlySet<string>): string[] {
  const dir = partitionsDir(cacheDir);
  if (!existsSync(dir)) return [];
  const removed: string[] = [];
  const remove = (p: string) => {
    rmSync(p, { recursive: true, force: true });
    removed.push(p);
  };
  /** null: not a temporary name; else whether its build is gone. */
  const gone = (name: string): boolean | null => {
    const m = /\.(?:tmp|old|gen)-(\d+)$/.exec(name);
    return m ? Number(m[1]) !== process.pid && !isAlive(Number(m[1])) : null;
  };
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.lock')) continue;
    const g = gone(name);
    if (g !== null) {
      if (g) remove(join(dir, name));
    } else if (keep !== undefined && !keep.has(name)) {
      remove(join(dir, name));
    } else if (statSync(join(dir, name)).isDirectory()) {
      for (const inner of readdirSync(join(dir, name))) if (gone(inner)) remove(join(dir, name, inner));
    }
  }
  return removed;
}

/**
 * Links every file under `from` into `into` at the same relative path (a copy
 * where the two are on different file systems). A file already there is an
 * error: two partitions, or a partition and a corpus-wide page, wrote it.
 */
export function linkTree(from: string, into: string, at = ''): void {
  if (!existsSync(join(from, at))) return;
  for (const e of readdirSync(join(from, at), { withFileTypes: true })) {
    const rel = at ? `${at}/${e.name}` : e.name;
    if (e.isDirectory()) {
      mkdirSync(join(into, rel), { recursive: true });
      linkTree(from, into, rel);
      continue;
    }
    linkFile(from, into, rel);
  }
}

/** Links the file `rel` of `from` into `into` at the same path (a copy across file systems); it must not be there yet. */
export function linkFile(from: string, into: string, rel: string): void {
  const dest = join(into, rel);
  if (existsSync(dest)) throw new Error(`partition cache: ${rel} exists twice (in ${from} and already in ${into})`);
  mkdirSync(dirname(dest), { recursive: true });
  try {
    linkSync(join(from, rel), dest);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    copyFileSync(join(from, rel), dest);
  }
}

/**
 * For a partition built alone (`--partition <id>`) whose county pages list
 * disclosures of other partitions (PlannedPartition.readsFrom): links those
 * partitions' disclosure summaries from the cache into its generated folder.
 * Each must be in the cache, built from the planned inputs; otherwise the
 * error says which to build first.
 */
export function linkReadSummaries(dir: string, cacheDir: string, id: string, from: readonly { id: string; dataKey: string }[]): void {
  const missing = from.filter((p) => readEntry(cacheDir, p.id)?.dataKey !== p.dataKey).map((p) => p.id);
  if (missing.length)
    throw new Error(
      `the county pages of partition ${id} list disclosures of partition${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (a county code chain across partitions), which ${missing.length > 1 ? 'are' : 'is'} not in the cache built from these inputs: run \`npm run build -- --partition <id>\` for ${missing.join(' and ')} first, then for ${id}.`,
    );
  mkdirSync(join(dir, KINDS.summaries), { recursive: true });
  for (const p of from) linkTree(join(partitionDir(cacheDir, p.id), 'generated', KINDS.summaries), join(dir, KINDS.summaries));
}
