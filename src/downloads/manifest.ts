/**
 * What the /data/ page needs to know about each written download, without
 * its content: written by the build before the Astro build, read by the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ListedFile } from './dataset';
import { ALL_TABLES } from './tables';
import type { TableSpec } from './columns';
import type { DatasetVersion } from './citation';
import { MANIFEST_FILE } from '../store/layout';

export { MANIFEST_FILE };

export type ManifestEntry = Omit<ListedFile, 'table'> & { table: string | null };

/** What the build wrote: the dataset version and every file. */
export interface Manifest {
  version: DatasetVersion;
  files: ManifestEntry[];
}

export function manifestEntry(f: ListedFile): ManifestEntry {
  const { table, ...rest } = f as ListedFile & { chunks?: unknown };
  delete rest.chunks;
  return { ...rest, table: table?.name ?? null };
}

export type { ListedFile };

const TABLES_BY_NAME = new Map<string, TableSpec>(ALL_TABLES.map((t) => [t.name, t]));

/** A manifest entry back as a listed file, its table spec resolved by name. */
export function fromManifest(e: ManifestEntry): ListedFile {
  return { ...e, table: e.table === null ? null : (TABLES_BY_NAME.get(e.table) ?? null) };
}

/** The manifest with table specs resolved again (for the data dictionary links). */
export function readManifest(generatedDir: string): { version: DatasetVersion; files: ListedFile[] } {
  const m = JSON.parse(readFileSync(join(generatedDir, MANIFEST_FILE), 'utf8')) as Manifest;
  return { version: m.version, files: m.files.map(fromManifest) };
}
